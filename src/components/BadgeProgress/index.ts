export { BadgeProgress } from './BadgeProgress';
export type { BadgeProgressProps, BadgeProgressSort, BadgeProgressItemState } from './BadgeProgress';
