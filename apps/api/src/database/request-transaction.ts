import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ClsService } from 'nestjs-cls';
import { DataSource, type QueryRunner } from 'typeorm';

const AMBIENT = Symbol('requestTransaction');

interface Ambient {
  runner: QueryRunner;
  afterCommit: Array<() => Promise<void>>;
}

/**
 * One transaction around a whole request, for the requests whose answer must be stored with
 * their changes (Idempotency-Key): while it is open, every query of the request — repositories
 * with or without a Tx, UnitOfWork.run (a savepoint then) — runs on its connection, so the
 * changes and the stored answer commit together or not at all. The data source hands out this
 * one query runner instead of a pooled one for as long as the request's context holds it.
 */
@Injectable()
export class RequestTransaction implements OnModuleInit {
  private readonly logger = new Logger(RequestTransaction.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cls: ClsService,
  ) {}

  onModuleInit(): void {
    const pooled = this.dataSource.createQueryRunner.bind(this.dataSource);
    this.dataSource.createQueryRunner = (mode) => this.ambient()?.runner ?? pooled(mode);
  }

  private ambient(): Ambient | undefined {
    return this.cls.isActive() ? (this.cls.get(AMBIENT) as Ambient | undefined) : undefined;
  }

  /** Whether a request transaction is open (work after commit then waits for it). */
  get active(): boolean {
    return this.ambient() !== undefined;
  }

  /**
   * Runs `work` in one transaction, then `finish` in it (e.g. to store the answer; its queries
   * join the transaction like the request's own), and commits; rolls everything back when either
   * throws. `afterCommit` tasks run once it committed.
   */
  async run<T>(work: () => Promise<T>, finish: (result: T) => Promise<void>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    const release = runner.release.bind(runner);
    // the request's queries "release" it after each use: it stays ours until the end
    runner.release = () => Promise.resolve();
    const ambient: Ambient = { runner, afterCommit: [] };
    let result: T;
    try {
      await runner.startTransaction();
      this.cls.set(AMBIENT, ambient);
      result = await work();
      await finish(result);
      await runner.commitTransaction();
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      this.cls.set(AMBIENT, undefined);
      await release().catch(() => undefined);
    }
    for (const task of ambient.afterCommit) {
      await task().catch((error: unknown) =>
        this.logger.error(`A task after commit failed: ${String(error)}`),
      );
    }
    return result;
  }

  /** Runs `task` once the request transaction commits, or at once when none is open. */
  async afterCommit(task: () => Promise<void>): Promise<void> {
    const ambient = this.ambient();
    if (ambient) ambient.afterCommit.push(task);
    else await task();
  }
}
