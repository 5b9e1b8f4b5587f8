import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The application's role may not DELETE from audit_log (docs/operations.md, "Database roles"):
 * the retention purge runs as the function's owner instead, and only roles granted EXECUTE (the
 * owner, and the application by `cli setup`) may call it.
 */
export class RunAuditPurgeAsOwner1795550000000 implements MigrationInterface {
  name = 'RunAuditPurgeAsOwner1795550000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // a fixed search_path, pg_temp last: a caller's temporary table cannot stand in for audit_log
    await queryRunner.query(
      `ALTER FUNCTION audit_log_purge(timestamptz) SECURITY DEFINER SET search_path = public, pg_temp`,
    );
    await queryRunner.query(`REVOKE EXECUTE ON FUNCTION audit_log_purge(timestamptz) FROM PUBLIC`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION audit_log_purge(timestamptz) TO PUBLIC`);
    await queryRunner.query(`ALTER FUNCTION audit_log_purge(timestamptz) SECURITY INVOKER RESET search_path`);
  }
}
