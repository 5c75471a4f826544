import { calendarParts, isPastExpiry, safeHttpUrl, type Badge, type BadgeShareSwitches } from '../model';
import { encode, fill, fitText, withQuery, xWeight } from './text';
import type { ShareIssue, ShareLinks, ShareLinkTarget, ShareOptions } from './types';

/** The English defaults of the message templates. */
export const DEFAULT_SHARE_MESSAGES = {
  post: 'I earned the {name} badge from {issuer}!',
  emailSubject: 'My {name} badge from {issuer}',
  emailBody: 'I earned the {name} badge from {issuer}.\nYou can verify it here: {url}',
};

/** Which issuer switch governs a share feature. */
export type ShareFeature = keyof BadgeShareSwitches;

const FEATURE: Record<ShareLinkTarget, ShareFeature> = {
  linkedInAddToProfile: 'addToLinkedIn',
  linkedInPost: 'sharing',
  x: 'sharing',
  facebook: 'sharing',
  email: 'emailShare',
};

/**
 * Why a badge cannot be shared through a feature, or `undefined` when it can. Precedence:
 * revoked, pending (fix: accept), issuer switch disabled, private (fix: make public), no public URL.
 */
export function getShareIssue(badge: Badge, feature: ShareFeature): ShareIssue | undefined {
  const publicUrl = safeHttpUrl(badge.publicUrl);
  const switchValue = badge.shareSwitches?.[feature];
  if (badge.status === 'revoked') return { reason: 'revoked' };
  if (badge.status === 'pending') return { reason: 'pending', fix: badge.pendingReason === 'accept' ? { kind: 'accept', url: safeHttpUrl(badge.acceptUrl) } : undefined };
  if (switchValue === 'disabled') return { reason: 'disabled-by-issuer' };
  // A private switch is the issuer's choice; a private page is the learner's, so it has a fix.
  if (switchValue === 'private') return { reason: 'private' };
  if (badge.isPublic === false) return { reason: 'private', fix: { kind: 'make-public', url: publicUrl } };
  if (!publicUrl) return { reason: 'no-public-url' };
}

const months = (prefix: 'issue' | 'expiration', value?: string) => {
  const parts = value ? calendarParts(value) : undefined;
  return { [`${prefix}Year`]: parts?.year, [`${prefix}Month`]: parts?.month };
};

/**
 * Builds every share URL for a badge, and says for each target it leaves out why (and how to fix
 * it). URLs only ever point at https share endpoints and the badge's own http(s) public page.
 */
export function buildShareLinks(badge: Badge, options: ShareOptions = {}): ShareLinks {
  const url = safeHttpUrl(badge.publicUrl) ?? '';
  const messages = { ...DEFAULT_SHARE_MESSAGES, ...options.messages };
  const values = { name: badge.name, issuer: badge.issuer.name, url };
  const expired = badge.status === 'expired' || isPastExpiry(badge.expiresAt, options.now);
  const result: ShareLinks = { unavailable: {} };
  const orgId = [badge.issuer.linkedInOrganizationId, options.linkedInOrganizationIds?.[badge.issuer.name]].find((id) => /^\d+$/.test(id?.trim() ?? ''))?.trim();
  const hashtags = (options.hashtags ?? []).filter((tag) => /^[\p{L}\p{N}_]+$/u.test(tag)).join(',');
  const via = /^\w{1,15}$/.test(options.via ?? '') ? options.via : undefined;
  // X shows "text url #tag… via @via" (a URL weighs 23): the text gets what the rest leaves of
  // 280; hashtags are dropped when they would take more than half of it.
  const base = 24 + (via ? xWeight(` via @${via}`) : 0);
  const tagCost = hashtags ? xWeight(` #${hashtags.replace(/,/g, ' #')}`) : 0;
  const tags = base + tagCost <= 140;
  const header = (template: string) => encode(fill(template, values).replace(/\r?\n/g, '\r\n'));

  const urls: Record<ShareLinkTarget, string> = {
    linkedInAddToProfile: withQuery('https://www.linkedin.com/profile/add', {
      startTask: 'CERTIFICATION_NAME',
      name: badge.name,
      ...(orgId ? { organizationId: orgId } : { organizationName: badge.issuer.name }),
      ...months('issue', badge.issuedAt),
      ...months('expiration', badge.expiresAt),
      certUrl: url,
      certId: badge.id,
    }),
    linkedInPost: withQuery('https://www.linkedin.com/sharing/share-offsite/', { url }),
    x: withQuery('https://twitter.com/intent/tweet', {
      text: fitText(fill(messages.post, values), 280 - base - (tags ? tagCost : 0), options.locale),
      url,
      hashtags: tags ? hashtags : undefined,
      via,
    }),
    facebook: withQuery('https://www.facebook.com/sharer/sharer.php', { u: url }),
    email: `mailto:?subject=${header(messages.emailSubject)}&body=${header(messages.emailBody)}`,
  };

  for (const target of Object.keys(urls) as ShareLinkTarget[]) {
    const issue = getShareIssue(badge, FEATURE[target]);
    if (issue) result.unavailable[target] = issue;
    else {
      result[target] = urls[target];
      if (expired && target !== 'linkedInAddToProfile') (result.warnings ??= {})[target] = { reason: 'expired', fix: { kind: 'renew' } };
    }
  }
  return result;
}
