export { ReliabilityIncidentsTable } from './ReliabilityIncidentsTable';
