/**
 * fast-check arbitraries that generate VALID payloads of every supported format: realistic
 * values (texts in several scripts, safe URLs, ISO dates with offsets and date-only values,
 * optional fields present or absent or null), each item with an id unique in its list.
 * "Valid" means: the parser must turn the item into a badge with no problem at all.
 */
import fc from 'fast-check';
import type { BadgeFormat } from '../../src/model';

type Obj = Record<string, unknown>;

const WORDS = [
  'Data', 'Design', 'Cloud', 'Safety', 'Python', 'Leadership', 'Ecology', 'Statistics',
  'بيانات', 'تصميم', 'שיתוף', '数据分析', 'デザイン', 'Ευρώπη', 'Überprüfung', 'Sécurité', 'Ñandú', '🎓',
];
const HOSTS = ['credentials.example.org', 'www.credly.com', 'images.credly.com', 'learn.northwind.example', 'badges.fenwick.example'];

/** Visible text of one to five words in several scripts (never empty after trim). */
export const text = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 }).map((words) => words.join(' '));
/** An absolute https URL on a realistic host. */
export const url = fc
  .tuple(fc.constantFrom(...HOSTS), fc.array(fc.stringMatching(/^[a-z0-9-]{1,12}$/), { minLength: 1, maxLength: 3 }))
  .map(([host, path]) => `https://${host}/${path.join('/')}`);
/** An image URL: https, or sometimes a small data:image URI. */
export const image = fc.oneof({ weight: 5, arbitrary: url }, { weight: 1, arbitrary: fc.constant('data:image/png;base64,iVBORw0KGgo=') });

