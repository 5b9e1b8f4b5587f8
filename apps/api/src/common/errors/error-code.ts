/**
 * The cross-cutting errors (and those of features not yet moved to their own table), with their
 * messages in messages.ts. A feature's own errors live in its `xxx.exception.ts` (featureException).
 */
export enum ErrorCode {
  ValidationFailed = 'validation_failed',
  RateLimited = 'rate_limited',
  Unauthenticated = 'unauthenticated',
  Forbidden = 'forbidden',
  FieldNotEditable = 'field_not_editable',
  NotFound = 'not_found',
  Conflict = 'conflict',
  EnterpriseProfileMissing = 'enterprise_profile_missing',
  ProgrammeNotActive = 'programme_not_active',
  // benchmark releases
  BenchmarkAggregationPending = 'benchmark_aggregation_pending',
  BenchmarkNotComputed = 'benchmark_not_computed',
  BenchmarkRecomputePending = 'benchmark_recompute_pending',
  BenchmarkReleaseOpen = 'benchmark_release_open',
  BenchmarkReleaseTransitionNotAllowed = 'benchmark_release_transition_not_allowed',
  // progress reports
  ProgressReportExists = 'progress_report_exists',
  ProgressReportNotEditable = 'progress_report_not_editable',
  ProgressReportTransitionNotAllowed = 'progress_report_transition_not_allowed',
  ReportCadenceLocked = 'report_cadence_locked',
  // wage-data uploads
  WageUploadDuplicate = 'wage_upload_duplicate',
  WageUploadInProgress = 'wage_upload_in_progress',
  Internal = 'internal',
}
