import './BadgeDetail.css';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { Badge } from '../../model/types';
import { BadgeImage } from '../common/BadgeImage';
import { badgeDisplayState } from '../common/badgeState';
import { formatBadgeDate } from '../common/formatDate';
import { IntlFallback } from '../common/IntlFallback';
import { statusMessages } from '../common/messages';
import { StatusNote } from '../common/StatusNote';
import { DEFAULT_SHARE_TARGETS, ShareBadgeButton } from '../ShareBadgeButton';
import { downloadImage } from './download';
import { messages } from './messages';

/** Props of {@link BadgeDetail}. */
export interface BadgeDetailProps {
  /** The badge to show; the dialog is open while this is set. */
  badge: Badge | null | undefined;
  /** Called when the learner closes the dialog (close button, Escape, backdrop click). */
  onClose: () => void;
  /**
   * Renders the share action for the badge. Defaults to `ShareBadgeButton` (without its download
   * action, which the detail view has already); `null` shows no share action.
   */
  renderShare?: ((badge: Badge) => ReactNode) | null;
  /** The clock for expiry, injectable for tests and stories. @default Date.now() */
  now?: Date | number;
  /** Days before expiry from which a warning shows. @default 30 */
  expiringSoonDays?: number;
}

/**
 * A badge's full detail in a native modal `<dialog>`: image, name, issuer, dates, state,
 * description, criteria, skills, evidence, alignments, verify link, image download and the
 * share action. Focus is trapped by the modal dialog, Escape closes it, and focus returns to
 * the element that was focused when it opened.
 */
export function BadgeDetail(props: BadgeDetailProps) {
  return (
    <IntlFallback>
      <DetailDialog {...props} />
    </IntlFallback>
  );
}

const SHARE_TARGETS = DEFAULT_SHARE_TARGETS.filter((target) => target !== 'downloadImage');
const defaultShare = (badge: Badge) => <ShareBadgeButton badge={badge} targets={SHARE_TARGETS} />;

function DetailDialog({ badge, onClose, renderShare = defaultShare, now, expiringSoonDays = 30 }: BadgeDetailProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const [mountedAt] = useState(() => Date.now());
  const titleId = useId();
  const open = Boolean(badge);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      // jsdom has no showModal; the attribute keeps content testable there.
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);

  function handleClose() {
    const target = opener.current;
    opener.current = null;
    if (target instanceof HTMLElement && target.isConnected) target.focus();
    if (badge) onClose();
  }

  function requestClose() {
    const dialog = ref.current;
    if (dialog && typeof dialog.close === 'function') dialog.close();
    else handleClose();
  }

  return (
    // Escape closes the dialog natively; the click handler only adds closing on a backdrop click.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
    <dialog
      ref={ref}
      className="fcb-root fcb-detail"
      aria-labelledby={titleId}
      onClose={handleClose}
      onClick={(event) => {
        // A click on the backdrop lands on the dialog element itself.
        if (event.target === event.currentTarget) requestClose();
      }}
    >
      {badge && <DetailBody badge={badge} titleId={titleId} onClose={requestClose} renderShare={renderShare} now={Number(now ?? mountedAt)} soonDays={expiringSoonDays} />}
    </dialog>
  );
}

interface BodyProps {
  badge: Badge;
  titleId: string;
  onClose: () => void;
  renderShare: ((badge: Badge) => ReactNode) | null;
  now: number;
  soonDays: number;
}

function NewTab({ href, children }: { href: string; children: ReactNode }) {
  const intl = useIntl();
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="fcb-visually-hidden"> {intl.formatMessage(messages.newTab)}</span>
    </a>
  );
}

function DetailBody({ badge, titleId, onClose, renderShare, now, soonDays }: BodyProps) {
  const intl = useIntl();
  const { state, days } = badgeDisplayState(badge, now, soonDays);
  const { issuer, criteria, evidence, alignments, skills } = badge;
  const expired = state === 'expired';
  const chip = state === 'active' ? null : intl.formatMessage(statusMessages[state]);
  const canDownload = badge.imageUrl && badge.shareSwitches?.downloadBadge !== 'disabled';
  return (
    <div className="fcb-detail__body" data-state={state}>
      <button type="button" className="fcb-btn fcb-detail__close" onClick={onClose}>
        {intl.formatMessage(messages.close)}
      </button>
      <BadgeImage className="fcb-detail__img" src={badge.imageUrl} size={160} lazy={false} alt={intl.formatMessage(messages.image, { name: badge.name, issuer: issuer.name })} />
      <h2 id={titleId} className="fcb-detail__title">
        {badge.name}
      </h2>
      <p className="fcb-detail__issuer">
        {intl.formatMessage(messages.issuedBy, { issuer: issuer.url ? <NewTab key="i" href={issuer.url}>{issuer.name}</NewTab> : issuer.name })}
      </p>
      {chip && (
        <p>
          <span className="fcb-chip" data-state={state}>
            {chip}
          </span>
        </p>
      )}
      <StatusNote badge={badge} state={state} days={days} />
      <dl className="fcb-detail__dates">
        {badge.issuedAt && (
          <div>
            <dt>{intl.formatMessage(messages.issued)}</dt>
            <dd>{formatBadgeDate(intl, badge.issuedAt)}</dd>
          </div>
        )}
        {badge.expiresAt && (
          <div>
            <dt>{intl.formatMessage(expired ? messages.expired : messages.expires)}</dt>
            <dd>{formatBadgeDate(intl, badge.expiresAt)}</dd>
          </div>
        )}
      </dl>
      {badge.description && <p className="fcb-detail__text">{badge.description}</p>}
      {(criteria?.narrative || criteria?.url) && (
        <section>
          <h3>{intl.formatMessage(messages.criteria)}</h3>
          {criteria.narrative && <p className="fcb-detail__text">{criteria.narrative}</p>}
          {criteria.url && <NewTab href={criteria.url}>{intl.formatMessage(messages.criteriaLink)}</NewTab>}
        </section>
      )}
      {skills.length > 0 && (
        <section>
          <h3>{intl.formatMessage(messages.skills)}</h3>
          <ul className="fcb-detail__skills">
            {skills.map((skill) => (
              <li key={skill}>{skill}</li>
            ))}
          </ul>
        </section>
      )}
      {evidence.length > 0 && (
        <section>
          <h3>{intl.formatMessage(messages.evidence)}</h3>
          <ul>
            {evidence.map((item, index) => {
              const label = item.name ?? intl.formatMessage(messages.evidenceItem, { number: index + 1 });
              const text = item.description ?? item.narrative;
              return (
                <li key={index}>
                  {item.url ? <NewTab href={item.url}>{label}</NewTab> : label}
                  {text && <p className="fcb-detail__text">{text}</p>}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {alignments.length > 0 && (
        <section>
          <h3>{intl.formatMessage(messages.alignments)}</h3>
          <ul>
            {alignments.map((item, index) => (
              <li key={index}>
                {item.url ? <NewTab href={item.url}>{item.name}</NewTab> : item.name}
                {(item.framework || item.code) && ` (${[item.framework, item.code].filter(Boolean).join(' ')})`}
                {item.description && <p className="fcb-detail__text">{item.description}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="fcb-detail__actions">
        {badge.publicUrl && <NewTab href={badge.publicUrl}>{intl.formatMessage(messages.verify)}</NewTab>}
        {canDownload && (
          <button type="button" className="fcb-btn" onClick={() => void downloadImage(badge.imageUrl as string, badge.name)}>
            {intl.formatMessage(messages.download)}
          </button>
        )}
        {renderShare?.(badge)}
      </div>
    </div>
  );
}
