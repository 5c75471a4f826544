import { useId, useRef, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { Badge } from '../../model';
import { buildEmailSignature, PLACEHOLDERS, signatureParts, SHARE_IMAGE_SIZES, type ShareImageSize, type SignatureOptions } from '../../share';
import { useModalDialog } from '../common/dialog';
import { IntlFallback } from '../common/IntlFallback';
import { messages as m } from './messages';
import '../common/common.css';
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

const linked = (href: string | undefined, children: ReactNode) =>
  href ? (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  ) : (
    children
  );

const blob = (value: string, type: string) => new Blob([value], { type });

function SignatureDialog({ badge, open, onClose, onCopy, defaultSize = 'medium' }: EmailSignatureBuilderProps) {
  const f = useIntl().formatMessage;
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [size, setSize] = useState(defaultSize);
  const [showDetails, setShowDetails] = useState(true);
  const [status, setStatus] = useState('');
  const options: SignatureOptions = { size, showDetails, alt: f(m.alt, PLACEHOLDERS), text: f(m.text, PLACEHOLDERS) };
  const { href, image, name, issuer } = signatureParts(badge, options);

  useModalDialog(dialog, open);

  const copy = async (format: 'html' | 'text') => {
    const { html, text } = buildEmailSignature(badge, options);
    const plain = () => navigator.clipboard.writeText(text);
    // Rich copy writes both forms; where the browser refuses it (or has no ClipboardItem), plain text.
    const rich = async () => navigator.clipboard.write([new ClipboardItem({ 'text/html': blob(html, 'text/html'), 'text/plain': blob(text, 'text/plain') })]);
    let result: string = format;
    try {
      await (format === 'html'
        ? rich().catch(() => {
            result = 'textOnly';
            return plain();
          })
        : plain());
      onCopy?.(format);
    } catch {
      result = 'failed';
    }
    setStatus(f(m.copied, { result }));
  };

  return (
    <dialog ref={dialog} className="fcb-root fcb-sig" aria-labelledby={`${id}t`} onClose={onClose}>
      <h2 id={`${id}t`}>{f(m.title)}</h2>
      <fieldset>
        <legend>{f(m.size)}</legend>
        {(Object.keys(SHARE_IMAGE_SIZES) as ShareImageSize[]).map((choice) => (
          <label key={choice}>
            <input type="radio" name={`${id}s`} checked={size === choice} onChange={() => setSize(choice)} />
            {f(m.sizes, { size: choice })}
          </label>
        ))}
      </fieldset>
      <label>
        <input type="checkbox" checked={showDetails} onChange={(event) => setShowDetails(event.target.checked)} />
        {f(m.details)}
      </label>
      <h3 id={`${id}p`}>{f(m.preview)}</h3>
      <div className="fcb-sig__preview" role="group" aria-labelledby={`${id}p`}>
        {image && linked(href, <img src={image.src} width={image.width} height={image.height} alt={image.alt} />)}
        {name && (
          <span>
            {linked(href, <b dir="auto">{name}</b>)}
            <br />
            <span dir="auto">{issuer}</span>
          </span>
        )}
      </div>
      {(['html', 'text'] as const).map((format) => (
        <button key={format} type="button" className="fcb-btn" onClick={() => copy(format)}>
          {f(m.copy, { format })}
        </button>
      ))}
      <p role="status">{status}</p>
      <h3>{f(m.steps)}</h3>
      <dl>
        {['Gmail', 'Outlook', 'Apple Mail'].map((client) => (
          <div key={client}>
            <dt>{client}</dt>
            <dd>{f(m.client, { client })}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog">
        <button className="fcb-btn">{f(m.close)}</button>
      </form>
    </dialog>
  );
}
