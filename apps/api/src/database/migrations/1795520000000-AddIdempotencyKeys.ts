import { MigrationInterface, QueryRunner } from 'typeorm';

/** The first answers to creating POSTs sent with an Idempotency-Key, per user and key. */
export class AddIdempotencyKeys1795520000000 implements MigrationInterface {
  name = 'AddIdempotencyKeys1795520000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "idempotency_key" ("user_id" uuid NOT NULL, "key" character varying(255) NOT NULL, "request_hash" character(64) NOT NULL, "route" character varying(300) NOT NULL, "status_code" smallint NOT NULL, "response_body" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_idempotency_key" PRIMARY KEY ("user_id", "key"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_idempotency_key_expires_at" ON "idempotency_key" ("expires_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "idempotency_key" ADD CONSTRAINT "FK_b769b270c8c530b20c431bd19d8" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "idempotency_key" DROP CONSTRAINT "FK_b769b270c8c530b20c431bd19d8"`);
    await queryRunner.query(`DROP INDEX "public"."idx_idempotency_key_expires_at"`);
    await queryRunner.query(`DROP TABLE "idempotency_key"`);
  }
}
