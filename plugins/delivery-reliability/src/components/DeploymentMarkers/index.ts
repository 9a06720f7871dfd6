export { DeploymentMarkers, deploymentLabel } from './DeploymentMarkers';
