export { DoraMetricTile } from './DoraMetricTile';
export type { DoraMetricTileProps } from './DoraMetricTile';
