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

  async function remindersOf(
    organisationId: string,
  ): Promise<Array<{ kind: string; title_zh: string; link: string }>> {
    return dataSource.query(
      `SELECT kind, title_zh, link FROM notification
       WHERE recipient_organisation_id = $1 AND kind LIKE 'reminder.%' ORDER BY kind, title_zh`,
      [organisationId],
    );
  }

  it('sends each organisation one digest of its due and overdue items a day, a single item as itself', async () => {
    const laoshan = await newOrganisation(dataSource, {
      type: OrganisationType.DistrictBureau,
      regionCode: '370212',
    });
    const huangdao = await newOrganisation(dataSource, {
      type: OrganisationType.DistrictBureau,
      regionCode: '370211',
    });
    const union = await newOrganisation(dataSource, {
      type: OrganisationType.TradeUnion,
      regionCode: '370200',
    });
    const programmeId = await newProgramme(dataSource);
    const task = (title: string, dueOn: string, status: string, responsible: string[]) =>
      newTask(dataSource, { programmeId, title, dueOn, status, responsible });
    await task('选取样本企业', chinaDay(-1), 'in-progress', [laoshan.id, union.id]);
    await task('组织专项培训', chinaDay(3), 'not-started', [laoshan.id, union.id]);
    await task('发布工资价位', chinaDay(20), 'not-started', [laoshan.id]); // beyond 7 days
    await task('成立工作小组', chinaDay(-10), 'done', [laoshan.id, huangdao.id]); // done: no reminder
    const enterprise = await newEnterprise(dataSource, '370211');
    const applicationId = await newApplication(dataSource, programmeId, enterprise.id, PilotStatus.Approved);
    await newPlanMilestone(dataSource, applicationId, huangdao, {
      title: '完成岗位评价',
      dueOn: chinaDay(-2),
    });

    await runJob();
    // two items: one digest that opens the workbench, naming them, the overdue one first
    expect(await remindersOf(laoshan.id)).toEqual([
      {
        kind: 'reminder.digest',
        title_zh: '今日待办提醒：2 项到期或逾期（1 项已逾期）：“选取样本企业”、“组织专项培训”',
        link: '/dashboard',
      },
    ]);
    // one item: the notification of its own, opening its page
    expect(await remindersOf(huangdao.id)).toEqual([
      {
        kind: 'reminder.milestone-overdue',
        title_zh: `一企一策里程碑“完成岗位评价”已逾期（完成时限 ${chinaDay(-2)}）`,
        link: `/pilot-applications/${applicationId}`,
      },
    ]);
    expect((await remindersOf(enterprise.id)).map((n) => n.kind)).toEqual(['reminder.milestone-overdue']);
    // a reviewer cannot open the ledger: no reminder that would lead nowhere
    expect(await remindersOf(union.id)).toEqual([]);

    // idempotent: running again the same day creates nothing, even with a new item due
    await task('开展示范班', chinaDay(1), 'not-started', [huangdao.id]);
    expect(await runJob()).toBe(0);
    expect(await remindersOf(laoshan.id)).toHaveLength(1);
    expect(await remindersOf(huangdao.id)).toHaveLength(1);
  });

  it('gives the demo organisations at most one reminder a day, and none to those who cannot open it', async () => {
    await runJob();
    await runJob();
    const perOrganisation = await dataSource.query<
      Array<{ name: string; type: OrganisationType; reminders: number }>
    >(
      `SELECT o.name, o.type, count(n.id)::int AS reminders
       FROM organisation o
       LEFT JOIN notification n ON n.recipient_organisation_id = o.id AND n.kind LIKE 'reminder.%'
        AND n.created_at >= date_trunc('day', now() AT TIME ZONE 'Asia/Shanghai') AT TIME ZONE 'Asia/Shanghai'
       WHERE o.name IN ('青岛市人力资源和社会保障局', '黄岛区人力资源和社会保障局', '崂山区人力资源和社会保障局',
                        '青岛市总工会', '青岛市企业联合会', '青岛海晟船舶装备有限公司', '青岛瑞和精密机械有限公司')
       GROUP BY o.name, o.type ORDER BY o.name`,
    );
    expect(perOrganisation).toHaveLength(7);
    for (const row of perOrganisation) {
      expect({ name: row.name, atMostOne: row.reminders <= 1 }).toEqual({ name: row.name, atMostOne: true });
    }
    // the union and the federation are responsible for ledger tasks they cannot open
    expect(
      perOrganisation
        .filter(
          (row) => row.type !== OrganisationType.DistrictBureau && row.type !== OrganisationType.CityBureau,
        )
        .filter((row) => row.type !== OrganisationType.Enterprise)
        .map((row) => row.reminders),
    ).toEqual([0, 0]);
  });
});
