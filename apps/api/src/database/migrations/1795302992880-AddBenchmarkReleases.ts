import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddBenchmarkReleases1795302992880 implements MigrationInterface {
  name = 'AddBenchmarkReleases1795302992880';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."benchmark_release_status" AS ENUM('draft', 'reviewed', 'published', 'discarded')`,
    );
    await queryRunner.query(
      `CREATE TABLE "benchmark_release" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid NOT NULL, "year" integer NOT NULL, "status" "public"."benchmark_release_status" NOT NULL DEFAULT 'draft', "release_number" integer, "description" text, "min_enterprises" integer NOT NULL, "max_enterprise_share" integer NOT NULL, "enterprise_count" integer NOT NULL, "employee_count" integer NOT NULL, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "review_comment" text, "reviewed_by" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "published_by" uuid, "published_at" TIMESTAMP WITH TIME ZONE, "discarded_by" uuid, "discarded_at" TIMESTAMP WITH TIME ZONE, "discard_reason" text, CONSTRAINT "PK_6aa4c4f98db0088de0c772eda15" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_benchmark_release_number" ON "benchmark_release" ("programme_id", "year", "release_number") WHERE "release_number" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_benchmark_release_open" ON "benchmark_release" ("programme_id", "year") WHERE "status" IN ('draft', 'reviewed')`,
    );
    await queryRunner.query(
      `CREATE TABLE "benchmark_release_cell" ("release_id" uuid NOT NULL, "occupation_code" character varying(12) NOT NULL, "skill_level" character varying(16) NOT NULL, "region_code" character varying(6) NOT NULL, "employees" integer NOT NULL, "enterprises" integer NOT NULL, "max_enterprise_share" numeric(5,2) NOT NULL, "mean" numeric(12,2) NOT NULL, "p10" numeric(12,2) NOT NULL, "p25" numeric(12,2) NOT NULL, "p50" numeric(12,2) NOT NULL, "p75" numeric(12,2) NOT NULL, "p90" numeric(12,2) NOT NULL, "share_base" numeric(5,4) NOT NULL, "share_post" numeric(5,4) NOT NULL, "share_performance" numeric(5,4) NOT NULL, "share_allowances" numeric(5,4) NOT NULL, "share_other" numeric(5,4) NOT NULL, "footnote" "public"."footnote_code", CONSTRAINT "PK_3d113a74d4b4648bc9846d10ba9" PRIMARY KEY ("release_id", "occupation_code", "skill_level", "region_code"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "benchmark_release" ADD CONSTRAINT "FK_605c8e1411f1a7ca5cc9049b383" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "benchmark_release_cell" ADD CONSTRAINT "FK_06f6ed64be7205f20fb91691058" FOREIGN KEY ("release_id") REFERENCES "benchmark_release"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // A published release is immutable whoever writes, like the audit log: the release row
    // refuses every change once published (and releases are never deleted: drafts are discarded).
    await queryRunner.query(`
      CREATE FUNCTION benchmark_release_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          IF OLD.status <> 'published' THEN
            RETURN NEW;
          END IF;
        END IF;
        RAISE EXCEPTION 'benchmark_release is immutable once published and never deleted: % refused', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER benchmark_release_guard BEFORE UPDATE OR DELETE ON benchmark_release FOR EACH ROW EXECUTE FUNCTION benchmark_release_guard()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER benchmark_release_no_truncate BEFORE TRUNCATE ON benchmark_release FOR EACH STATEMENT EXECUTE FUNCTION benchmark_release_guard()`,
    );
    // Cells are written only while their release is a draft: what was reviewed is what is
    // published. Statement-level checks over the transition tables keep a large snapshot fast.
    await queryRunner.query(`
      CREATE FUNCTION benchmark_release_cell_guard() RETURNS trigger LANGUAGE plpgsql AS $$
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
          RAISE EXCEPTION 'benchmark_release_cell may change only while its release is a draft: % refused', TG_OP
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER benchmark_release_cell_insert AFTER INSERT ON benchmark_release_cell REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION benchmark_release_cell_guard()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER benchmark_release_cell_update AFTER UPDATE ON benchmark_release_cell REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION benchmark_release_cell_guard()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER benchmark_release_cell_delete AFTER DELETE ON benchmark_release_cell REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION benchmark_release_cell_guard()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER benchmark_release_cell_no_truncate BEFORE TRUNCATE ON benchmark_release_cell FOR EACH STATEMENT EXECUTE FUNCTION benchmark_release_cell_guard()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER benchmark_release_cell_no_truncate ON benchmark_release_cell`);
    await queryRunner.query(`DROP TRIGGER benchmark_release_cell_delete ON benchmark_release_cell`);
    await queryRunner.query(`DROP TRIGGER benchmark_release_cell_update ON benchmark_release_cell`);
    await queryRunner.query(`DROP TRIGGER benchmark_release_cell_insert ON benchmark_release_cell`);
    await queryRunner.query(`DROP FUNCTION benchmark_release_cell_guard()`);
    await queryRunner.query(`DROP TRIGGER benchmark_release_no_truncate ON benchmark_release`);
    await queryRunner.query(`DROP TRIGGER benchmark_release_guard ON benchmark_release`);
    await queryRunner.query(`DROP FUNCTION benchmark_release_guard()`);
    await queryRunner.query(
      `ALTER TABLE "benchmark_release_cell" DROP CONSTRAINT "FK_06f6ed64be7205f20fb91691058"`,
    );
    await queryRunner.query(
      `ALTER TABLE "benchmark_release" DROP CONSTRAINT "FK_605c8e1411f1a7ca5cc9049b383"`,
    );
    await queryRunner.query(`DROP TABLE "benchmark_release_cell"`);
    await queryRunner.query(`DROP INDEX "public"."uq_benchmark_release_open"`);
    await queryRunner.query(`DROP INDEX "public"."uq_benchmark_release_number"`);
    await queryRunner.query(`DROP TABLE "benchmark_release"`);
    await queryRunner.query(`DROP TYPE "public"."benchmark_release_status"`);
  }
}
