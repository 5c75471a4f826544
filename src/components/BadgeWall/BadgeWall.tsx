import '../common/common.css';
import './BadgeWall.css';
import { memo, startTransition, useDeferredValue, useEffect, useId, useMemo, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useIntl } from 'react-intl';
import type { Badge, BadgeProblem, BadgeProgressData, BadgeProvider } from '../../model/types';
import { safeHttpUrl } from '../../model/url';
import { useBadgeProgress, useBadges } from '../../query/hooks';
import { BadgeDetail } from '../BadgeDetail/BadgeDetail';
import { BadgeImage } from '../common/BadgeImage';
import { PROVIDER_NAMES, dateFormatter } from '../common/badgeState';
import { IntlFallback } from '../common/IntlFallback';
import { queryStateMessages as qm, statusMessages as sm } from '../common/messages';
import { QueryState } from '../common/QueryState';
import { StatusNote } from '../common/StatusNote';
import { messages as m } from './messages';
import { filterItems, groupItems, sortItems, toItems, type WallFilters, type WallGroup, type WallItem, type WallSort } from './wallLogic';

/** Grid of tiles, or a compact list. */
export type BadgeWallView = 'grid' | 'list';

/** The search, sort, filter and group state, reported to `onFilterChange`. */
export interface BadgeWallQuery extends WallFilters {
  search: string;
  sort: WallSort;
  group: WallGroup;
}

/** Props of {@link BadgeWall}. */
export interface BadgeWallProps {
  /** Learner whose badges to load through the nearest `BadgesProvider` (when `badges` is not given). */
  username?: string;
  /** Badges fetched by the host; when set, nothing is loaded. */
  badges?: Badge[];
  /** Items the data could not be read for; counted unobtrusively. */
  problems?: BadgeProblem[];
  /** Loading (host-fetched mode): a skeleton until `badges` arrive; ignored once they are there. */
  isLoading?: boolean;
  /** The load failed: shown in plain words with a retry. With `badges`, a later page failed. */
  error?: Error | null;
  /** Retry after an error; given automatically in `username` mode. */
  onRetry?: () => void;
  /** Where to sign in again after a 401. */
  signInUrl?: string;
  /** True when the loading cap stopped before the end. */
  truncated?: boolean;
  /** Progress toward badges, shown greyed after the earned ones ("next up") unless `showProgress` is `false`. */
  progress?: BadgeProgressData[];
  /**
   * Show progress toward badges ("next up"). In `username` mode, `true` also loads it; `false`
   * hides it always, even when a `progress` list is given or other components loaded it.
   * @default true with `progress`, else false
   */
  showProgress?: boolean;
  /** Controlled view. */
  view?: BadgeWallView;
  /** Initial view when the learner has not chosen one yet. @default 'grid' */
  defaultView?: BadgeWallView;
  /** Called when the learner switches view. */
  onViewChange?: (view: BadgeWallView) => void;
  /** Called when a badge's detail opens (analytics). */
  onBadgeOpen?: (badge: Badge) => void;
  /** Controlled open badge: its `id` (or `provider:id`), or `null` for none. For deep links. */
  openBadgeId?: string | null;
  /** Called with the opened badge's `id`, or `null` on close. */
  onOpenBadgeChange?: (id: string | null) => void;
  /** "Find a course" link on the empty wall. */
  findCourseUrl?: string;
  /** Days before expiry from which a badge shows a warning. @default 30 */
  expiringSoonDays?: number;
  /** Show revoked badges (with their reason). @default false */
  showRevoked?: boolean;
  /** The clock, injectable for tests and stories. @default Date.now() */
  now?: Date | number;
  /** Show at most this many badges, with a "Show all" button (e.g. in a sidebar). */
  maxItems?: number;
  /** Called (debounced by React's deferral) when the search text changes (analytics). */
  onSearch?: (search: string) => void;
  /** Called when search, sort, filters or grouping change (analytics). */
  onFilterChange?: (query: BadgeWallQuery) => void;
  /** Renders the share action inside the detail view (default `ShareBadgeButton`; `null` for none). */
  renderShare?: ((badge: Badge) => ReactNode) | null;
  /** Heading text. @default "My badges" */
  heading?: ReactNode;
  /** Heading level of the wall; groups use the next level. @default 2 */
  headingLevel?: 2 | 3 | 4;
  className?: string;
}

