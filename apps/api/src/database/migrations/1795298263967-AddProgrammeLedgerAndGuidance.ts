import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddProgrammeLedgerAndGuidance1795298263967 implements MigrationInterface {
  name = 'AddProgrammeLedgerAndGuidance1795298263967';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "attachment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "owner_type" character varying(30) NOT NULL, "owner_id" uuid NOT NULL, "file_name" character varying(200) NOT NULL, "mime_type" character varying(100) NOT NULL, "size" integer NOT NULL, "content" bytea NOT NULL, "uploaded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d2a80c3a8d467f08a750ac4b420" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_attachment_owner" ON "attachment" ("owner_type", "owner_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."guidance_kind" AS ENUM('visit', 'training', 'consultation', 'demonstration-class', 'briefing')`,
    );
    await queryRunner.query(
      `CREATE TABLE "guidance_activity" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."guidance_kind" NOT NULL, "occurred_on" date NOT NULL, "title" character varying(200) NOT NULL, "programme_id" uuid, "organisation_id" uuid NOT NULL, "region_code" character varying(6) NOT NULL, "enterprise_ids" uuid array NOT NULL DEFAULT '{}', "officer_ids" uuid array NOT NULL DEFAULT '{}', "guideline_parts" text array NOT NULL DEFAULT '{}', "outcome" text NOT NULL DEFAULT '', "training_audiences" text array NOT NULL DEFAULT '{}', "attendee_count" integer, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_419a49e852f1a747f576f587045" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_guidance_activity_region" ON "guidance_activity" ("region_code", "occurred_on") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."target_group" AS ENUM('high-skill-leaders', 'technical-workers', 'migrant-workers')`,
    );
    await queryRunner.query(
      `CREATE TABLE "programme_measure" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid NOT NULL, "position" integer NOT NULL, "target_group" "public"."target_group" NOT NULL, "title" character varying(200) NOT NULL, "responsible_units" text array NOT NULL DEFAULT '{}', CONSTRAINT "PK_efecca1455d6839b421e0242c03" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_programme_measure_programme" ON "programme_measure" ("programme_id", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "programme_phase" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid NOT NULL, "position" integer NOT NULL, "name" character varying(100) NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, CONSTRAINT "PK_3f14175f2dc973ab92e1ea0a9b4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_programme_phase_programme" ON "programme_phase" ("programme_id", "position") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."programme_task_status" AS ENUM('not-started', 'in-progress', 'done')`,
    );
    await queryRunner.query(
      `CREATE TABLE "programme_task" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid NOT NULL, "phase_id" uuid, "measure_id" uuid, "position" integer NOT NULL, "title" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT '', "due_on" date, "status" "public"."programme_task_status" NOT NULL DEFAULT 'not-started', "percent" integer NOT NULL DEFAULT '0', "text_units" text array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_45af2d175f72413dee71774dc30" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_programme_task_programme" ON "programme_task" ("programme_id", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "programme_task_responsible" ("task_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, CONSTRAINT "PK_05b7b338d98fc671b4ecd11b1a4" PRIMARY KEY ("task_id", "organisation_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_programme_task_responsible_organisation" ON "programme_task_responsible" ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "programme_task_update" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "task_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "author_id" uuid, "note" text NOT NULL, "status" "public"."programme_task_status" NOT NULL, "percent" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_454ba2b7a5cae33b898d0adcbff" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_programme_task_update_task" ON "programme_task_update" ("task_id", "organisation_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."working_group_role" AS ENUM('leader', 'deputy-leader', 'member', 'liaison')`,
    );
    await queryRunner.query(
      `CREATE TABLE "working_group_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid NOT NULL, "name" character varying(50) NOT NULL, "unit" character varying(100) NOT NULL, "role" "public"."working_group_role" NOT NULL, "phone" character varying(30), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_e227c0cd12a45f81e7727096417" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_working_group_member_programme" ON "working_group_member" ("programme_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "guidance_activity" ADD CONSTRAINT "FK_408a5b9d52ab856673e4d359ac0" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "guidance_activity" ADD CONSTRAINT "FK_69611001bb65b95850d7ff40072" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "guidance_activity" ADD CONSTRAINT "FK_85016427618158314d9ad1fdc62" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme_measure" ADD CONSTRAINT "FK_c115848ddd1dead5a666b6574bc" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme_phase" ADD CONSTRAINT "FK_5bbe1258118ca8c53d14b028aa1" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme_task" ADD CONSTRAINT "FK_4574310ab1b9e5e3348d00adfb3" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme_task" ADD CONSTRAINT "FK_b4fa470cba0a15e0de675973dc3" FOREIGN KEY ("phase_id") REFERENCES "programme_phase"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme_task" ADD CONSTRAINT "FK_58097d4829601970b27b9547ecf" FOREIGN KEY ("measure_id") REFERENCES "programme_measure"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme_task_responsible" ADD CONSTRAINT "FK_f9bb39a30615c9d48d19132b995" FOREIGN KEY ("task_id") REFERENCES "programme_task"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme_task_responsible" ADD CONSTRAINT "FK_2d7995a647a4645ac876c2ccb45" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme_task_update" ADD CONSTRAINT "FK_3e29ebd6dd23784a5cfb56b67a4" FOREIGN KEY ("task_id") REFERENCES "programme_task"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme_task_update" ADD CONSTRAINT "FK_19a133b7778c8d2c3ab6e3ca359" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "working_group_member" ADD CONSTRAINT "FK_e9aec99705c6a4cce13b5d2a860" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "working_group_member" DROP CONSTRAINT "FK_e9aec99705c6a4cce13b5d2a860"`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme_task_update" DROP CONSTRAINT "FK_19a133b7778c8d2c3ab6e3ca359"`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme_task_update" DROP CONSTRAINT "FK_3e29ebd6dd23784a5cfb56b67a4"`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme_task_responsible" DROP CONSTRAINT "FK_2d7995a647a4645ac876c2ccb45"`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme_task_responsible" DROP CONSTRAINT "FK_f9bb39a30615c9d48d19132b995"`,
    );
    await queryRunner.query(`ALTER TABLE "programme_task" DROP CONSTRAINT "FK_58097d4829601970b27b9547ecf"`);
    await queryRunner.query(`ALTER TABLE "programme_task" DROP CONSTRAINT "FK_b4fa470cba0a15e0de675973dc3"`);
    await queryRunner.query(`ALTER TABLE "programme_task" DROP CONSTRAINT "FK_4574310ab1b9e5e3348d00adfb3"`);
    await queryRunner.query(`ALTER TABLE "programme_phase" DROP CONSTRAINT "FK_5bbe1258118ca8c53d14b028aa1"`);
    await queryRunner.query(
      `ALTER TABLE "programme_measure" DROP CONSTRAINT "FK_c115848ddd1dead5a666b6574bc"`,
    );
    await queryRunner.query(
      `ALTER TABLE "guidance_activity" DROP CONSTRAINT "FK_85016427618158314d9ad1fdc62"`,
    );
    await queryRunner.query(
      `ALTER TABLE "guidance_activity" DROP CONSTRAINT "FK_69611001bb65b95850d7ff40072"`,
    );
    await queryRunner.query(
      `ALTER TABLE "guidance_activity" DROP CONSTRAINT "FK_408a5b9d52ab856673e4d359ac0"`,
    );
    await queryRunner.query(`DROP INDEX "public"."idx_working_group_member_programme"`);
    await queryRunner.query(`DROP TABLE "working_group_member"`);
    await queryRunner.query(`DROP TYPE "public"."working_group_role"`);
    await queryRunner.query(`DROP INDEX "public"."idx_programme_task_update_task"`);
    await queryRunner.query(`DROP TABLE "programme_task_update"`);
    await queryRunner.query(`DROP INDEX "public"."idx_programme_task_responsible_organisation"`);
    await queryRunner.query(`DROP TABLE "programme_task_responsible"`);
    await queryRunner.query(`DROP INDEX "public"."idx_programme_task_programme"`);
    await queryRunner.query(`DROP TABLE "programme_task"`);
    await queryRunner.query(`DROP TYPE "public"."programme_task_status"`);
    await queryRunner.query(`DROP INDEX "public"."idx_programme_phase_programme"`);
    await queryRunner.query(`DROP TABLE "programme_phase"`);
    await queryRunner.query(`DROP INDEX "public"."idx_programme_measure_programme"`);
    await queryRunner.query(`DROP TABLE "programme_measure"`);
    await queryRunner.query(`DROP TYPE "public"."target_group"`);
    await queryRunner.query(`DROP INDEX "public"."idx_guidance_activity_region"`);
    await queryRunner.query(`DROP TABLE "guidance_activity"`);
    await queryRunner.query(`DROP TYPE "public"."guidance_kind"`);
    await queryRunner.query(`DROP INDEX "public"."idx_attachment_owner"`);
    await queryRunner.query(`DROP TABLE "attachment"`);
  }
}
