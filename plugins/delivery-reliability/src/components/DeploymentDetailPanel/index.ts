export { DeploymentDetailPanel } from './DeploymentDetailPanel';
