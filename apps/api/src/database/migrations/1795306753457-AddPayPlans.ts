import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddPayPlans1795306753457 implements MigrationInterface {
  name = 'AddPayPlans1795306753457';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."calculator_kind" AS ENUM('pay-table', 'step-movement', 'post-evaluation', 'performance-pay', 'allowances', 'profit-sharing', 'checks')`,
    );
    await queryRunner.query(
      `CREATE TABLE "pay_plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "enterprise_id" uuid NOT NULL, "pilot_application_id" uuid NOT NULL, "calculator" "public"."calculator_kind" NOT NULL, "title" character varying(100) NOT NULL, "current_version" integer NOT NULL DEFAULT '1', "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_045653ccd9e77d0113555158a50" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_pay_plan_application" ON "pay_plan" ("pilot_application_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_pay_plan_enterprise" ON "pay_plan" ("enterprise_id", "updated_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "pay_plan_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "version" integer NOT NULL, "title" character varying(100) NOT NULL, "input" jsonb NOT NULL, "result" jsonb NOT NULL, "note" text, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e2499366ec323a0e7d989ea84cc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_pay_plan_version" ON "pay_plan_version" ("plan_id", "version") `,
    );
    await queryRunner.query(
      `ALTER TABLE "pay_plan" ADD CONSTRAINT "FK_c027ce517384e66fe6567176bd6" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pay_plan" ADD CONSTRAINT "FK_33901e047b69235d27e5072e883" FOREIGN KEY ("pilot_application_id") REFERENCES "pilot_application"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pay_plan_version" ADD CONSTRAINT "FK_4bf6d1e96083edd1e5b4e7ec9c4" FOREIGN KEY ("plan_id") REFERENCES "pay_plan"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "pay_plan_version" DROP CONSTRAINT "FK_4bf6d1e96083edd1e5b4e7ec9c4"`,
    );
    await queryRunner.query(`ALTER TABLE "pay_plan" DROP CONSTRAINT "FK_33901e047b69235d27e5072e883"`);
    await queryRunner.query(`ALTER TABLE "pay_plan" DROP CONSTRAINT "FK_c027ce517384e66fe6567176bd6"`);
    await queryRunner.query(`DROP INDEX "public"."uq_pay_plan_version"`);
    await queryRunner.query(`DROP TABLE "pay_plan_version"`);
    await queryRunner.query(`DROP INDEX "public"."idx_pay_plan_enterprise"`);
    await queryRunner.query(`DROP INDEX "public"."idx_pay_plan_application"`);
    await queryRunner.query(`DROP TABLE "pay_plan"`);
    await queryRunner.query(`DROP TYPE "public"."calculator_kind"`);
  }
}
