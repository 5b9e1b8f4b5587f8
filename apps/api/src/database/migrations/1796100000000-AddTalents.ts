import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddTalents1796100000000 implements MigrationInterface {
  name = 'AddTalents1796100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."honour_level" AS ENUM('national', 'provincial', 'municipal')`,
    );
    await queryRunner.query(
      `CREATE TABLE "honour" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(60) NOT NULL, "name_zh" character varying(100) NOT NULL, "name_en" character varying(150), "level" "public"."honour_level" NOT NULL, "issuer" character varying(100), "qualifying" boolean NOT NULL DEFAULT false, "sort_order" integer NOT NULL DEFAULT '0', "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_3a4ebd97990db9572bad8173370" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_honour_code" ON "honour" ("code") WHERE "deleted_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "talent_honour" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "talent_id" uuid NOT NULL, "honour_id" uuid NOT NULL, "awarded_year" smallint NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_35cc769ec2432f0923f80128dcf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_talent_honour_talent" ON "talent_honour" ("talent_id") `);
    await queryRunner.query(`CREATE TYPE "public"."talent_gender" AS ENUM('male', 'female')`);
    await queryRunner.query(
      `CREATE TYPE "public"."talent_skill_level" AS ENUM('apprentice', 'level-5', 'level-4', 'level-3', 'level-2', 'level-1', 'special', 'chief')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."talent_role" AS ENUM('mass-organisation-post', 'party-contact-expert', 'master-studio-lead')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."talent_status" AS ENUM('draft', 'submitted', 'verified', 'returned', 'confirmed')`,
    );
    await queryRunner.query(
      `CREATE TABLE "talent" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(50) NOT NULL, "gender" "public"."talent_gender" NOT NULL, "birth_year" smallint NOT NULL, "id_number_cipher" text NOT NULL, "id_number_hash" character(64) NOT NULL, "id_number_masked" character varying(18) NOT NULL, "enterprise_id" uuid NOT NULL, "region_code" character varying(6) NOT NULL, "occupation_code" character varying(12) NOT NULL, "skill_level" "public"."talent_skill_level" NOT NULL, "pay_treatments" jsonb NOT NULL DEFAULT '[]', "roles" "public"."talent_role" array NOT NULL DEFAULT '{}', "public_consent" boolean NOT NULL DEFAULT false, "status" "public"."talent_status" NOT NULL DEFAULT 'draft', "author_organisation_id" uuid NOT NULL, "created_by" uuid, "confirmed_at" TIMESTAMP WITH TIME ZONE, "last_confirmed_at" TIMESTAMP WITH TIME ZONE, "reconfirm_requested_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_bb69d9cea50aa835af369a4c2b8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_talent_id_number_hash" ON "talent" ("id_number_hash") `);
    await queryRunner.query(`CREATE INDEX "idx_talent_enterprise" ON "talent" ("enterprise_id") `);
    await queryRunner.query(`CREATE INDEX "idx_talent_region" ON "talent" ("region_code") `);
    await queryRunner.query(`CREATE INDEX "idx_talent_status" ON "talent" ("status") `);
    await queryRunner.query(
      `CREATE TABLE "talent_affiliation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "talent_id" uuid NOT NULL, "enterprise_id" uuid NOT NULL, "region_code" character varying(6) NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ended_at" TIMESTAMP WITH TIME ZONE, "note" character varying(200), "recorded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f4d00a17f94ebd3fe59521f9d40" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_talent_affiliation_current" ON "talent_affiliation" ("talent_id") WHERE "ended_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_talent_affiliation_talent" ON "talent_affiliation" ("talent_id") `,
    );
    await queryRunner.query(`ALTER TYPE "public"."organisation_type" RENAME TO "organisation_type_old"`);
    await queryRunner.query(
      `CREATE TYPE "public"."organisation_type" AS ENUM('city_bureau', 'district_bureau', 'trade_union', 'enterprise_confederation', 'industry_commerce_federation', 'enterprise', 'platform', 'government_department')`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation" ALTER COLUMN "type" TYPE "public"."organisation_type" USING "type"::"text"::"public"."organisation_type"`,
    );
    await queryRunner.query(`DROP TYPE "public"."organisation_type_old"`);
    await queryRunner.query(
      `ALTER TABLE "talent_honour" ADD CONSTRAINT "FK_e38f20395338cfb068f94e50e25" FOREIGN KEY ("talent_id") REFERENCES "talent"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "talent_honour" ADD CONSTRAINT "FK_95b1d6d0064b565551b9557a6a7" FOREIGN KEY ("honour_id") REFERENCES "honour"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "talent" ADD CONSTRAINT "FK_6e52a8709d89e0e95e428beab31" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "talent" ADD CONSTRAINT "FK_49b1a0022ff1448f17e185f4fde" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "talent" ADD CONSTRAINT "FK_f5481662258342e733fb75f69e6" FOREIGN KEY ("occupation_code") REFERENCES "occupation"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "talent" ADD CONSTRAINT "FK_03f2142a2359a6efa23745e6216" FOREIGN KEY ("author_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "talent_affiliation" ADD CONSTRAINT "FK_ed887d1b782b3112a9b502aefbb" FOREIGN KEY ("talent_id") REFERENCES "talent"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "talent_affiliation" ADD CONSTRAINT "FK_71ba657f3a6452d333e9b297c87" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // the national honours every installation starts with (NATIONAL_HONOURS; art. 38), as reference data
    await queryRunner.query(`INSERT INTO "honour" ("code", "name_zh", "name_en", "level", "issuer", "qualifying", "sort_order") VALUES
            ('national-model-worker', '全国劳动模范', 'National Model Worker', 'national', '中共中央、国务院', true, 10),
            ('may-day-medal', '全国五一劳动奖章', 'National May Day Labour Medal', 'national', '中华全国总工会', true, 20),
            ('china-skill-award', '中华技能大奖', 'China Skills Award', 'national', '人力资源社会保障部', true, 30),
            ('national-technical-expert', '全国技术能手', 'National Technical Expert', 'national', '人力资源社会保障部', true, 40),
            ('special-government-allowance', '享受省级以上政府特殊津贴', 'Special government allowance (provincial or above)', 'national', '国务院或省级人民政府', true, 50),
            ('provincial-scarce-talent', '省级政府认定"高精尖缺"人才', 'Provincially recognised high-end, scarce talent', 'national', '省级人民政府', true, 60)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "talent_affiliation" DROP CONSTRAINT "FK_71ba657f3a6452d333e9b297c87"`,
    );
    await queryRunner.query(
      `ALTER TABLE "talent_affiliation" DROP CONSTRAINT "FK_ed887d1b782b3112a9b502aefbb"`,
    );
    await queryRunner.query(`ALTER TABLE "talent" DROP CONSTRAINT "FK_03f2142a2359a6efa23745e6216"`);
    await queryRunner.query(`ALTER TABLE "talent" DROP CONSTRAINT "FK_f5481662258342e733fb75f69e6"`);
    await queryRunner.query(`ALTER TABLE "talent" DROP CONSTRAINT "FK_49b1a0022ff1448f17e185f4fde"`);
    await queryRunner.query(`ALTER TABLE "talent" DROP CONSTRAINT "FK_6e52a8709d89e0e95e428beab31"`);
    await queryRunner.query(`ALTER TABLE "talent_honour" DROP CONSTRAINT "FK_95b1d6d0064b565551b9557a6a7"`);
    await queryRunner.query(`ALTER TABLE "talent_honour" DROP CONSTRAINT "FK_e38f20395338cfb068f94e50e25"`);
    await queryRunner.query(
      `CREATE TYPE "public"."organisation_type_old" AS ENUM('city_bureau', 'district_bureau', 'trade_union', 'enterprise_confederation', 'industry_commerce_federation', 'enterprise', 'platform')`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation" ALTER COLUMN "type" TYPE "public"."organisation_type_old" USING "type"::"text"::"public"."organisation_type_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."organisation_type"`);
    await queryRunner.query(`ALTER TYPE "public"."organisation_type_old" RENAME TO "organisation_type"`);
    await queryRunner.query(`DROP INDEX "public"."idx_talent_affiliation_talent"`);
    await queryRunner.query(`DROP INDEX "public"."uq_talent_affiliation_current"`);
    await queryRunner.query(`DROP TABLE "talent_affiliation"`);
    await queryRunner.query(`DROP INDEX "public"."idx_talent_status"`);
    await queryRunner.query(`DROP INDEX "public"."idx_talent_region"`);
    await queryRunner.query(`DROP INDEX "public"."idx_talent_enterprise"`);
    await queryRunner.query(`DROP INDEX "public"."idx_talent_id_number_hash"`);
    await queryRunner.query(`DROP TABLE "talent"`);
    await queryRunner.query(`DROP TYPE "public"."talent_status"`);
    await queryRunner.query(`DROP TYPE "public"."talent_role"`);
    await queryRunner.query(`DROP TYPE "public"."talent_skill_level"`);
    await queryRunner.query(`DROP TYPE "public"."talent_gender"`);
    await queryRunner.query(`DROP INDEX "public"."idx_talent_honour_talent"`);
    await queryRunner.query(`DROP TABLE "talent_honour"`);
    await queryRunner.query(`DROP INDEX "public"."uq_honour_code"`);
    await queryRunner.query(`DROP TABLE "honour"`);
    await queryRunner.query(`DROP TYPE "public"."honour_level"`);
  }
}
