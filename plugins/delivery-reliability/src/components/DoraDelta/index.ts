export { DoraDelta } from './DoraDelta';
