export { DeploymentIncidentsTable } from './DeploymentIncidentsTable';
