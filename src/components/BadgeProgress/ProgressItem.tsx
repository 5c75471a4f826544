import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import type { BadgeProgressData } from '../../model/types';
import { BadgeImage } from '../common/BadgeImage';
import { ShareBadgeButton } from '../ShareBadgeButton';
import type { BadgeProgressProps } from './BadgeProgress';
import { messages as m } from './messages';

/** Fulfilled and total groups, and the share (0..1) the meter shows. Groups win over `ratio` when present. */
export function progressCounts({ groups, completed, ratio }: BadgeProgressData) {
  const total = groups.length;
  const done = completed ? total : groups.filter((g) => g.fulfilled).length;
  return { done, total, ratio: completed ? 1 : total ? done / total : Math.min(1, Math.max(0, ratio || 0)) };
}

const ICONS = {
  done: 'M3 8.5l3 3 7-7',
  todo: 'M8 2a6 6 0 1 0 0 12A6 6 0 1 0 8 2',
  skip: 'M4 8h8',
  warn: 'M8 2l6.5 12h-13zM8 7v3M8 12v1',
};

const icon = (d: keyof typeof ICONS) => (
  <svg className="fcb-progress__icon" viewBox="0 0 16 16" aria-hidden="true">
    <path d={ICONS[d]} />
  </svg>
);

/**
 * One badge's progress: a card with its checklist (full), a disclosure row (full, in a list) or
 * a single line with a small meter (compact).
 */
export function ProgressItem({ data, props, collapsible }: { data: BadgeProgressData; props: BadgeProgressProps; collapsible?: boolean }) {
  const intl = useIntl();
  const t = intl.formatMessage;
  const [open, setOpen] = useState(false);
  const id = useId();
  const { template, completed, groups } = data;
  const { name } = template;
  const compact = props.variant === 'compact';
  const met = new Set(groups.flatMap((g) => g.requirements.filter((r) => r.fulfilled).map((r) => r.id)));
  // A reset still matters while one of its requirements is not met again.
  const resets = completed ? [] : data.resets.filter((r) => r.requirementIds.some((req) => !met.has(req)));
  const { done, total, ratio } = progressCounts(data);
  const percent = intl.formatNumber(ratio, { style: 'percent' });
  const text = t(m.done, { done, total, percent });
  const next = completed ? -1 : groups.findIndex((g) => !g.fulfilled);
  const earned =
    completed &&
    props.earnedBadges?.find((b) => b.provider === template.provider && (data.earnedBadgeId ? b.id === data.earnedBadgeId : b.templateId === template.id));
  const Heading = compact ? 'span' : (`h${props.headingLevel ?? 3}` as const);
  const show = !collapsible || open;
  return (
    <article className="fcb-progress__item" data-state={completed ? 'earned' : resets.length ? 'regressed' : ratio ? 'in-progress' : 'not-started'}>
      <div className="fcb-progress__head">
        <BadgeImage src={template.imageUrl} size={compact ? 32 : 64} alt={t(m.image, { name, earned: completed })} />
        <div className="fcb-progress__body">
          <Heading className="fcb-progress__name" dir="auto">
            {name}
          </Heading>
          {!compact && template.description && (
            <p className="fcb-note" dir="auto">
              {template.description}
            </p>
          )}
          <div className="fcb-progress__meter">
            <div
              role="progressbar"
              aria-label={t(m.meter, { name })}
              aria-valuemin={0}
              aria-valuemax={total || 100}
              aria-valuenow={total ? done : Math.round(ratio * 100)}
              aria-valuetext={text}
            >
              <span style={{ inlineSize: `${ratio * 100}%` }} />
            </div>
            {/* The progressbar already announces this text. */}
            <span className="fcb-note" aria-hidden="true">
              {compact ? percent : text}
            </span>
          </div>
        </div>
      </div>
      {!compact && (
        <>
          {resets.map((reset, i) => (
            <p key={i} className="fcb-progress__warn">
              {icon('warn')}
              <span>
                {t(m.regressed, {
                  hasDate: !!reset.occurredAt,
                  // Formatted here: a default message would format in the default locale.
                  date: reset.occurredAt && intl.formatDate(reset.occurredAt, { dateStyle: 'long' }),
                  hasReason: !!reset.reason,
                  reason: <bdi>{reset.reason?.trim().replace(/[.!]+$/, '')}</bdi>,
                  count: reset.requirementIds.length,
                })}
              </span>
            </p>
          ))}
          {completed && (
            <div className="fcb-progress__cheer">
              <b>{t(m.earned)}</b>
              <span>{t(m.cheer, { issued: !!earned })}</span>
              {earned && (props.renderShare ?? ((badge) => <ShareBadgeButton badge={badge} />))(earned)}
            </div>
          )}
          {collapsible && groups.length > 0 && (
            <button type="button" className="fcb-btn" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
              {t(m.toggle, { name })}
            </button>
          )}
          {show && groups.length > 0 && (
            <>
              {groups.length > 1 && <b id={`${id}l`}>{t(m.allOf)}</b>}
              <ol id={id} className="fcb-progress__list" aria-labelledby={groups.length > 1 ? `${id}l` : undefined}>
                {groups.map((group, gi) => {
                  const anyOf = group.requirements.length > 1 ? `${id}g${gi}` : undefined;
                  return (
                    <li key={group.id} className="fcb-progress__group" data-next={gi === next || undefined}>
                      {gi === next && <strong className="fcb-chip">{t(m.next)}</strong>}
                      {anyOf && <b id={anyOf}>{t(m.anyOf)}</b>}
                      <ul aria-labelledby={anyOf}>
                        {group.requirements.map((req) => {
                          const mark = req.fulfilled ? 'done' : group.fulfilled ? 'skip' : 'todo';
                          return (
                            <li key={req.id} className="fcb-progress__req" data-state={mark}>
                              {icon(mark)}
                              <span className="fcb-visually-hidden">{t(m.mark, { mark })} </span>
                              {req.url ? (
                                <a href={req.url} dir="auto" onClick={(event) => props.onRequirementClick?.(req, data, event)}>
                                  {req.description}
                                </a>
                              ) : (
                                <bdi>{req.description}</bdi>
                              )}
                              {!req.fulfilled && resets.some((r) => r.requirementIds.includes(req.id)) && (
                                <span className="fcb-progress__warn">
                                  {icon('warn')}
                                  {t(m.reset)}
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
            </>
          )}
        </>
      )}
    </article>
  );
}
