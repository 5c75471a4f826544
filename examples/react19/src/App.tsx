import { BadgeProgress, BadgeWall, ShareBadgeButton, useBadges } from 'frontend-component-badges';
import { FormattedMessage } from 'react-intl';

/** The latest active badge with its share button: the hooks give hosts the same data. */
function LatestBadge({ username }: { username: string }) {
  const { data } = useBadges(username);
  const latest = data?.badges.find((badge) => badge.status === 'active');
  if (!latest) return null;
  return (
    <section className="latest" aria-labelledby="latest-heading">
      <h2 id="latest-heading">
        <FormattedMessage id="example.latest" defaultMessage="Latest badge: {name}" values={{ name: latest.name }} />
      </h2>
      <ShareBadgeButton badge={latest} />
    </section>
  );
}

/** A learner's badges page in a plain React 19 host (no Open edX platform, no Paragon). */
export function App({ username }: { username: string }) {
  return (
    <main className="page">
      <h1>
        <FormattedMessage id="example.title" defaultMessage="Achievements" />
      </h1>
      <LatestBadge username={username} />
      <BadgeWall username={username} headingLevel={2} showProgress={false} renderShare={(badge) => <ShareBadgeButton badge={badge} />} />
      <BadgeProgress username={username} headingLevel={2} />
    </main>
  );
}
