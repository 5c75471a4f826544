import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useIntl } from 'react-intl';
import { safeHttpUrl, safeImageUrl, type Badge } from '../../model';
import { buildShareLinks, getShareIssue, PLACEHOLDERS, type ShareIssue, type ShareLinkTarget, type ShareOptions } from '../../share';
import { IntlFallback } from '../common/IntlFallback';
import { useAnchoredPanel } from '../common/anchoredPanel';
import { downloadImage } from '../common/download';
import { EmailSignatureBuilder } from '../EmailSignatureBuilder';
import { messages as m } from './messages';
import './ShareBadgeButton.css';

/** Every action the share button can offer. */
export type ShareButtonTarget = ShareLinkTarget | 'native' | 'copyLink' | 'downloadImage' | 'emailSignature';

/** What `onShare` receives, for the host's analytics. */
export interface ShareEvent {
  target: ShareButtonTarget;
  badge: Badge;
}

/** Props of `ShareBadgeButton`. */
export interface ShareBadgeButtonProps {
  badge: Badge;
  /** Which actions show, in this order (the native share sheet moves first on touch devices). */
  targets?: ShareButtonTarget[];
  /** Called when the learner uses an action (before any pop-up result is known). */
  onShare?: (event: ShareEvent) => void;
  /** Options for the links: LinkedIn organization ids per issuer, hashtags, via, templates. */
  shareOptions?: ShareOptions;
  className?: string;
}

/** The issuer switch of each action that is not a link. */
const FEATURE = { native: 'sharing', copyLink: 'sharing', downloadImage: 'downloadBadge', emailSignature: 'emailShare' } as const;
const POPUP: Partial<Record<ShareButtonTarget, number[]>> = { linkedInAddToProfile: [800, 700], linkedInPost: [600, 640], x: [550, 420], facebook: [626, 436] };
const SITES: Partial<Record<Badge['provider'], string>> = { credly: 'Credly', accredible: 'Accredible' };
const LINKEDIN = 'M2 2h12v12H2zM5 7v4m3 0V7m0 2a2 2 0 0 1 3 0v2';
const ICONS: Record<ShareButtonTarget, string> = {
  native: 'M8 10V2M5 5l3-3 3 3M3 8v6h10V8',
  linkedInAddToProfile: LINKEDIN,
  linkedInPost: LINKEDIN,
  x: 'M3 3l10 10M13 3L3 13',
  facebook: 'M11 2H9a2 2 0 0 0-2 2v10M4 7h6',
  email: 'M2 4h12v8H2zl6 5 6-5',
  copyLink: 'M5 5h8v8H5zM3 11V3h8',
  downloadImage: 'M8 2v8M5 7l3 3 3-3M3 14h10',
  emailSignature: 'M3 13l1-4 7-7 3 3-7 7z',
};

/** The default actions, in their default order (the order of the icon table). */
export const DEFAULT_SHARE_TARGETS = /* @__PURE__ */ Object.keys(ICONS) as ShareButtonTarget[];
const ITEM = 'fcb-share__item';

/** A decorative 16px line icon (stroke styles in the CSS). */
const Icon = ({ target }: { target: ShareButtonTarget }) => (
  <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
    <path d={ICONS[target]} />
  </svg>
);

/**
 * A "Share" button that opens a popover of share actions for one badge: the native share sheet,
 * LinkedIn (add to profile after a preview of what LinkedIn receives, or post), X, Facebook,
 * email, copy link, download image and the email signature builder. Actions that cannot be used
 * stay listed, disabled, with the reason and the fix (e.g. "Accept it on Credly first").
 * Pop-ups open synchronously in the click; a blocked one is replaced by a plain link.
 */
export function ShareBadgeButton(props: ShareBadgeButtonProps) {
  return (
    <IntlFallback>
      <ShareMenu {...props} />
    </IntlFallback>
  );
}

/** What shows: nothing, the actions, the LinkedIn preview, or the signature builder. */
type Mode = 'closed' | 'menu' | 'preview' | 'signature';

