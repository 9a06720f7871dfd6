export { EnvironmentFilter } from './EnvironmentFilter';
