import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddEvaluation1796200000000 implements MigrationInterface {
  name = 'AddEvaluation1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."demonstration_unit_kind" AS ENUM('enterprise', 'district')`,
    );
    await queryRunner.query(
      `CREATE TABLE "demonstration_unit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid NOT NULL, "kind" "public"."demonstration_unit_kind" NOT NULL, "enterprise_id" uuid, "region_code" character varying(6), "reason" text NOT NULL, "snapshot" jsonb NOT NULL, "snapshot_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_by" uuid NOT NULL, "delete_reason" text, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "chk_demonstration_unit_kind" CHECK (("kind" = 'enterprise' AND "enterprise_id" IS NOT NULL AND "region_code" IS NULL) OR ("kind" = 'district' AND "region_code" IS NOT NULL AND "enterprise_id" IS NULL)), CONSTRAINT "PK_fe65edd3c984275f57428321d9c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_demonstration_unit_region" ON "demonstration_unit" ("programme_id", "region_code") WHERE "deleted_at" IS NULL AND "region_code" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_demonstration_unit_enterprise" ON "demonstration_unit" ("programme_id", "enterprise_id") WHERE "deleted_at" IS NULL AND "enterprise_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "evaluation_setting" ("programme_id" uuid NOT NULL, "adoption_weights" jsonb NOT NULL, "updated_by" uuid, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2ffcd7f553bf66cc46a8796efb9" PRIMARY KEY ("programme_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "influenced_enterprise" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid NOT NULL, "enterprise_id" uuid NOT NULL, "activity_id" uuid NOT NULL, "reported_on" date NOT NULL, "adoption" jsonb NOT NULL, "note" text NOT NULL DEFAULT '', "organisation_id" uuid NOT NULL, "created_by" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_cfbed06085d4cbfc38ce92ded89" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_influenced_enterprise_live" ON "influenced_enterprise" ("programme_id", "enterprise_id") WHERE "deleted_at" IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "demonstration_unit" ADD CONSTRAINT "FK_845e7d8331c142113c4c9d3a2ca" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "demonstration_unit" ADD CONSTRAINT "FK_05b096247acf998569899c22c46" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "demonstration_unit" ADD CONSTRAINT "FK_a004c2c9cbc130772dc989f2b39" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluation_setting" ADD CONSTRAINT "FK_2ffcd7f553bf66cc46a8796efb9" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "influenced_enterprise" ADD CONSTRAINT "FK_69e5e3b490cd5a2e8c5fe405151" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "influenced_enterprise" ADD CONSTRAINT "FK_789c6cc612e1ad8c62e9abb793b" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "influenced_enterprise" ADD CONSTRAINT "FK_5b1e3562117d044fed2fadb4715" FOREIGN KEY ("activity_id") REFERENCES "guidance_activity"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "influenced_enterprise" ADD CONSTRAINT "FK_491abab7000f353a1575c17f899" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "influenced_enterprise" DROP CONSTRAINT "FK_491abab7000f353a1575c17f899"`,
    );
    await queryRunner.query(
      `ALTER TABLE "influenced_enterprise" DROP CONSTRAINT "FK_5b1e3562117d044fed2fadb4715"`,
    );
    await queryRunner.query(
      `ALTER TABLE "influenced_enterprise" DROP CONSTRAINT "FK_789c6cc612e1ad8c62e9abb793b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "influenced_enterprise" DROP CONSTRAINT "FK_69e5e3b490cd5a2e8c5fe405151"`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluation_setting" DROP CONSTRAINT "FK_2ffcd7f553bf66cc46a8796efb9"`,
    );
    await queryRunner.query(
      `ALTER TABLE "demonstration_unit" DROP CONSTRAINT "FK_a004c2c9cbc130772dc989f2b39"`,
    );
    await queryRunner.query(
      `ALTER TABLE "demonstration_unit" DROP CONSTRAINT "FK_05b096247acf998569899c22c46"`,
    );
    await queryRunner.query(
      `ALTER TABLE "demonstration_unit" DROP CONSTRAINT "FK_845e7d8331c142113c4c9d3a2ca"`,
    );
    await queryRunner.query(`DROP INDEX "public"."uq_influenced_enterprise_live"`);
    await queryRunner.query(`DROP TABLE "influenced_enterprise"`);
    await queryRunner.query(`DROP TABLE "evaluation_setting"`);
    await queryRunner.query(`DROP INDEX "public"."uq_demonstration_unit_enterprise"`);
    await queryRunner.query(`DROP INDEX "public"."uq_demonstration_unit_region"`);
    await queryRunner.query(`DROP TABLE "demonstration_unit"`);
    await queryRunner.query(`DROP TYPE "public"."demonstration_unit_kind"`);
  }
}
