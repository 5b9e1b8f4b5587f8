import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Case studies (典型案例) with their versions, the review (rubrics, conflict-of-interest links,
 * assignments, reviews) and the published collections (案例精选).
 */
export class AddCaseStudies1796000000000 implements MigrationInterface {
  name = 'AddCaseStudies1796000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."case_status" AS ENUM('draft', 'submitted', 'endorsed', 'returned', 'under_review', 'selected', 'revision_requested', 'not_selected', 'published')`,
    );
    await queryRunner.query(
      `CREATE TABLE "case_study" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid, "region_code" character varying(6) NOT NULL, "enterprise_id" uuid, "external_enterprise" jsonb, "author_organisation_id" uuid NOT NULL, "status" "public"."case_status" NOT NULL DEFAULT 'draft', "current_version_no" integer NOT NULL DEFAULT '1', "created_by" uuid, "submitted_at" TIMESTAMP WITH TIME ZONE, "decided_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "chk_case_study_subject" CHECK (("enterprise_id" IS NULL) <> ("external_enterprise" IS NULL)), CONSTRAINT "PK_da361517299523b92876a2a867e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_case_study_enterprise" ON "case_study" ("enterprise_id") `);
    await queryRunner.query(`CREATE INDEX "idx_case_study_region" ON "case_study" ("region_code") `);
    await queryRunner.query(`CREATE INDEX "idx_case_study_status" ON "case_study" ("status") `);
    await queryRunner.query(
      `CREATE TABLE "case_study_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "version_no" integer NOT NULL, "title" character varying(200) NOT NULL, "articles" smallint array NOT NULL DEFAULT '{}', "background" text NOT NULL DEFAULT '', "measures" text NOT NULL DEFAULT '', "results" jsonb NOT NULL DEFAULT '[]', "results_narrative" text NOT NULL DEFAULT '', "pay_plan_ids" uuid array NOT NULL DEFAULT '{}', "wage_outcome" jsonb, "created_by" uuid, "submitted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_49f97b38c85eac26db3dd28ba69" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_case_study_version_no" ON "case_study_version" ("case_id", "version_no") `,
    );
    await queryRunner.query(
      `CREATE TABLE "case_rubric" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid NOT NULL, "criteria" jsonb NOT NULL, "disagreement_threshold" numeric(5,2) NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_2b1791716fb3d083829a8d8d334" UNIQUE ("programme_id"), CONSTRAINT "REL_2b1791716fb3d083829a8d8d33" UNIQUE ("programme_id"), CONSTRAINT "PK_78306f4906d29d82c311a42820f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."conflict_link_kind" AS ENUM('membership', 'board-seat', 'employment', 'kinship')`,
    );
    await queryRunner.query(
      `CREATE TABLE "conflict_link" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reviewer_organisation_id" uuid NOT NULL, "reviewer_user_id" uuid, "enterprise_id" uuid NOT NULL, "kind" "public"."conflict_link_kind" NOT NULL, "note" text NOT NULL DEFAULT '', "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b9776f960477420fb67409194a9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_conflict_link_enterprise" ON "conflict_link" ("enterprise_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "case_assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "case_version_id" uuid NOT NULL, "reviewer_user_id" uuid NOT NULL, "reviewer_organisation_id" uuid NOT NULL, "due_date" date NOT NULL, "rubric" jsonb NOT NULL, "assigned_by" uuid, "assigned_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "withdrawn_at" TIMESTAMP WITH TIME ZONE, "withdrawal_reason" text, CONSTRAINT "PK_23dbc3b5ef530451316d063247b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_case_assignment_reviewer" ON "case_assignment" ("reviewer_user_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_case_assignment_live" ON "case_assignment" ("case_version_id", "reviewer_user_id") WHERE "withdrawn_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."review_recommendation" AS ENUM('select', 'revise', 'reject')`,
    );
    await queryRunner.query(
      `CREATE TABLE "case_review" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assignment_id" uuid NOT NULL, "scores" jsonb NOT NULL DEFAULT '{}', "comment" text NOT NULL DEFAULT '', "recommendation" "public"."review_recommendation", "weighted_total" numeric(5,2), "submitted_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_b2e2ee5596f6e84cf9e428a88d6" UNIQUE ("assignment_id"), CONSTRAINT "REL_b2e2ee5596f6e84cf9e428a88d" UNIQUE ("assignment_id"), CONSTRAINT "PK_413b3833522b8e3437eb304b16f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."case_collection_status" AS ENUM('draft', 'published')`);
    await queryRunner.query(
      `CREATE TABLE "case_collection" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "region_code" character varying(6) NOT NULL, "title" character varying(100) NOT NULL, "foreword" text NOT NULL DEFAULT '', "status" "public"."case_collection_status" NOT NULL DEFAULT 'draft', "corrects_id" uuid, "published_at" TIMESTAMP WITH TIME ZONE, "published_by" uuid, "created_by" uuid, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_8bcfe21315f9863124c674b8802" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_case_collection_region" ON "case_collection" ("region_code", "status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "case_collection_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "collection_id" uuid NOT NULL, "case_id" uuid NOT NULL, "case_version_id" uuid NOT NULL, "position" integer NOT NULL, "editor_note" text NOT NULL DEFAULT '', CONSTRAINT "PK_a7e0b262daebc5ae8fd1754281f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_case_collection_entry_case" ON "case_collection_entry" ("collection_id", "case_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "case_study" ADD CONSTRAINT "FK_7a97df66afa76ac46d35a19eb58" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_study" ADD CONSTRAINT "FK_ff7475489da9c1a6f51d176d9cb" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_study" ADD CONSTRAINT "FK_2a11e7bd45504cf0ca2aa5a51ae" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_study" ADD CONSTRAINT "FK_0049599ef5076976c5163a96147" FOREIGN KEY ("author_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_study_version" ADD CONSTRAINT "FK_0a304a849b53d0caec5f41eaff0" FOREIGN KEY ("case_id") REFERENCES "case_study"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_rubric" ADD CONSTRAINT "FK_2b1791716fb3d083829a8d8d334" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conflict_link" ADD CONSTRAINT "FK_4633a1271c0a9b50ea0ac89801c" FOREIGN KEY ("reviewer_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conflict_link" ADD CONSTRAINT "FK_d9cd99c5159676a9001f2b03cce" FOREIGN KEY ("reviewer_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conflict_link" ADD CONSTRAINT "FK_47020d7ca3348f276eb5a93ee35" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_assignment" ADD CONSTRAINT "FK_43030e3df98716c1cdc425b09e9" FOREIGN KEY ("case_id") REFERENCES "case_study"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_assignment" ADD CONSTRAINT "FK_bca072e3031880d7a5b2e20f571" FOREIGN KEY ("case_version_id") REFERENCES "case_study_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_assignment" ADD CONSTRAINT "FK_e37374a40a611e4d5e1559edb0e" FOREIGN KEY ("reviewer_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_assignment" ADD CONSTRAINT "FK_ee1910c6733b3159cbf2d64c122" FOREIGN KEY ("reviewer_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_review" ADD CONSTRAINT "FK_b2e2ee5596f6e84cf9e428a88d6" FOREIGN KEY ("assignment_id") REFERENCES "case_assignment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_collection" ADD CONSTRAINT "FK_f8145fdc9e9796dce945152c974" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_collection" ADD CONSTRAINT "FK_9700c21a020233b294cf7b4be56" FOREIGN KEY ("corrects_id") REFERENCES "case_collection"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_collection_entry" ADD CONSTRAINT "FK_80cebc2e0c6450f0881962cf6b8" FOREIGN KEY ("collection_id") REFERENCES "case_collection"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_collection_entry" ADD CONSTRAINT "FK_feb2e69bc9e61503e3990df136b" FOREIGN KEY ("case_id") REFERENCES "case_study"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_collection_entry" ADD CONSTRAINT "FK_7627b279273fa915db97325f355" FOREIGN KEY ("case_version_id") REFERENCES "case_study_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "case_collection_entry" DROP CONSTRAINT "FK_7627b279273fa915db97325f355"`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_collection_entry" DROP CONSTRAINT "FK_feb2e69bc9e61503e3990df136b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_collection_entry" DROP CONSTRAINT "FK_80cebc2e0c6450f0881962cf6b8"`,
    );
    await queryRunner.query(`ALTER TABLE "case_collection" DROP CONSTRAINT "FK_9700c21a020233b294cf7b4be56"`);
    await queryRunner.query(`ALTER TABLE "case_collection" DROP CONSTRAINT "FK_f8145fdc9e9796dce945152c974"`);
    await queryRunner.query(`ALTER TABLE "case_review" DROP CONSTRAINT "FK_b2e2ee5596f6e84cf9e428a88d6"`);
    await queryRunner.query(`ALTER TABLE "case_assignment" DROP CONSTRAINT "FK_ee1910c6733b3159cbf2d64c122"`);
    await queryRunner.query(`ALTER TABLE "case_assignment" DROP CONSTRAINT "FK_e37374a40a611e4d5e1559edb0e"`);
    await queryRunner.query(`ALTER TABLE "case_assignment" DROP CONSTRAINT "FK_bca072e3031880d7a5b2e20f571"`);
    await queryRunner.query(`ALTER TABLE "case_assignment" DROP CONSTRAINT "FK_43030e3df98716c1cdc425b09e9"`);
    await queryRunner.query(`ALTER TABLE "conflict_link" DROP CONSTRAINT "FK_47020d7ca3348f276eb5a93ee35"`);
    await queryRunner.query(`ALTER TABLE "conflict_link" DROP CONSTRAINT "FK_d9cd99c5159676a9001f2b03cce"`);
    await queryRunner.query(`ALTER TABLE "conflict_link" DROP CONSTRAINT "FK_4633a1271c0a9b50ea0ac89801c"`);
    await queryRunner.query(`ALTER TABLE "case_rubric" DROP CONSTRAINT "FK_2b1791716fb3d083829a8d8d334"`);
    await queryRunner.query(
      `ALTER TABLE "case_study_version" DROP CONSTRAINT "FK_0a304a849b53d0caec5f41eaff0"`,
    );
    await queryRunner.query(`ALTER TABLE "case_study" DROP CONSTRAINT "FK_0049599ef5076976c5163a96147"`);
    await queryRunner.query(`ALTER TABLE "case_study" DROP CONSTRAINT "FK_2a11e7bd45504cf0ca2aa5a51ae"`);
    await queryRunner.query(`ALTER TABLE "case_study" DROP CONSTRAINT "FK_ff7475489da9c1a6f51d176d9cb"`);
    await queryRunner.query(`ALTER TABLE "case_study" DROP CONSTRAINT "FK_7a97df66afa76ac46d35a19eb58"`);
    await queryRunner.query(`DROP INDEX "public"."uq_case_collection_entry_case"`);
    await queryRunner.query(`DROP TABLE "case_collection_entry"`);
    await queryRunner.query(`DROP INDEX "public"."idx_case_collection_region"`);
    await queryRunner.query(`DROP TABLE "case_collection"`);
    await queryRunner.query(`DROP TYPE "public"."case_collection_status"`);
    await queryRunner.query(`DROP TABLE "case_review"`);
    await queryRunner.query(`DROP TYPE "public"."review_recommendation"`);
    await queryRunner.query(`DROP INDEX "public"."uq_case_assignment_live"`);
    await queryRunner.query(`DROP INDEX "public"."idx_case_assignment_reviewer"`);
    await queryRunner.query(`DROP TABLE "case_assignment"`);
    await queryRunner.query(`DROP INDEX "public"."idx_conflict_link_enterprise"`);
    await queryRunner.query(`DROP TABLE "conflict_link"`);
    await queryRunner.query(`DROP TYPE "public"."conflict_link_kind"`);
    await queryRunner.query(`DROP TABLE "case_rubric"`);
    await queryRunner.query(`DROP INDEX "public"."uq_case_study_version_no"`);
    await queryRunner.query(`DROP TABLE "case_study_version"`);
    await queryRunner.query(`DROP INDEX "public"."idx_case_study_status"`);
    await queryRunner.query(`DROP INDEX "public"."idx_case_study_region"`);
    await queryRunner.query(`DROP INDEX "public"."idx_case_study_enterprise"`);
    await queryRunner.query(`DROP TABLE "case_study"`);
    await queryRunner.query(`DROP TYPE "public"."case_status"`);
  }
}
