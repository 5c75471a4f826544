import './common.css';
import { useState } from 'react';
import { safeImageUrl } from '../../model/url';

/** Props of {@link BadgeImage}. */
export interface BadgeImageProps {
  /** Model image URL (already policed: `http(s)` or `data:image/*`). */
  src?: string;
  /** Rendered size in CSS pixels (square). */
  size: number;
  /** Alternative text; empty when the badge name is already next to the image. */
  alt: string;
  className?: string;
  /** Load lazily (walls) or eagerly (the detail view). @default true */
  lazy?: boolean;
}

/**
 * A square badge image that falls back to a neutral placeholder when the URL is missing or
 * fails to load, so a broken provider CDN never leaves a broken-image icon.
 */
export function BadgeImage({ src: given, size, alt, className = '', lazy = true }: BadgeImageProps) {
  // The URL that failed, not a flag: a new `src` gets its own chance to load.
  const [failed, setFailed] = useState<string>();
  // Defence in depth: hosts may pass hand-built badges that never went through the parsers.
  const src = safeImageUrl(given);
  const cls = `fcb-img ${className}`;
  if (!src || failed === src) {
    return <span className={`${cls} fcb-img--empty`} role={alt ? 'img' : undefined} aria-label={alt || undefined} aria-hidden={alt ? undefined : true} />;
  }
  return (
    <img className={cls} src={src} alt={alt} width={size} height={size} loading={lazy ? 'lazy' : 'eager'} decoding="async" onError={() => setFailed(src)} />
  );
}