const when = fc.date({ min: new Date('2001-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true });
const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');
/** An instant as providers send it: `Z`, milliseconds, an offset (`+05:30`, `-0500`) or no zone at all. */
export const instant = fc.tuple(when, fc.integer({ min: 0, max: 4 }), fc.integer({ min: -12, max: 14 })).map(([date, style, hours]) => {
  const iso = date.toISOString();
  if (style === 0) return iso.replace(/\.\d{3}Z$/, 'Z');
  if (style === 1) return iso;
  if (style === 2) return iso.slice(0, 19);
  const local = new Date(date.getTime() + hours * 3_600_000).toISOString().slice(0, 19);
  const sign = hours < 0 ? '-' : '+';
  return style === 3 ? `${local}${sign}${pad(hours)}:00` : `${local}.000${sign}${pad(hours)}00`;
});
/** A calendar date (`2026-03-01`). */
export const dateOnly = when.map((date) => date.toISOString().slice(0, 10));
/** A date as instant or date-only. */
export const anyDate = fc.oneof(instant, dateOnly);

const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const uuid = fc.uuid();
const ratioOf = (done: number, total: number) => (total ? done / total : 0);
const switches = fc.record({
  add_to_linkedin: fc.constantFrom('public', 'private', 'disabled'),
  embed: fc.constantFrom('public', 'private', 'disabled'),
  email_share: fc.constantFrom('public', 'private', 'disabled'),
  download_badge: fc.constantFrom('public', 'private', 'disabled'),
  sharing: fc.constantFrom('public', 'private', 'disabled'),
});

const openedx = fc.record(
  {
    uuid,
    origin: fc.constantFrom('credly', 'accredible'),
    external_id: uuid,
    state: fc.constantFrom('accepted', 'pending', 'created', 'no_response', 'error', 'revoked', 'expired'),
    awarded_at: opt(instant),
    expires_at: opt(anyDate),
    public_url: opt(url),
    accept_url: opt(url),
    is_public: opt(fc.boolean()),
    revocation_reason: opt(text),
    template: fc.record(
      {
        uuid,
        name: text,
        description: text,
        image_url: image,
        skills: fc.array(text, { maxLength: 4 }),
        criteria_url: url,
        criteria_narrative: text,
        issuer: fc.record({ name: text, url, image_url: image, linkedin_organization_id: fc.stringMatching(/^[0-9]{5,9}$/) }, { requiredKeys: [] }),
      },
      { requiredKeys: ['uuid', 'name'] },
    ),
    course: opt(fc.record({ key: fc.stringMatching(/^course-v1:[A-Za-z]{2,8}\+[A-Z0-9]{2,6}\+20[0-9]{2}$/), name: text, url }, { requiredKeys: ['key'] })),
    share_switches: opt(switches),
  },
  { requiredKeys: ['origin', 'external_id', 'template'] },
);

const requirement = fc.record({ id: fc.integer({ min: 1, max: 99999 }).map(String), description: text, fulfilled: fc.boolean(), url: opt(url) }, { requiredKeys: ['id', 'description'] });
const progress = fc
  .record(
    {
      template: fc.record(
        {
          uuid,
          origin: fc.constantFrom('credly', 'accredible'),
          name: text,
          description: text,
          image_url: image,
          issuer: fc.record({ name: text }),
          course: fc.record({ key: fc.constant('course-v1:Org+C1+2026'), name: text, url }),
        },
        { requiredKeys: ['uuid', 'origin', 'name'] },
      ),
      groups: fc.array(fc.record({ blend: fc.constantFrom(...'ABCDEFGH'), requirements: fc.array(requirement, { minLength: 1, maxLength: 3 }) }), { maxLength: 5 }),
      resets: fc.array(fc.record({ requirement_ids: fc.array(fc.integer({ min: 1, max: 99999 }).map(String), { maxLength: 3 }), reason: opt(text), occurred_at: opt(instant) }), { maxLength: 2 }),
      earned_badge_id: opt(uuid),
      sendFlags: fc.boolean(),
    },
    { requiredKeys: ['template', 'groups', 'resets', 'sendFlags'] },
  )
  .map(({ sendFlags, ...item }) => {
    // The server computes group flags and the ratio from the fulfilments; sometimes it omits them.
    const groups = (item.groups ?? []).map((g) => ({ ...g, ...(sendFlags && { fulfilled: g.requirements.some((r) => r.fulfilled) }) }));
    const ratio = ratioOf(groups.filter((g) => g.requirements.some((r) => r.fulfilled)).length, groups.length);
    return { ...item, groups, ...(sendFlags && { ratio, completed: ratio === 1 }) };
  });

const legacy = fc.record(
  {
    badge_class: fc.record(
      {
        slug: fc.stringMatching(/^[a-z][a-z0-9_]{2,20}$/),
        issuing_component: fc.constant(''),
        display_name: text,
        course_id: fc.constant('course-v1:Riverbend+STAT101+2019_Fall'),
        description: text,
        criteria: fc.oneof(url, text),
        image_url: url,
      },
      { requiredKeys: ['slug', 'display_name'] },
    ),
    image_url: url,
    assertion_url: fc.constant(''),
    created: instant,
  },
  { requiredKeys: ['badge_class', 'assertion_url'] },
);


const credlyItem = (earner: boolean) =>
  fc.record<Obj, string>(
    {
      id: uuid,
      state: fc.constantFrom('accepted', 'pending', 'revoked', 'expired'),
      public: fc.boolean(),
      issued_at: opt(instant),
      issued_at_date: opt(dateOnly),
      expires_at: opt(instant),
      expires_at_date: opt(dateOnly),
      revocation_reason: opt(text),
      image_url: url,
      image: fc.record({ url }),
      ...(earner ? { earner_path: fc.constant('/users/someone'), user_is_earner: fc.boolean() } : { badge_url: url, accept_badge_url: url }),
      issuer: fc.record({
        entities: fc.array(fc.record({ primary: fc.boolean(), entity: fc.record({ name: text, vanity_url: url }, { requiredKeys: ['name'] }) }), { maxLength: 3 }),
      }),
      badge_template: fc.record(
        {
          id: uuid,
          name: text,
          description: text,
          url,
          image_url: url,
          skills: earner
            ? fc.array(fc.record({ id: uuid, name: text, vanity_slug: fc.constant('skill') }), { minLength: 1, maxLength: 4 })
            : fc.array(text, { maxLength: 4 }),
          alignments: fc.array(fc.record({ name: text, url, description: text }, { requiredKeys: ['name'] }), { maxLength: 2 }),
        },
        { requiredKeys: ['id', 'name', 'skills'] },
      ),
      evidence: fc.array(
        fc.oneof(
          fc.record({ type: fc.constant('UrlEvidence'), name: text, value: url, description: text }, { requiredKeys: ['type', 'name'] }),
          fc.record({ type: fc.constant('IdEvidence'), name: text, value: text }),
        ),
        { maxLength: 3 },
      ),
    },
    { requiredKeys: ['id', 'badge_template', ...(earner ? ['earner_path'] : [])] },
  ) as fc.Arbitrary<Obj>;

const accredible = (slim: boolean) =>
  fc.record<Obj, string>(
    {
      id: fc.integer({ min: 1, max: 99_999_999 }),
      name: text,
      description: text,
      approve: fc.boolean(),
      issued_on: anyDate,
      expired_on: opt(anyDate),
      private: fc.boolean(),
      seo_image: url,
      ...(slim
        ? { issuer_id: fc.integer({ min: 1, max: 9999 }), group: fc.record({ course_name: text, name: text, id: fc.integer({ min: 1, max: 99999 }) }) }
        : {
            url,
            group_name: text,
            group_id: fc.integer({ min: 1, max: 99999 }),
            badge: fc.record({ image: fc.record({ preview: url }) }),
            evidence_items: fc.array(fc.record({ description: text, link_url: opt(url) }), { maxLength: 3 }),
            issuer: fc.record({ name: text, url, recipient_functions: switches }, { requiredKeys: [] }),
          }),
    },
    { requiredKeys: ['id', 'name', 'issued_on', ...(slim ? ['issuer_id'] : [])] },
  ) as fc.Arbitrary<Obj>;

const alignment = fc.record({ targetName: text, targetUrl: url, targetFramework: text, targetCode: fc.stringMatching(/^[A-Z]{2,4}[0-9]{1,3}$/) }, { requiredKeys: ['targetName'] });
const oneOrMany = <T>(arb: fc.Arbitrary<T>) => fc.oneof(arb, fc.array(arb, { maxLength: 3 }));

const ob2 = fc.record(
  {
    '@context': fc.constant('https://w3id.org/openbadges/v2'),
    type: fc.constant('Assertion'),
    id: fc.constant(''),
    recipient: fc.record({ type: fc.constant('email'), hashed: fc.constant(true), identity: fc.constant('sha256$00') }),
    issuedOn: instant,
    expires: anyDate,
    image: fc.oneof(url, url.map((id) => ({ id }))),
    evidence: oneOrMany(fc.oneof(url, fc.record({ id: url, name: text, narrative: text }, { requiredKeys: ['id'] }))),
    narrative: text,
    verification: fc.constant({ type: 'hosted' }),
    revoked: fc.boolean(),
    revocationReason: text,
    badge: fc.record(
      {
        type: fc.constant('BadgeClass'),
        id: url,
        name: text,
        description: text,
        image: url,
        criteria: fc.oneof(url, fc.record({ id: url, narrative: text }, { requiredKeys: [] })),
        tags: oneOrMany(text),
        alignment: oneOrMany(alignment),
        issuer: fc.record({ type: fc.constant('Issuer'), id: url, name: text, url, image: url }, { requiredKeys: ['name'] }),
      },
      { requiredKeys: ['name', 'issuer'] },
    ),
  },
  { requiredKeys: ['type', 'id', 'badge', 'issuedOn'] },
);

const ob3 = fc
  .record(
    {
      '@context': fc.constant(['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json']),
      id: fc.constant(''),
      type: fc.constantFrom(['VerifiableCredential', 'OpenBadgeCredential'], 'OpenBadgeCredential', ['VerifiableCredential', 'AchievementCredential']),
      issuer: fc.record({ id: url, type: fc.constant('Profile'), name: text, url, image: url }, { requiredKeys: ['id'] }),
      vc2: fc.boolean(),
      from: instant,
      until: fc.option(instant, { nil: undefined }),
      name: text,
      credentialSubject: fc.record({
        type: fc.constant('AchievementSubject'),
        achievement: fc.record(
          {
            id: url,
            type: fc.constant('Achievement'),
            name: text,
            description: text,
            criteria: fc.oneof(fc.record({ narrative: text }), fc.record({ id: url })),
            image: fc.oneof(url, url.map((id) => ({ id, type: 'Image' }))),
            achievementType: fc.constant('Badge'),
            tag: fc.array(text, { maxLength: 3 }),
            alignment: fc.array(alignment, { maxLength: 2 }),
          },
          { requiredKeys: ['name'] },
        ),
      }),
      credentialStatus: fc.record({ type: fc.constant('1EdTechRevocationList'), revoked: fc.boolean(), revocationReason: text }, { requiredKeys: ['type'] }),
    },
    { requiredKeys: ['type', 'id', 'issuer', 'vc2', 'from', 'credentialSubject'] },
  )
  .map(({ vc2, from, until, ...item }) => ({
    ...item,
    ...(vc2 ? { validFrom: from, ...(until && { validUntil: until }) } : { issuanceDate: from, ...(until && { expirationDate: until }) }),
  }));

/** How one format is generated, wrapped, identified and parsed. */
export interface FormatSpec {
  /** Name in reports: a badge format, or `openedx-progress`. */
  name: BadgeFormat | 'openedx-progress';
  /** Formats detection may report for it (Credly's two share one reader, as do Accredible's). */
  detected: BadgeFormat[];
  item: fc.Arbitrary<Obj>;
  /** Gives item `i` an id unique in its list; returns the id the parsed badge must carry. */
  identify(item: Obj, i: number): string;
  /** Envelopes this format arrives in. */
  envelopes: ((items: Obj[]) => unknown)[];
  progress?: boolean;
}

const page = (items: Obj[]) => ({ count: items.length, next: null, previous: null, results: items });
const credlyPage = (items: Obj[]) => ({ data: items, metadata: { count: items.length, current_page: 1, total_count: items.length, total_pages: 1, per: 50, next_page_url: null } });
const bare = (items: Obj[]) => items;
const set = (item: Obj, key: string, value: unknown) => {
  item[key] = value;
  return value as string;
};
const suffix = (value: unknown, i: number) => `${String(value).slice(0, 30)}-${i}`;

/** Every format, with its generator. */
export const SPECS: FormatSpec[] = [
  { name: 'openedx', detected: ['openedx'], item: openedx, identify: (it, i) => set(it, 'external_id', suffix(it.external_id, i)), envelopes: [page, bare] },
  {
    name: 'openedx-progress',
    detected: ['openedx'],
    item: progress,
    identify: (it, i) => set(it.template as Obj, 'uuid', suffix((it.template as Obj).uuid, i)),
    envelopes: [page, bare],
    progress: true,
  },
  {
    name: 'openedx-legacy',
    detected: ['openedx-legacy'],
    item: legacy,
    identify: (it, i) => {
      const id = `${(it.badge_class as Obj).slug}-${i}`;
      it.assertion_url = `https://badgr.riverbend.example/public/assertions/${id}`;
      return id;
    },
    envelopes: [(items) => ({ count: items.length, previous: null, next: null, num_pages: 1, results: items }), bare],
  },
  { name: 'credly', detected: ['credly', 'credly-earner'], item: credlyItem(false), identify: (it, i) => set(it, 'id', suffix(it.id, i)), envelopes: [credlyPage, bare] },
  { name: 'credly-earner', detected: ['credly-earner'], item: credlyItem(true), identify: (it, i) => set(it, 'id', suffix(it.id, i)), envelopes: [credlyPage, bare] },
  {
    name: 'accredible-v1',
    detected: ['accredible-v1', 'accredible-v2'],
    item: accredible(false),
    identify: (it, i) => String(set(it, 'id', Number(it.id) * 100 + i)),
    envelopes: [(items) => ({ credentials: items, meta: { count: items.length, current_page: 1, total_pages: 1 } }), bare],
  },
  {
    name: 'accredible-v2',
    detected: ['accredible-v2', 'accredible-v1'],
    item: accredible(true),
    identify: (it, i) => String(set(it, 'id', Number(it.id) * 100 + i)),
    envelopes: [(items) => ({ credentials: items, meta: { count: items.length, from: 0, size: 50 } }), bare],
  },
  {
    name: 'openbadges2',
    detected: ['openbadges2'],
    item: ob2,
    identify: (it, i) => set(it, 'id', `https://badges.fenwick.example/assertions/${i}`),
    envelopes: [bare],
  },
  {
    name: 'openbadges3',
    detected: ['openbadges3'],
    item: ob3,
    identify: (it, i) => set(it, 'id', `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`),
    envelopes: [bare, (items) => ({ type: 'VerifiablePresentation', verifiableCredential: items })],
  },
];
