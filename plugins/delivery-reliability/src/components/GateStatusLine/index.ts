export { GateStatusLine } from './GateStatusLine';
export type { GateStatusLineProps } from './GateStatusLine';
