import { MigrationInterface, QueryRunner } from 'typeorm';

const CELL_GUARD = (message: string) => `
  CREATE OR REPLACE FUNCTION benchmark_release_cell_guard() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE frozen boolean := TG_OP = 'TRUNCATE';
  BEGIN
    -- each query runs only for the events whose transition tables exist
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
      frozen := EXISTS (
        SELECT 1 FROM changed_new c JOIN benchmark_release r ON r.id = c.release_id WHERE r.status <> 'draft');
    END IF;
    IF NOT frozen AND TG_OP IN ('UPDATE', 'DELETE') THEN
      frozen := EXISTS (
        SELECT 1 FROM changed_old c JOIN benchmark_release r ON r.id = c.release_id WHERE r.status <> 'draft');
    END IF;
    IF frozen THEN
      RAISE EXCEPTION ${message}
        USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NULL;
  END $$`;

/**
 * Disclosure control across releases: each release records the uploads it was built from (so a
 * correction can tell which enterprises' data changed since an earlier release), and a cell of a
 * correction may show an earlier release's figures (carried forward) instead of its own.
 */
export class AddReleaseChangeControl1795530000000 implements MigrationInterface {
  name = 'AddReleaseChangeControl1795530000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "benchmark_release_upload" ("release_id" uuid NOT NULL, "upload_id" uuid NOT NULL, CONSTRAINT "PK_benchmark_release_upload" PRIMARY KEY ("release_id", "upload_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "benchmark_release_upload" ADD CONSTRAINT "FK_benchmark_release_upload_release" FOREIGN KEY ("release_id") REFERENCES "benchmark_release"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "benchmark_release_upload" ADD CONSTRAINT "FK_benchmark_release_upload_upload" FOREIGN KEY ("upload_id") REFERENCES "wage_upload"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "benchmark_release_cell" ADD "carried_from_release_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "benchmark_release_cell" ADD CONSTRAINT "FK_benchmark_release_cell_carried_from" FOREIGN KEY ("carried_from_release_id") REFERENCES "benchmark_release"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // Releases made before: the versions current when each was made — stored (processed_at) by
    // then and not yet superseded by a version stored by then. A draft is refused while any stored
    // version awaits aggregation, so these are the versions its cells were computed from.
    // (aggregated_at cannot tell: aggregating a supersession rewrites the old version's.)
    await queryRunner.query(`
      INSERT INTO "benchmark_release_upload" ("release_id", "upload_id")
      SELECT b.id, u.id
        FROM benchmark_release b
        JOIN wage_upload u ON u.programme_id = b.programme_id AND u.year = b.year
         AND u.status IN ('current', 'superseded') AND u.processed_at <= b.created_at
       WHERE NOT EXISTS (
         SELECT 1 FROM wage_upload s WHERE s.id = u.superseded_by AND s.processed_at <= b.created_at)`);
    // the rows of a release's uploads are as frozen as its cells
    await queryRunner.query(
      CELL_GUARD(`'% may change only while its release is a draft: % refused', TG_TABLE_NAME, TG_OP`),
    );
    await queryRunner.query(
      `CREATE TRIGGER benchmark_release_upload_insert AFTER INSERT ON benchmark_release_upload REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION benchmark_release_cell_guard()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER benchmark_release_upload_update AFTER UPDATE ON benchmark_release_upload REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION benchmark_release_cell_guard()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER benchmark_release_upload_delete AFTER DELETE ON benchmark_release_upload REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION benchmark_release_cell_guard()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER benchmark_release_upload_no_truncate BEFORE TRUNCATE ON benchmark_release_upload FOR EACH STATEMENT EXECUTE FUNCTION benchmark_release_cell_guard()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER benchmark_release_upload_no_truncate ON benchmark_release_upload`);
    await queryRunner.query(`DROP TRIGGER benchmark_release_upload_delete ON benchmark_release_upload`);
    await queryRunner.query(`DROP TRIGGER benchmark_release_upload_update ON benchmark_release_upload`);
    await queryRunner.query(`DROP TRIGGER benchmark_release_upload_insert ON benchmark_release_upload`);
    await queryRunner.query(
      CELL_GUARD(`'benchmark_release_cell may change only while its release is a draft: % refused', TG_OP`),
    );
    await queryRunner.query(
      `ALTER TABLE "benchmark_release_cell" DROP CONSTRAINT "FK_benchmark_release_cell_carried_from"`,
    );
    await queryRunner.query(`ALTER TABLE "benchmark_release_cell" DROP COLUMN "carried_from_release_id"`);
    await queryRunner.query(`DROP TABLE "benchmark_release_upload"`);
  }
}
