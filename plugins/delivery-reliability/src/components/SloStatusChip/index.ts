export { SloStatusChip, sloStatusColor } from './SloStatusChip';
