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
    // the union answers for its part of two tasks: its digest opens the workbench, which lists them
    // on its own task pages (a reviewer organisation cannot open the ledger)
    expect(await remindersOf(union.id)).toEqual([
      {
        kind: 'reminder.digest',
        title_zh: '今日待办提醒：2 项到期或逾期（1 项已逾期）：“选取样本企业”、“组织专项培训”',
        link: '/dashboard',
      },
    ]);

    // idempotent: running again the same day creates nothing, even with a new item due
    await task('开展示范班', chinaDay(1), 'not-started', [huangdao.id]);
    expect(await runJob()).toBe(0);
    expect(await remindersOf(laoshan.id)).toHaveLength(1);
    expect(await remindersOf(huangdao.id)).toHaveLength(1);
  });

  it('reminds each responsible organisation of a task until its own part is done, on a page it can open', async () => {
    const huangdao = await newOrganisation(dataSource, {
      type: OrganisationType.DistrictBureau,
      regionCode: '370211',
    });
    const union = await newOrganisation(dataSource, {
      type: OrganisationType.TradeUnion,
      regionCode: '370200',
    });
    const federation = await newOrganisation(dataSource, {
      type: OrganisationType.EnterpriseConfederation,
      regionCode: '370200',
    });
    const programmeId = await newProgramme(dataSource);
    const taskId = await newTask(dataSource, {
      programmeId,
      title: '宣传发动',
      dueOn: chinaDay(-2),
      status: 'in-progress',
      responsible: [huangdao.id, union.id, federation.id],
    });
    // the federation has reported its part done; 黄岛区 and the union have not
    await dataSource.query(
      `INSERT INTO programme_task_update (task_id, organisation_id, note, status, percent)
       VALUES ($1, $2, '已完成', 'done', 100)`,
      [taskId, federation.id],
    );

    await runJob();
    // a single item opens the task itself: the ledger for a bureau, the union's own task page
    expect(await remindersOf(huangdao.id)).toEqual([
      {
        kind: 'reminder.task-overdue',
        title_zh: `台账任务“宣传发动”已逾期（完成时限 ${chinaDay(-2)}）`,
        link: `/programmes/${programmeId}?task=${taskId}`,
      },
    ]);
    expect(await remindersOf(union.id)).toEqual([
      {
        kind: 'reminder.task-overdue',
        title_zh: `台账任务“宣传发动”已逾期（完成时限 ${chinaDay(-2)}）`,
        link: `/my-tasks/${taskId}`,
      },
    ]);
    // its part is done: nothing to remind it of
    expect(await remindersOf(federation.id)).toEqual([]);
  });

  it('gives the demo organisations at most one reminder a day, the union and the federation theirs', async () => {
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
    // the union and the federation are reminded of their parts of 宣传发动 (overdue) and 专项培训 (due)
    expect(
      perOrganisation
        .filter(
          (row) => row.type !== OrganisationType.DistrictBureau && row.type !== OrganisationType.CityBureau,
        )
        .filter((row) => row.type !== OrganisationType.Enterprise)
        .map((row) => row.reminders),
    ).toEqual([1, 1]);
  });
});
