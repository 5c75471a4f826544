import { useEffect, useId, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { safeHttpUrl, safeImageUrl, type Badge } from '../../model';
import { buildShareLinks, getShareIssue, type ShareIssue, type ShareLinkTarget, type ShareOptions } from '../../share';
import { IntlFallback } from '../common/IntlFallback';
import { EmailSignatureBuilder } from '../EmailSignatureBuilder';
import { messages } from './messages';
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

/** The default actions, in their default order. */
export const DEFAULT_SHARE_TARGETS: ShareButtonTarget[] = [
  'native', 'linkedInAddToProfile', 'linkedInPost', 'x', 'facebook', 'email', 'copyLink', 'downloadImage', 'emailSignature',
];

const FEATURE = { native: 'sharing', copyLink: 'sharing', downloadImage: 'downloadBadge', emailSignature: 'emailShare' } as const;
const POPUP: Partial<Record<ShareButtonTarget, [number, number]>> = {
  linkedInAddToProfile: [800, 700],
  linkedInPost: [600, 640],
  x: [550, 420],
  facebook: [626, 436],
};
const SITES: Partial<Record<Badge['provider'], string>> = { credly: 'Credly', accredible: 'Accredible' };
const LINKEDIN = 'M2 2h12v12H2zM5 7v4M5 5v0M8 11V7m0 2a2 2 0 0 1 3 0v2';
const ICONS: Record<ShareButtonTarget, string> = {
  native: 'M8 10V2M5 5l3-3 3 3M3 8v6h10V8',
  linkedInAddToProfile: LINKEDIN,
  linkedInPost: LINKEDIN,
  x: 'M3 3l10 10M13 3L3 13',
  facebook: 'M11 2H9a2 2 0 0 0-2 2v10M4 7h6',
  email: 'M2 4h12v8H2zM2 4l6 5 6-5',
  copyLink: 'M6 10l4-4M7 4l1-1a3 3 0 0 1 4 4l-1 1M9 12l-1 1a3 3 0 0 1-4-4l1-1',
  downloadImage: 'M8 2v8M5 7l3 3 3-3M3 14h10',
  emailSignature: 'M2 13c2-5 3-5 4-1s2 1 3-1 2-1 5 1M9 3l3 3',
};

function Icon({ target }: { target: ShareButtonTarget }) {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round">
      <path d={ICONS[target]} />
    </svg>
  );
}

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

