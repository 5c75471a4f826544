/** Turns a badge name into a safe file name. */
export function imageFileName(name: string, type: string): string {
  const base = name.normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60) || 'badge';
  const ext = /svg/.test(type) ? 'svg' : /jpe?g/.test(type) ? 'jpg' : /webp/.test(type) ? 'webp' : /gif/.test(type) ? 'gif' : 'png';
  return `${base}.${ext}`;
}

/**
 * Downloads an image: fetched as a blob and saved under a readable name when the host allows it
 * (same origin, data URI or CORS); otherwise the image opens in a new tab, where the learner can
 * save it (`<a download>` is ignored for cross-origin URLs). The fallback runs within the click's
 * user-activation window (the fetch is cut off after 3 s) so popup blockers let it through.
 */
export async function downloadImage(url: string, name: string): Promise<'saved' | 'opened'> {
  try {
    const response = await fetch(url, { mode: 'cors', credentials: 'omit', signal: AbortSignal.timeout(3000) });
    if (!response.ok) throw new Error(String(response.status));
    const blob = await response.blob();
    const href = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = href;
    link.download = imageFileName(name, blob.type);
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(href), 1000);
    return 'saved';
  } catch {
    window.open(url, '_blank', 'noopener,noreferrer');
    return 'opened';
  }
}
