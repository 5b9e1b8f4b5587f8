import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateFoundation1795294890137 implements MigrationInterface {
  name = 'CreateFoundation1795294890137';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" bigint NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "actor_username" character varying(100), "actor_role" character varying(40), "ip" character varying(64), "request_id" character varying(100), "action" character varying(80) NOT NULL, "entity_type" character varying(60), "entity_id" character varying(100), "outcome" character varying(10) NOT NULL, "before" jsonb, "after" jsonb, "prev_hash" character(64) NOT NULL, "hash" character(64) NOT NULL, CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_audit_log_actor" ON "audit_log" ("actor_username") `);
    await queryRunner.query(
      `CREATE INDEX "idx_audit_log_entity" ON "audit_log" ("entity_type", "entity_id") `,
    );
    await queryRunner.query(`CREATE INDEX "idx_audit_log_occurred_at" ON "audit_log" ("occurred_at") `);
    await queryRunner.query(
      `CREATE TABLE "login_throttle" ("username" character varying(100) NOT NULL, "failed_count" integer NOT NULL DEFAULT '0', "last_failed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "locked_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_492a1f443be9453880bd406879e" PRIMARY KEY ("username"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."region_level" AS ENUM('province', 'city', 'district')`);
    await queryRunner.query(
      `CREATE TABLE "region" ("code" character varying(6) NOT NULL, "name" character varying(60) NOT NULL, "name_en" character varying(60) NOT NULL, "level" "public"."region_level" NOT NULL, "parent_code" character varying(6), "path" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_74f7723fdff738f92929c0056cb" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_region_path" ON "region" ("path") `);
    await queryRunner.query(
      `CREATE TYPE "public"."organisation_type" AS ENUM('city_bureau', 'district_bureau', 'trade_union', 'enterprise_confederation', 'industry_commerce_federation', 'enterprise', 'platform')`,
    );
    await queryRunner.query(
      `CREATE TABLE "organisation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(100) NOT NULL, "type" "public"."organisation_type" NOT NULL, "region_code" character varying(6) NOT NULL, "address" character varying(200), "contact_person" character varying(50), "contact_phone" character varying(30), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_c725ae234ef1b74cce43d2d00c1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_organisation_region" ON "organisation" ("region_code") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_organisation_name" ON "organisation" ("name") WHERE "deleted_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."user_role" AS ENUM('city_bureau', 'district_bureau', 'enterprise', 'reviewer', 'sysadmin', 'auditor')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."user_status" AS ENUM('active', 'disabled')`);
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "username" character varying(50) NOT NULL, "display_name" character varying(50) NOT NULL, "role" "public"."user_role" NOT NULL, "organisation_id" uuid NOT NULL, "password_hash" character varying(200) NOT NULL, "status" "public"."user_status" NOT NULL DEFAULT 'active', "must_change_password" boolean NOT NULL DEFAULT false, "password_changed_at" TIMESTAMP WITH TIME ZONE, "last_login_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_app_user_organisation" ON "app_user" ("organisation_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_app_user_username" ON "app_user" ("username") WHERE "deleted_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "refresh_token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" character varying(30), "ip" character varying(64), "user_agent" character varying(300), CONSTRAINT "PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_session_expires_at" ON "session" ("expires_at") `);
    await queryRunner.query(`CREATE INDEX "idx_session_user" ON "session" ("user_id") `);
    await queryRunner.query(
      `ALTER TABLE "region" ADD CONSTRAINT "FK_73a16baaad741cbb01fa629e95a" FOREIGN KEY ("parent_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation" ADD CONSTRAINT "FK_5283ba6ce1add8976fe6dc41e1d" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "FK_6fa42e978fa7d7adc32736e26fd" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "session" ADD CONSTRAINT "FK_30e98e8746699fb9af235410aff" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "session" DROP CONSTRAINT "FK_30e98e8746699fb9af235410aff"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_6fa42e978fa7d7adc32736e26fd"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP CONSTRAINT "FK_5283ba6ce1add8976fe6dc41e1d"`);
    await queryRunner.query(`ALTER TABLE "region" DROP CONSTRAINT "FK_73a16baaad741cbb01fa629e95a"`);
    await queryRunner.query(`DROP INDEX "public"."idx_session_user"`);
    await queryRunner.query(`DROP INDEX "public"."idx_session_expires_at"`);
    await queryRunner.query(`DROP TABLE "session"`);
    await queryRunner.query(`DROP INDEX "public"."uq_app_user_username"`);
    await queryRunner.query(`DROP INDEX "public"."idx_app_user_organisation"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP TYPE "public"."user_status"`);
    await queryRunner.query(`DROP TYPE "public"."user_role"`);
    await queryRunner.query(`DROP INDEX "public"."uq_organisation_name"`);
    await queryRunner.query(`DROP INDEX "public"."idx_organisation_region"`);
    await queryRunner.query(`DROP TABLE "organisation"`);
    await queryRunner.query(`DROP TYPE "public"."organisation_type"`);
    await queryRunner.query(`DROP INDEX "public"."idx_region_path"`);
    await queryRunner.query(`DROP TABLE "region"`);
    await queryRunner.query(`DROP TYPE "public"."region_level"`);
    await queryRunner.query(`DROP TABLE "login_throttle"`);
    await queryRunner.query(`DROP INDEX "public"."idx_audit_log_occurred_at"`);
    await queryRunner.query(`DROP INDEX "public"."idx_audit_log_entity"`);
    await queryRunner.query(`DROP INDEX "public"."idx_audit_log_actor"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
  }
}
