/** The benchmarks feature as other features see it. */
export { useBenchmarkLabels } from './benchmark-labels';
export { usePublicOccupations } from './benchmarks.api';
