/**
 * Payload builders for the XSS corpus: benign items of every supported format, and the list of
 * every text and URL field of each, so a vector can be placed into any field. All values are
 * invented for this project.
 */

/** A payload family the corpus is injected into. */
export type PayloadFormat = 'openedx' | 'openedx-progress' | 'credly' | 'accredible-v1' | 'openbadges2' | 'openbadges3';

/** The provider state an item needs for a field to be read (e.g. an accept URL only while pending). */
export type ItemVariant = 'accepted' | 'pending' | 'revoked';

/** Where a text field is shown, so a test can prove the hostile string really rendered as text. */
export type Surface = 'card' | 'detail' | 'linkedin' | 'signature' | 'progress';

/** One field of one format. */
export interface FieldSpec {
  format: PayloadFormat;
  /** Dotted path in the item (numeric segments index arrays). */
  path: string;
  kind: 'text' | 'url';
  variant: ItemVariant;
  /** Surfaces that must show the value as text (text fields only). */
  shows: Surface[];
}

type Json = Record<string, unknown>;

const IMG = 'https://images.example-badges.org/size/340x340/images/5c1d/badge.png';
const ISSUER_IMG = 'https://images.example-badges.org/size/110x110/images/org/logo.png';
const COURSE = (n: number) => ({ key: `course-v1:Lakeside+SEC${n}+2026_T1`, name: `Secure Coding ${n}`, url: `https://apps.example.org/learning/course/course-v1:Lakeside+SEC${n}+2026_T1/home` });

function openedx(n: number, variant: ItemVariant): Json {
  const id = `0b7e${String(n).padStart(4, '0')}-5c1d-4e8a-9f3b-a1c2d3e4f5a6`;
  return {
    uuid: `c3d4${String(n).padStart(4, '0')}-1111-4222-8333-444455556666`,
    origin: 'credly',
    external_id: id,
    state: variant,
    awarded_at: '2026-03-01T10:00:00Z',
    expires_at: null,
    public_url: variant === 'pending' ? null : `https://www.credly.com/badges/${id}`,
    accept_url: variant === 'pending' ? `https://www.credly.com/badges/${id}/accept` : null,
    is_public: variant !== 'pending',
    revocation_reason: variant === 'revoked' ? 'Issued in error.' : null,
    template: {
      uuid: `tpl-${n}`,
      name: `Open edX probe ${n}`,
      description: 'Earners can explain common web vulnerabilities.',
      image_url: IMG,
      skills: ['Threat modelling'],
      criteria_url: 'https://learn.lakeside.example.edu/criteria/secure-coding',
      criteria_narrative: 'Pass the final exam with 70% or more.',
      issuer: { name: 'Lakeside University', url: 'https://www.lakeside.example.edu/', image_url: ISSUER_IMG, linkedin_organization_id: '10452210' },
    },
    course: COURSE(n),
    share_switches: null,
  };
}

function progress(n: number): Json {
  return {
    template: {
      uuid: `ptpl-${n}`,
      origin: 'credly',
      name: `Progress probe ${n}`,
      description: 'Complete the secure coding path.',
      image_url: IMG,
      issuer: { name: 'Lakeside University', url: 'https://www.lakeside.example.edu/', image_url: ISSUER_IMG },
      course: COURSE(n),
    },
    ratio: 0.5,
    completed: false,
    groups: [
      { blend: 'A', fulfilled: true, requirements: [{ id: `r${n}a`, description: 'Pass Web Basics', fulfilled: true, url: 'https://apps.example.org/learning/course/web/home' }] },
      {
        blend: 'B',
        fulfilled: false,
        requirements: [
          { id: `r${n}b`, description: 'Pass Injection Attacks', fulfilled: false, url: 'https://apps.example.org/learning/course/inject/home' },
          { id: `r${n}c`, description: 'Pass Browser Security', fulfilled: false, url: null },
        ],
      },
    ],
    resets: [{ requirement_ids: [`r${n}b`], reason: 'The course grade fell below passing after a regrade', occurred_at: '2026-04-02T08:00:00Z' }],
    earned_badge_id: null,
  };
}

