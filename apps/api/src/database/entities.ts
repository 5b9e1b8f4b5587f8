import { WorkflowTransitionEntity } from '../common/workflow/workflow-transition.entity';
import { AttachmentEntity } from '../modules/attachments/attachment.entity';
import { GuidanceActivityEntity } from '../modules/guidance/guidance-activity.entity';
import { ProgrammeMeasureEntity } from '../modules/programme-structure/programme-measure.entity';
import { ProgrammePhaseEntity } from '../modules/programme-structure/programme-phase.entity';
import { ProgrammeTaskResponsibleEntity } from '../modules/ledger-tasks/programme-task-responsible.entity';
import { ProgrammeTaskUpdateEntity } from '../modules/task-progress/programme-task-update.entity';
import { ProgrammeTaskEntity } from '../modules/ledger-tasks/programme-task.entity';
import { WorkingGroupMemberEntity } from '../modules/working-group/working-group-member.entity';
import { AuditLogEntity } from '../modules/audit/audit-log.entity';
import { LoginThrottleEntity } from '../modules/auth/login-throttle.entity';
import { SessionEntity } from '../modules/auth/session.entity';
import { NotificationReadEntity } from '../modules/notifications/notification-read.entity';
import { NotificationEntity } from '../modules/notifications/notification.entity';
import { OrganisationEntity } from '../modules/organisations/organisation.entity';
import { RegionEntity } from '../modules/regions/region.entity';
import { EnterpriseEntity } from '../modules/enterprises/enterprise.entity';
import { PilotApplicationEntity } from '../modules/pilots/pilot-application.entity';
import { EnterprisePlanEntity } from '../modules/pilots/enterprise-plan.entity';
import { PlanMilestoneEntity } from '../modules/pilots/plan-milestone.entity';
import { ProgrammeQuotaEntity } from '../modules/quotas/programme-quota.entity';
import { ProgrammeEntity } from '../modules/programmes/programme.entity';
import { OccupationEntity } from '../modules/occupations/occupation.entity';
import { WageUploadEntity } from '../modules/wage-uploads/wage-upload.entity';
import { WageRowEntity } from '../modules/wage-uploads/wage-row.entity';
import { BenchmarkCellEntity } from '../modules/benchmarks/benchmark-cell.entity';
import { BenchmarkStateEntity } from '../modules/benchmarks/benchmark-state.entity';
import { BenchmarkReleaseEntity } from '../modules/benchmark-releases/benchmark-release.entity';
import { BenchmarkReleaseCellEntity } from '../modules/benchmark-releases/benchmark-release-cell.entity';
import { ProgressReportEntity } from '../modules/progress-reports/progress-report.entity';
import { ProgressReportVersionEntity } from '../modules/progress-reports/progress-report-version.entity';
import { PayPlanVersionEntity } from '../modules/pay-plans/pay-plan-version.entity';
import { PayPlanEntity } from '../modules/pay-plans/pay-plan.entity';
import { UserEntity } from '../modules/users/user.entity';
import { PendingLoginEntity } from '../modules/two-factor/pending-login.entity';
import { RecoveryCodeEntity } from '../modules/two-factor/recovery-code.entity';
import { TwoFactorSettingEntity } from '../modules/two-factor/two-factor-setting.entity';
import { UserTwoFactorEntity } from '../modules/two-factor/user-two-factor.entity';

/** Explicit list (not a glob) so the same code runs under jest and from dist. */
export const ENTITIES = [
  RegionEntity,
  OrganisationEntity,
  UserEntity,
  SessionEntity,
  LoginThrottleEntity,
  UserTwoFactorEntity,
  RecoveryCodeEntity,
  TwoFactorSettingEntity,
  PendingLoginEntity,
  AuditLogEntity,
  EnterpriseEntity,
  ProgrammeEntity,
  ProgrammeQuotaEntity,
  PilotApplicationEntity,
  WorkflowTransitionEntity,
  NotificationEntity,
  NotificationReadEntity,
  EnterprisePlanEntity,
  PlanMilestoneEntity,
  ProgrammePhaseEntity,
  ProgrammeMeasureEntity,
  ProgrammeTaskEntity,
  ProgrammeTaskResponsibleEntity,
  ProgrammeTaskUpdateEntity,
  WorkingGroupMemberEntity,
  AttachmentEntity,
  GuidanceActivityEntity,
  OccupationEntity,
  WageUploadEntity,
  WageRowEntity,
  BenchmarkCellEntity,
  BenchmarkStateEntity,
  BenchmarkReleaseEntity,
  BenchmarkReleaseCellEntity,
  ProgressReportEntity,
  ProgressReportVersionEntity,
  PayPlanEntity,
  PayPlanVersionEntity,
];
