/** The regions feature as other features see it. */
export { useRegionLabel, useRegions } from './regions.api';
export { regionTreeOptions } from './region-tree';
