export { BadgeProgress } from './BadgeProgress';
export type { BadgeProgressProps } from './BadgeProgress';
export type { BadgeProgressSort, BadgeProgressItemState } from './utils';
