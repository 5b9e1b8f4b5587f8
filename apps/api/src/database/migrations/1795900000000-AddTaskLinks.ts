import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A ledger task may follow a portal event (a published release, guidance recorded, quotas filled,
 * reports accepted) instead of manual reports. The stored percent, a mean over all responsible
 * bureaus that misled every bureau's view, goes: progress is each bureau's own figure.
 */
export class AddTaskLinks1795900000000 implements MigrationInterface {
  name = 'AddTaskLinks1795900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."programme_task_link" AS ENUM('benchmark-release', 'guidance', 'pilot-quotas', 'progress-reports')`,
    );
    await queryRunner.query(`ALTER TABLE "programme_task" ADD "linked_event" "public"."programme_task_link"`);
    await queryRunner.query(`ALTER TABLE "programme_task" DROP COLUMN "percent"`);
    await queryRunner.query(
      `UPDATE "programme_task" t SET "linked_event" = links.link::"public"."programme_task_link"
         FROM "programme" p,
              (VALUES ('选取样本企业', 'pilot-quotas'), ('一企一策指导', 'guidance'), ('发布工资价位', 'benchmark-release')) AS links(title, link)
        WHERE p.id = t.programme_id AND p.template = 'qingdao-2021' AND t.title = links.title`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "programme_task" ADD "percent" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "programme_task" DROP COLUMN "linked_event"`);
    await queryRunner.query(`DROP TYPE "public"."programme_task_link"`);
  }
}
