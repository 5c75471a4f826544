export { ShareBadgeButton, DEFAULT_SHARE_TARGETS } from './ShareBadgeButton';
export type { ShareBadgeButtonProps, ShareButtonTarget, ShareEvent } from './ShareBadgeButton';
