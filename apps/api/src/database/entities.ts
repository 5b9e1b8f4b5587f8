import { OpinionNoteEntity } from '../modules/opinion-notes/opinion-note.entity';
import { OpinionNoteRevisionEntity } from '../modules/opinion-notes/opinion-note-revision.entity';
import { ServiceRequestEntity } from '../modules/service-requests/service-request.entity';
import { ServiceRequestReplyEntity } from '../modules/service-requests/service-request-reply.entity';
import { TalentContactEntity } from '../modules/talent-contacts/talent-contact.entity';
import { DemonstrationUnitEntity } from '../modules/evaluation/demonstration-unit.entity';
import { EvaluationSettingEntity } from '../modules/evaluation/evaluation-setting.entity';
import { InfluencedEnterpriseEntity } from '../modules/evaluation/influenced-enterprise.entity';
import { HonourEntity } from '../modules/talents/honour.entity';
import { TalentAffiliationEntity } from '../modules/talents/talent-affiliation.entity';
import { TalentHonourEntity } from '../modules/talents/talent-honour.entity';
import { TalentEntity } from '../modules/talents/talent.entity';
import { TalentListEntryEntity } from '../modules/talent-lists/talent-list-entry.entity';
import { TalentListEntity } from '../modules/talent-lists/talent-list.entity';
import { PolicyQaEntity, PolicyQaVersionEntity } from '../modules/policy-qa/policy-qa.entity';
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
import { BenchmarkReleaseUploadEntity } from '../modules/benchmark-releases/benchmark-release-upload.entity';
import { BenchmarkReleaseCellEntity } from '../modules/benchmark-releases/benchmark-release-cell.entity';
import { ProgressReportEntity } from '../modules/progress-reports/progress-report.entity';
import { ProgressReportVersionEntity } from '../modules/progress-reports/progress-report-version.entity';
import { PayPlanVersionEntity } from '../modules/pay-plans/pay-plan-version.entity';
import { PayPlanEntity } from '../modules/pay-plans/pay-plan.entity';
import { UserEntity } from '../modules/users/user.entity';
import { IdempotencyKeyEntity } from '../common/idempotency/idempotency-key.entity';
import { PendingLoginEntity } from '../modules/two-factor/pending-login.entity';
import { RecoveryCodeEntity } from '../modules/two-factor/recovery-code.entity';
import { TwoFactorSettingEntity } from '../modules/two-factor/two-factor-setting.entity';
import { UserTwoFactorEntity } from '../modules/two-factor/user-two-factor.entity';
import { CaseStudyEntity } from '../modules/cases/case-study.entity';
import { CaseStudyVersionEntity } from '../modules/cases/case-study-version.entity';
import { CaseRubricEntity } from '../modules/case-reviews/case-rubric.entity';
import { ConflictLinkEntity } from '../modules/case-reviews/conflict-link.entity';
import { CaseAssignmentEntity } from '../modules/case-reviews/case-assignment.entity';
import { CaseReviewEntity } from '../modules/case-reviews/case-review.entity';
import { CaseCollectionEntity } from '../modules/case-collections/case-collection.entity';
import { CaseCollectionEntryEntity } from '../modules/case-collections/case-collection-entry.entity';
import { EvaluationReportVersionEntity } from '../modules/evaluation-reports/evaluation-report-version.entity';
import { EvaluationReportEntity } from '../modules/evaluation-reports/evaluation-report.entity';

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
  BenchmarkReleaseUploadEntity,
  ProgressReportEntity,
  ProgressReportVersionEntity,
  PayPlanEntity,
  PayPlanVersionEntity,
  IdempotencyKeyEntity,
  CaseStudyEntity,
  CaseStudyVersionEntity,
  CaseRubricEntity,
  ConflictLinkEntity,
  CaseAssignmentEntity,
  CaseReviewEntity,
  CaseCollectionEntity,
  CaseCollectionEntryEntity,
  EvaluationReportEntity,
  EvaluationReportVersionEntity,
  HonourEntity,
  TalentEntity,
  TalentHonourEntity,
  TalentAffiliationEntity,
  TalentListEntity,
  TalentListEntryEntity,
  ServiceRequestEntity,
  ServiceRequestReplyEntity,
  TalentContactEntity,
  EvaluationSettingEntity,
  InfluencedEnterpriseEntity,
  DemonstrationUnitEntity,
  OpinionNoteEntity,
  OpinionNoteRevisionEntity,
  PolicyQaEntity,
  PolicyQaVersionEntity,
];
