import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddProgressReports1795303194836 implements MigrationInterface {
  name = 'AddProgressReports1795303194836';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."progress_report_status" AS ENUM('draft', 'submitted', 'accepted', 'returned')`,
    );
    await queryRunner.query(
      `CREATE TABLE "progress_report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid NOT NULL, "enterprise_id" uuid NOT NULL, "period" character varying(7) NOT NULL, "due_on" date NOT NULL, "status" "public"."progress_report_status" NOT NULL DEFAULT 'draft', "current_version" integer NOT NULL DEFAULT '1', "first_submitted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_de44d4f311d5a0132f49f9f0820" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_progress_report_queue" ON "progress_report" ("programme_id", "status", "period") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_progress_report_period" ON "progress_report" ("programme_id", "enterprise_id", "period") `,
    );
    await queryRunner.query(
      `CREATE TABLE "progress_report_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "report_id" uuid NOT NULL, "version" integer NOT NULL, "status" "public"."progress_report_status" NOT NULL DEFAULT 'draft', "adoption" jsonb NOT NULL, "indicators" jsonb NOT NULL, "narrative" text NOT NULL DEFAULT '', "checks" jsonb NOT NULL DEFAULT '[]', "created_by" uuid NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE, "submitted_by" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "reviewed_by" uuid, "review_comment" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e6896923bdd47bf740001f60533" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_progress_report_version" ON "progress_report_version" ("report_id", "version") `,
    );
    await queryRunner.query(
      `ALTER TABLE "progress_report" ADD CONSTRAINT "FK_fdd498a3513953a0403c5918c21" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "progress_report" ADD CONSTRAINT "FK_5d76b42777f4bd3d58532d043a5" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "progress_report_version" ADD CONSTRAINT "FK_2074f4bb215014bb0eae9848e7e" FOREIGN KEY ("report_id") REFERENCES "progress_report"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "progress_report_version" DROP CONSTRAINT "FK_2074f4bb215014bb0eae9848e7e"`,
    );
    await queryRunner.query(`ALTER TABLE "progress_report" DROP CONSTRAINT "FK_5d76b42777f4bd3d58532d043a5"`);
    await queryRunner.query(`ALTER TABLE "progress_report" DROP CONSTRAINT "FK_fdd498a3513953a0403c5918c21"`);
    await queryRunner.query(`DROP INDEX "public"."uq_progress_report_version"`);
    await queryRunner.query(`DROP TABLE "progress_report_version"`);
    await queryRunner.query(`DROP INDEX "public"."uq_progress_report_period"`);
    await queryRunner.query(`DROP INDEX "public"."idx_progress_report_queue"`);
    await queryRunner.query(`DROP TABLE "progress_report"`);
    await queryRunner.query(`DROP TYPE "public"."progress_report_status"`);
  }
}
