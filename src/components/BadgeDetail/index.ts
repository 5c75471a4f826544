export { BadgeDetail } from './BadgeDetail';
export type { BadgeDetailProps } from './BadgeDetail';
