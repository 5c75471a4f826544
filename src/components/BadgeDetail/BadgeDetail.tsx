import '../common/common.css';
import './BadgeDetail.css';
import { useId, useRef, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { Badge } from '../../model/types';
import { safeHttpUrl } from '../../model/url';
import { BadgeImage } from '../common/BadgeImage';
import { badgeDisplayState, dateFormatter } from '../common/badgeState';
import { useModalDialog } from '../common/dialog';
import { IntlFallback } from '../common/IntlFallback';
import { statusMessages as sm } from '../common/messages';
import { StatusNote } from '../common/StatusNote';
import { DEFAULT_SHARE_TARGETS, ShareBadgeButton } from '../ShareBadgeButton';
import { downloadImage } from '../common/download';
import { messages as m } from './messages';

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
      <Detail {...props} />
    </IntlFallback>
  );
}

const SHARE_TARGETS = /* @__PURE__ */ DEFAULT_SHARE_TARGETS.filter((target) => target !== 'downloadImage');
const defaultShare = (badge: Badge) => <ShareBadgeButton badge={badge} targets={SHARE_TARGETS} />;

function Detail({ badge, onClose, renderShare = defaultShare, now, expiringSoonDays = 30 }: BadgeDetailProps) {
  const intl = useIntl();
  const t = intl.formatMessage;
  const l = (key: string, number?: number) => t(m.label, { key, number });
  const ref = useRef<HTMLDialogElement>(null);
  const [mountedAt] = useState(Date.now);
  const titleId = useId();

  // Browsers return focus to the opener when a modal dialog closes.
  const handleClose = () => badge && onClose();
  const requestClose = () => (ref.current?.close ? ref.current.close() : handleClose());
  const backdrop = useModalDialog(ref, !!badge, requestClose);

  // Only http(s) links, even for hand-built badges passed in by a host (the parsers already police API data).
  const newTab = (url: string | undefined, text: ReactNode, href = safeHttpUrl(url)) =>
    href ? (
      <a href={href} target="_blank" rel="noopener noreferrer">
        {text}
        <span className="fcb-visually-hidden"> {l('newTab')}</span>
      </a>
    ) : (
      text
    );
  const section = (key: string, show: unknown, body: ReactNode) =>
    !!show && (
      <section>
        <h3>{l(key)}</h3>
        {body}
      </section>
    );
  const textBlock = (value?: string) => value && <p>{value}</p>;

  let body: ReactNode;
  if (badge) {
    const { state, days } = badgeDisplayState(badge, Number(now ?? mountedAt), expiringSoonDays);
    const { issuer, criteria, evidence, alignments, skills, imageUrl } = badge;
    const format = dateFormatter(intl);
    const date = (key: string, value?: string) =>
      value && (
        <div>
          <dt>{t(sm.state, { state: key })}</dt>
          <dd>{format(value)}</dd>
        </div>
      );
    body = (
      <div className="fcb-detail__body" data-state={state}>
        <button type="button" className="fcb-btn fcb-detail__close" onClick={requestClose}>
          {l('close')}
        </button>
        <BadgeImage className="fcb-detail__img" src={imageUrl} size={160} lazy={false} alt={t(m.image, { name: badge.name, issuer: issuer.name })} />
        <h2 id={titleId}>
          {badge.name}
        </h2>
        <p>{t(m.issuedBy, { issuer: <bdi key="i">{newTab(issuer.url, issuer.name)}</bdi> })}</p>
        {state !== 'active' && (
          <p>
            <span className="fcb-chip" data-state={state}>
              {t(sm.state, { state })}
            </span>
          </p>
        )}
        <StatusNote badge={badge} state={state} days={days} />
        <dl>
          {date('issued', badge.issuedAt)}
          {date(state === 'expired' ? 'expired' : 'expires', badge.expiresAt)}
        </dl>
        {textBlock(badge.description)}
        {section(
          'criteria',
          criteria?.narrative || criteria?.url,
          <>
            {textBlock(criteria?.narrative)}
            {newTab(criteria?.url, criteria?.url && l('criteriaLink'))}
          </>,
        )}
        {section(
          'skills',
          skills.length,
          <ul className="fcb-detail__skills">
            {skills.map((skill) => (
              <li key={skill} className="fcb-chip">
                {skill}
              </li>
            ))}
          </ul>,
        )}
        {section(
          'evidence',
          evidence.length,
          <ul>
            {evidence.map((item, index) => (
              <li key={index}>
                {newTab(item.url, item.name ?? l('item', index + 1))}
                {textBlock(item.description ?? item.narrative)}
              </li>
            ))}
          </ul>,
        )}
        {section(
          'alignments',
          alignments.length,
          <ul>
            {alignments.map((item, index) => (
              <li key={index}>
                {newTab(item.url, item.name)}
                {(item.framework || item.code) && ` (${[item.framework, item.code].filter(Boolean).join(' ')})`}
                {textBlock(item.description)}
              </li>
            ))}
          </ul>,
        )}
        <div className="fcb-detail__actions">
          {newTab(badge.publicUrl, badge.publicUrl && l('verify'))}
          {imageUrl && badge.shareSwitches?.downloadBadge !== 'disabled' && (
            <button type="button" className="fcb-btn" onClick={() => void downloadImage(imageUrl, badge.name)}>
              {l('download')}
            </button>
          )}
          {renderShare?.(badge)}
        </div>
      </div>
    );
  }

  return (
    // Escape closes the dialog natively; the pointer handlers only add closing on a backdrop click.
    <dialog
      ref={ref}
      className="fcb-root fcb-detail"
      aria-labelledby={titleId}
      // A nested dialog (the signature builder opened from the share menu) fires its own close,
      // which React bubbles up here: only this dialog's own close ends the detail.
      onClose={(event) => event.target === event.currentTarget && handleClose()}
      {...backdrop}
    >
      {body}
    </dialog>
  );
}
