/**
 * The parsers: any supported badges payload → the normalized model, synchronously and purely.
 * `parseBadges` detects the format once from the envelope (or takes `options.format`) and parses
 * item by item: a malformed item becomes a problem and never hides the valid ones. Only an
 * unrecognised envelope throws (`BadgeFormatError`). See docs/decisions/0001-public-api.md.
 */
import { BadgeFormatError } from '../model';
import type { Badge, BadgeFormat, BadgeProblem, BadgeProgressData, ParseResult } from '../model';
import { isObject, parseItems } from './common';
import type { Item, ParseOptions } from './common';
import { parseAccredibleBadge } from './accredible';
import { parseCredlyBadge } from './credly';
import { describe, readEnvelope } from './detect';
import { parseOpenBadges2, parseOpenBadges3 } from './openbadges';
import { parseOpenedxBadge } from './openedx';
import { parseLegacyBadge } from './openedx-legacy';
import { parseOpenedxProgress } from './openedx-progress';

export type { ParseOptions } from './common';
export { detectFormat } from './detect';

const PARSERS: Record<BadgeFormat, (it: Item) => Badge> = {
  openedx: parseOpenedxBadge,
  'openedx-legacy': parseLegacyBadge,
  credly: parseCredlyBadge,
  'credly-earner': parseCredlyBadge,
  'accredible-v1': parseAccredibleBadge,
  'accredible-v2': parseAccredibleBadge,
  openbadges2: parseOpenBadges2,
  openbadges3: parseOpenBadges3,
};
const FORMATS = /* @__PURE__ */ Object.keys(PARSERS) as BadgeFormat[];

/** Reads the envelope (`allowed` formats only) and parses its items with `parse` (by default the format's parser). */
function run<T>(input: unknown, options: ParseOptions, allowed: BadgeFormat[], parse?: (it: Item) => T): ParseResult<T> {
  const opts = options ?? {};
  const forced = opts.format;
  if (forced !== undefined && !allowed.includes(forced)) {
    throw new BadgeFormatError(`Unknown options.format ${JSON.stringify(forced)}: use one of ${allowed.join(', ')}`, String(forced));
  }
  const { format, items, page } = readEnvelope(input, forced ?? (parse && 'openedx'), FORMATS);
  const problems: BadgeProblem[] = [];
  const badges = parseItems(items, parse ?? (PARSERS[format] as unknown as (it: Item) => T), problems, opts);
  return { format, badges, problems, ...(page && { page }) };
}

/**
 * Parses earned badges from any supported payload: a single item, a list, or a page of the Open
 * edX contract, the legacy edx-platform API, Credly (org API, earner JSON), Accredible (v1, v2
 * search), Open Badges 2.0 assertions or Open Badges 3.0 credentials.
 * @returns the detected format, the badges, one problem per unusable item or dropped field, and
 * pagination facts (`page.next`, `page.count`, …) when the envelope has them.
 * @throws {BadgeFormatError} only when the envelope matches no supported format.
 */
export function parseBadges(input: unknown, options: ParseOptions = {}): ParseResult<Badge> {
  return run(input, options, FORMATS);
}

/**
 * Parses progress toward badges from the Open edX contract: a progress item, a list or a page.
 * Ratios are clamped to 0..1 with 2 decimals, `completed` is `ratio === 1`, a group is fulfilled
 * when one of its requirements is, and penalties become `resets`.
 * @throws {BadgeFormatError} only when the payload is not a progress item, list or page.
 */
export function parseProgress(input: unknown, options: ParseOptions = {}): ParseResult<BadgeProgressData> {
  if (isObject(input) && !Array.isArray(input.results) && !('template' in input)) {
    throw new BadgeFormatError(`Not a progress item, list or page: got ${describe(input)}`, 'openedx');
  }
  return run(input, options, ['openedx'], parseOpenedxProgress);
}
