export { DeploymentsSection } from './DeploymentsSection';