function ShareMenu({ badge, targets = DEFAULT_SHARE_TARGETS, onShare, shareOptions, className = '' }: ShareBadgeButtonProps) {
  const intl = useIntl();
  const f = intl.formatMessage;
  const id = useId();
  const [mode, setMode] = useState<Mode>('closed');
  const [status, setStatus] = useState('');
  const [blocked, setBlocked] = useState<[ShareButtonTarget, string]>();
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const open = mode === 'menu' || mode === 'preview';

  const links = buildShareLinks(badge, {
    locale: intl.locale,
    ...shareOptions,
    messages: { post: f(m.post, PLACEHOLDERS), emailSubject: f(m.emailSubject, PLACEHOLDERS), emailBody: f(m.emailBody, PLACEHOLDERS), ...shareOptions?.messages },
  });
  const issueOf = (target: ShareButtonTarget): ShareIssue | undefined =>
    target in FEATURE ? getShareIssue(badge, FEATURE[target as keyof typeof FEATURE]) : links.unavailable[target as ShareLinkTarget];
  const publicUrl = issueOf('copyLink') ? undefined : safeHttpUrl(badge.publicUrl);
  const image = safeImageUrl(badge.imageUrl);
  const name = (target: ShareButtonTarget) => f(m.target, { target });
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';
  let shown = targets.filter((t) => (t !== 'native' || canShare) && (t !== 'downloadImage' || image));
  if (typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches && shown.includes('native')) shown = ['native', ...shown.filter((t) => t !== 'native')];

  // Every way of closing forgets a blocked pop-up: its status and fallback link must not come back on reopening.
  const shut = () => {
    setMode('closed');
    setBlocked(undefined);
  };
  useEffect(() => {
    if (!open) return undefined;
    const outside = (event: PointerEvent) => root.current?.contains(event.target as Node) || shut();
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  useAnchoredPanel(open, trigger, panel);

  useEffect(() => {
    if (open) root.current?.querySelector<HTMLElement>(mode === 'preview' ? 'h3' : `.${ITEM}`)?.focus();
  }, [open, mode]);

  const close = () => {
    shut();
    trigger.current?.focus();
  };
  const report = (target: ShareButtonTarget) => onShare?.({ target, badge });

  const keys = (event: KeyboardEvent) => {
    const { key } = event;
    if (key === 'Escape') {
      // Also keeps an enclosing <dialog> (the badge detail) from closing.
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (/^(Arrow(Down|Up)|Home|End)$/.test(key)) {
      // Arrows move to the next or previous item (wrapping), Home and End to the first or last.
      event.preventDefault();
      const items = Array.from(root.current!.querySelectorAll<HTMLElement>(`.${ITEM}`));
      const at = items.indexOf(document.activeElement as HTMLElement);
      const next = key === 'Home' ? 0 : key === 'End' ? -1 : at + (key === 'ArrowDown' ? 1 : -1);
      items[(next + items.length) % items.length]?.focus();
    }
  };

  /** Opens synchronously (a pop-up after async work gets blocked). No `noopener`: its null result must mean "blocked". */
  const openWindow = (target: ShareButtonTarget, url: string) => {
    const size = POPUP[target];
    const popup = window.open(url, size ? `fcb-${target}` : '_blank', size && `popup,width=${size[0]},height=${size[1]}`);
    if (popup) {
      popup.opener = null;
      close();
    } else {
      setBlocked([target, url]);
      setMode((current) => (current === 'closed' ? 'menu' : current));
    }
  };

  const act = (target: ShareButtonTarget) => {
    setStatus('');
    setBlocked(undefined);
    if (target === 'linkedInAddToProfile' && mode !== 'preview') return setMode('preview');
    report(target);
    const url = links[target as ShareLinkTarget];
    const announce = (key: string) => () => setStatus(f(m.status, { status: key, url: publicUrl }));
    if (url) openWindow(target, url);
    else if (target === 'native') {
      navigator.share({ title: badge.name, text: (links.x && new URL(links.x).searchParams.get('text')) || badge.name, url: publicUrl }).catch(() => undefined);
    } else if (target === 'copyLink') {
      // A missing clipboard API rejects like a refused write.
      Promise.resolve()
        .then(() => navigator.clipboard.writeText(publicUrl!))
        .then(announce('copied'), announce('failed'));
    } else if (target === 'downloadImage') {
      // No CORS (or offline): the image opens in a new tab, where the learner can save it.
      void downloadImage(image!, badge.name, (href) => openWindow(target, href)).then((saved) => saved && announce('downloaded')());
    } else setMode('signature');
  };

  const item = (target: ShareButtonTarget) => {
    const issue = issueOf(target);
    const label = (
      <>
        <Icon target={target} />
        {name(target)}
      </>
    );
    return (
      <li key={target}>
        {target === 'email' && links.email ? (
          <a
            className={ITEM}
            href={links.email}
            onClick={() => {
              report(target);
              close();
            }}
          >
            {label}
          </a>
        ) : (
          <button
            type="button"
            className={ITEM}
            aria-disabled={!!issue || undefined}
            aria-describedby={issue && id + target}
            onClick={issue ? undefined : () => act(target)}
          >
            {label}
          </button>
        )}
        {issue && (
          <p id={id + target} className="fcb-share__reason">
            {/* ICU select keys cannot hold a hyphen: disabled-by-issuer is "disabled", no-public-url "other" */}
            {f(m.reason, { reason: issue.reason === 'pending' && badge.pendingReason !== 'accept' ? 'issuing' : issue.reason.split('-')[0] })}{' '}
            {issue.fix?.url && (
              <a href={issue.fix.url} target="_blank" rel="noopener noreferrer">
                {f(m.fix, { fix: issue.fix.kind, site: SITES[badge.provider] ?? new URL(issue.fix.url).hostname })}
              </a>
            )}
          </p>
        )}
      </li>
    );
  };

  // The preview reads the add-to-profile URL itself, so it shows exactly what LinkedIn receives.
  const linkedIn = links.linkedInAddToProfile ? new URL(links.linkedInAddToProfile).searchParams : undefined;
  const month = (prefix: string) => {
    const [year, number] = [linkedIn?.get(`${prefix}Year`), linkedIn?.get(`${prefix}Month`)];
    return year && number ? intl.formatDate(Date.UTC(+year, +number - 1), { year: 'numeric', month: 'long', timeZone: 'UTC' }) : undefined;
  };

  return (
    // Keys from the popover's items bubble here: arrows move between them, Escape closes.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div
      ref={root}
      className={`fcb-root fcb-share ${className}`}
      data-state={open ? 'open' : 'closed'}
      onKeyDown={open ? keys : undefined}
      // Tabbing out of the popover closes it (focus leaving the page, e.g. to a pop-up, does not).
      onBlur={(event) => open && event.relatedTarget && !root.current!.contains(event.relatedTarget) && shut()}
    >
      <button ref={trigger} type="button" className="fcb-share__trigger" aria-expanded={open} aria-controls={`${id}p`} onClick={() => (open ? close() : setMode('menu'))}>
        <Icon target="native" />
        {f(m.share)} <span className="fcb-visually-hidden">{badge.name}</span>
      </button>
      <div ref={panel} id={`${id}p`} className="fcb-share__panel" hidden={!open}>
        {mode === 'preview' && linkedIn ? (
          <>
            <h3 tabIndex={-1}>{f(m.previewTitle)}</h3>
            <dl className="fcb-share__preview">
              {(
                [
                  ['name', linkedIn.get('name')],
                  ['organization', linkedIn.get('organizationName') ?? f(m.organizationId, { name: badge.issuer.name, id: linkedIn.get('organizationId') })],
                  ['issued', month('issue')],
                  ['expires', month('expiration') ?? f(m.noExpiry)],
                  ['url', linkedIn.get('certUrl')],
                  ['id', linkedIn.get('certId')],
                ] as const
              ).map(
                ([field, value]) =>
                  value && (
                    <div key={field}>
                      <dt>{f(m.field, { field })}</dt>
                      <dd dir="auto">{value}</dd>
                    </div>
                  ),
              )}
            </dl>
            <button type="button" className={ITEM} onClick={() => act('linkedInAddToProfile')}>
              {f(m.continue)}
            </button>
            <button type="button" className={ITEM} onClick={() => setMode('menu')}>
              {f(m.back)}
            </button>
          </>
        ) : (
          open && (
            <>
              {links.warnings && <p className="fcb-share__reason">{f(m.reason, { reason: 'expired' })}</p>}
              <ul>{shown.map(item)}</ul>
            </>
          )
        )}
        {blocked && (
          <a href={blocked[1]} target="_blank" rel="noopener noreferrer" onClick={close}>
            {f(m.openTab, { target: name(blocked[0]) })}
          </a>
        )}
      </div>
      <p role="status" className="fcb-share__status">
        {blocked ? f(m.status, { status: 'blocked' }) : status}
      </p>
      {mode === 'signature' && <EmailSignatureBuilder badge={badge} open onClose={close} />}
    </div>
  );
}
