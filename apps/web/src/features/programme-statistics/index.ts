/** The programme-statistics feature as other features see it. */
export { ProgrammeStatisticsCard } from './programme-statistics-card';
