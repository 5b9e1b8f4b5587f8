import { CreateFoundation1795294890137 } from './1795294890137-CreateFoundation';
import { AddAuditLogChain1795294891000 } from './1795294891000-AddAuditLogChain';
import { AddEnterprisesProgrammesPilots1795298002360 } from './1795298002360-AddEnterprisesProgrammesPilots';
import { AddNotifications1795298077350 } from './1795298077350-AddNotifications';
import { AddEnterprisePlans1795298231704 } from './1795298231704-AddEnterprisePlans';
import { AddProgrammeLedgerAndGuidance1795298263967 } from './1795298263967-AddProgrammeLedgerAndGuidance';
import { AddWageDataAndBenchmarks1795302655553 } from './1795302655553-AddWageDataAndBenchmarks';
import { AddBenchmarkReleases1795302992880 } from './1795302992880-AddBenchmarkReleases';
import { AddProgressReports1795303194836 } from './1795303194836-AddProgressReports';
import { AddBenchmarkState1795303403261 } from './1795303403261-AddBenchmarkState';
import { DropWageRowCellIndex1795304498533 } from './1795304498533-DropWageRowCellIndex';
import { AddPayPlans1795306753457 } from './1795306753457-AddPayPlans';
import { AddWageUploadQueuedIndex1795390000000 } from './1795390000000-AddWageUploadQueuedIndex';
import { AddWorkflowTransitions1795400000000 } from './1795400000000-AddWorkflowTransitions';
import { AddEditVersions1795510000000 } from './1795510000000-AddEditVersions';
import { AddIdempotencyKeys1795520000000 } from './1795520000000-AddIdempotencyKeys';
import { AddReleaseChangeControl1795530000000 } from './1795530000000-AddReleaseChangeControl';
import { AddTwoFactor1795540000000 } from './1795540000000-AddTwoFactor';
import { RunAuditPurgeAsOwner1795550000000 } from './1795550000000-RunAuditPurgeAsOwner';
import { AddProgrammeCheckRules1795800000000 } from './1795800000000-AddProgrammeCheckRules';
import { AddTaskLinks1795900000000 } from './1795900000000-AddTaskLinks';
import { AddCaseStudies1796000000000 } from './1796000000000-AddCaseStudies';
import { AddTalents1796100000000 } from './1796100000000-AddTalents';
import { AddTalentLists1796120000000 } from './1796120000000-AddTalentLists';
import { AddServiceWindow1796130000000 } from './1796130000000-AddServiceWindow';
import { AddEvaluation1796200000000 } from './1796200000000-AddEvaluation';
import { AddEvaluationReports1796210000000 } from './1796210000000-AddEvaluationReports';
import { AddOpinionNotes1796300000000 } from './1796300000000-AddOpinionNotes';
import { AddPolicyQa1796310000000 } from './1796310000000-AddPolicyQa';

/** Applied in this order; new migrations are appended. */
export const MIGRATIONS = [
  CreateFoundation1795294890137,
  AddAuditLogChain1795294891000,
  AddEnterprisesProgrammesPilots1795298002360,
  AddNotifications1795298077350,
  AddEnterprisePlans1795298231704,
  AddProgrammeLedgerAndGuidance1795298263967,
  AddWageDataAndBenchmarks1795302655553,
  AddBenchmarkReleases1795302992880,
  AddProgressReports1795303194836,
  AddBenchmarkState1795303403261,
  DropWageRowCellIndex1795304498533,
  AddPayPlans1795306753457,
  AddWageUploadQueuedIndex1795390000000,
  AddWorkflowTransitions1795400000000,
  AddEditVersions1795510000000,
  AddIdempotencyKeys1795520000000,
  AddReleaseChangeControl1795530000000,
  AddTwoFactor1795540000000,
  RunAuditPurgeAsOwner1795550000000,
  AddProgrammeCheckRules1795800000000,
  AddTaskLinks1795900000000,
  AddCaseStudies1796000000000,
  AddTalents1796100000000,
  AddTalentLists1796120000000,
  AddServiceWindow1796130000000,
  AddEvaluation1796200000000,
  AddEvaluationReports1796210000000,
  AddOpinionNotes1796300000000,
  AddPolicyQa1796310000000,
];
