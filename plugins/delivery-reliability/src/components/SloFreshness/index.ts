export { SloFreshness } from './SloFreshness';
