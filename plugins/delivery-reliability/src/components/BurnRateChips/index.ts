export { BurnRateChips } from './BurnRateChips';
