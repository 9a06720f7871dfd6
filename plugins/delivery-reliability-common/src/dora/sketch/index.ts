export { QuantileSketch } from './QuantileSketch';
export type { QuantileSketchJson } from './json';
