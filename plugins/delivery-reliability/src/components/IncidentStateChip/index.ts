export { IncidentStateChip } from './IncidentStateChip';
