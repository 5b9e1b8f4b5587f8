import { getQueueToken } from '@nestjs/bullmq';
import { type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { OrganisationType, PilotStatus, QueueName, ReminderJob } from '@skillpay/domain';
import { type Queue, QueueEvents } from 'bullmq';
import { type DataSource } from 'typeorm';
import {
  chinaDay,
  newApplication,
  newEnterprise,
  newPlanMilestone,
  newProgramme,
  newTask,
} from '../../../test/programme-builders';
import { newOrganisation, unique } from '../../../test/test-app';
import { WorkerModule } from '../../worker.module';

describe('deadline reminders (real BullMQ job on Redis and PostgreSQL)', () => {
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

  async function runJob(): Promise<number> {
    const job = await queue.add(ReminderJob.SendDeadlineReminders, {}, { jobId: unique('reminders') });
    return ((await job.waitUntilFinished(events, 20_000)) as { created: number }).created;
  }

  async function remindersOf(organisationId: string): Promise<Array<{ kind: string; title_zh: string }>> {
    return dataSource.query(
      `SELECT kind, title_zh FROM notification
       WHERE recipient_organisation_id = $1 AND kind LIKE 'reminder.%' ORDER BY kind, title_zh`,
      [organisationId],
    );
  }

  it('notifies the responsible organisations of overdue and soon-due items once per item and day', async () => {
    const laoshan = await newOrganisation(dataSource, {
      type: OrganisationType.DistrictBureau,
      regionCode: '370212',
    });
    const huangdao = await newOrganisation(dataSource, {
      type: OrganisationType.DistrictBureau,
      regionCode: '370211',
    });
    const programmeId = await newProgramme(dataSource);
    const task = (title: string, dueOn: string, status: string, responsible: string[]) =>
      newTask(dataSource, { programmeId, title, dueOn, status, responsible });
    await task('选取样本企业', chinaDay(-1), 'in-progress', [laoshan.id]);
    await task('组织专项培训', chinaDay(3), 'not-started', [laoshan.id, huangdao.id]);
    await task('发布工资价位', chinaDay(20), 'not-started', [laoshan.id]); // beyond 7 days
    await task('成立工作小组', chinaDay(-10), 'done', [laoshan.id]); // done: no reminder
    const enterprise = await newEnterprise(dataSource, '370211');
    const applicationId = await newApplication(dataSource, programmeId, enterprise.id, PilotStatus.Approved);
    await newPlanMilestone(dataSource, applicationId, huangdao, {
      title: '完成岗位评价',
      dueOn: chinaDay(-2),
    });

    expect(await runJob()).toBeGreaterThanOrEqual(5);
    expect(await remindersOf(laoshan.id)).toEqual([
      { kind: 'reminder.task-due-soon', title_zh: `台账任务“组织专项培训”将于 ${chinaDay(3)} 到期` },
      { kind: 'reminder.task-overdue', title_zh: `台账任务“选取样本企业”已逾期（完成时限 ${chinaDay(-1)}）` },
    ]);
    expect(await remindersOf(huangdao.id)).toEqual([
      {
        kind: 'reminder.milestone-overdue',
        title_zh: `一企一策里程碑“完成岗位评价”已逾期（完成时限 ${chinaDay(-2)}）`,
      },
      { kind: 'reminder.task-due-soon', title_zh: `台账任务“组织专项培训”将于 ${chinaDay(3)} 到期` },
    ]);
    expect((await remindersOf(enterprise.id)).map((n) => n.kind)).toEqual(['reminder.milestone-overdue']);

    // idempotent: running again the same day creates nothing
    expect(await runJob()).toBe(0);
    expect(await remindersOf(laoshan.id)).toHaveLength(2);
  });
});
