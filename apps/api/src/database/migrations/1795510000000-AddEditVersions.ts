import { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables of the editable resources that had none get a version column for If-Match (412 on a stale edit). */
const TABLES = [
  'enterprise',
  'organisation',
  'app_user',
  'region',
  'occupation',
  'programme',
  'programme_phase',
  'programme_task',
  'working_group_member',
  'guidance_activity',
];

export class AddEditVersions1795510000000 implements MigrationInterface {
  name = 'AddEditVersions1795510000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "version" integer NOT NULL DEFAULT '1'`);
    }
    // progress_report.current_version numbers its content versions; the edit version is another column
    await queryRunner.query(`ALTER TABLE "progress_report" ADD "edit_version" integer NOT NULL DEFAULT '1'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "progress_report" DROP COLUMN "edit_version"`);
    for (const table of [...TABLES].reverse()) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "version"`);
    }
  }
}
