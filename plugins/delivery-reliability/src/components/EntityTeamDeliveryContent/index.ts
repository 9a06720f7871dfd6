export { EntityTeamDeliveryContent } from './EntityTeamDeliveryContent';
