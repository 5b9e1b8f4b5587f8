/** The programmes feature as other features see it. */
export { useCheckRules, useProgrammes } from './programmes.api';
export { attachmentErrorMessage } from './attachment-errors';
