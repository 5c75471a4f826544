export { BadgeWall } from './BadgeWall';
export type { BadgeWallProps, BadgeWallView, BadgeWallQuery } from './BadgeWall';
export type { WallSort as BadgeWallSort, WallGroup as BadgeWallGroup, WallFilters as BadgeWallFilters } from './wallLogic';
