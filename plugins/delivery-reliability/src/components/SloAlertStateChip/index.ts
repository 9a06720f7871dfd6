export { SloAlertStateChip } from './SloAlertStateChip';
