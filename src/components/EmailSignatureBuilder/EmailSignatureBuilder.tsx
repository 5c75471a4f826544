import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { Badge } from '../../model';
import { buildEmailSignature, signatureParts, SHARE_IMAGE_SIZES, type ShareImageSize, type SignatureOptions } from '../../share';
import { IntlFallback } from '../common/IntlFallback';
import { messages } from './messages';
import './EmailSignatureBuilder.css';

/** Props of `EmailSignatureBuilder`. */
export interface EmailSignatureBuilderProps {
  badge: Badge;
  /** Whether the dialog is open (it opens modally with `showModal`). */
  open: boolean;
  /** Called when the dialog closes (Escape, the Close button). Return focus to the opener here. */
  onClose: () => void;
  /** Called after a successful copy, for analytics. */
  onCopy?: (format: 'html' | 'text') => void;
  /** @default 'medium' */
  defaultSize?: ShareImageSize;
}

/**
 * A modal dialog that builds an email signature for a badge: a live preview (rendered as
 * elements from the same parts as `buildEmailSignature`, never by injecting HTML), size choices,
 * "Copy formatted" (text/html + text/plain, so it pastes formatted into Gmail and Outlook),
 * "Copy plain text", and short steps for Gmail, Outlook and Apple Mail.
 */
export function EmailSignatureBuilder(props: EmailSignatureBuilderProps) {
  return (
    <IntlFallback>
      <SignatureDialog {...props} />
    </IntlFallback>
  );
}

function Linked({ href, children }: { href?: string; children: ReactNode }) {
  return href ? (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  ) : (
    <>{children}</>
  );
}

function SignatureDialog({ badge, open, onClose, onCopy, defaultSize = 'medium' }: EmailSignatureBuilderProps) {
  const intl = useIntl();
  const f = intl.formatMessage;
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [size, setSize] = useState(defaultSize);
  const [showDetails, setShowDetails] = useState(true);
  const [status, setStatus] = useState('');
  const placeholders = { name: '{name}', issuer: '{issuer}', url: '{url}' };
  const options: SignatureOptions = { size, showDetails, alt: f(messages.alt, placeholders), text: f(messages.text, placeholders) };
  const parts = signatureParts(badge, options);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      if (element.showModal) element.showModal();
      else element.setAttribute('open', '');
    } else if (!open && element.open) element.close();
  }, [open]);

  const copy = async (format: 'html' | 'text') => {
    const { html, text } = buildEmailSignature(badge, options);
    const plain = () => navigator.clipboard.writeText(text);
    let message = format === 'html' ? messages.copiedFormatted : messages.copiedPlain;
    try {
      if (format === 'html') {
        try {
          await navigator.clipboard.write([
            new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([text], { type: 'text/plain' }) }),
          ]);
        } catch {
          await plain();
          message = messages.copiedPlainOnly;
        }
      } else await plain();
      onCopy?.(format);
    } catch {
      message = messages.copyFailed;
    }
    setStatus(f(message));
  };

  return (
    <dialog ref={dialog} className="fcb-root fcb-sig" aria-labelledby={`${id}-title`} onClose={onClose}>
      <h2 id={`${id}-title`}>{f(messages.title)}</h2>
      <fieldset>
        <legend>{f(messages.size)}</legend>
        {(Object.keys(SHARE_IMAGE_SIZES) as ShareImageSize[]).map((choice) => (
          <label key={choice}>
            <input type="radio" name={`${id}-size`} value={choice} checked={size === choice} onChange={() => setSize(choice)} />
            {f(messages[choice])}
          </label>
        ))}
      </fieldset>
      <label>
        <input type="checkbox" checked={showDetails} onChange={(event) => setShowDetails(event.target.checked)} />
        {f(messages.details)}
      </label>
      <h3 id={`${id}-preview`}>{f(messages.preview)}</h3>
      <div className="fcb-sig__preview" role="group" aria-labelledby={`${id}-preview`}>
        <table role="presentation">
          <tbody>
            <tr>
              {parts.image && (
                <td>
                  <Linked href={parts.href}>
                    <img src={parts.image.src} width={parts.image.width} height={parts.image.height} alt={parts.image.alt} />
                  </Linked>
                </td>
              )}
              {parts.name && (
                <td>
                  <Linked href={parts.href}>
                    <b dir="auto">{parts.name}</b>
                  </Linked>
                  <br />
                  <span dir="auto">{parts.issuer}</span>
                </td>
              )}
            </tr>
          </tbody>
        </table>
      </div>
      <div className="fcb-sig__actions">
        <button type="button" onClick={() => copy('html')}>
          {f(messages.copyFormatted)}
        </button>
        <button type="button" onClick={() => copy('text')}>
          {f(messages.copyPlain)}
        </button>
      </div>
      <p role="status">{status}</p>
      <h3>{f(messages.steps)}</h3>
      <dl>
        {(['gmail', 'outlook', 'appleMail'] as const).map((client) => (
          <div key={client}>
            <dt>{{ gmail: 'Gmail', outlook: 'Outlook', appleMail: 'Apple Mail' }[client]}</dt>
            <dd>{f(messages[client])}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog">
        <button>{f(messages.close)}</button>
      </form>
    </dialog>
  );
}