function credly(n: number, variant: ItemVariant): Json {
  const id = `2e7d${String(n).padStart(4, '0')}-c6a3-4f58-8e0b-d1f4a7c92b65`;
  return {
    id,
    state: variant,
    public: true,
    issued_at: '2026-01-31T23:30:00.000Z',
    expires_at: null,
    revocation_reason: variant === 'revoked' ? 'Issued in error.' : null,
    image_url: IMG,
    badge_url: `https://www.credly.com/badges/${id}`,
    accept_badge_url: variant === 'pending' ? `https://www.credly.com/badges/${id}/accept` : null,
    issuer: { entities: [{ label: 'Issued by', primary: true, entity: { type: 'Organization', name: 'Lakeside University', vanity_url: 'https://www.credly.com/org/lakeside-university' } }] },
    badge_template: {
      id: `c0d1${String(n).padStart(4, '0')}-a4b5-4c6d-8e7f-901a2b3c4d5e`,
      name: `Credly probe ${n}`,
      description: 'Earners train and evaluate models.',
      url: 'https://www.credly.com/org/lakeside-university/badge/applied-ml',
      image_url: IMG,
      skills: ['Machine Learning'],
      alignments: [{ name: 'ESCO: machine learning', url: 'http://data.europa.eu/esco/skill/ml-example', description: 'Use algorithms that learn from data.' }],
    },
    evidence: [
      { type: 'UrlEvidence', name: 'Capstone repository', url: 'https://git.example.org/capstone', description: 'Source of the capstone.' },
      { type: 'IdEvidence', name: 'Essay', value: 'A reflection on model bias.', description: 'Written component.' },
    ],
  };
}

function accredible(n: number): Json {
  return {
    id: 61_450_000 + n,
    name: `Accredible probe ${n}`,
    description: 'Basic life support for healthcare providers.',
    approve: true,
    issued_on: '2026-05-02',
    expired_on: null,
    group_name: 'Life Support',
    group_id: 80_500,
    url: `https://credentials.harbourview.example.ac/${61_450_000 + n}`,
    private: false,
    badge: { image: { preview: `https://api.accredible.com/v1/frontend/credential_badge_image/${61_450_000 + n}` } },
    seo_image: IMG,
    evidence_items: [{ description: 'Skills checklist', link_url: 'https://harbourview.example.ac/evidence/1' }],
    issuer: { name: 'Harbourview Institute', url: 'https://harbourview.example.ac', id: 7712 },
  };
}

function openBadges2(n: number, variant: ItemVariant): Json {
  return {
    '@context': 'https://w3id.org/openbadges/v2',
    type: 'Assertion',
    id: `https://badges.fenwick-college.example/assertions/${n}`,
    recipient: { type: 'email', hashed: true, identity: 'sha256$4a1f0c9b8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b' },
    issuedOn: '2025-11-03T09:30:00+01:00',
    verification: { type: 'hosted' },
    image: IMG,
    narrative: 'Mapped seagrass coverage with a drone.',
    evidence: { id: 'https://portfolio.fenwick-college.example/reef-survey', name: 'Reef survey report', description: 'Survey data and report.', narrative: 'Led a three-week survey.' },
    ...(variant === 'revoked' ? { revoked: true, revocationReason: 'Issued in error.' } : {}),
    badge: {
      type: 'BadgeClass',
      id: `https://badges.fenwick-college.example/badgeclasses/${n}`,
      name: `Open Badges 2 probe ${n}`,
      description: 'Planned and completed a field survey.',
      image: IMG,
      criteria: { id: 'https://www.fenwick-college.example/criteria', narrative: 'Complete a supervised field survey.' },
      tags: ['marine biology'],
      alignment: [{ targetName: 'Ocean Literacy 5', targetUrl: 'https://oceanliteracy.example.org/5', targetDescription: 'Life in the ocean.', targetFramework: 'Ocean Literacy', targetCode: 'OLP5' }],
      issuer: { type: 'Issuer', id: 'https://badges.fenwick-college.example/issuer.json', name: 'Fenwick College', url: 'https://www.fenwick-college.example', image: ISSUER_IMG },
    },
  };
}

function openBadges3(n: number, variant: ItemVariant): Json {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
    id: `https://credentials.granite-state-tech.example/credentials/${n}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: 'https://credentials.granite-state-tech.example/issuer', type: ['Profile'], name: 'Granite State Technical College', url: 'https://www.granite-state-tech.example', image: ISSUER_IMG },
    validFrom: '2026-06-01T00:00:00Z',
    ...(variant === 'revoked' ? { credentialStatus: { id: `https://credentials.granite-state-tech.example/status/${n}`, type: '1EdTechRevocationList', revoked: true, revocationReason: 'Issued in error.' } } : {}),
    credentialSubject: {
      type: 'AchievementSubject',
      achievement: {
        id: `https://credentials.granite-state-tech.example/achievements/${n}`,
        type: 'Achievement',
        name: `Open Badges 3 probe ${n}`,
        description: 'TCP/IP, subnetting and routing basics.',
        criteria: { id: 'https://www.granite-state-tech.example/criteria', narrative: 'Pass the networking lab.' },
        image: { id: IMG, type: 'Image' },
        tag: ['Networking'],
        alignment: [{ type: ['Alignment'], targetName: 'Configure IP addressing', targetUrl: 'https://frameworks.example.org/it/ip', targetCode: 'IT.NET.3' }],
      },
    },
    evidence: [{ id: 'https://portfolio.granite-state-tech.example/lab', name: 'Lab report', narrative: 'Configured a routed network.', description: 'Graded lab.' }],
  };
}

