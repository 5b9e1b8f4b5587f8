import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddWageDataAndBenchmarks1795302655553 implements MigrationInterface {
  name = 'AddWageDataAndBenchmarks1795302655553';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "occupation" ("code" character varying(12) NOT NULL, "name_zh" character varying(100) NOT NULL, "name_en" character varying(150), "urgently_needed" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_d3dcd8193f562dc092ef325ea14" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."wage_upload_status" AS ENUM('queued', 'validating', 'rejected', 'current', 'superseded', 'failed')`,
    );
    await queryRunner.query(
      `CREATE TABLE "wage_upload" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid NOT NULL, "enterprise_id" uuid NOT NULL, "region_code" character varying(6) NOT NULL, "year" integer NOT NULL, "version_number" integer, "status" "public"."wage_upload_status" NOT NULL DEFAULT 'queued', "file_name" character varying(200) NOT NULL, "mime_type" character varying(100) NOT NULL, "size" integer NOT NULL, "content_sha256" character(64) NOT NULL, "content" bytea NOT NULL, "progress" smallint NOT NULL DEFAULT '0', "row_count" integer, "error_count" integer NOT NULL DEFAULT '0', "errors" jsonb, "failure_reason" text, "superseded_by" uuid, "aggregated_at" TIMESTAMP WITH TIME ZONE, "uploaded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "processed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_07a87b4272d9abafbe2fe7fd795" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_wage_upload_programme_year" ON "wage_upload" ("programme_id", "year", "status") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_wage_upload_content" ON "wage_upload" ("programme_id", "year", "enterprise_id", "content_sha256") WHERE "status" IN ('current', 'superseded')`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_wage_upload_current" ON "wage_upload" ("programme_id", "year", "enterprise_id") WHERE "status" = 'current'`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."post_category" AS ENUM('skilled', 'technical', 'management')`,
    );
    await queryRunner.query(
      `CREATE TABLE "wage_row" ("upload_id" uuid NOT NULL, "row_number" integer NOT NULL, "employee_ref" character varying(64) NOT NULL, "occupation_code" character varying(12) NOT NULL, "skill_level" character varying(16) NOT NULL, "post_category" "public"."post_category" NOT NULL, "months_worked" smallint NOT NULL, "base_pay" numeric(12,2) NOT NULL, "post_pay" numeric(12,2) NOT NULL, "performance_pay" numeric(12,2) NOT NULL, "allowances" numeric(12,2) NOT NULL, "other_pay" numeric(12,2) NOT NULL, CONSTRAINT "PK_4f032eba42bc86e2aed7ade0e83" PRIMARY KEY ("upload_id", "row_number"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_wage_row_cell" ON "wage_row" ("occupation_code", "skill_level") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."footnote_code" AS ENUM('A', 'B', 'C')`);
    await queryRunner.query(
      `CREATE TABLE "benchmark_cell" ("programme_id" uuid NOT NULL, "year" integer NOT NULL, "occupation_code" character varying(12) NOT NULL, "skill_level" character varying(16) NOT NULL, "region_code" character varying(6) NOT NULL, "employees" integer NOT NULL, "enterprises" integer NOT NULL, "max_enterprise_share" numeric(5,2) NOT NULL, "mean" numeric(12,2) NOT NULL, "p10" numeric(12,2) NOT NULL, "p25" numeric(12,2) NOT NULL, "p50" numeric(12,2) NOT NULL, "p75" numeric(12,2) NOT NULL, "p90" numeric(12,2) NOT NULL, "share_base" numeric(5,4) NOT NULL, "share_post" numeric(5,4) NOT NULL, "share_performance" numeric(5,4) NOT NULL, "share_allowances" numeric(5,4) NOT NULL, "share_other" numeric(5,4) NOT NULL, "footnote" "public"."footnote_code", "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_01d358545fcf7af47c954216fbe" PRIMARY KEY ("programme_id", "year", "occupation_code", "skill_level", "region_code"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."report_cadence" AS ENUM('monthly', 'quarterly')`);
    await queryRunner.query(
      `ALTER TABLE "programme" ADD "report_cadence" "public"."report_cadence" NOT NULL DEFAULT 'quarterly'`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme" ADD "benchmark_min_enterprises" integer NOT NULL DEFAULT '3'`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme" ADD "benchmark_max_enterprise_share" integer NOT NULL DEFAULT '70'`,
    );
    await queryRunner.query(
      `ALTER TABLE "wage_upload" ADD CONSTRAINT "FK_75c94747cd8372ba858c45468dc" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "wage_upload" ADD CONSTRAINT "FK_effe9d2484413e571144e040986" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "wage_upload" DROP CONSTRAINT "FK_effe9d2484413e571144e040986"`);
    await queryRunner.query(`ALTER TABLE "wage_upload" DROP CONSTRAINT "FK_75c94747cd8372ba858c45468dc"`);
    await queryRunner.query(`ALTER TABLE "programme" DROP COLUMN "benchmark_max_enterprise_share"`);
    await queryRunner.query(`ALTER TABLE "programme" DROP COLUMN "benchmark_min_enterprises"`);
    await queryRunner.query(`ALTER TABLE "programme" DROP COLUMN "report_cadence"`);
    await queryRunner.query(`DROP TYPE "public"."report_cadence"`);
    await queryRunner.query(`DROP TABLE "benchmark_cell"`);
    await queryRunner.query(`DROP TYPE "public"."footnote_code"`);
    await queryRunner.query(`DROP INDEX "public"."idx_wage_row_cell"`);
    await queryRunner.query(`DROP TABLE "wage_row"`);
    await queryRunner.query(`DROP TYPE "public"."post_category"`);
    await queryRunner.query(`DROP INDEX "public"."uq_wage_upload_current"`);
    await queryRunner.query(`DROP INDEX "public"."uq_wage_upload_content"`);
    await queryRunner.query(`DROP INDEX "public"."idx_wage_upload_programme_year"`);
    await queryRunner.query(`DROP TABLE "wage_upload"`);
    await queryRunner.query(`DROP TYPE "public"."wage_upload_status"`);
    await queryRunner.query(`DROP TABLE "occupation"`);
  }
}
