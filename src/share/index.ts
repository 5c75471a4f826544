/** Share builders: pure functions of a badge (no React). */
export { buildShareLinks, getShareIssue, DEFAULT_SHARE_MESSAGES } from './links';
export type { ShareFeature } from './links';
export { buildEmailSignature, buildEmbedHtml, signatureParts, SHARE_IMAGE_SIZES, DEFAULT_SIGNATURE_MESSAGES } from './signature';
export type { SignatureParts } from './signature';
export { xWeight, fitText, PLACEHOLDERS } from './text';
export type * from './types';
