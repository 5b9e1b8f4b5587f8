import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Enterprise registry, programmes with quotas, and pilot applications (issue 3). Enum types shared by
 * several tables are created once and dropped after the last table using them.
 */
export class AddEnterprisesProgrammesPilots1795298002360 implements MigrationInterface {
  name = 'AddEnterprisesProgrammesPilots1795298002360';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."enterprise_ownership" AS ENUM('state-owned', 'non-public')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."enterprise_size" AS ENUM('large', 'medium', 'small', 'micro')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."priority_category" AS ENUM('harmonious-labour-relations', 'skill-self-evaluation', 'skill-master-studio')`,
    );
    await queryRunner.query(
      `CREATE TABLE "enterprise" ("id" uuid NOT NULL, "credit_code" character(18) NOT NULL, "industry_section" character(1) NOT NULL, "ownership" "public"."enterprise_ownership" NOT NULL, "size" "public"."enterprise_size" NOT NULL, "headcount" integer NOT NULL DEFAULT '0', "skilled_headcount" jsonb NOT NULL DEFAULT '{}', "priority_categories" "public"."priority_category" array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_09687cd306dc5d486c0e227c471" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_enterprise_industry" ON "enterprise" ("industry_section") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_enterprise_credit_code" ON "enterprise" ("credit_code") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."programme_status" AS ENUM('draft', 'active', 'closed')`);
    await queryRunner.query(
      `CREATE TABLE "programme" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(200) NOT NULL, "document_number" character varying(60), "issuing_bodies" text array NOT NULL DEFAULT '{}', "region_code" character varying(6) NOT NULL, "year" integer NOT NULL, "principles" text, "status" "public"."programme_status" NOT NULL DEFAULT 'draft', "template" character varying(40), "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_76ff6b30b74f213944d1ac0a660" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_programme_region" ON "programme" ("region_code") `);
    await queryRunner.query(
      `CREATE TYPE "public"."pilot_status" AS ENUM('draft', 'submitted', 'recommended', 'returned', 'approved', 'rejected', 'withdrawn')`,
    );
    await queryRunner.query(
      `CREATE TABLE "pilot_application" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid NOT NULL, "enterprise_id" uuid NOT NULL, "status" "public"."pilot_status" NOT NULL DEFAULT 'draft', "reasons" text NOT NULL, "priority_categories" "public"."priority_category" array NOT NULL DEFAULT '{}', "submitted_at" TIMESTAMP WITH TIME ZONE, "decided_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3e054b1907fd4e6d5a0a721bace" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_pilot_application_status" ON "pilot_application" ("programme_id", "status") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_pilot_application_live" ON "pilot_application" ("programme_id", "enterprise_id") WHERE "status" NOT IN ('withdrawn', 'rejected')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."pilot_action" AS ENUM('submit', 'recommend', 'return', 'approve', 'reject', 'withdraw')`,
    );
    await queryRunner.query(
      `CREATE TABLE "pilot_transition" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "application_id" uuid NOT NULL, "action" "public"."pilot_action" NOT NULL, "from_status" "public"."pilot_status" NOT NULL, "to_status" "public"."pilot_status" NOT NULL, "actor_id" uuid NOT NULL, "actor_organisation_id" uuid NOT NULL, "reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_62bd2dcd331d6f0f122e8c62464" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_pilot_transition_application" ON "pilot_transition" ("application_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "programme_quota" ("programme_id" uuid NOT NULL, "region_code" character varying(6) NOT NULL, "quota" integer NOT NULL, CONSTRAINT "chk_programme_quota_non_negative" CHECK ("quota" >= 0), CONSTRAINT "PK_62574f10a03511c98f57d878687" PRIMARY KEY ("programme_id", "region_code"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "enterprise" ADD CONSTRAINT "FK_09687cd306dc5d486c0e227c471" FOREIGN KEY ("id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme" ADD CONSTRAINT "FK_2a29fdd1ea4bd3c1aab022776b3" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pilot_application" ADD CONSTRAINT "FK_d07cac0abc00e9741ad9dabac52" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pilot_application" ADD CONSTRAINT "FK_b15ed9122ea11799bf6376b304b" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pilot_transition" ADD CONSTRAINT "FK_79c8679c7eac2a87fc9c64a9ab2" FOREIGN KEY ("application_id") REFERENCES "pilot_application"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme_quota" ADD CONSTRAINT "FK_49dd62397426477444e243f1007" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme_quota" ADD CONSTRAINT "FK_acdf88c85d9c41a313cfb608c21" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "programme_quota" DROP CONSTRAINT "FK_acdf88c85d9c41a313cfb608c21"`);
    await queryRunner.query(`ALTER TABLE "programme_quota" DROP CONSTRAINT "FK_49dd62397426477444e243f1007"`);
    await queryRunner.query(
      `ALTER TABLE "pilot_transition" DROP CONSTRAINT "FK_79c8679c7eac2a87fc9c64a9ab2"`,
    );
    await queryRunner.query(
      `ALTER TABLE "pilot_application" DROP CONSTRAINT "FK_b15ed9122ea11799bf6376b304b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "pilot_application" DROP CONSTRAINT "FK_d07cac0abc00e9741ad9dabac52"`,
    );
    await queryRunner.query(`ALTER TABLE "programme" DROP CONSTRAINT "FK_2a29fdd1ea4bd3c1aab022776b3"`);
    await queryRunner.query(`ALTER TABLE "enterprise" DROP CONSTRAINT "FK_09687cd306dc5d486c0e227c471"`);
    await queryRunner.query(`DROP TABLE "programme_quota"`);
    await queryRunner.query(`DROP INDEX "public"."idx_pilot_transition_application"`);
    await queryRunner.query(`DROP TABLE "pilot_transition"`);
    await queryRunner.query(`DROP TYPE "public"."pilot_action"`);
    await queryRunner.query(`DROP INDEX "public"."uq_pilot_application_live"`);
    await queryRunner.query(`DROP INDEX "public"."idx_pilot_application_status"`);
    await queryRunner.query(`DROP TABLE "pilot_application"`);
    await queryRunner.query(`DROP TYPE "public"."pilot_status"`);
    await queryRunner.query(`DROP INDEX "public"."idx_programme_region"`);
    await queryRunner.query(`DROP TABLE "programme"`);
    await queryRunner.query(`DROP TYPE "public"."programme_status"`);
    await queryRunner.query(`DROP INDEX "public"."uq_enterprise_credit_code"`);
    await queryRunner.query(`DROP INDEX "public"."idx_enterprise_industry"`);
    await queryRunner.query(`DROP TABLE "enterprise"`);
    await queryRunner.query(`DROP TYPE "public"."priority_category"`);
    await queryRunner.query(`DROP TYPE "public"."enterprise_size"`);
    await queryRunner.query(`DROP TYPE "public"."enterprise_ownership"`);
  }
}
