/** What other features use of the public-opinion notes: the statistics card of the bureaus' home page. */
export { OpinionStatisticsCard } from './opinion-statistics-card';
