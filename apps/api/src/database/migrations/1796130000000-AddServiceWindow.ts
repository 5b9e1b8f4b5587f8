import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddServiceWindow1796130000000 implements MigrationInterface {
  name = 'AddServiceWindow1796130000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."service_category" AS ENUM('housing', 'schooling', 'spouse-employment', 'hukou', 'health-check', 'treatment-policy', 'training', 'research', 'other')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."service_request_status" AS ENUM('received', 'assigned', 'in-progress', 'resolved', 'closed')`,
    );
    await queryRunner.query(
      `CREATE TABLE "service_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "talent_id" uuid NOT NULL, "category" "public"."service_category" NOT NULL, "description" text NOT NULL, "status" "public"."service_request_status" NOT NULL DEFAULT 'received', "requester_organisation_id" uuid NOT NULL, "created_by" uuid NOT NULL, "received_on" date NOT NULL, "due_on" date NOT NULL, "department_id" uuid, "assigned_at" TIMESTAMP WITH TIME ZONE, "resolved_on" date, "outcome" text, "closed_at" TIMESTAMP WITH TIME ZONE, "rating" smallint, "rating_comment" text, "rated_at" TIMESTAMP WITH TIME ZONE, "contact_id" uuid, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_08446fa58294cb2dd0b6ff9e5a7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_service_request_queue" ON "service_request" ("status", "due_on") `,
    );
    await queryRunner.query(`CREATE INDEX "idx_service_request_talent" ON "service_request" ("talent_id") `);
    await queryRunner.query(
      `CREATE TABLE "service_request_reply" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "department_id" uuid NOT NULL, "replied_on" date NOT NULL, "text" text NOT NULL, "recorded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e6a7b8e5f4d3ed4ff9cd27745a4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_service_request_reply_request" ON "service_request_reply" ("request_id", "replied_on") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."talent_contact_form" AS ENUM('visit', 'symposium', 'phone', 'online', 'other')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."talent_contact_body" AS ENUM('party-committee', 'hr-bureau', 'trade-union', 'talent-office', 'enterprise', 'other')`,
    );
    await queryRunner.query(
      `CREATE TABLE "talent_contact" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "talent_id" uuid NOT NULL, "contacted_on" date NOT NULL, "form" "public"."talent_contact_form" NOT NULL, "contact_body" "public"."talent_contact_body" NOT NULL, "contact_person" character varying(100) NOT NULL, "heard" text NOT NULL, "follow_up" text, "organisation_id" uuid NOT NULL, "created_by" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5f56f92a444029aa10fffde4887" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_talent_contact_talent_day" ON "talent_contact" ("talent_id", "contacted_on") `,
    );
    await queryRunner.query(
      `ALTER TABLE "service_request" ADD CONSTRAINT "FK_f4cf40b8f34fbcfbf5783018a95" FOREIGN KEY ("talent_id") REFERENCES "talent"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_request" ADD CONSTRAINT "FK_1326d730f6f5c3295f65bef82e3" FOREIGN KEY ("requester_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_request" ADD CONSTRAINT "FK_90b5a1f21a66bf7cb41573cdcd1" FOREIGN KEY ("department_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_request_reply" ADD CONSTRAINT "FK_6ebde6286f67413d2ad6459daaa" FOREIGN KEY ("request_id") REFERENCES "service_request"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_request_reply" ADD CONSTRAINT "FK_2574cce35c833beea13c0bdfb71" FOREIGN KEY ("department_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "talent_contact" ADD CONSTRAINT "FK_b24432aa92ec3845012155266d9" FOREIGN KEY ("talent_id") REFERENCES "talent"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "talent_contact" ADD CONSTRAINT "FK_20ac1e2f92389fed63e41c36a8a" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "talent_contact" DROP CONSTRAINT "FK_20ac1e2f92389fed63e41c36a8a"`);
    await queryRunner.query(`ALTER TABLE "talent_contact" DROP CONSTRAINT "FK_b24432aa92ec3845012155266d9"`);
    await queryRunner.query(
      `ALTER TABLE "service_request_reply" DROP CONSTRAINT "FK_2574cce35c833beea13c0bdfb71"`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_request_reply" DROP CONSTRAINT "FK_6ebde6286f67413d2ad6459daaa"`,
    );
    await queryRunner.query(`ALTER TABLE "service_request" DROP CONSTRAINT "FK_90b5a1f21a66bf7cb41573cdcd1"`);
    await queryRunner.query(`ALTER TABLE "service_request" DROP CONSTRAINT "FK_1326d730f6f5c3295f65bef82e3"`);
    await queryRunner.query(`ALTER TABLE "service_request" DROP CONSTRAINT "FK_f4cf40b8f34fbcfbf5783018a95"`);
    await queryRunner.query(`DROP INDEX "public"."idx_talent_contact_talent_day"`);
    await queryRunner.query(`DROP TABLE "talent_contact"`);
    await queryRunner.query(`DROP TYPE "public"."talent_contact_body"`);
    await queryRunner.query(`DROP TYPE "public"."talent_contact_form"`);
    await queryRunner.query(`DROP INDEX "public"."idx_service_request_reply_request"`);
    await queryRunner.query(`DROP TABLE "service_request_reply"`);
    await queryRunner.query(`DROP INDEX "public"."idx_service_request_talent"`);
    await queryRunner.query(`DROP INDEX "public"."idx_service_request_queue"`);
    await queryRunner.query(`DROP TABLE "service_request"`);
    await queryRunner.query(`DROP TYPE "public"."service_request_status"`);
    await queryRunner.query(`DROP TYPE "public"."service_category"`);
  }
}
