/** The progress-reports feature as other features see it. */
export { CheckResults } from './check-results';
