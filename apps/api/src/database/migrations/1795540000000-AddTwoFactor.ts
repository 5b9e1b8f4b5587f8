import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two-factor authentication: authenticators, recovery codes, pending logins and the per-role
 * setting. A fresh install enforces it for the bureaus, the system administrator and the auditor
 * (等保 8.1.4.1 d)); the demo data turns it off again.
 */
export class AddTwoFactor1795540000000 implements MigrationInterface {
  name = 'AddTwoFactor1795540000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "user_two_factor" ("user_id" uuid NOT NULL, "secret_encrypted" character varying(200) NOT NULL, "enabled_at" TIMESTAMP WITH TIME ZONE, "last_used_step" bigint, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "REL_user_two_factor_user" UNIQUE ("user_id"), CONSTRAINT "PK_user_two_factor" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "two_factor_recovery_code" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "code_hash" character(64) NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_two_factor_recovery_code" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_two_factor_recovery_code" ON "two_factor_recovery_code" ("user_id", "code_hash") `,
    );
    await queryRunner.query(
      `CREATE TABLE "two_factor_setting" ("role" "public"."user_role" NOT NULL, "enforced" boolean NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_two_factor_setting" PRIMARY KEY ("role"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "pending_login" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_pending_login" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_pending_login_expires_at" ON "pending_login" ("expires_at") `);
    await queryRunner.query(
      `ALTER TABLE "user_two_factor" ADD CONSTRAINT "FK_0e865d85e0ad6329b40523afe55" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "two_factor_recovery_code" ADD CONSTRAINT "FK_82fac4b9e8a7a44c330528d48ba" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pending_login" ADD CONSTRAINT "FK_f59001bccb93fc1a048f19ffdea" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `INSERT INTO "two_factor_setting" ("role", "enforced") VALUES ('city_bureau', true), ('district_bureau', true), ('sysadmin', true), ('auditor', true)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "pending_login"`);
    await queryRunner.query(`DROP TABLE "two_factor_setting"`);
    await queryRunner.query(`DROP TABLE "two_factor_recovery_code"`);
    await queryRunner.query(`DROP TABLE "user_two_factor"`);
  }
}
