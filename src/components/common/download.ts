import { safeImageUrl } from '../../model/url';

/**
 * Downloads an image: fetched as a blob and saved under a readable name (from the badge name)
 * when the host allows it (same origin, data URI or CORS); otherwise the image opens in a new
 * tab, where the learner can save it (`<a download>` is ignored for cross-origin URLs). The
 * fallback runs within the click's user-activation window (the fetch is cut off after 3 s) so
 * popup blockers let it through. Shared by BadgeDetail and ShareBadgeButton.
 * Resolves `true` when the file was saved, `false` when the fallback ran. A URL outside the image
 * policy (`safeImageUrl`: not `http(s)` nor `data:image/*`) is neither fetched nor opened: `false`.
 */
export async function downloadImage(
  url: string,
  name: string,
  fallback: (url: string) => void = (href) => window.open(href, '_blank', 'noopener,noreferrer'),
): Promise<boolean> {
  const src = safeImageUrl(url);
  if (!src) return false;
  try {
    const response = await fetch(src, { mode: 'cors', credentials: 'omit', signal: AbortSignal.timeout(3000) });
    if (!response.ok) throw 0;
    const blob = await response.blob();
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    const base = name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'badge';
    link.download = `${base}.${/svg|webp|gif/.exec(blob.type)?.[0] ?? (/jpe?g/.test(blob.type) ? 'jpg' : 'png')}`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    return true;
  } catch {
    fallback(src);
    return false;
  }
}
