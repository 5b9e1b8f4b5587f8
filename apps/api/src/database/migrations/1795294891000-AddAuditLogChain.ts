import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Makes audit_log append-only and tamper-evident in the database itself:
 * - a BEFORE INSERT trigger serialises writers, numbers the row and chains its SHA-256 hash to
 *   the previous row's hash (so the chain follows commit order);
 * - UPDATE, DELETE and TRUNCATE are refused, except DELETE inside audit_log_purge(), the
 *   retention purge, which the application audits in the same transaction.
 */
export class AddAuditLogChain1795294891000 implements MigrationInterface {
  name = 'AddAuditLogChain1795294891000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SEQUENCE "audit_log_id_seq" AS bigint OWNED BY "audit_log"."id"`);
    await queryRunner.query(`
      CREATE FUNCTION audit_log_row_hash(r audit_log) RETURNS char(64) LANGUAGE sql STABLE AS $$
        SELECT encode(sha256(convert_to(concat_ws(chr(31),
          r.prev_hash, r.id::text,
          to_char(r.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
          coalesce(r.actor_id::text, ''), coalesce(r.actor_username, ''), coalesce(r.actor_role, ''),
          coalesce(r.ip, ''), coalesce(r.request_id, ''), r.action,
          coalesce(r.entity_type, ''), coalesce(r.entity_id, ''), r.outcome,
          coalesce(r.before::text, ''), coalesce(r.after::text, '')), 'UTF8')), 'hex')
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE last_hash char(64);
      BEGIN
        -- Held until commit: the next writer sees this row and chains to it.
        PERFORM pg_advisory_xact_lock(7411802020);
        NEW.id := nextval('audit_log_id_seq');
        NEW.occurred_at := clock_timestamp();
        SELECT hash INTO last_hash FROM audit_log ORDER BY id DESC LIMIT 1;
        NEW.prev_hash := coalesce(last_hash, repeat('0', 64));
        NEW.hash := audit_log_row_hash(NEW);
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_chain()`,
    );
    await queryRunner.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND current_setting('skillpay.audit_purge', true) = 'on' THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`,
    );
    await queryRunner.query(`
      CREATE FUNCTION audit_log_purge(cutoff timestamptz) RETURNS integer LANGUAGE plpgsql AS $$
      DECLARE removed integer;
      BEGIN
        PERFORM set_config('skillpay.audit_purge', 'on', true);
        DELETE FROM audit_log WHERE occurred_at < cutoff;
        GET DIAGNOSTICS removed = ROW_COUNT;
        PERFORM set_config('skillpay.audit_purge', 'off', true);
        RETURN removed;
      END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION audit_log_purge(timestamptz)`);
    await queryRunner.query(`DROP TRIGGER audit_log_no_truncate ON audit_log`);
    await queryRunner.query(`DROP TRIGGER audit_log_append_only ON audit_log`);
    await queryRunner.query(`DROP FUNCTION audit_log_append_only()`);
    await queryRunner.query(`DROP TRIGGER audit_log_chain ON audit_log`);
    await queryRunner.query(`DROP FUNCTION audit_log_chain()`);
    await queryRunner.query(`DROP FUNCTION audit_log_row_hash(audit_log)`);
    await queryRunner.query(`DROP SEQUENCE "audit_log_id_seq"`);
  }
}
