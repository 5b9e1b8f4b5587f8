import { getQueueToken } from '@nestjs/bullmq';
import { type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import {
  chinaToday,
  OrganisationType,
  QueueName,
  ReminderJob,
  Role,
  ServiceCategory,
  ServiceRequestStatus,
} from '@skillpay/domain';
import { type Queue, QueueEvents } from 'bullmq';
import { type DataSource } from 'typeorm';
import { newEnterprise } from '../../../test/enterprise-builders';
import { newCity, newServiceRequest } from '../../../test/service-window-builders';
import { newTalent } from '../../../test/talent-builders';
import { newOrganisation, newUser, unique } from '../../../test/test-app';
import { WorkerModule } from '../../worker.module';

/** The day `offset` days from `day` (YYYY-MM-DD). */
function shift(day: string, offset: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
}

describe('overdue service requests (real BullMQ job on Redis and PostgreSQL)', () => {
  let worker: INestApplicationContext;
  let queue: Queue;
  let events: QueueEvents;
  let dataSource: DataSource;

  beforeAll(async () => {
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: ['error'] });
    queue = worker.get<Queue>(getQueueToken(QueueName.Reminders));
    events = new QueueEvents(QueueName.Reminders, {
      connection: queue.opts.connection,
      prefix: queue.opts.prefix,
    });
    await events.waitUntilReady();
    dataSource = worker.get<DataSource>(getDataSourceToken());
  });
  afterAll(async () => {
    await events.close();
    await worker.close();
  });

  /** Runs the job as the scheduler would, on `today` (China calendar) as the clock. */
  async function runJob(today: string): Promise<number> {
    const job = await queue.add(
      ReminderJob.RaiseOverdueServiceRequests,
      { today },
      { jobId: unique('overdue') },
    );
    return ((await job.waitUntilFinished(events, 20_000)) as { created: number }).created;
  }

  const remindersOf = (organisationId: string, link: string) =>
    dataSource.query<Array<{ kind: string; title_zh: string }>>(
      `SELECT kind, title_zh FROM notification WHERE recipient_organisation_id = $1 AND link = $2 ORDER BY created_at`,
      [organisationId, link],
    );

  it('reminds the window of a request past its due date exactly once a day until it is resolved', async () => {
    const region = await newCity(dataSource);
    const bureau = await newOrganisation(dataSource, {
      type: OrganisationType.DistrictBureau,
      regionCode: region.districtCode,
    });
    const cityBureau = await newOrganisation(dataSource, {
      type: OrganisationType.CityBureau,
      regionCode: region.cityCode,
    });
    const officer = await newUser(dataSource, bureau, Role.DistrictBureau);
    const firm = await newEnterprise(dataSource, { regionCode: region.districtCode });
    const { talent } = await newTalent(dataSource, {
      enterpriseId: firm.id,
      regionCode: region.districtCode,
      name: '李春明',
    });
    const today = chinaToday();
    const request = (dueOn: string, status = ServiceRequestStatus.Assigned) =>
      newServiceRequest(dataSource, {
        talentId: talent.id,
        requesterOrganisationId: firm.id,
        createdBy: officer.id,
        category: ServiceCategory.Hukou,
        status,
        receivedOn: shift(dueOn, -15),
        dueOn,
      });
    const overdue = await request(shift(today, -1));
    const dueToday = await request(today); // due today: not yet overdue
    const resolved = await request(shift(today, -5), ServiceRequestStatus.Resolved);

    // the same day twice: one reminder
    await runJob(today);
    await runJob(today);
    const first = await remindersOf(bureau.id, `/service-requests/${overdue}`);
    expect(first).toEqual([
      {
        kind: 'service-request.overdue',
        // the talent's name masked
        title_zh: `服务诉求“落户”（李**）已超过办理时限 ${shift(today, -1)}`,
      },
    ]);
    expect(await remindersOf(bureau.id, `/service-requests/${dueToday}`)).toEqual([]);
    expect(await remindersOf(bureau.id, `/service-requests/${resolved}`)).toEqual([]);
    // the district is the window, not the city
    expect(await remindersOf(cityBureau.id, `/service-requests/${overdue}`)).toEqual([]);

    // a day later: another reminder, and the request due yesterday joins in
    await runJob(shift(today, 1));
    await runJob(shift(today, 1));
    expect(await remindersOf(bureau.id, `/service-requests/${overdue}`)).toHaveLength(2);
    expect(await remindersOf(bureau.id, `/service-requests/${dueToday}`)).toHaveLength(1);

    // resolved: no more reminders
    await dataSource.query(`UPDATE service_request SET status = 'resolved' WHERE id = $1`, [overdue]);
    await runJob(shift(today, 2));
    expect(await remindersOf(bureau.id, `/service-requests/${overdue}`)).toHaveLength(2);
    expect(await remindersOf(bureau.id, `/service-requests/${dueToday}`)).toHaveLength(2);
  });
});
