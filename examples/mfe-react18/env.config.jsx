/**
 * env.config.jsx for the Open edX learner dashboard (frontend-app-learner-dashboard).
 *
 * Ready to copy into the MFE's root (beside its package.json) after
 * `npm i frontend-component-badges`. It adds, through frontend-plugin-framework DIRECT_PLUGIN
 * inserts (no fork of the MFE):
 * - the learner's badge wall (with share buttons) and their progress toward badges to the
 *   sidebar slot `org.openedx.frontend.learner_dashboard.widget_sidebar.v1`;
 * - per-course badge progress to each course card, slot
 *   `org.openedx.frontend.learner_dashboard.course_card_action.v1` (it passes only `cardId`;
 *   the dashboard's own data hook maps it to the course key).
 *
 * This example host builds this very file (vite.config.ts aliases `env.config` to it, as
 * frontend-build does) and type-checks it against the library's published types.
 */
import { useContext, useMemo } from 'react';
import { DIRECT_PLUGIN, PLUGIN_OPERATIONS } from '@openedx/frontend-plugin-framework';
import { getConfig } from '@edx/frontend-platform';
import { sendTrackEvent } from '@edx/frontend-platform/analytics';
import { getAuthenticatedHttpClient } from '@edx/frontend-platform/auth';
import { IntlProvider, useIntl } from '@edx/frontend-platform/i18n';
import { AppContext } from '@edx/frontend-platform/react';
import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import {
  BadgeProgress,
  BadgeWall,
  BadgesProvider,
  ShareBadgeButton,
  createOpenEdxBadgesClient,
} from 'frontend-component-badges';
import { messages as badgesMessages } from 'frontend-component-badges/i18n';
import 'frontend-component-badges/style.css';
// The learner dashboard resolves bare imports from its src/ folder: `hooks` is its src/hooks.
// Releases with the Redux data layer (Teak, Ulmo) expose `reduxHooks.useCardCourseRunData`;
// on a release where it is gone, use that release's per-card course-run hook here instead.
import { reduxHooks } from 'hooks';

/** @type {import('frontend-component-badges').BadgesClient | undefined} */
let badgesClient;
/** @type {QueryClient | undefined} */
let ownQueryClient;

/**
 * Built on first render, not at import: frontend-platform's config and auth are ready by then.
 * The client reads CREDENTIALS_BASE_URL from getConfig() and sends requests with the MFE's
 * authenticated axios client (JWT cookie, refresh, USE-JWT-COOKIE header).
 */
function getBadgesClient() {
  badgesClient ??= createOpenEdxBadgesClient({ getAuthenticatedHttpClient, getConfig });
  return badgesClient;
}

/** The signed-in learner's username, from the MFE's AppProvider. */
function useUsername() {
  const { authenticatedUser } = useContext(AppContext);
  return authenticatedUser?.username;
}

/** @type {Record<string, Record<string, string> | undefined>} */
const badgesCatalogs = badgesMessages;

/**
 * The library's translations joined to the MFE's for the badges widgets only: env.config cannot
 * reach the MFE's initialize({ messages }). The MFE's own entries win, so translations pulled
 * with atlas into the MFE override the packaged ones. Locale as the MFE chose it ('fr-ca' → 'fr').
 * @param {{ children: import('react').ReactNode }} props
 */
function BadgesIntl({ children }) {
  const intl = useIntl();
  const messages = useMemo(
    () => ({
      ...(badgesCatalogs[intl.locale] ?? badgesCatalogs[intl.locale.split('-')[0] ?? ''] ?? {}),
      .../** @type {Record<string, string>} MFE catalogs are plain strings */ (intl.messages),
    }),
    [intl.locale, intl.messages],
  );
  return (
    <IntlProvider locale={intl.locale} defaultLocale={intl.defaultLocale} messages={messages}>
      {children}
    </IntlProvider>
  );
}

/**
 * The providers the badges components need. Dashboard releases with their own react-query
 * QueryClientProvider share it (one cache, one request per learner); older releases without one
 * get a single QueryClient for all badges widgets on the page.
 * @param {{ children: import('react').ReactNode }} props
 */
function BadgesPlugin({ children }) {
  const hostQueryClient = useContext(QueryClientContext);
  const content = (
    <BadgesIntl>
      <BadgesProvider client={getBadgesClient()}>{children}</BadgesProvider>
    </BadgesIntl>
  );
  if (hostQueryClient) return content;
  ownQueryClient ??= new QueryClient();
  return <QueryClientProvider client={ownQueryClient}>{content}</QueryClientProvider>;
}

/**
 * Analytics stay the host's: the MFE's own tracking (Segment through frontend-platform).
 * @param {import('frontend-component-badges').ShareEvent} event
 */
function trackShare({ target, badge }) {
  sendTrackEvent('openedx.badges.shared', { target, provider: badge.provider, badge_id: badge.id });
}

/**
 * Sidebar: the badge wall (with share buttons) and, below it, progress toward badges (shown by
 * BadgeProgress, so the wall's own "next up" cards are turned off).
 */
function BadgesSidebarWidget() {
  const username = useUsername();
  return (
    <BadgesPlugin>
      <BadgeWall
        username={username}
        headingLevel={2}
        maxItems={6}
        showProgress={false}
        renderShare={(badge) => <ShareBadgeButton badge={badge} onShare={trackShare} />}
      />
      <BadgeProgress username={username} variant="compact" headingLevel={3} />
    </BadgesPlugin>
  );
}

/**
 * Course card: progress toward the badges of this card's course.
 * @param {{ cardId: string }} props
 */
function CourseCardBadgeProgress({ cardId }) {
  const username = useUsername();
  const { courseId } = reduxHooks.useCardCourseRunData(cardId);
  return (
    <BadgesPlugin>
      <BadgeProgress username={username} courseKey={courseId} variant="compact" headingLevel={4} />
    </BadgesPlugin>
  );
}

const config = {
  pluginSlots: {
    'org.openedx.frontend.learner_dashboard.widget_sidebar.v1': {
      keepDefault: true,
      plugins: [
        {
          op: PLUGIN_OPERATIONS.Insert,
          widget: {
            id: 'frontend_component_badges_sidebar',
            type: DIRECT_PLUGIN,
            priority: 40, // before the default widgets (priority 50)
            RenderWidget: BadgesSidebarWidget,
          },
        },
      ],
    },
    'org.openedx.frontend.learner_dashboard.course_card_action.v1': {
      keepDefault: true,
      plugins: [
        {
          op: PLUGIN_OPERATIONS.Insert,
          widget: {
            id: 'frontend_component_badges_course_progress',
            type: DIRECT_PLUGIN,
            priority: 60, // after the card's own buttons
            RenderWidget: CourseCardBadgeProgress,
          },
        },
      ],
    },
  },
};

export default config;