/** A benign item of a format in a variant; `n` keeps ids unique within a payload. */
export function benignItem(format: PayloadFormat, n: number, variant: ItemVariant = 'accepted'): Json {
  switch (format) {
    case 'openedx':
      return openedx(n, variant);
    case 'openedx-progress':
      return progress(n);
    case 'credly':
      return credly(n, variant);
    case 'accredible-v1':
      return accredible(n);
    case 'openbadges2':
      return openBadges2(n, variant);
    case 'openbadges3':
      return openBadges3(n, variant);
    default:
      return format satisfies never;
  }
}

/** Wraps items in the envelope of their format. */
export function envelope(format: PayloadFormat, items: Json[]): unknown {
  switch (format) {
    case 'openedx':
    case 'openedx-progress':
      return { count: items.length, next: null, previous: null, results: items };
    case 'credly':
      return { data: items, metadata: { count: items.length, current_page: 1, total_count: items.length, total_pages: 1, per: 50, previous_page_url: null, next_page_url: null } };
    case 'accredible-v1':
      return { credentials: items, meta: { current_page: 1, next_page: null, prev_page: null, total_pages: 1, total_count: items.length, page_size: 50 } };
    case 'openbadges2':
    case 'openbadges3':
      return items;
    default:
      return format satisfies never;
  }
}

const T = (format: PayloadFormat, path: string, shows: Surface[] = [], variant: ItemVariant = 'accepted'): FieldSpec => ({ format, path, kind: 'text', variant, shows });
const U = (format: PayloadFormat, path: string, variant: ItemVariant = 'accepted'): FieldSpec => ({ format, path, kind: 'url', variant, shows: [] });
const A = 'credentialSubject.achievement';

