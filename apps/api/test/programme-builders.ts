import { defaultCheckRules } from '@skillpay/paycalc';
import { CREDIT_CODE_CHARSET, creditCodeCheckCharacter, type PilotStatus, Role } from '@skillpay/domain';
import { type DataSource } from 'typeorm';
import { type OrganisationEntity } from '../src/modules/organisations/organisation.entity';
import { newOrganisation, newUser, unique } from './test-app';

/** Builders for programme, ledger and pilot rows, written straight to the tables under test. */

/** Today plus `offset` days in China time (the portal's calendar), as YYYY-MM-DD. */
export function chinaDay(offset = 0): string {
  const shanghai = new Date(Date.now() + 8 * 3_600_000);
  shanghai.setUTCDate(shanghai.getUTCDate() + offset);
  return shanghai.toISOString().slice(0, 10);
}

/** A fresh, valid unified social credit code registered in the given district. */
export function validCreditCode(regionCode: string): string {
  const organisationCode = Array.from(
    { length: 9 },
    () => CREDIT_CODE_CHARSET[Math.floor(Math.random() * 31)],
  ).join('');
  const first17 = `91${regionCode}${organisationCode}`;
  return first17 + creditCodeCheckCharacter(first17);
}

export async function newProgramme(dataSource: DataSource, regionCode = '370200'): Promise<string> {
  const [{ id }] = await dataSource.query<Array<{ id: string }>>(
    `INSERT INTO programme (title, region_code, year, status, check_rules)
     VALUES ($1, $2, 2026, 'active', $3) RETURNING id`,
    [unique('工作方案'), regionCode, JSON.stringify(defaultCheckRules(regionCode))],
  );
  return id;
}

export async function newPhase(dataSource: DataSource, programmeId: string, name: string): Promise<string> {
  const [{ id }] = await dataSource.query<Array<{ id: string }>>(
    `INSERT INTO programme_phase (programme_id, position, name, starts_on, ends_on)
     VALUES ($1, 1, $2, $3, $4) RETURNING id`,
    [programmeId, name, chinaDay(-30), chinaDay(30)],
  );
  return id;
}

export async function newTask(
  dataSource: DataSource,
  task: {
    programmeId: string;
    phaseId?: string;
    title: string;
    dueOn: string;
    status: string;
    responsible: string[];
  },
): Promise<string> {
  const [{ id }] = await dataSource.query<Array<{ id: string }>>(
    `INSERT INTO programme_task (programme_id, phase_id, position, title, due_on, status)
     VALUES ($1, $2, 1, $3, $4, $5) RETURNING id`,
    [task.programmeId, task.phaseId ?? null, task.title, task.dueOn, task.status],
  );
  for (const organisationId of task.responsible) {
    await dataSource.query(
      `INSERT INTO programme_task_responsible (task_id, organisation_id) VALUES ($1, $2)`,
      [id, organisationId],
    );
  }
  return id;
}

/** An enterprise (organisation + registry row) in a district. */
export async function newEnterprise(dataSource: DataSource, regionCode: string): Promise<OrganisationEntity> {
  const organisation = await newOrganisation(dataSource, { regionCode });
  await dataSource.query(
    `INSERT INTO enterprise (id, credit_code, industry_section, ownership, size) VALUES ($1, $2, 'C', 'non-public', 'large')`,
    [organisation.id, validCreditCode(regionCode)],
  );
  return organisation;
}

export async function newApplication(
  dataSource: DataSource,
  programmeId: string,
  enterpriseId: string,
  status: PilotStatus,
): Promise<string> {
  const [{ id }] = await dataSource.query<Array<{ id: string }>>(
    `INSERT INTO pilot_application (programme_id, enterprise_id, status, reasons, version)
     VALUES ($1, $2, $3, '自愿申报', 1) RETURNING id`,
    [programmeId, enterpriseId, status],
  );
  return id;
}

/** A 一企一策 plan with one milestone, its officer an account of `bureau`. */
export async function newPlanMilestone(
  dataSource: DataSource,
  applicationId: string,
  bureau: OrganisationEntity,
  milestone: { title: string; dueOn: string },
): Promise<void> {
  const officer = await newUser(dataSource, bureau, Role.DistrictBureau);
  const [{ id: planId }] = await dataSource.query<Array<{ id: string }>>(
    `INSERT INTO enterprise_plan (application_id, variant, officer_id, version) VALUES ($1, 'full', $2, 1) RETURNING id`,
    [applicationId, officer.id],
  );
  await dataSource.query(`INSERT INTO plan_milestone (plan_id, title, due_on) VALUES ($1, $2, $3)`, [
    planId,
    milestone.title,
    milestone.dueOn,
  ]);
}
