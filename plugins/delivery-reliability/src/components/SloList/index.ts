export { SloList } from './SloList';
