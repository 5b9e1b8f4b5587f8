import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddTalentLists1796120000000 implements MigrationInterface {
  name = 'AddTalentLists1796120000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."talent_list_status" AS ENUM('draft', 'reviewed', 'published', 'discarded')`,
    );
    await queryRunner.query(
      `CREATE TABLE "talent_list" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "region_code" character varying(6) NOT NULL, "year" integer NOT NULL, "status" "public"."talent_list_status" NOT NULL DEFAULT 'draft', "edition_number" integer, "talent_count" integer NOT NULL, "snapshot_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "review_comment" text, "reviewed_by" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "published_by" uuid, "published_at" TIMESTAMP WITH TIME ZONE, "discarded_by" uuid, "discarded_at" TIMESTAMP WITH TIME ZONE, "discard_reason" text, CONSTRAINT "PK_a55e8248aad7df8e129758db2f3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_talent_list_number" ON "talent_list" ("region_code", "year", "edition_number") WHERE "edition_number" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_talent_list_open" ON "talent_list" ("region_code") WHERE "status" IN ('draft', 'reviewed')`,
    );
    await queryRunner.query(
      `CREATE TABLE "talent_list_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "list_id" uuid NOT NULL, "talent_id" uuid NOT NULL, "position" integer NOT NULL, "name" character varying(50) NOT NULL, "public_consent" boolean NOT NULL, "gender" "public"."talent_gender" NOT NULL, "birth_year" smallint NOT NULL, "enterprise_name" character varying(200) NOT NULL, "industry_section" character(1) NOT NULL, "region_code" character varying(6) NOT NULL, "region_name" character varying(60) NOT NULL, "region_name_en" character varying(60) NOT NULL, "occupation_code" character varying(12) NOT NULL, "occupation_name" character varying(100) NOT NULL, "occupation_name_en" character varying(150), "skill_level" "public"."talent_skill_level" NOT NULL, "honours" jsonb NOT NULL DEFAULT '[]', "roles" "public"."talent_role" array NOT NULL DEFAULT '{}', "pay_treatments" text array NOT NULL DEFAULT '{}', "last_confirmed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_c8e3b1fe7c65802c666bea876d7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_talent_list_entry_list" ON "talent_list_entry" ("list_id", "position") `,
    );
    await queryRunner.query(
      `ALTER TABLE "talent_list" ADD CONSTRAINT "FK_275af133f46f528d7426eda10d6" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "talent_list_entry" ADD CONSTRAINT "FK_8212ab157bce1015cac06df9b1e" FOREIGN KEY ("list_id") REFERENCES "talent_list"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // a published edition and its rows never change (中办发〔2018〕16号 三: the list as published)
    await queryRunner.query(`CREATE FUNCTION talent_list_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF OLD.status = 'published' THEN
                    RAISE EXCEPTION 'talent_list % is published and immutable', OLD.id USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
                RETURN NEW;
            END $$`);
    await queryRunner.query(
      `CREATE TRIGGER talent_list_immutable BEFORE UPDATE OR DELETE ON talent_list FOR EACH ROW EXECUTE FUNCTION talent_list_immutable()`,
    );
    await queryRunner.query(`CREATE FUNCTION talent_list_entry_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF EXISTS (SELECT 1 FROM talent_list WHERE id = OLD.list_id AND status = 'published') THEN
                    RAISE EXCEPTION 'talent_list % is published: its rows are immutable', OLD.list_id USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
                RETURN NEW;
            END $$`);
    await queryRunner.query(
      `CREATE TRIGGER talent_list_entry_immutable BEFORE UPDATE OR DELETE ON talent_list_entry FOR EACH ROW EXECUTE FUNCTION talent_list_entry_immutable()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER talent_list_entry_immutable ON talent_list_entry`);
    await queryRunner.query(`DROP FUNCTION talent_list_entry_immutable()`);
    await queryRunner.query(`DROP TRIGGER talent_list_immutable ON talent_list`);
    await queryRunner.query(`DROP FUNCTION talent_list_immutable()`);
    await queryRunner.query(
      `ALTER TABLE "talent_list_entry" DROP CONSTRAINT "FK_8212ab157bce1015cac06df9b1e"`,
    );
    await queryRunner.query(`ALTER TABLE "talent_list" DROP CONSTRAINT "FK_275af133f46f528d7426eda10d6"`);
    await queryRunner.query(`DROP INDEX "public"."idx_talent_list_entry_list"`);
    await queryRunner.query(`DROP TABLE "talent_list_entry"`);
    await queryRunner.query(`DROP INDEX "public"."uq_talent_list_open"`);
    await queryRunner.query(`DROP INDEX "public"."uq_talent_list_number"`);
    await queryRunner.query(`DROP TABLE "talent_list"`);
    await queryRunner.query(`DROP TYPE "public"."talent_list_status"`);
  }
}
