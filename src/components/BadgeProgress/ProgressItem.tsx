import { useId, useState, type MouseEvent, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { Badge, BadgeProgressData, BadgeRequirement } from '../../model/types';
import { messages as m } from './messages';
import { activeResets, itemState, progressCounts } from './utils';

/** What an item needs from the component's props. */
export interface ProgressItemOptions {
  variant: 'full' | 'compact';
  headingLevel: 2 | 3 | 4 | 5 | 6;
  earnedBadge?: Badge;
  renderShare?: (badge: Badge) => ReactNode;
  onRequirementClick?: (requirement: BadgeRequirement, progress: BadgeProgressData, event: MouseEvent<HTMLAnchorElement>) => void;
}

const ICONS = {
  done: 'M3 8.5l3 3 7-7',
  todo: 'M8 2a6 6 0 1 0 0 12A6 6 0 1 0 8 2',
  skip: 'M4 8h8',
  lock: 'M5 7V5a3 3 0 0 1 6 0v2M3.5 7h9v7h-9z',
  warn: 'M8 2l6.5 12h-13zM8 7v3M8 12v.5',
};

function Icon({ name }: { name: keyof typeof ICONS }) {
  return (
    <svg className="fcb-progress__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={ICONS[name]} />
    </svg>
  );
}

function Meter({ data, compact }: { data: BadgeProgressData; compact: boolean }) {
  const intl = useIntl();
  const { done, total, ratio } = progressCounts(data);
  const percent = intl.formatNumber(ratio, { style: 'percent' });
  const text = total ? intl.formatMessage(m.groupsDone, { done, total }) : intl.formatMessage(m.percentDone, { percent });
  return (
    <div className="fcb-progress__meter">
      <div
        role="progressbar"
        className="fcb-progress__bar"
        aria-label={intl.formatMessage(m.meterLabel, { name: data.template.name })}
        aria-valuemin={0}
        aria-valuemax={total || 100}
        aria-valuenow={total ? done : Math.round(ratio * 100)}
        aria-valuetext={text}
      >
        <span className="fcb-progress__fill" style={{ inlineSize: `${ratio * 100}%` }} />
      </div>
      {/* The progressbar already announces this text. */}
      <span className="fcb-progress__value" aria-hidden="true">
        {compact ? percent : text}
      </span>
    </div>
  );
}

function Checklist({ data, options }: { data: BadgeProgressData; options: ProgressItemOptions }) {
  const intl = useIntl();
  const idBase = useId();
  const resetIds = new Set(activeResets(data).flatMap((r) => r.requirementIds));
  const next = data.completed ? -1 : data.groups.findIndex((g) => !g.fulfilled);
  const many = data.groups.length > 1;
  const label = `${idBase}l`;
  return (
    <div className="fcb-progress__checklist">
      <p id={label} className="fcb-progress__label">
        {intl.formatMessage(many ? m.allOf : m.requirements)}
      </p>
      <ol className="fcb-progress__groups" aria-labelledby={label}>
        {data.groups.map((group, gi) => {
          const anyOf = group.requirements.length > 1;
          const groupLabel = `${idBase}g${gi}`;
          return (
            <li key={group.id} className="fcb-progress__group" data-state={group.fulfilled ? 'done' : 'todo'} data-next={gi === next || undefined}>
              {gi === next && <strong className="fcb-progress__next">{intl.formatMessage(m.nextStep)}</strong>}
              {anyOf && (
                <p id={groupLabel} className="fcb-progress__label">
                  {intl.formatMessage(m.anyOf)}
                </p>
              )}
              <ul className="fcb-progress__reqs" aria-labelledby={anyOf ? groupLabel : undefined}>
                {group.requirements.map((req) => {
                  const mark = req.fulfilled ? 'done' : group.fulfilled ? 'skip' : 'todo';
                  return (
                    <li key={req.id} className="fcb-progress__req" data-state={mark}>
                      <Icon name={mark} />
                      <span className="fcb-visually-hidden">{intl.formatMessage(mark === 'done' ? m.done : mark === 'skip' ? m.notNeeded : m.todo)} </span>
                      {req.url ? (
                        <a href={req.url} dir="auto" onClick={(event) => options.onRequirementClick?.(req, data, event)}>
                          {req.description}
                        </a>
                      ) : (
                        <span dir="auto">{req.description}</span>
                      )}
                      {!req.fulfilled && resetIds.has(req.id) && (
                        <span className="fcb-progress__tag">
                          <Icon name="warn" />
                          {intl.formatMessage(m.wasReset)}
                        </span>
                      )}
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

function Regression({ data }: { data: BadgeProgressData }) {
  const intl = useIntl();
  return (
    <>
      {activeResets(data).map((reset, i) => (
        <p key={i} className="fcb-progress__notice">
          <Icon name="warn" />
          <span>
            {intl.formatMessage(m.regressed, {
              hasDate: reset.occurredAt ? 'yes' : 'no',
              date: reset.occurredAt ? intl.formatDate(reset.occurredAt, { year: 'numeric', month: 'long', day: 'numeric' }) : '',
              hasReason: reset.reason ? 'yes' : 'no',
              reason: <bdi>{reset.reason?.trim().replace(/[.!]+$/, '')}</bdi>,
              count: reset.requirementIds.length,
            })}
          </span>
        </p>
      ))}
    </>
  );
}

function Celebration({ data, options }: { data: BadgeProgressData; options: ProgressItemOptions }) {
  const intl = useIntl();
  const { earnedBadge, renderShare } = options;
  const name = data.template.name;
  return (
    <div className="fcb-progress__celebrate">
      <p className="fcb-progress__cheer">{intl.formatMessage(m.earnedTitle)}</p>
      <p>{intl.formatMessage(earnedBadge ? m.earnedShare : m.earnedWaiting, { name })}</p>
      {earnedBadge && renderShare?.(earnedBadge)}
    </div>
  );
}

/** One badge's progress: a card (full), a disclosure row (full, in a list) or a single line (compact). */
export function ProgressItem({ data, options, collapsible }: { data: BadgeProgressData; options: ProgressItemOptions; collapsible: boolean }) {
  const intl = useIntl();
  const [open, setOpen] = useState(false);
  const panel = useId();
  const { template } = data;
  const compact = options.variant === 'compact';
  const Heading = compact ? 'span' : (`h${options.headingLevel}` as const);
  const alt = intl.formatMessage(data.completed ? m.imageEarned : m.imageLocked, { name: template.name });
  const showDetails = !collapsible || open;
  return (
    <article className="fcb-progress__item" data-state={itemState(data)} data-variant={options.variant} aria-label={compact ? undefined : template.name}>
      <div className="fcb-progress__head">
        <span className="fcb-progress__media" data-locked={!data.completed || undefined}>
          {template.imageUrl ? <img className="fcb-progress__img" src={template.imageUrl} alt={alt} /> : <span className="fcb-visually-hidden">{alt}</span>}
          {!data.completed && <Icon name="lock" />}
        </span>
        <div className="fcb-progress__body">
          <Heading className="fcb-progress__name" dir="auto">{template.name}</Heading>
          {!compact && template.description && <p className="fcb-progress__desc" dir="auto">{template.description}</p>}
          <Meter data={data} compact={compact} />
        </div>
      </div>
      {!compact && (
        <>
          <Regression data={data} />
          {data.completed && <Celebration data={data} options={options} />}
          {collapsible && data.groups.length > 0 && (
            <button
              type="button"
              className="fcb-progress__toggle"
              aria-expanded={open}
              aria-controls={panel}
              aria-label={intl.formatMessage(m.toggle, { name: template.name })}
              onClick={() => setOpen(!open)}
            >
              {intl.formatMessage(m.requirements)}
            </button>
          )}
          <div id={panel} hidden={!showDetails}>
            {showDetails && data.groups.length > 0 && <Checklist data={data} options={options} />}
          </div>
        </>
      )}
    </article>
  );
}