function ShareMenu({ badge, targets = DEFAULT_SHARE_TARGETS, onShare, shareOptions, className }: ShareBadgeButtonProps) {
  const intl = useIntl();
  const f = intl.formatMessage;
  const id = useId();
  const [open, setOpen] = useState(false);
  const [preview, setPreview] = useState(false);
  const [signature, setSignature] = useState(false);
  const [status, setStatus] = useState('');
  const [fallback, setFallback] = useState<{ target: ShareButtonTarget; url: string }>();
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  const placeholders = { name: '{name}', issuer: '{issuer}', url: '{url}' };
  const links = buildShareLinks(badge, {
    locale: intl.locale,
    ...shareOptions,
    messages: { post: f(messages.post, placeholders), emailSubject: f(messages.emailSubject, placeholders), emailBody: f(messages.emailBody, placeholders), ...shareOptions?.messages },
  });
  const issueOf = (target: ShareButtonTarget): ShareIssue | undefined =>
    target in FEATURE ? getShareIssue(badge, FEATURE[target as keyof typeof FEATURE]) : links.unavailable[target as ShareLinkTarget];
  const publicUrl = issueOf('copyLink') ? undefined : safeHttpUrl(badge.publicUrl);
  const image = safeImageUrl(badge.imageUrl);
  const canNativeShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';
  const touch = typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;
  let shown = targets.filter((t) => (t !== 'native' || canNativeShare) && (t !== 'downloadImage' || image));
  if (touch && shown.includes('native')) shown = ['native', ...shown.filter((t) => t !== 'native')];

  useEffect(() => {
    const element = root.current;
    if (!open || !element) return undefined;
    const outside = (event: PointerEvent) => {
      if (!element.contains(event.target as Node)) setOpen(false);
    };
    const keys = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        // Also keeps an enclosing <dialog> (the badge detail) from closing.
        event.preventDefault();
        event.stopPropagation();
        setOpen(false);
        setPreview(false);
        trigger.current?.focus();
      } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        const items = Array.from(element.querySelectorAll<HTMLElement>('[data-item]'));
        const next = items.indexOf(document.activeElement as HTMLElement) + (event.key === 'ArrowDown' ? 1 : -1);
        items[(next + items.length) % items.length]?.focus();
        event.preventDefault();
      }
    };
    // Tabbing out of the popover closes it (focus leaving the page, e.g. to a pop-up, does not).
    const focusOut = (event: FocusEvent) => {
      if (event.relatedTarget && !element.contains(event.relatedTarget as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    element.addEventListener('keydown', keys);
    element.addEventListener('focusout', focusOut);
    return () => {
      document.removeEventListener('pointerdown', outside);
      element.removeEventListener('keydown', keys);
      element.removeEventListener('focusout', focusOut);
    };
  }, [open]);

  useEffect(() => {
    if (open) panel.current?.querySelector<HTMLElement>(preview ? 'h3' : '[data-item]')?.focus();
  }, [open, preview]);

  const close = () => {
    setOpen(false);
    setPreview(false);
    trigger.current?.focus();
  };
  const report = (target: ShareButtonTarget) => onShare?.({ target, badge });

  /** Opens synchronously (a pop-up after async work gets blocked). No `noopener`: its null result must mean "blocked". */
  const openWindow = (target: ShareButtonTarget, url: string) => {
    const size = POPUP[target];
    const popup = window.open(url, size ? `fcb-${target}` : '_blank', size && `popup,width=${size[0]},height=${size[1]}`);
    if (popup) {
      popup.opener = null;
      setFallback(undefined);
      close();
    } else {
      setFallback({ target, url });
      setStatus(f(messages.blocked));
      setOpen(true);
    }
  };

  const act = (target: ShareButtonTarget) => {
    setStatus('');
    setFallback(undefined);
    if (target === 'linkedInAddToProfile' && !preview) {
      setPreview(true);
      return;
    }
    report(target);
    const url = links[target as ShareLinkTarget];
    if (url) return openWindow(target, url);
    if (target === 'native') {
      navigator.share({ title: badge.name, text: (links.x && new URL(links.x).searchParams.get('text')) || badge.name, url: publicUrl }).catch(() => undefined);
    } else if (target === 'copyLink') {
      const done = () => setStatus(f(messages.copied));
      const failed = () => setStatus(f(messages.copyFailed, { url: publicUrl }));
      if (navigator.clipboard) navigator.clipboard.writeText(publicUrl || '').then(done, failed);
      else failed();
    } else if (target === 'downloadImage' && image) {
      fetch(image)
        .then((response) => (response.ok ? response.blob() : Promise.reject(new Error(String(response.status)))))
        .then((blob) => {
          const href = URL.createObjectURL(blob);
          const a = document.createElement('a');
          a.href = href;
          a.download = `${badge.name.replace(/[^\p{L}\p{N}]+/gu, '-')}.${(blob.type.split('/')[1] ?? 'png').replace('+xml', '')}`;
          a.click();
          setTimeout(() => URL.revokeObjectURL(href), 1000);
          setStatus(f(messages.downloaded));
        })
        // No CORS (or offline): show the image in a new tab, where the learner can save it.
        .catch(() => openWindow(target, image));
    } else if (target === 'emailSignature') {
      setOpen(false);
      setSignature(true);
    }
  };

  const reason = (issue: ShareIssue) => {
    const { reason: code, fix } = issue;
    const site = SITES[badge.provider] ?? (fix?.url && new URL(fix.url).hostname);
    return (
      <>
        {f(messages[code === 'pending' && badge.pendingReason !== 'accept' ? 'issuing' : code])}{' '}
        {fix?.url && (fix.kind === 'accept' || fix.kind === 'make-public') && (
          <a href={fix.url} target="_blank" rel="noopener noreferrer">
            {f(messages[fix.kind], { site })}
          </a>
        )}
      </>
    );
  };

  const item = (target: ShareButtonTarget) => {
    const issue = issueOf(target);
    const label = (
      <>
        <Icon target={target} />
        {f(messages[target])}
      </>
    );
    const reasonId = `${id}-${target}`;
    return (
      <li key={target} data-state={issue ? 'unavailable' : 'available'}>
        {target === 'email' && links.email ? (
          <a className="fcb-share__item" data-item href={links.email} onClick={() => { report('email'); close(); }}>
            {label}
          </a>
        ) : (
          <button
            type="button"
            className="fcb-share__item"
            data-item
            data-target={target}
            aria-disabled={issue ? true : undefined}
            aria-describedby={issue ? reasonId : undefined}
            onClick={issue ? undefined : () => act(target)}
          >
            {label}
          </button>
        )}
        {issue && (
          <p id={reasonId} className="fcb-share__reason">
            {reason(issue)}
          </p>
        )}
      </li>
    );
  };

  const month = (year: string | null, m: string | null) =>
    year && m ? intl.formatDate(Date.UTC(Number(year), Number(m) - 1, 1), { year: 'numeric', month: 'long', timeZone: 'UTC' }) : undefined;
  const linkedIn = links.linkedInAddToProfile ? new URL(links.linkedInAddToProfile).searchParams : undefined;
  const expired = links.warnings && Object.values(links.warnings)[0];

  return (
    <div ref={root} className={`fcb-root fcb-share${className ? ` ${className}` : ''}`} data-state={open ? 'open' : 'closed'}>
      <button ref={trigger} type="button" className="fcb-share__trigger" aria-expanded={open} aria-controls={`${id}-panel`} onClick={() => (open ? close() : setOpen(true))}>
        <Icon target="native" />
        {f(messages.share)}{' '}
        <span className="fcb-visually-hidden">{badge.name}</span>
      </button>
      <div ref={panel} id={`${id}-panel`} className="fcb-share__panel" hidden={!open}>
        {open && preview && linkedIn ? (
          <>
            <h3 tabIndex={-1}>{f(messages.previewTitle)}</h3>
            <dl className="fcb-share__preview">
              {(
                [
                  [messages.name, linkedIn.get('name')],
                  [messages.organization, linkedIn.get('organizationName') ?? f(messages.organizationId, { name: badge.issuer.name, id: linkedIn.get('organizationId') })],
                  [messages.issued, month(linkedIn.get('issueYear'), linkedIn.get('issueMonth'))],
                  [messages.expires, month(linkedIn.get('expirationYear'), linkedIn.get('expirationMonth')) ?? f(messages.noExpiry)],
                  [messages.certUrl, linkedIn.get('certUrl')],
                  [messages.certId, linkedIn.get('certId')],
                ] as const
              ).map(([label, value]) => value && (
                <div key={label.id}>
                  <dt>{f(label)}</dt>
                  <dd dir="auto">{value}</dd>
                </div>
              ))}
            </dl>
            <button type="button" className="fcb-share__item" data-item onClick={() => act('linkedInAddToProfile')}>
              {f(messages.continue)}
            </button>
            <button type="button" className="fcb-share__item" data-item onClick={() => setPreview(false)}>
              {f(messages.back)}
            </button>
          </>
        ) : (
          <>
            {expired && <p className="fcb-share__reason">{f(messages.expired)}</p>}
            <ul>{shown.map(item)}</ul>
          </>
        )}
        {fallback && (
          <a className="fcb-share__fallback" href={fallback.url} target="_blank" rel="noopener noreferrer" onClick={close}>
            {f(messages.openTab, { target: f(messages[fallback.target]) })}
          </a>
        )}
      </div>
      <p role="status" className="fcb-share__status">{status}</p>
      {signature && (
        <EmailSignatureBuilder
          badge={badge}
          open
          onClose={() => {
            setSignature(false);
            trigger.current?.focus();
          }}
        />
      )}
    </div>
  );
}
