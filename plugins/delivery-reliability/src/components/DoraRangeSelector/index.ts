export { DoraRangeSelector } from './DoraRangeSelector';
