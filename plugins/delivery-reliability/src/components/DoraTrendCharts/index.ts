export { DoraTrendCharts } from './DoraTrendCharts';
