import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddNotifications1795298077350 implements MigrationInterface {
  name = 'AddNotifications1795298077350';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient_organisation_id" uuid NOT NULL, "kind" character varying(60) NOT NULL, "title_zh" character varying(200) NOT NULL, "title_en" character varying(200) NOT NULL, "link" character varying(200), "dedupe_key" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_notification_recipient" ON "notification" ("recipient_organisation_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_notification_dedupe" ON "notification" ("recipient_organisation_id", "dedupe_key") `,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_read" ("notification_id" uuid NOT NULL, "user_id" uuid NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fbd2cd09eea11fef350670afcdf" PRIMARY KEY ("notification_id", "user_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "FK_293f4fc64055030583d833925ec" FOREIGN KEY ("recipient_organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_read" ADD CONSTRAINT "FK_d5df1cea370b4e7a986b554a68d" FOREIGN KEY ("notification_id") REFERENCES "notification"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_read" ADD CONSTRAINT "FK_c598311479c986a3a6770b0241e" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "notification_read" DROP CONSTRAINT "FK_c598311479c986a3a6770b0241e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_read" DROP CONSTRAINT "FK_d5df1cea370b4e7a986b554a68d"`,
    );
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_293f4fc64055030583d833925ec"`);
    await queryRunner.query(`DROP TABLE "notification_read"`);
    await queryRunner.query(`DROP INDEX "public"."uq_notification_dedupe"`);
    await queryRunner.query(`DROP INDEX "public"."idx_notification_recipient"`);
    await queryRunner.query(`DROP TABLE "notification"`);
  }
}
