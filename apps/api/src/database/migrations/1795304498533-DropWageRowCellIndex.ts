import { MigrationInterface, QueryRunner } from 'typeorm';

export class DropWageRowCellIndex1795304498533 implements MigrationInterface {
  name = 'DropWageRowCellIndex1795304498533';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_wage_row_cell"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "idx_wage_row_cell" ON "wage_row" ("occupation_code", "skill_level") `,
    );
  }
}
