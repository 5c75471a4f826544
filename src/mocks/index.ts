/**
 * `frontend-component-badges/mocks`: msw handlers, contract fixtures and parsed model objects for
 * Storybook, this library's tests and host MFEs' tests. Never imported by the main entry; msw is an
 * optional peer needed only here.
 *
 * Time: dates that decide a status (expired, expiring soon) are relative to a clock that defaults
 * to the start of today (UTC), so stories stay right over time. Pass `now: MOCK_NOW` for fully
 * deterministic output.
 */
import type { Badge, BadgeProgressData } from '../model';
import { parseBadges, parseProgress } from '../parsers';
import { defaultBadgeItems, makeLearnerBadges, mixedStateBadgeItems, progressItems, makeLearnerProgress } from './fixtures';
import { MANY_COUNT } from './handlers';
import { mockClock } from './time';

export {
  badgesHandlers,
  badgeImageHandlers,
  paginate,
  readPageParams,
  scenarioData,
  MOCK_BASE_URL,
  MOCK_USERNAME,
  MOCK_SCENARIOS,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  MANY_COUNT,
} from './handlers';
export type { BadgesHandlersOptions, MockScenario } from './handlers';
export {
  defaultBadgeItems,
  mixedStateBadgeItems,
  progressItems,
  makeLearnerBadges,
  makeLearnerProgress,
  seededRandom,
  fakeUuid,
  MOCK_ISSUERS,
  MOCK_TEMPLATES,
  MOCK_LEARNING_URL,
} from './fixtures';
export type { MockIssuer } from './fixtures';
export { MOCK_NOW, mockClock } from './time';
export type * from './contract';

/** Which badge list `mockBadges` parses. */
export type MockBadgeSet = 'default' | 'mixed-states' | 'many' | 'empty';

/**
 * Normalized `Badge` objects (parsed by `parseBadges` from the contract fixtures) for host tests
 * that render components without a network. The clock drives both the fixtures and the parser.
 */
export function mockBadges(options: { set?: MockBadgeSet; now?: Date | number | string } = {}): Badge[] {
  const now = mockClock(options.now);
  const { set = 'default' } = options;
  const items = set === 'empty' ? [] : set === 'many' ? makeLearnerBadges(MANY_COUNT, 7, { now }) : set === 'mixed-states' ? mixedStateBadgeItems(now) : defaultBadgeItems(now);
  return parseBadges({ count: items.length, next: null, previous: null, results: items }, { format: 'openedx', now }).badges;
}

/** Normalized `BadgeProgressData` objects (parsed by `parseProgress`); `many` gives 60 records. */
export function mockProgress(options: { set?: 'default' | 'many' | 'empty'; now?: Date | number | string } = {}): BadgeProgressData[] {
  const now = mockClock(options.now);
  const { set = 'default' } = options;
  const items = set === 'empty' ? [] : set === 'many' ? makeLearnerProgress(60, 7) : progressItems(now);
  return parseProgress({ count: items.length, next: null, previous: null, results: items }, { now }).badges;
}
