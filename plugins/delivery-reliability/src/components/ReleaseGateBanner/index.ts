export { ReleaseGateBanner } from './ReleaseGateBanner';
