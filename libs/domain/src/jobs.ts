/** BullMQ queues and job names, shared by producers (api) and processors (worker). */
export enum QueueName {
  Maintenance = 'maintenance',
}

export enum MaintenanceJob {
  /** delete sessions that ended (expired, idle or revoked) more than a day ago */
  PurgeExpiredSessions = 'purge-expired-sessions',
  /** forget lockouts that have run out and stale failure counts */
  ClearExpiredLockouts = 'clear-expired-lockouts',
  /** remove audit rows older than the retention period (itself audited) */
  PurgeExpiredAuditLog = 'purge-expired-audit-log',
}

/** How often each maintenance job runs (milliseconds). */
export const MAINTENANCE_SCHEDULE: Record<MaintenanceJob, number> = {
  [MaintenanceJob.PurgeExpiredSessions]: 15 * 60_000,
  [MaintenanceJob.ClearExpiredLockouts]: 5 * 60_000,
  [MaintenanceJob.PurgeExpiredAuditLog]: 24 * 3_600_000,
};
