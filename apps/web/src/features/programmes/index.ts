/** The programmes feature as other features see it. */
export { useProgrammes } from './programmes.api';
export { attachmentErrorMessage } from './attachment-errors';
