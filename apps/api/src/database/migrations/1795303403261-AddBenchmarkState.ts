import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddBenchmarkState1795303403261 implements MigrationInterface {
  name = 'AddBenchmarkState1795303403261';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "benchmark_state" ("programme_id" uuid NOT NULL, "year" integer NOT NULL, "full_requested_at" TIMESTAMP WITH TIME ZONE, "computed_at" TIMESTAMP WITH TIME ZONE, "full_computed_at" TIMESTAMP WITH TIME ZONE, "min_enterprises" integer, "max_enterprise_share" integer, "last_pairs" integer, "last_duration_ms" integer, CONSTRAINT "PK_79957e628f1e0a168270b269c18" PRIMARY KEY ("programme_id", "year"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "benchmark_state" ADD CONSTRAINT "FK_fbeef05cb0792bebc8a6a1f2de9" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "benchmark_state" DROP CONSTRAINT "FK_fbeef05cb0792bebc8a6a1f2de9"`);
    await queryRunner.query(`DROP TABLE "benchmark_state"`);
  }
}
