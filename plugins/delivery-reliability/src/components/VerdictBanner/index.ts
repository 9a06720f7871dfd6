export { VerdictBanner } from './VerdictBanner';
export { VerdictLabel } from './VerdictLabel';