const VIEW_KEY = 'frontend-component-badges:wall-view';
const QUERY: BadgeWallQuery = { search: '', sort: 'newest', group: 'none', status: 'all', provider: 'all', issuer: '' };
/** Cards committed at once; the rest follow in transitions, doubling each step, so no commit blocks long. */
const CHUNK = 150;
/** Largest number of cards one step adds (a bigger commit would be a long task). */
const STEP_MAX = 800;

/** Reads the remembered view, storing `view` first when given; storage may be blocked (private mode, iframes). */
function storedView(view?: BadgeWallView) {
  try {
    if (view) localStorage.setItem(VIEW_KEY, view);
    const value = localStorage.getItem(VIEW_KEY);
    return value === 'grid' || value === 'list' ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A learner's badges: grid or list, search, sort, filter, grouping, every state, and a detail
 * dialog. Works with `username` inside a `BadgesProvider`, with `badges` fetched by the host,
 * and as a frontend-plugin-framework widget (only `username` needed; adapts from a 280 px
 * sidebar to full width with container queries).
 */
export function BadgeWall(props: BadgeWallProps) {
  // Host-fetched mode without a `username`, even inside a provider: the host's own state shows.
  return <IntlFallback>{props.badges === undefined && props.username !== undefined ? <RemoteWall {...props} /> : <WallView {...props} />}</IntlFallback>;
}

function RemoteWall(props: BadgeWallProps) {
  const { username, showProgress } = props;
  const query = useBadges(username);
  // A disabled query still returns what other components cached: read it only when asked to.
  const progress = useBadgeProgress(username, { enabled: Boolean(showProgress && !props.progress) }).data;
  const { data, error } = query;
  return (
    <WallView
      {...props}
      badges={data?.badges}
      problems={data?.problems}
      truncated={data?.truncated}
      isLoading={query.isPending}
      error={data ? (data.error ?? (query.isRefetchError ? error : null)) : error}
      onRetry={() => void query.refetch()}
      progress={props.progress ?? (showProgress ? progress?.progress : undefined)}
    />
  );
}

function WallView(props: BadgeWallProps) {
  const { badges, error, onRetry, expiringSoonDays = 30, showRevoked = false, maxItems, headingLevel = 2 } = props;
  const intl = useIntl();
  const t = intl.formatMessage;
  const l = (key: string) => t(m.label, { key });
  const headingId = useId();
  const root = useRef<HTMLElement>(null);
  const searchBox = useRef<HTMLInputElement>(null);
  const H = `h${headingLevel}` as 'h2';
  const H2 = `h${headingLevel + 1}` as 'h3';

  const [ownView, setOwnView] = useState(() => storedView() ?? props.defaultView ?? 'grid');
  const view = props.view ?? ownView;
  const [query, setQuery] = useState(QUERY);
  const q = useDeferredValue(query);
  const [showAll, setShowAll] = useState(false);
  const [ownOpen, setOwnOpen] = useState<string | null>(null);
  const openId = props.openBadgeId === undefined ? ownOpen : props.openBadgeId;
  const [mountedAt] = useState(Date.now);
  const now = Number(props.now ?? mountedAt);

  const text = useMemo((): CardText => {
    // Formatted once with a placeholder, then filled per card: far cheaper than a message per card.
    const issued = intl.formatMessage(sm.note, { state: 'issued', date: '\0' });
    const format = dateFormatter(intl);
    const chip: CardText['chip'] = {};
    for (const state of ['pending', 'expired', 'expiring', 'revoked']) chip[state] = intl.formatMessage(sm.state, { state });
    return { sep: intl.formatMessage(m.separator), issued: (value) => issued.replace('\0', format(value)), chip };
  }, [intl]);
  const collator = useMemo(() => new Intl.Collator(intl.locale, { sensitivity: 'base', numeric: true }), [intl.locale]);
  const items = useMemo(() => toItems(badges ?? [], now, expiringSoonDays), [badges, now, expiringSoonDays]);
  // Every card stays mounted; search and filters only hide cards (as cheap as toggling an attribute).
  const ordered = useMemo(() => sortItems(filterItems(items, '', QUERY, showRevoked), q.sort, collator), [items, showRevoked, q.sort, collator]);
  const matches = useMemo(() => filterItems(ordered, q.search, q, showRevoked), [ordered, q, showRevoked]);
  const facts = useMemo(() => {
    const providers = new Set<BadgeProvider>();
    const issuers = new Set<string>();
    let courses = false;
    let pending = 0;
    let expiring = 0;
    for (const { badge, state } of items) {
      providers.add(badge.provider);
      issuers.add(badge.issuer.name);
      courses ||= Boolean(badge.course);
      pending += +(state === 'pending');
      expiring += +(state === 'expiring');
    }
    return { providers: [...providers], issuers: [...issuers].sort(collator.compare), courses, pending, expiring };
  }, [items, collator]);

  // Progressive rendering: a first chunk at once, the rest in transitions that yield to input.
  const [limit, setLimit] = useState({ items, count: CHUNK });
  const count = limit.items === items ? limit.count : CHUNK;
  if (limit.items !== items) setLimit({ items, count });
  useEffect(() => {
    if (count >= ordered.length) return;
    const timer = setTimeout(() => startTransition(() => setLimit((old) => ({ items, count: Math.min(old.count * 2, old.count + STEP_MAX) }))), 0);
    return () => clearTimeout(timer);
  }, [count, ordered.length, items]);

  const cap = maxItems !== undefined && !showAll ? Math.min(maxItems, matches.length) : matches.length;
  const visible = useMemo(() => new Set(matches.slice(0, cap).map((item) => item.key)), [matches, cap]);
  const groups = useMemo(() => groupItems(ordered.slice(0, count), q.group, collator), [ordered, count, q.group, collator]);

  // Host callbacks are not dependencies: a new function each render must not re-fire them.
  const last = useRef(q);
  useEffect(() => {
    const prev = last.current;
    if (prev === q) return;
    last.current = q;
    props.onFilterChange?.(q);
    if (prev.search !== q.search) props.onSearch?.(q.search);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q]);
  const openItem = openId ? items.find((item) => item.badge.id === openId || item.key === openId) : undefined;
  const focusCard = (key?: string) => root.current?.querySelectorAll<HTMLElement>('[data-key]').forEach((el) => el.dataset.key === key && el.focus());
  function close() {
    setOwnOpen(null);
    props.onOpenBadgeChange?.(null);
    // A deep-linked badge had no opener: move focus to its card when it is on screen.
    if ((document.activeElement ?? document.body) === document.body) focusCard(openItem?.key);
  }
  // One handler for every card (delegated), so memoised cards need no callback.
  const openFrom = ({ target }: MouseEvent) => {
    const item = items.find((entry) => entry.key === (target as HTMLElement).closest<HTMLElement>('[data-key]')?.dataset.key);
    if (item) {
      setOwnOpen(item.key);
      props.onOpenBadgeChange?.(item.badge.id);
      props.onBadgeOpen?.(item.badge);
    }
  };
  const set = (key: keyof BadgeWallQuery, value: string) => setQuery((old) => ({ ...old, [key]: value }));

  const hasData = badges !== undefined;
  const fatal = !hasData && error;
  const loading = !hasData && props.isLoading;
  const total = ordered.length;
  const filtered = q.search.trim() || q.status !== 'all' || q.provider !== 'all' || q.issuer;
  const problems = hasData && props.problems?.filter((problem) => problem.kind === 'invalid-item').length;
  const next = (props.showProgress ?? true) && hasData ? (props.progress ?? []).filter((entry) => !entry.completed && !entry.earnedBadgeId) : [];
  const retry = onRetry && (
    <button type="button" className="fcb-btn" onClick={onRetry}>
      {t(qm.retry)}
    </button>
  );
  const choices = (values: string[], label = l) => values.map((value) => [value, label(value)]);
  const all = (value: string) => [[value, l('all')]];

  return (
    <section ref={root} className={`fcb-root fcb-wall ${props.className ?? ''}`} aria-labelledby={headingId} aria-busy={loading || undefined}>
      <div className="fcb-wall__bar">
        <H id={headingId}>{props.heading ?? l('heading')}</H>
        <div className="fcb-wall__views" role="group" aria-label={l('view')}>
          {(['grid', 'list'] as const).map((name) => (
            <button
              key={name}
              type="button"
              className="fcb-btn"
              aria-pressed={view === name}
              onClick={() => {
                setOwnView(name);
                storedView(name);
                props.onViewChange?.(name);
              }}
            >
              {l(name)}
            </button>
          ))}
        </div>
      </div>
      {total > 0 && (
        <div className="fcb-wall__bar">
          <label className="fcb-wall__field fcb-wall__search">
            <span>{l('search')}</span>
            <input ref={searchBox} type="search" value={query.search} onChange={(event) => set('search', event.target.value)} />
          </label>
          <details>
            <summary>{l('options')}</summary>
            <div className="fcb-wall__bar">
              {(
                [
                  ['sort', choices(['newest', 'oldest', 'name', 'issuer', 'expiring'])],
                  ['status', [...all('all'), ...choices(['active', 'expiring', 'pending', 'expired', ...(showRevoked ? ['revoked'] : [])], (state) => t(sm.state, { state }))]],
                  ['provider', facts.providers.length > 1 && [...all('all'), ...choices(facts.providers, (name) => PROVIDER_NAMES[name as BadgeProvider])]],
                  ['issuer', facts.issuers.length > 1 && [...all(''), ...choices(facts.issuers, String)]],
                  ['group', choices(['none', 'issuer', ...(facts.courses ? ['course'] : [])])],
                ] as const
              ).map(
                ([key, options]) =>
                  options && (
                    <label key={key} className="fcb-wall__field">
                      <span>{l(key)}</span>
                      <select value={query[key]} onChange={(event) => set(key, event.target.value)}>
                        {options.map(([value, label]) => (
                          <option key={value} value={value}>
                            {label}
                          </option>
                        ))}
                      </select>
                    </label>
                  ),
              )}
            </div>
          </details>
        </div>
      )}
      <div className="fcb-wall__status">
        <p role="status">{loading ? t(qm.loading) : total ? t(m.count, { filtered: filtered ? 'yes' : 'no', shown: matches.length, total, ...facts }) : ''}</p>
        {problems ? <p>{t(m.notice, { kind: 'problems', count: problems })}</p> : null}
        {hasData && props.truncated && <p>{t(m.notice, { kind: 'truncated', count: items.length })}</p>}
      </div>
      {hasData && error && (
        <div className="fcb-state" role="alert">
          <p>{t(m.notice, { kind: 'partial' })}</p>
          {retry}
        </div>
      )}
      {fatal || (hasData && !total) ? (
        <QueryState error={fatal} onRetry={onRetry} signInUrl={props.signInUrl} emptyTitle={l('empty')} findCourseUrl={props.findCourseUrl} />
      ) : !hasData ? (
        <ul className="fcb-wall__list" data-view={view} aria-hidden="true">
          {Array.from({ length: Math.min(maxItems ?? 6, 6) }, (_, index) => (
            <li key={index} className="fcb-card fcb-card--skeleton">
              <span className="fcb-img fcb-img--empty fcb-card__img" />
              <span className="fcb-card__bar" />
            </li>
          ))}
        </ul>
      ) : (
        <>
          {!matches.length && (
            <div className="fcb-state">
              <p>{t(m.noMatch)}</p>
              <button
                type="button"
                className="fcb-btn"
                onClick={() => {
                  setQuery((old) => ({ ...QUERY, sort: old.sort, group: old.group }));
                  // This button goes away with the filters: focus goes where the learner searches again.
                  searchBox.current?.focus();
                }}
              >
                {l('clear')}
              </button>
            </div>
          )}
          {groups.map((entry) => {
            const list = (
              // Clicks (and Enter/Space) come from the card buttons inside.
              // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
              <ul key="" className="fcb-wall__list" data-view={view} onClick={openFrom}>
                {entry.items.map((item) => (
                  <Card key={item.key} item={item} text={text} hidden={!visible.has(item.key)} />
                ))}
              </ul>
            );
            return q.group === 'none' ? (
              list
            ) : (
              <section key={entry.key} className="fcb-wall__group" hidden={!entry.items.some((item) => visible.has(item.key))}>
                <H2>{entry.label ?? l('rest')}</H2>
                {list}
              </section>
            );
          })}
          {cap < matches.length && (
            <button
              type="button"
              className="fcb-btn"
              onClick={() => {
                // This button goes away: focus moves to the first card it revealed.
                flushSync(() => setShowAll(true));
                focusCard(matches[cap]?.key);
              }}
            >
              {t(m.showAll, { count: matches.length })}
            </button>
          )}
        </>
      )}
      {next.length > 0 && (
        <section className="fcb-wall__group">
          <H2>{l('next')}</H2>
          <ul className="fcb-wall__list" data-view="list">
            {next.map(({ template, ratio }) => {
              const percent = t(m.progress, { percent: ratio });
              return (
                <li key={`${template.provider}:${template.id}`} className="fcb-card fcb-card--next">
                  <BadgeImage className="fcb-card__img" src={template.imageUrl} size={72} alt="" />
                  <span className="fcb-card__name">{template.name}</span>
                  <span className="fcb-card__meta">{template.issuer?.name}</span>
                  <span role="progressbar" className="fcb-meter" aria-label={template.name} aria-valuenow={Math.round(ratio * 100)} aria-valuetext={percent}>
                    <span style={{ inlineSize: `${ratio * 100}%` }} />
                  </span>
                  <span className="fcb-card__meta">{percent}</span>
                  {safeHttpUrl(template.course?.url) && <a href={safeHttpUrl(template.course?.url)}>{t(m.continueCourse, { name: template.course?.name ?? template.name })}</a>}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <BadgeDetail badge={openItem?.badge} onClose={close} renderShare={props.renderShare} now={now} expiringSoonDays={expiringSoonDays} />
    </section>
  );
}

/** Strings and formatters every card needs, made once per wall rather than once per card. */
interface CardText {
  sep: string;
  issued: (value: string) => string;
  chip: Partial<Record<string, string>>;
}

interface CardProps {
  item: WallItem;
  text: CardText;
}

/** A card's list item; only `hidden` changes on search, so its content is memoised apart. */
const Card = /* @__PURE__ */ memo(function Card({ item, text, hidden }: CardProps & { hidden: boolean }) {
  return (
    <li className="fcb-card" data-state={item.state} hidden={hidden}>
      <CardBody item={item} text={text} />
    </li>
  );
});

const CardBody = /* @__PURE__ */ memo(function CardBody({ item, text }: CardProps) {
  const { badge, state } = item;
  const date = badge.issuedAt && text.issued(badge.issuedAt);
  const chip = text.chip[state];
  // The button is named by its content; hidden separators make it read "name, issuer, date, state".
  const sep = <span className="fcb-visually-hidden">{text.sep}</span>;
  return (
    <>
      <button type="button" className="fcb-card__open" data-key={item.key}>
        <BadgeImage className="fcb-card__img" src={badge.imageUrl} size={72} alt="" />
        <span className="fcb-card__text">
          <span className="fcb-card__name">
            {badge.name}
            {sep}
          </span>
          <span className="fcb-card__meta">
            {badge.issuer.name}
            {(date || chip) && sep}
          </span>
          {date && (
            <span className="fcb-card__meta">
              {date}
              {chip && sep}
            </span>
          )}
          {chip && (
            <span className="fcb-chip" data-state={state}>
              {chip}
            </span>
          )}
        </span>
      </button>
      {state !== 'active' && <StatusNote badge={badge} state={state} days={item.days} />}
    </>
  );
});
