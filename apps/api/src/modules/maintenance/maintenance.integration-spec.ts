import { getQueueToken } from '@nestjs/bullmq';
import { type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { MaintenanceJob, QueueName, Role } from '@skillpay/domain';
import { type Queue, QueueEvents } from 'bullmq';
import { type DataSource } from 'typeorm';
import { newOrganisation, newUser, unique } from '../../../test/test-app';
import { WorkerModule } from '../../worker.module';
import { LoginThrottleEntity } from '../auth/login-throttle.entity';
import { SessionEntity } from '../auth/session.entity';
import { JobScheduler } from '../queues/job-scheduler';

describe('worker maintenance jobs (real BullMQ on Redis)', () => {
  let worker: INestApplicationContext;
  let queue: Queue;
  let events: QueueEvents;
  let dataSource: DataSource;

  beforeAll(async () => {
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: ['error'] });
    await worker.init();
    queue = worker.get<Queue>(getQueueToken(QueueName.Maintenance));
    events = new QueueEvents(QueueName.Maintenance, {
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

  async function runNow(job: MaintenanceJob): Promise<{ removed: number }> {
    const added = await queue.add(job, {}, { jobId: unique(job) });
    return (await added.waitUntilFinished(events, 20_000)) as { removed: number };
  }

  it('schedules every maintenance job once, however often the worker starts', async () => {
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers.map((s) => s.key).sort()).toEqual(Object.values(MaintenanceJob).sort());
    await worker.get(JobScheduler).onApplicationBootstrap();
    expect(await queue.getJobSchedulersCount()).toBe(Object.values(MaintenanceJob).length);
  });

  it('purges sessions that ended more than a day ago and keeps live ones', async () => {
    const user = await newUser(dataSource, await newOrganisation(dataSource), Role.Enterprise);
    const sessions = dataSource.getRepository(SessionEntity);
    const base = { userId: user.id, refreshTokenHash: 'f'.repeat(64), ip: null, userAgent: null };
    const expired = await sessions.save({
      ...base,
      lastSeenAt: new Date(Date.now() - 2 * 86_400_000),
      expiresAt: new Date(Date.now() - 2 * 86_400_000),
    });
    const live = await sessions.save({
      ...base,
      lastSeenAt: new Date(),
      expiresAt: new Date(Date.now() + 3_600_000),
    });
    const result = await runNow(MaintenanceJob.PurgeExpiredSessions);
    expect(result.removed).toBeGreaterThanOrEqual(1);
    expect(await sessions.existsBy({ id: expired.id })).toBe(false);
    expect(await sessions.existsBy({ id: live.id })).toBe(true);
  });

  it('clears lockouts that have run out and keeps current ones', async () => {
    const throttle = dataSource.getRepository(LoginThrottleEntity);
    const over = unique('over');
    const current = unique('current');
    await throttle.save([
      {
        username: over,
        failedCount: 5,
        lastFailedAt: new Date(Date.now() - 20 * 60_000),
        lockedUntil: new Date(Date.now() - 5 * 60_000),
      },
      {
        username: current,
        failedCount: 5,
        lastFailedAt: new Date(),
        lockedUntil: new Date(Date.now() + 10 * 60_000),
      },
    ]);
    await runNow(MaintenanceJob.ClearExpiredLockouts);
    expect(await throttle.existsBy({ username: over })).toBe(false);
    expect(await throttle.existsBy({ username: current })).toBe(true);
  });
});
