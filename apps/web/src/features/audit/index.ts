/** The audit feature as other features see it. */
export { AuditHomeCard } from './audit-home-card';
