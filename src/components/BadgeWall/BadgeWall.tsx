import './BadgeWall.css';
import { memo, startTransition, useCallback, useDeferredValue, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { Badge, BadgeProblem, BadgeProgressData, BadgeProvider } from '../../model/types';
import { isBadgesRequestError } from '../../model/errors';
import { useBadgeProgress, useBadges } from '../../query/hooks';
import { useOptionalBadgesClient } from '../../query/BadgesProvider';
import { BadgeDetail } from '../BadgeDetail/BadgeDetail';
import { BadgeImage } from '../common/BadgeImage';
import { PROVIDER_NAMES, type BadgeDisplayState } from '../common/badgeState';
import { badgeDateFormatter } from '../common/formatDate';
import { IntlFallback } from '../common/IntlFallback';
import { statusMessages } from '../common/messages';
import { StatusNote } from '../common/StatusNote';
import { messages } from './messages';
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
  /** Progress toward badges, shown greyed after the earned ones ("next up"). */
  progress?: BadgeProgressData[];
  /** In `username` mode, also load and show progress ("next up"). @default false */
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
const ALL: WallFilters = { status: 'all', provider: 'all', issuer: '' };
/** Cards committed at once; the rest follow in transitions, doubling each step, so no commit blocks long. */
const CHUNK = 150;
/** Largest number of cards one step adds (a bigger commit would be a long task). */
const STEP_MAX = 800;

function readView(): BadgeWallView | undefined {
  try {
    const value = window.localStorage.getItem(VIEW_KEY);
    return value === 'grid' || value === 'list' ? value : undefined;
  } catch {
    return undefined;
  }
}

function saveView(view: BadgeWallView) {
  try {
    window.localStorage.setItem(VIEW_KEY, view);
  } catch {
    // Storage can be full or blocked (private mode, iframes): the choice lasts for the session.
  }
}

/**
 * A learner's badges: grid or list, search, sort, filter, grouping, every state, and a detail
 * dialog. Works with `username` inside a `BadgesProvider`, with `badges` fetched by the host,
 * and as a frontend-plugin-framework widget (only `username` needed; adapts from a 280 px
 * sidebar to full width with container queries).
 */
export function BadgeWall(props: BadgeWallProps) {
  const client = useOptionalBadgesClient();
  return <IntlFallback>{props.badges === undefined && (props.username !== undefined || client) ? <RemoteWall {...props} /> : <WallView {...props} />}</IntlFallback>;
}

function RemoteWall(props: BadgeWallProps) {
  const query = useBadges(props.username);
  const progress = useBadgeProgress(props.username, { enabled: Boolean(props.showProgress) && !props.progress });
  const data = query.data;
  return (
    <WallView
      {...props}
      badges={data?.badges}
      problems={data?.problems}
      truncated={data?.truncated}
      isLoading={query.isPending}
      error={data ? (data.error ?? (query.isRefetchError ? query.error : undefined)) : query.error}
      onRetry={() => void query.refetch()}
      progress={props.progress ?? progress.data?.progress}
    />
  );
}

function WallView(props: BadgeWallProps) {
  const { badges, isLoading, error, onRetry, expiringSoonDays = 30, showRevoked = false, maxItems, headingLevel = 2, onFilterChange, onSearch } = props;
  const intl = useIntl();
  const headingId = useId();
  const root = useRef<HTMLElement>(null);
  const H = `h${headingLevel}` as 'h2';
  const H2 = `h${headingLevel + 1}` as 'h3';

  const [ownView, setOwnView] = useState<BadgeWallView>(() => readView() ?? props.defaultView ?? 'grid');
  const view = props.view ?? ownView;
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<WallSort>('newest');
  const [group, setGroup] = useState<WallGroup>('none');
  const [filters, setFilters] = useState<WallFilters>({ status: 'all', provider: 'all', issuer: '' });
  const [showAll, setShowAll] = useState(false);
  const [ownOpen, setOwnOpen] = useState<string | null>(null);
  const openId = props.openBadgeId === undefined ? ownOpen : props.openBadgeId;
  const deferredSearch = useDeferredValue(search);
  const [mountedAt] = useState(() => Date.now());
  const now = Number(props.now ?? mountedAt);

  const text = useMemo((): CardText => {
    // Formatted once with a placeholder, then filled per card: far cheaper than a message per card.
    const issued = intl.formatMessage(statusMessages.issuedOn, { date: '\u0000' });
    const format = badgeDateFormatter(intl);
    return {
      sep: intl.formatMessage(messages.separator),
      issued: (value) => issued.replace('\u0000', format(value)),
      chip: { pending: intl.formatMessage(statusMessages.pending), expired: intl.formatMessage(statusMessages.expired), expiring: intl.formatMessage(statusMessages.expiring), revoked: intl.formatMessage(statusMessages.revoked) },
    };
  }, [intl]);
  const collator = useMemo(() => new Intl.Collator(intl.locale, { sensitivity: 'base', numeric: true }), [intl.locale]);
  const items = useMemo(() => toItems(badges ?? [], now, expiringSoonDays), [badges, now, expiringSoonDays]);
  // Every card stays mounted; search and filters only hide cards (as cheap as toggling an attribute).
  const ordered = useMemo(() => sortItems(filterItems(items, '', ALL, showRevoked), sort, collator), [items, showRevoked, sort, collator]);
  const matches = useMemo(() => filterItems(ordered, deferredSearch, filters, showRevoked), [ordered, deferredSearch, filters, showRevoked]);
  const visibleTotal = useMemo(() => (showRevoked ? items.length : items.filter((item) => item.state !== 'revoked').length), [items, showRevoked]);
  const options = useMemo(() => {
    const providers = new Set<BadgeProvider>();
    const issuers = new Set<string>();
    let courses = false;
    let pending = 0;
    let expiring = 0;
    for (const { badge, state } of items) {
      providers.add(badge.provider);
      issuers.add(badge.issuer.name);
      courses ||= Boolean(badge.course);
      if (state === 'pending') pending += 1;
      if (state === 'expiring') expiring += 1;
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
  const groups = useMemo(() => groupItems(ordered.slice(0, count), group, collator), [ordered, count, group, collator]);

  const isFirstQuery = useRef(true);
  useEffect(() => {
    if (isFirstQuery.current) {
      isFirstQuery.current = false;
      return;
    }
    onFilterChange?.({ search: deferredSearch, sort, group, ...filters });
    // Host callbacks are not dependencies: a new function each render must not re-fire them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [deferredSearch, sort, group, filters]);
  const lastSearch = useRef('');
  useEffect(() => {
    if (deferredSearch === lastSearch.current) return;
    lastSearch.current = deferredSearch;
    onSearch?.(deferredSearch);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [deferredSearch]);

  const openItem = openId ? items.find((item) => item.badge.id === openId || item.key === openId) : undefined;

  function changeView(next: BadgeWallView) {
    setOwnView(next);
    saveView(next);
    props.onViewChange?.(next);
  }
  const hostOpen = useRef<BadgeWallProps['onBadgeOpen']>(undefined);
  useEffect(() => {
    hostOpen.current = (badge) => {
      props.onOpenBadgeChange?.(badge.id);
      props.onBadgeOpen?.(badge);
    };
  });
  // Stable, so memoised cards do not re-render when the wall does.
  const open = useCallback((badge: Badge) => {
    setOwnOpen(badge.id);
    hostOpen.current?.(badge);
  }, []);
  function close() {
    const key = openItem?.key;
    setOwnOpen(null);
    props.onOpenBadgeChange?.(null);
    // A deep-linked badge had no opener: move focus to its card when it is on screen.
    if (key && (document.activeElement === document.body || !document.activeElement)) {
      root.current?.querySelectorAll<HTMLElement>('[data-key]').forEach((el) => el.dataset.key === key && el.focus());
    }
  }
  function setFilter<K extends keyof WallFilters>(key: K, value: WallFilters[K]) {
    setFilters((old) => ({ ...old, [key]: value }));
  }
  function clear() {
    setSearch('');
    setFilters({ status: 'all', provider: 'all', issuer: '' });
  }

  const filtered = deferredSearch.trim() !== '' || filters.status !== 'all' || filters.provider !== 'all' || filters.issuer !== '';
  const hasData = badges !== undefined;
  const fatal = !hasData && error;
  const problemCount = (props.problems ?? []).filter((problem) => problem.kind === 'invalid-item').length;

  let body: ReactNode;
  if (fatal) {
    const errorKind = isBadgesRequestError(error) ? (error.kind === 'timeout' ? 'network' : error.kind) : '';
    const kind = (`error.${errorKind}` in messages ? `error.${errorKind}` : 'error.other') as keyof typeof messages;
    body = (
      <div className="fcb-wall__message" role="alert">
        <p>{intl.formatMessage(messages[kind])}</p>
        {kind === 'error.unauthorized' && props.signInUrl && (
          <a className="fcb-btn fcb-btn--primary" href={props.signInUrl}>
            {intl.formatMessage(messages.signIn)}
          </a>
        )}
        {onRetry && (
          <button type="button" className="fcb-btn" onClick={onRetry}>
            {intl.formatMessage(messages.retry)}
          </button>
        )}
      </div>
    );
  } else if (!hasData) {
    body = (
      <ul className="fcb-wall__list" data-view={view} aria-hidden="true">
        {Array.from({ length: Math.min(maxItems ?? 6, 6) }, (_, index) => (
          <li key={index} className="fcb-card fcb-card--skeleton">
            <span className="fcb-card__open">
              <span className="fcb-img fcb-img--empty fcb-card__img" />
              <span className="fcb-card__bar" />
              <span className="fcb-card__bar" />
            </span>
          </li>
        ))}
      </ul>
    );
  } else if (visibleTotal === 0) {
    body = (
      <div className="fcb-wall__message">
        <p className="fcb-wall__title">{intl.formatMessage(messages.emptyTitle)}</p>
        <p>{intl.formatMessage(messages.emptyBody)}</p>
        {props.findCourseUrl && (
          <a className="fcb-btn fcb-btn--primary" href={props.findCourseUrl}>
            {intl.formatMessage(messages.findCourse)}
          </a>
        )}
      </div>
    );
  } else {
    body = (
      <>
        {matches.length === 0 && (
          <div className="fcb-wall__message">
            <p>{intl.formatMessage(messages.noMatch)}</p>
            <button type="button" className="fcb-btn" onClick={clear}>
              {intl.formatMessage(messages.clear)}
            </button>
          </div>
        )}
        {groups.map((entry) => {
          const list = (
            <ul className="fcb-wall__list" data-view={view}>
              {entry.items.map((item) => (
                <Card key={item.key} item={item} onOpen={open} text={text} hidden={!visible.has(item.key)} />
              ))}
            </ul>
          );
          return group === 'none' ? (
            <div key="all">{list}</div>
          ) : (
            <section key={entry.key} className="fcb-wall__group" hidden={!entry.items.some((item) => visible.has(item.key))}>
              <H2>{entry.label ?? intl.formatMessage(messages.otherCourse)}</H2>
              {list}
            </section>
          );
        })}
        {cap < matches.length && (
          <button type="button" className="fcb-btn fcb-wall__more" onClick={() => setShowAll(true)}>
            {intl.formatMessage(messages.showAll, { count: matches.length })}
          </button>
        )}
      </>
    );
  }

  const select = (label: ReactNode, value: string, onChange: (value: string) => void, choices: [string, string][]) => (
    <label className="fcb-wall__field">
      <span>{label}</span>
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {choices.map(([key, text]) => (
          <option key={key} value={key}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
  const m = (descriptor: (typeof messages)['all']) => intl.formatMessage(descriptor);
  const statusChoices: [string, string][] = [
    ['all', m(messages.all)],
    ['active', m(messages.active)],
    ['expiring', intl.formatMessage(statusMessages.expiring)],
    ['pending', intl.formatMessage(statusMessages.pending)],
    ['expired', intl.formatMessage(statusMessages.expired)],
  ];
  if (showRevoked) statusChoices.push(['revoked', intl.formatMessage(statusMessages.revoked)]);

  return (
    <section ref={root} className={`fcb-root fcb-wall ${props.className ?? ''}`} aria-labelledby={headingId} aria-busy={(!hasData && isLoading) || undefined}>
      <div className="fcb-wall__head">
        <H id={headingId} className="fcb-wall__heading">
          {props.heading ?? m(messages.heading)}
        </H>
        <div className="fcb-wall__views" role="group" aria-label={m(messages.view)}>
          {(['grid', 'list'] as const).map((name) => (
            <button key={name} type="button" className="fcb-btn" aria-pressed={view === name} onClick={() => changeView(name)}>
              {m(messages[name])}
            </button>
          ))}
        </div>
      </div>
      {hasData && visibleTotal > 0 && (
        <div className="fcb-wall__tools">
          <label className="fcb-wall__field fcb-wall__search">
            <span>{m(messages.search)}</span>
            <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
          </label>
          <details className="fcb-wall__options">
            <summary>{m(messages.options)}</summary>
            <div className="fcb-wall__fields">
              {select(m(messages.sort), sort, (value) => setSort(value as WallSort), [
                ['newest', m(messages.sortNewest)],
                ['oldest', m(messages.sortOldest)],
                ['name', m(messages.sortName)],
                ['issuer', m(messages.issuer)],
                ['expiring', m(messages.sortExpiring)],
              ])}
              {select(m(messages.status), filters.status, (value) => setFilter('status', value as BadgeDisplayState), statusChoices)}
              {options.providers.length > 1 &&
                select(m(messages.provider), filters.provider, (value) => setFilter('provider', value as BadgeProvider), [
                  ['all', m(messages.all)],
                  ...options.providers.map((name): [string, string] => [name, PROVIDER_NAMES[name]]),
                ])}
              {options.issuers.length > 1 && select(m(messages.issuer), filters.issuer, (value) => setFilter('issuer', value), [['', m(messages.all)], ...options.issuers.map((name): [string, string] => [name, name])])}
              {select(m(messages.group), group, (value) => setGroup(value as WallGroup), [
                ['none', m(messages.groupNone)],
                ['issuer', m(messages.issuer)],
                ...(options.courses ? [['course', m(messages.course)] as [string, string]] : []),
              ])}
            </div>
          </details>
        </div>
      )}
      <div className="fcb-wall__status">
        <p role="status">
          {!hasData && isLoading
            ? m(messages.loading)
            : hasData && visibleTotal > 0
              ? filtered
                ? intl.formatMessage(messages.showing, { shown: matches.length, total: visibleTotal })
                : intl.formatMessage(messages.summary, { total: visibleTotal, pending: options.pending, expiring: options.expiring })
              : ''}
        </p>
        {hasData && problemCount > 0 && <p>{intl.formatMessage(messages.problems, { count: problemCount })}</p>}
        {hasData && props.truncated && <p>{intl.formatMessage(messages.truncated, { count: items.length })}</p>}
      </div>
      {hasData && error && (
        <div className="fcb-wall__notice" role="alert">
          <p>{m(messages.partial)}</p>
          {onRetry && (
            <button type="button" className="fcb-btn" onClick={onRetry}>
              {m(messages.retry)}
            </button>
          )}
        </div>
      )}
      {body}
      {hasData && !fatal && <NextUp progress={props.progress} Heading={H2} />}
      <BadgeDetail badge={openItem?.badge} onClose={close} renderShare={props.renderShare} now={now} expiringSoonDays={expiringSoonDays} />
    </section>
  );
}

/** Strings and formatters every card needs, made once per wall rather than once per card. */
interface CardText {
  sep: string;
  issued: (value: string) => string;
  chip: Record<Exclude<BadgeDisplayState, 'active'>, string>;
}

interface CardProps {
  item: WallItem;
  onOpen: (badge: Badge) => void;
  text: CardText;
}

/** A card's list item; only `hidden` changes on search, so its content is memoised apart. */
const Card = memo(function Card({ item, onOpen, text, hidden }: CardProps & { hidden: boolean }) {
  return (
    <li className="fcb-card" data-state={item.state} hidden={hidden}>
      <CardBody item={item} onOpen={onOpen} text={text} />
    </li>
  );
});

const CardBody = memo(function CardBody({ item, onOpen, text }: CardProps) {
  const { badge, state } = item;
  const date = badge.issuedAt ? text.issued(badge.issuedAt) : '';
  const chip = state === 'active' ? '' : text.chip[state];
  // The button is named by its content; hidden separators make it read "name, issuer, date, state".
  const sep = <span className="fcb-visually-hidden">{text.sep}</span>;
  return (
    <>
      <button type="button" className="fcb-card__open" data-key={item.key} onClick={() => onOpen(badge)}>
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

function NextUp({ progress, Heading }: { progress?: BadgeProgressData[]; Heading: 'h3' }) {
  const intl = useIntl();
  const next = (progress ?? []).filter((entry) => !entry.completed && !entry.earnedBadgeId);
  if (next.length === 0) return null;
  return (
    <section className="fcb-wall__group">
      <Heading>{intl.formatMessage(messages.nextUp)}</Heading>
      <ul className="fcb-wall__list" data-view="list">
        {next.map(({ template, ratio }) => {
          const text = intl.formatMessage(messages.progress, { percent: ratio });
          return (
            <li key={`${template.provider}:${template.id}`} className="fcb-card fcb-card--next">
              <span className="fcb-card__open">
                <BadgeImage className="fcb-card__img" src={template.imageUrl} size={72} alt="" />
                <span className="fcb-card__text">
                  <span className="fcb-card__name">{template.name}</span>
                  {template.issuer && <span className="fcb-card__meta">{template.issuer.name}</span>}
                  <span role="progressbar" className="fcb-meter" aria-label={template.name} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(ratio * 100)} aria-valuetext={text}>
                    <span style={{ inlineSize: `${ratio * 100}%` }} />
                  </span>
                  <span className="fcb-card__meta">{text}</span>
                  {template.course?.url && (
                    <a href={template.course.url}>{intl.formatMessage(messages.continueCourse, { name: template.course.name ?? template.name })}</a>
                  )}
                </span>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
