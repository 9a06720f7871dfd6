export { TeamBreakdownTable } from './TeamBreakdownTable';
