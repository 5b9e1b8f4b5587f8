import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** libs/paycalc's NATIONAL_CHECK_RULES as they stood when the column was added. */
const NATIONAL = {
  twoLowerThan: { enabled: false, basis: { source: 'qujing-art-5' } },
  highSkillWageGrowth: { enabled: true, basis: { source: 'central-2018-4-2' } },
  educationFund: {
    enabled: false,
    minShareOfWageBill: '8',
    minFrontLineShare: '60',
    basis: { source: 'lvliang-2023-6-2-2-2' },
  },
  fixedVariableRatio: { enabled: false, referenceFixedShare: '40', basis: { source: 'qujing-case-2' } },
};

/**
 * A programme's compliance checks (which apply, thresholds, the basis each cites) become its own
 * setting. Existing programmes get the national defaults, with the rules their own city's text
 * sets switched on (Lüliang's education fund; Qujing's "two lower than" and case B's ratio).
 */
export class AddProgrammeCheckRules1795800000000 implements MigrationInterface {
  name = 'AddProgrammeCheckRules1795800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "programme" ADD "check_rules" jsonb`);
    await queryRunner.query(`UPDATE "programme" SET "check_rules" = $1::jsonb`, [JSON.stringify(NATIONAL)]);
    await queryRunner.query(
      `UPDATE "programme" SET "check_rules" = jsonb_set("check_rules", '{educationFund,enabled}', 'true')
        WHERE "region_code" = '141100'`,
    );
    await queryRunner.query(
      `UPDATE "programme" SET "check_rules" = jsonb_set(jsonb_set("check_rules", '{twoLowerThan,enabled}', 'true'),
         '{fixedVariableRatio,enabled}', 'true')
        WHERE "region_code" = '530300'`,
    );
    await queryRunner.query(`ALTER TABLE "programme" ALTER COLUMN "check_rules" SET NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "programme" DROP COLUMN "check_rules"`);
  }
}
