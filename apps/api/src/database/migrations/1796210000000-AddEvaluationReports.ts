import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddEvaluationReports1796210000000 implements MigrationInterface {
  name = 'AddEvaluationReports1796210000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "evaluation_report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid NOT NULL, "region_code" character varying(6) NOT NULL, "sections" jsonb NOT NULL, "created_by" uuid, "edit_version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0a99319233ecea545abcf2fe8b9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_evaluation_report_programme_region" ON "evaluation_report" ("programme_id", "region_code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "evaluation_report_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "report_id" uuid NOT NULL, "version_no" integer NOT NULL, "sections" jsonb NOT NULL, "figures" jsonb NOT NULL, "document" bytea NOT NULL, "generated_by" uuid NOT NULL, "generated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE, "submitted_by" uuid, CONSTRAINT "PK_96d231a26e3a59afb512c91bd1a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_evaluation_report_version_no" ON "evaluation_report_version" ("report_id", "version_no") `,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluation_report" ADD CONSTRAINT "FK_7fc9c847891c08333c91c4a7d1d" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluation_report" ADD CONSTRAINT "FK_60166e11c320880c7afe7cb9dc6" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluation_report_version" ADD CONSTRAINT "FK_b902c09e34c6973cbe57f972d16" FOREIGN KEY ("report_id") REFERENCES "evaluation_report"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluation_report_version" ADD CONSTRAINT "FK_ddd08d786b84e580e960ffa4ae9" FOREIGN KEY ("generated_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "evaluation_report_version" DROP CONSTRAINT "FK_ddd08d786b84e580e960ffa4ae9"`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluation_report_version" DROP CONSTRAINT "FK_b902c09e34c6973cbe57f972d16"`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluation_report" DROP CONSTRAINT "FK_60166e11c320880c7afe7cb9dc6"`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluation_report" DROP CONSTRAINT "FK_7fc9c847891c08333c91c4a7d1d"`,
    );
    await queryRunner.query(`DROP INDEX "public"."uq_evaluation_report_version_no"`);
    await queryRunner.query(`DROP TABLE "evaluation_report_version"`);
    await queryRunner.query(`DROP INDEX "public"."uq_evaluation_report_programme_region"`);
    await queryRunner.query(`DROP TABLE "evaluation_report"`);
  }
}
