/** The programme-dashboard feature as other features see it. */
export { ProgrammeOverview } from './programme-overview';
