export { DeploymentBurnList } from './DeploymentBurnList';
