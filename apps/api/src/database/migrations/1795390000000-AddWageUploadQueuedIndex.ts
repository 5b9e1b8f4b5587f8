import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddWageUploadQueuedIndex1795390000000 implements MigrationInterface {
  name = 'AddWageUploadQueuedIndex1795390000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "idx_wage_upload_queued" ON "wage_upload" ("created_at") WHERE "status" = 'queued'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_wage_upload_queued"`);
  }
}
