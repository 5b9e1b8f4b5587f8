/** BullMQ queues and job names, shared by producers (api) and processors (worker). */
export enum QueueName {
  Maintenance = 'maintenance',
  Reminders = 'reminders',
  WageImports = 'wage-imports',
  Benchmarks = 'benchmarks',
}

export enum MaintenanceJob {
  /** delete sessions that ended (expired, idle or revoked) more than a day ago */
  PurgeExpiredSessions = 'purge-expired-sessions',
  /** forget lockouts that have run out and stale failure counts */
  ClearExpiredLockouts = 'clear-expired-lockouts',
  /** remove audit rows older than the retention period (itself audited) */
  PurgeExpiredAuditLog = 'purge-expired-audit-log',
  /** re-enqueue wage uploads left queued or validating without a live job (Redis was down, a worker died) */
  RequeueStalledWageUploads = 'requeue-stalled-wage-uploads',
  /** delete stored answers of Idempotency-Keys older than 24 h */
  PurgeExpiredIdempotencyKeys = 'purge-expired-idempotency-keys',
}

export enum ReminderJob {
  /** notify responsible organisations of ledger tasks and plan milestones overdue or due within 7 days */
  SendDeadlineReminders = 'send-deadline-reminders',
  /** ask enterprises and districts to reconfirm talent records due for their yearly check (once a year each) */
  RequestTalentReconfirmation = 'request-talent-reconfirmation',
  /** remind the window of each service request past its due date and not resolved, once a day per request */
  RaiseOverdueServiceRequests = 'raise-overdue-service-requests',
}

/** Payload of RaiseOverdueServiceRequests: the China day to count as today (default: the real one). */
export interface OverdueServiceRequestsJobData {
  today?: string;
}

export enum WageImportJob {
  /** parse and validate an uploaded file; store it as the enterprise's new version or report every error */
  ValidateAndStore = 'validate-and-store',
}

export enum BenchmarkJob {
  /** recompute the benchmark cells of one programme and year touched by new or superseded uploads */
  Aggregate = 'aggregate',
}

export interface ScheduledJob {
  queue: QueueName;
  name: MaintenanceJob | ReminderJob;
  /** milliseconds between runs */
  every: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Every repeating job. Reminders run hourly: dedupe keys keep them to one per item and day. */
export const SCHEDULED_JOBS: readonly ScheduledJob[] = [
  { queue: QueueName.Maintenance, name: MaintenanceJob.PurgeExpiredSessions, every: 15 * MINUTE },
  { queue: QueueName.Maintenance, name: MaintenanceJob.ClearExpiredLockouts, every: 5 * MINUTE },
  { queue: QueueName.Maintenance, name: MaintenanceJob.PurgeExpiredAuditLog, every: 24 * HOUR },
  { queue: QueueName.Maintenance, name: MaintenanceJob.RequeueStalledWageUploads, every: 5 * MINUTE },
  { queue: QueueName.Maintenance, name: MaintenanceJob.PurgeExpiredIdempotencyKeys, every: HOUR },
  { queue: QueueName.Reminders, name: ReminderJob.SendDeadlineReminders, every: HOUR },
  { queue: QueueName.Reminders, name: ReminderJob.RequestTalentReconfirmation, every: 24 * HOUR },
  { queue: QueueName.Reminders, name: ReminderJob.RaiseOverdueServiceRequests, every: HOUR },
];

/** Days ahead that count as "due soon". */
export const REMINDER_HORIZON_DAYS = 7;
