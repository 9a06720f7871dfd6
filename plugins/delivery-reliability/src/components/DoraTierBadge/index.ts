export { DoraTierBadge } from './DoraTierBadge';
export type { DoraTierBadgeProps } from './DoraTierBadge';