/** Every text and URL field of every format. */
export const FIELDS: readonly FieldSpec[] = [
  // Open edX learner badges contract
  T('openedx', 'external_id', ['linkedin']),
  T('openedx', 'template.uuid'),
  T('openedx', 'template.name', ['card', 'detail', 'linkedin', 'signature']),
  T('openedx', 'template.description', ['detail']),
  T('openedx', 'template.skills.0', ['detail']),
  T('openedx', 'template.criteria_narrative', ['detail']),
  T('openedx', 'template.issuer.name', ['card', 'detail', 'linkedin', 'signature']),
  T('openedx', 'template.issuer.linkedin_organization_id'),
  T('openedx', 'course.key'),
  T('openedx', 'course.name'),
  T('openedx', 'revocation_reason', ['detail'], 'revoked'),
  U('openedx', 'public_url'),
  U('openedx', 'template.image_url'),
  U('openedx', 'template.issuer.url'),
  U('openedx', 'template.issuer.image_url'),
  U('openedx', 'template.criteria_url'),
  U('openedx', 'course.url'),
  U('openedx', 'accept_url', 'pending'),
  // Open edX progress contract
  T('openedx-progress', 'template.uuid'),
  T('openedx-progress', 'template.name', ['progress']),
  T('openedx-progress', 'template.description', ['progress']),
  T('openedx-progress', 'template.issuer.name'),
  T('openedx-progress', 'template.course.key'),
  T('openedx-progress', 'template.course.name'),
  T('openedx-progress', 'groups.0.blend'),
  T('openedx-progress', 'groups.0.requirements.0.description', ['progress']),
  T('openedx-progress', 'groups.1.requirements.1.description', ['progress']),
  T('openedx-progress', 'resets.0.reason', ['progress']),
  T('openedx-progress', 'earned_badge_id'),
  U('openedx-progress', 'template.image_url'),
  U('openedx-progress', 'template.issuer.url'),
  U('openedx-progress', 'template.issuer.image_url'),
  U('openedx-progress', 'template.course.url'),
  U('openedx-progress', 'groups.0.requirements.0.url'),
  U('openedx-progress', 'groups.1.requirements.0.url'),
  // Credly organization API
  T('credly', 'id', ['linkedin']),
  T('credly', 'badge_template.id'),
  T('credly', 'badge_template.name', ['card', 'detail', 'linkedin', 'signature']),
  T('credly', 'badge_template.description', ['detail']),
  T('credly', 'badge_template.skills.0', ['detail']),
  T('credly', 'issuer.entities.0.entity.name', ['card', 'detail', 'linkedin', 'signature']),
  T('credly', 'badge_template.alignments.0.name', ['detail']),
  T('credly', 'badge_template.alignments.0.description', ['detail']),
  T('credly', 'evidence.0.name', ['detail']),
  T('credly', 'evidence.0.description', ['detail']),
  T('credly', 'evidence.1.value', []),
  T('credly', 'revocation_reason', ['detail'], 'revoked'),
  U('credly', 'image_url'),
  U('credly', 'badge_template.image_url'),
  U('credly', 'badge_url'),
  U('credly', 'badge_template.url'),
  U('credly', 'issuer.entities.0.entity.vanity_url'),
  U('credly', 'evidence.0.url'),
  U('credly', 'badge_template.alignments.0.url'),
  U('credly', 'accept_badge_url', 'pending'),
  // Accredible v1
  T('accredible-v1', 'id', ['linkedin']),
  T('accredible-v1', 'name', ['card', 'detail', 'linkedin', 'signature']),
  T('accredible-v1', 'description', ['detail']),
  T('accredible-v1', 'issuer.name', ['card', 'detail', 'linkedin', 'signature']),
  T('accredible-v1', 'evidence_items.0.description', ['detail']),
  U('accredible-v1', 'url'),
  U('accredible-v1', 'badge.image.preview'),
  U('accredible-v1', 'seo_image'),
  U('accredible-v1', 'issuer.url'),
  U('accredible-v1', 'evidence_items.0.link_url'),
  // Open Badges 2.0
  T('openbadges2', 'badge.name', ['card', 'detail', 'linkedin', 'signature']),
  T('openbadges2', 'badge.description', ['detail']),
  T('openbadges2', 'badge.criteria.narrative', ['detail']),
  T('openbadges2', 'badge.tags.0', ['detail']),
  T('openbadges2', 'badge.issuer.name', ['card', 'detail', 'linkedin', 'signature']),
  T('openbadges2', 'narrative', ['detail']),
  T('openbadges2', 'evidence.name', ['detail']),
  T('openbadges2', 'evidence.description', ['detail']),
  T('openbadges2', 'badge.alignment.0.targetName', ['detail']),
  T('openbadges2', 'badge.alignment.0.targetDescription', ['detail']),
  T('openbadges2', 'badge.alignment.0.targetFramework', ['detail']),
  T('openbadges2', 'badge.alignment.0.targetCode', ['detail']),
  T('openbadges2', 'revocationReason', ['detail'], 'revoked'),
  U('openbadges2', 'id'),
  U('openbadges2', 'image'),
  U('openbadges2', 'badge.image'),
  U('openbadges2', 'badge.criteria.id'),
  U('openbadges2', 'badge.issuer.url'),
  U('openbadges2', 'badge.issuer.image'),
  U('openbadges2', 'evidence.id'),
  U('openbadges2', 'badge.alignment.0.targetUrl'),
  // Open Badges 3.0
  T('openbadges3', `${A}.name`, ['card', 'detail', 'linkedin', 'signature']),
  T('openbadges3', `${A}.description`, ['detail']),
  T('openbadges3', `${A}.criteria.narrative`, ['detail']),
  T('openbadges3', `${A}.tag.0`, ['detail']),
  T('openbadges3', 'issuer.name', ['card', 'detail', 'linkedin', 'signature']),
  T('openbadges3', 'evidence.0.name', ['detail']),
  T('openbadges3', 'evidence.0.description', ['detail']),
  T('openbadges3', `${A}.alignment.0.targetName`, ['detail']),
  T('openbadges3', 'credentialStatus.revocationReason', ['detail'], 'revoked'),
  U('openbadges3', 'id'),
  U('openbadges3', `${A}.image.id`),
  U('openbadges3', `${A}.criteria.id`),
  U('openbadges3', 'issuer.url'),
  U('openbadges3', 'issuer.image'),
  U('openbadges3', 'evidence.0.id'),
  U('openbadges3', `${A}.alignment.0.targetUrl`),
];

/** Sets a dotted path in a JSON value (numeric segments index existing arrays). */
export function setPath(node: Json, path: string, value: unknown): void {
  const keys = path.split('.');
  let cursor: Record<string, unknown> = node;
  for (const key of keys.slice(0, -1)) cursor = cursor[key] as Record<string, unknown>;
  cursor[keys[keys.length - 1] as string] = value;
}

/** An item of `format` in `variant` with each listed field set to `value`. */
export function hostileItem(format: PayloadFormat, n: number, variant: ItemVariant, fields: readonly FieldSpec[], value: string): Json {
  const item = benignItem(format, n, variant);
  for (const field of fields) setPath(item, field.path, value);
  return item;
}

/** The benign badge every page must show, so an empty or loading page cannot pass. */
export const SENTINEL_NAME = 'Sentinel Badge ✓';

/** The benign sentinel item of a format (first in every payload, so detection reads it). */
export function sentinelItem(format: PayloadFormat): Json {
  const item = benignItem(format, 0);
  const namePath = FIELDS.find((f) => f.format === format && f.kind === 'text' && (f.shows.includes('card') || f.shows.includes('progress')))?.path;
  if (namePath) setPath(item, namePath, SENTINEL_NAME);
  return item;
}
