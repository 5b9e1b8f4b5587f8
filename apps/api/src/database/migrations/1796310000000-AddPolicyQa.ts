import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddPolicyQa1796310000000 implements MigrationInterface {
  name = 'AddPolicyQa1796310000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."policy_qa_status" AS ENUM('draft', 'published', 'withdrawn')`,
    );
    await queryRunner.query(
      `CREATE TABLE "policy_qa" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "region_code" character varying(6) NOT NULL, "status" "public"."policy_qa_status" NOT NULL DEFAULT 'draft', "current_version_id" uuid, "created_by" uuid NOT NULL, "first_published_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "published_by" uuid, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "withdraw_reason" text, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_eb25d16448d949fc540ab45d655" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_policy_qa_region_status" ON "policy_qa" ("region_code", "status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "policy_qa_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "qa_id" uuid NOT NULL, "number" integer NOT NULL, "question" text NOT NULL, "answer" text NOT NULL, "basis" jsonb NOT NULL, "topics" text array NOT NULL, "search_text" text NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0d1cd58ca7582efbcd13fbf6d6d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_policy_qa_version_number" ON "policy_qa_version" ("qa_id", "number") `,
    );
    await queryRunner.query(
      `ALTER TABLE "policy_qa" ADD CONSTRAINT "FK_ed027662f8214a38035a21abc49" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "policy_qa" ADD CONSTRAINT "FK_4ae268366b86721924936ba9077" FOREIGN KEY ("current_version_id") REFERENCES "policy_qa_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "policy_qa_version" ADD CONSTRAINT "FK_5509887443168f6a645605dc67a" FOREIGN KEY ("qa_id") REFERENCES "policy_qa"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // a version is never rewritten: an edit adds the next one (versions, not overwrites)
    await queryRunner.query(`CREATE FUNCTION policy_qa_version_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'policy_qa_version % is immutable: an edit adds a version', OLD.id USING ERRCODE = 'insufficient_privilege';
            END $$`);
    await queryRunner.query(
      `CREATE TRIGGER policy_qa_version_immutable BEFORE UPDATE ON policy_qa_version FOR EACH ROW EXECUTE FUNCTION policy_qa_version_immutable()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER policy_qa_version_immutable ON policy_qa_version`);
    await queryRunner.query(`DROP FUNCTION policy_qa_version_immutable()`);
    await queryRunner.query(
      `ALTER TABLE "policy_qa_version" DROP CONSTRAINT "FK_5509887443168f6a645605dc67a"`,
    );
    await queryRunner.query(`ALTER TABLE "policy_qa" DROP CONSTRAINT "FK_4ae268366b86721924936ba9077"`);
    await queryRunner.query(`ALTER TABLE "policy_qa" DROP CONSTRAINT "FK_ed027662f8214a38035a21abc49"`);
    await queryRunner.query(`DROP INDEX "public"."uq_policy_qa_version_number"`);
    await queryRunner.query(`DROP TABLE "policy_qa_version"`);
    await queryRunner.query(`DROP INDEX "public"."idx_policy_qa_region_status"`);
    await queryRunner.query(`DROP TABLE "policy_qa"`);
    await queryRunner.query(`DROP TYPE "public"."policy_qa_status"`);
  }
}
