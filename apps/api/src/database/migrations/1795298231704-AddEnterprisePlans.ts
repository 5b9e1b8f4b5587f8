import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddEnterprisePlans1795298231704 implements MigrationInterface {
  name = 'AddEnterprisePlans1795298231704';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."plan_variant" AS ENUM('light', 'full')`);
    await queryRunner.query(
      `CREATE TYPE "public"."plan_guideline_part" AS ENUM('career-channel', 'pay-units', 'post-evaluation', 'post-pay-table', 'performance-pay', 'allowances', 'high-skill-leader-incentives')`,
    );
    await queryRunner.query(
      `CREATE TABLE "enterprise_plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "application_id" uuid NOT NULL, "variant" "public"."plan_variant" NOT NULL, "guideline_parts" "public"."plan_guideline_part" array NOT NULL DEFAULT '{}', "officer_id" uuid, "notes" text, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_141f917bf78090298a1f3acd9d2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_enterprise_plan_application" ON "enterprise_plan" ("application_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "plan_milestone" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "due_on" date NOT NULL, "done_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_df6b7ddc4a25865914b8d61b74f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_plan_milestone_open_due" ON "plan_milestone" ("due_on") WHERE "done_at" IS NULL AND "deleted_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_plan_milestone_plan" ON "plan_milestone" ("plan_id", "due_on") `,
    );
    await queryRunner.query(
      `ALTER TABLE "enterprise_plan" ADD CONSTRAINT "FK_46fc84b5f0bd5210c9a942bb134" FOREIGN KEY ("application_id") REFERENCES "pilot_application"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "enterprise_plan" ADD CONSTRAINT "FK_bc753cbb99eb6222bd4ad38e70c" FOREIGN KEY ("officer_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_milestone" ADD CONSTRAINT "FK_9a3bf3452af691d2895c0737f8e" FOREIGN KEY ("plan_id") REFERENCES "enterprise_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "plan_milestone" DROP CONSTRAINT "FK_9a3bf3452af691d2895c0737f8e"`);
    await queryRunner.query(`ALTER TABLE "enterprise_plan" DROP CONSTRAINT "FK_bc753cbb99eb6222bd4ad38e70c"`);
    await queryRunner.query(`ALTER TABLE "enterprise_plan" DROP CONSTRAINT "FK_46fc84b5f0bd5210c9a942bb134"`);
    await queryRunner.query(`DROP INDEX "public"."idx_plan_milestone_plan"`);
    await queryRunner.query(`DROP INDEX "public"."idx_plan_milestone_open_due"`);
    await queryRunner.query(`DROP TABLE "plan_milestone"`);
    await queryRunner.query(`DROP INDEX "public"."uq_enterprise_plan_application"`);
    await queryRunner.query(`DROP TABLE "enterprise_plan"`);
    await queryRunner.query(`DROP TYPE "public"."plan_guideline_part"`);
    await queryRunner.query(`DROP TYPE "public"."plan_variant"`);
  }
}
