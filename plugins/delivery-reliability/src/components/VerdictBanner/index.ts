export { VerdictBanner } from './VerdictBanner';
export { VerdictLabel } from './VerdictLabel';
export { VERDICT_KIND_LABELS } from './verdictKinds';
