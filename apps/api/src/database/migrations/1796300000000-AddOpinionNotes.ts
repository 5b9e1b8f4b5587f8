import { MigrationInterface, QueryRunner } from 'typeorm';

/** 舆情: public-opinion notes with their edit revisions (Qingdao 四(三)). */
export class AddOpinionNotes1796300000000 implements MigrationInterface {
  name = 'AddOpinionNotes1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."opinion_source" AS ENUM('media', 'online', 'hotline-12333', 'petition', 'symposium', 'other')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."opinion_sentiment" AS ENUM('positive', 'neutral', 'negative')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."opinion_note_status" AS ENUM('monitoring', 'responding', 'responded', 'closed')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."opinion_response_channel" AS ENUM('press-release', 'online-reply', 'hotline-reply', 'written-reply', 'briefing', 'policy-interpretation')`,
    );
    await queryRunner.query(
      `CREATE TABLE "opinion_note" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid NOT NULL, "source" "public"."opinion_source" NOT NULL, "source_detail" character varying(100), "noted_on" date NOT NULL, "summary" text NOT NULL, "topics" text array NOT NULL, "sentiment" "public"."opinion_sentiment" NOT NULL, "heat" smallint NOT NULL, "status" "public"."opinion_note_status" NOT NULL DEFAULT 'monitoring', "recorder_organisation_id" uuid NOT NULL, "responsible_organisation_id" uuid NOT NULL, "created_by" uuid NOT NULL, "explanation" text, "response" text, "responded_on" date, "response_channel" "public"."opinion_response_channel", "closed_at" TIMESTAMP WITH TIME ZONE, "delete_reason" text, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_385f25565903dcd3faa1dfca846" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_opinion_note_responsible" ON "opinion_note" ("responsible_organisation_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_opinion_note_recorder" ON "opinion_note" ("recorder_organisation_id") `,
    );
    await queryRunner.query(`CREATE INDEX "idx_opinion_note_status" ON "opinion_note" ("status") `);
    await queryRunner.query(
      `CREATE INDEX "idx_opinion_note_programme_day" ON "opinion_note" ("programme_id", "noted_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "opinion_note_revision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "note_id" uuid NOT NULL, "version" integer NOT NULL, "content" jsonb NOT NULL, "changed_fields" text array NOT NULL, "edited_by" uuid NOT NULL, "editor_organisation_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5ae53796f267e86b70d90fdba4e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "idx_opinion_note_revision_note" ON "opinion_note_revision" ("note_id", "version") `,
    );
    await queryRunner.query(
      `ALTER TABLE "opinion_note" ADD CONSTRAINT "FK_fddaec1743e504fe45514529025" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "opinion_note" ADD CONSTRAINT "FK_b5ec18859e5cf52845b57711184" FOREIGN KEY ("recorder_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "opinion_note" ADD CONSTRAINT "FK_32fbeb034f6fbec146b2deff4d1" FOREIGN KEY ("responsible_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "opinion_note_revision" ADD CONSTRAINT "FK_b647f03fae43d68d0c792199ae2" FOREIGN KEY ("note_id") REFERENCES "opinion_note"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "opinion_note_revision" ADD CONSTRAINT "FK_4ae4175e9022054e89f16952ba9" FOREIGN KEY ("editor_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "opinion_note_revision" DROP CONSTRAINT "FK_4ae4175e9022054e89f16952ba9"`,
    );
    await queryRunner.query(
      `ALTER TABLE "opinion_note_revision" DROP CONSTRAINT "FK_b647f03fae43d68d0c792199ae2"`,
    );
    await queryRunner.query(`ALTER TABLE "opinion_note" DROP CONSTRAINT "FK_32fbeb034f6fbec146b2deff4d1"`);
    await queryRunner.query(`ALTER TABLE "opinion_note" DROP CONSTRAINT "FK_b5ec18859e5cf52845b57711184"`);
    await queryRunner.query(`ALTER TABLE "opinion_note" DROP CONSTRAINT "FK_fddaec1743e504fe45514529025"`);
    await queryRunner.query(`DROP INDEX "public"."idx_opinion_note_revision_note"`);
    await queryRunner.query(`DROP TABLE "opinion_note_revision"`);
    await queryRunner.query(`DROP INDEX "public"."idx_opinion_note_programme_day"`);
    await queryRunner.query(`DROP INDEX "public"."idx_opinion_note_status"`);
    await queryRunner.query(`DROP INDEX "public"."idx_opinion_note_recorder"`);
    await queryRunner.query(`DROP INDEX "public"."idx_opinion_note_responsible"`);
    await queryRunner.query(`DROP TABLE "opinion_note"`);
    await queryRunner.query(`DROP TYPE "public"."opinion_response_channel"`);
    await queryRunner.query(`DROP TYPE "public"."opinion_note_status"`);
    await queryRunner.query(`DROP TYPE "public"."opinion_sentiment"`);
    await queryRunner.query(`DROP TYPE "public"."opinion_source"`);
  }
}
