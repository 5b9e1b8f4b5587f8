import { MigrationInterface, QueryRunner } from 'typeorm';

/** One history table for every workflow; the pilot applications' steps move into it. */
export class AddWorkflowTransitions1795400000000 implements MigrationInterface {
  name = 'AddWorkflowTransitions1795400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "workflow_transition" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workflow" character varying(40) NOT NULL, "subject_id" uuid NOT NULL, "action" character varying(40) NOT NULL, "from_state" character varying(40) NOT NULL, "to_state" character varying(40) NOT NULL, "actor_id" uuid NOT NULL, "actor_organisation_id" uuid NOT NULL, "reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_workflow_transition" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_workflow_transition_subject" ON "workflow_transition" ("workflow", "subject_id", "created_at") `,
    );
    await queryRunner.query(
      `INSERT INTO "workflow_transition" ("id", "workflow", "subject_id", "action", "from_state", "to_state", "actor_id", "actor_organisation_id", "reason", "created_at")
       SELECT "id", 'pilot', "application_id", "action"::text, "from_status"::text, "to_status"::text, "actor_id", "actor_organisation_id", "reason", "created_at" FROM "pilot_transition"`,
    );
    await queryRunner.query(`DROP TABLE "pilot_transition"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "pilot_transition" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "application_id" uuid NOT NULL, "action" "public"."pilot_action" NOT NULL, "from_status" "public"."pilot_status" NOT NULL, "to_status" "public"."pilot_status" NOT NULL, "actor_id" uuid NOT NULL, "actor_organisation_id" uuid NOT NULL, "reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_62bd2dcd331d6f0f122e8c62464" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_pilot_transition_application" ON "pilot_transition" ("application_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "pilot_transition" ADD CONSTRAINT "FK_79c8679c7eac2a87fc9c64a9ab2" FOREIGN KEY ("application_id") REFERENCES "pilot_application"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `INSERT INTO "pilot_transition" ("id", "application_id", "action", "from_status", "to_status", "actor_id", "actor_organisation_id", "reason", "created_at")
       SELECT "id", "subject_id", "action"::"public"."pilot_action", "from_state"::"public"."pilot_status", "to_state"::"public"."pilot_status", "actor_id", "actor_organisation_id", "reason", "created_at"
         FROM "workflow_transition" WHERE "workflow" = 'pilot'`,
    );
    await queryRunner.query(`DROP INDEX "public"."idx_workflow_transition_subject"`);
    await queryRunner.query(`DROP TABLE "workflow_transition"`);
  }
}
