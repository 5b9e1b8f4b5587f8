import { CreateFoundation1795294890137 } from './1795294890137-CreateFoundation';
import { AddAuditLogChain1795294891000 } from './1795294891000-AddAuditLogChain';

/** Applied in this order; new migrations are appended. */
export const MIGRATIONS = [CreateFoundation1795294890137, AddAuditLogChain1795294891000];
