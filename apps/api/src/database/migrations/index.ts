import { CreateFoundation1795294890137 } from './1795294890137-CreateFoundation';
import { AddAuditLogChain1795294891000 } from './1795294891000-AddAuditLogChain';
import { AddEnterprisesProgrammesPilots1795298002360 } from './1795298002360-AddEnterprisesProgrammesPilots';
import { AddNotifications1795298077350 } from './1795298077350-AddNotifications';
import { AddEnterprisePlans1795298231704 } from './1795298231704-AddEnterprisePlans';
import { AddProgrammeLedgerAndGuidance1795298263967 } from './1795298263967-AddProgrammeLedgerAndGuidance';
import { AddWageDataAndBenchmarks1795302655553 } from './1795302655553-AddWageDataAndBenchmarks';

/** Applied in this order; new migrations are appended. */
export const MIGRATIONS = [
  CreateFoundation1795294890137,
  AddAuditLogChain1795294891000,
  AddEnterprisesProgrammesPilots1795298002360,
  AddNotifications1795298077350,
  AddEnterprisePlans1795298231704,
  AddProgrammeLedgerAndGuidance1795298263967,
  AddWageDataAndBenchmarks1795302655553,
];
