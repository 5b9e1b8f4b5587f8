/** The programmes feature as other features see it. */
export { useCheckRules, useProgrammes } from './programmes.api';
export { attachmentErrorMessage } from './attachment-errors';
export { type ProgressReportInput, type Task, type TaskUpdate } from './programmes.api';
export { OwnProgress, TaskProgressSummary, TaskStatusTag } from './ledger-table';
export { ProgressHistoryList, ProgressReportModal } from './progress-report';
