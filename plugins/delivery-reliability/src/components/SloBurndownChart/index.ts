export { SloBurndownChart } from './SloBurndownChart';
