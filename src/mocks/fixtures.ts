/**
 * Hand-written fixtures in the shape of the proposed Open edX learner badges contract
 * (docs/openapi/learner-badges.yaml). Every value is invented for this project; the shapes follow
 * what Credly and Accredible really send. Status-deciding dates are relative to a clock (see
 * `time.ts`).
 */
import type { ContractBadge, ContractCourse, ContractIssuer, ContractProgress, ContractShareSwitch } from './contract';
import { dateAt, instantAt, mockClock } from './time';

/** Deterministic UUID-shaped id (version 4 layout) from two numbers. */
export function fakeUuid(a: number, b: number): string {
  const hex = (n: number, len: number) => (n >>> 0).toString(16).padStart(8, '0').slice(-len);
  const x = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x27d4eb2f, 0xc2b2ae35);
  const y = Math.imul(b ^ 0x165667b1, 0x27d4eb2f) ^ Math.imul(a + 0x85ebca6b, 0x9e3779b9);
  return `${hex(x, 8)}-${hex(y, 4)}-4${hex(x ^ y, 3)}-8${hex(a * 7919 + b, 3)}-${hex(y ^ 0x5bd1e995, 4)}${hex(x + b, 8)}`;
}

/** A fictional issuer with the provider that hosts its badges. */
export interface MockIssuer extends ContractIssuer {
  origin: ContractBadge['origin'];
  /** Issuer-wide share switches (Accredible issuers only). */
  switches?: Partial<Record<'add_to_linkedin' | 'embed' | 'email_share' | 'download_badge' | 'sharing', ContractShareSwitch>>;
}

/** The fictional issuers the mocks use: several scripts, a very long name, both providers. */
export const MOCK_ISSUERS = {
  lakeside: {
    origin: 'credly',
    name: 'Lakeside University',
    url: 'https://www.credly.com/org/lakeside-university',
    image_url: 'https://images.credly.com/size/110x110/images/7a1c2e44-lakeside/logo.png',
    linkedin_organization_id: '10452210',
  },
  nord: {
    origin: 'credly',
    name: 'Institut polytechnique du Nord',
    url: 'https://www.credly.com/org/institut-polytechnique-du-nord',
    image_url: null,
    linkedin_organization_id: null,
  },
  oasis: {
    origin: 'accredible',
    name: 'جامعة الواحة للتقنية',
    url: 'https://www.oasis-tech.example/',
    image_url: null,
    linkedin_organization_id: '2718281',
    switches: { add_to_linkedin: 'public', embed: 'public', email_share: 'public', download_badge: 'public', sharing: 'public' },
  },
  toto: {
    origin: 'credly',
    name: '東都オープン大学',
    url: 'https://www.credly.com/org/toto-open-university',
    image_url: null,
    linkedin_organization_id: null,
  },
  huaxin: {
    origin: 'accredible',
    name: '华信开放学院',
    url: 'https://www.huaxin-open.example/',
    image_url: null,
    linkedin_organization_id: null,
    switches: { add_to_linkedin: 'public', embed: 'disabled', email_share: 'public', download_badge: 'private', sharing: 'public' },
  },
  longName: {
    origin: 'accredible',
    name: 'The Northern Institute for Interdisciplinary Studies in Sustainable Engineering, Public Policy and Applied Computational Sciences',
    url: 'https://www.northern-institute.example/',
    image_url: null,
    linkedin_organization_id: null,
    switches: { sharing: 'public' },
  },
  community: {
    origin: 'credly',
    name: 'OpenCraft Learning Community',
    url: 'https://www.credly.com/org/opencraft-learning-community',
    image_url: null,
    linkedin_organization_id: null,
  },
} satisfies Record<string, MockIssuer>;

/** The learning MFE origin the fixtures link courses to. */
export const MOCK_LEARNING_URL = 'https://apps.example.org/learning';

/** A course block for the contract, linking to its home in the learning MFE. */
export function mockCourse(key: string, name: string): ContractCourse {
  return { key, name, url: `${MOCK_LEARNING_URL}/course/${key}/home` };
}

function credlyImage(templateUuid: string, file: string): string {
  return `https://images.credly.com/size/340x340/images/${templateUuid}/${file}`;
}

function accredibleImage(id: string): string {
  return `https://api.accredible.com/v1/frontend/credential_badge_image/${id}`;
}

/** What distinguishes one badge template in the fixtures. */
interface TemplateSpec {
  n: number;
  issuer: MockIssuer;
  name: string;
  description: string | null;
  skills?: string[];
  course?: ContractCourse | null;
  narrative?: string | null;
  criteriaUrl?: string | null;
}

/** Builds a contract badge in the `accepted` state; the caller overrides what differs. */
function badge(spec: TemplateSpec, awardedAt: string, overrides: Partial<ContractBadge> = {}): ContractBadge {
  const { issuer } = spec;
  const credly = issuer.origin === 'credly';
  const templateUuid = credly ? fakeUuid(spec.n, 1) : String(410_000 + spec.n);
  const externalId = credly ? fakeUuid(spec.n, 2) : String(58_231_900 + spec.n);
  return {
    uuid: fakeUuid(spec.n, 3),
    origin: issuer.origin,
    external_id: externalId,
    state: 'accepted',
    awarded_at: awardedAt,
    expires_at: null,
    public_url: credly ? `https://www.credly.com/badges/${externalId}` : `https://www.credential.net/${externalId}`,
    accept_url: null,
    is_public: true,
    revocation_reason: null,
    template: {
      uuid: templateUuid,
      name: spec.name,
      description: spec.description,
      image_url: credly ? credlyImage(templateUuid, 'badge.png') : accredibleImage(externalId),
      skills: spec.skills ?? [],
      criteria_url: spec.criteriaUrl ?? null,
      criteria_narrative: spec.narrative ?? null,
      issuer: {
        name: issuer.name,
        url: issuer.url ?? null,
        image_url: issuer.image_url ?? null,
        linkedin_organization_id: issuer.linkedin_organization_id ?? null,
      },
    },
    course: spec.course ?? null,
    share_switches: issuer.switches ?? null,
    ...overrides,
  };
}

const I = MOCK_ISSUERS;

/** The templates behind the default wall (also used by progress `earned_badge_id`). */
export const MOCK_TEMPLATES = {
  dataPython: {
    n: 1,
    issuer: I.lakeside,
    name: 'Data Analysis with Python',
    description: 'Earners clean, explore and visualise real data sets with pandas and matplotlib, and explain their findings.',
    skills: ['Python', 'pandas', 'Data visualisation', 'Exploratory data analysis'],
    course: mockCourse('course-v1:Lakeside+PY201+2026_T1', 'Data Analysis with Python'),
    narrative: 'Pass the course with a grade of 70% or more, including the final project.',
    criteriaUrl: 'https://www.credly.com/org/lakeside-university/badge/data-analysis-with-python',
  },
  mlIntro: {
    n: 2,
    issuer: I.nord,
    name: "Introduction à l'apprentissage automatique",
    description: "Les titulaires savent entraîner, évaluer et comparer des modèles d'apprentissage supervisé.",
    skills: ['Apprentissage supervisé', 'scikit-learn', 'Évaluation de modèles'],
    course: mockCourse('course-v1:IPN+ML100+2026', "Introduction à l'apprentissage automatique"),
    narrative: "Réussir l'examen final et le projet de groupe.",
  },
  cyber: {
    n: 3,
    issuer: I.oasis,
    name: 'أساسيات الأمن السيبراني',
    description: 'يثبت حامل هذه الشارة فهمه لمبادئ حماية الشبكات والأنظمة والاستجابة للحوادث.',
    course: mockCourse('course-v1:OasisTech+SEC101+2026_T2', 'أساسيات الأمن السيبراني'),
    narrative: 'اجتياز الاختبار النهائي بنسبة ٧٠٪ على الأقل.',
  },
  dataScienceJa: {
    n: 4,
    issuer: I.toto,
    name: 'データサイエンス入門',
    description: 'データの収集・整理・可視化の基礎を習得したことを証明します。',
    skills: ['統計学', 'Python', 'データ可視化'],
    course: mockCourse('course-v1:TotoX+DS101+2026', 'データサイエンス入門'),
  },
  cloudZh: {
    n: 5,
    issuer: I.huaxin,
    name: '云计算基础',
    description: '证明持有者掌握云服务模型、虚拟化与基础架构即代码的核心概念。',
    course: mockCourse('course-v1:Huaxin+CLOUD1+2026', '云计算基础'),
  },
  longName: {
    n: 6,
    issuer: I.longName,
    name: 'Advanced Professional Certificate in Sustainable Infrastructure Engineering, Climate Risk Assessment and Resilient Urban Systems Design',
    description: 'A twelve-month programme of four graduate-level courses and a supervised capstone with a municipal partner.',
    course: null,
    narrative: 'Complete all four courses and the capstone project.',
  },
  helper: {
    n: 7,
    issuer: I.community,
    name: 'Community Helper 🌟🤝',
    description: 'Answered 50 questions in the course discussion forums with answers marked helpful by staff. 🎉',
    skills: ['Mentoring', 'Communication'],
    course: null,
  },
  mlFoundations: {
    n: 8,
    issuer: I.lakeside,
    name: 'Machine Learning Foundations',
    description: 'Shows an understanding of supervised learning, model evaluation and responsible ML practice.',
    skills: ['Machine learning', 'Python', 'Model evaluation'],
    course: mockCourse('course-v1:Lakeside+ML101+2026_T1', 'Machine Learning Foundations'),
    narrative: 'Pass the course and either the capstone project or the proctored final exam.',
  },
} satisfies Record<string, TemplateSpec>;

const T = MOCK_TEMPLATES;

/**
 * The default wall: eight badges from seven issuers (Credly and Accredible), names in Latin,
 * Arabic, Japanese and Chinese scripts, a very long name and emoji; one pending acceptance.
 */
export function defaultBadgeItems(now?: Date | number | string): ContractBadge[] {
  const t = mockClock(now);
  const pendingId = fakeUuid(T.mlFoundations.n, 2);
  return [
    badge(T.mlFoundations, instantAt(t, -2), {
      state: 'pending',
      public_url: null,
      is_public: null,
      accept_url: `https://www.credly.com/earner/earned/badge/${pendingId}/accept`,
    }),
    badge(T.dataPython, instantAt(t, -21.3)),
    badge(T.mlIntro, instantAt(t, -64.6), { expires_at: instantAt(t, 700) }),
    badge(T.cyber, instantAt(t, -90.1)),
    badge(T.dataScienceJa, instantAt(t, -133.9)),
    badge(T.cloudZh, instantAt(t, -180.4), { expires_at: dateAt(t, 550) }),
    badge(T.longName, instantAt(t, -260.2)),
    badge(T.helper, instantAt(t, -401.7), { is_public: false, public_url: null }),
  ];
}

/**
 * Every state a wall must handle: pending acceptance, expired (by date and by the provider),
 * expiring in 12 days, revoked with a reason, still issuing (`created`, `no_response`, `error`),
 * and an ordinary active one.
 */
export function mixedStateBadgeItems(now?: Date | number | string): ContractBadge[] {
  const t = mockClock(now);
  const accept = (spec: TemplateSpec) => `https://www.credly.com/earner/earned/badge/${fakeUuid(spec.n, 2)}/accept`;
  return [
    badge(T.mlFoundations, instantAt(t, -1), { state: 'pending', public_url: null, is_public: null, accept_url: accept(T.mlFoundations) }),
    badge(T.helper, instantAt(t, -0.2), { state: 'created', public_url: null, is_public: null }),
    badge(T.cyber, instantAt(t, -0.1), { state: 'no_response', public_url: null, is_public: null }),
    badge(T.cloudZh, instantAt(t, -3), { state: 'error', public_url: null, is_public: null }),
    badge(T.dataPython, instantAt(t, -353), { expires_at: instantAt(t, 12) }),
    badge(T.mlIntro, instantAt(t, -395), { expires_at: instantAt(t, -30) }),
    badge(T.longName, instantAt(t, -800), { state: 'expired', expires_at: dateAt(t, -65) }),
    badge(T.dataScienceJa, instantAt(t, -45), {
      state: 'revoked',
      public_url: null,
      is_public: false,
      revocation_reason: 'Issued in error: the final exam grade was corrected after review.',
    }),
  ];
}

const EVENT_PASSING = 'org.openedx.learning.course.passing.status.updated.v1';
const EVENT_CERT = 'org.openedx.learning.certificate.created.v1';

function courseUrl(course: ContractCourse | null | undefined, suffix = 'home'): string | null {
  return course ? `${MOCK_LEARNING_URL}/course/${course.key}/${suffix}` : null;
}

function progressTemplate(spec: TemplateSpec): ContractProgress['template'] {
  const credly = spec.issuer.origin === 'credly';
  const uuid = credly ? fakeUuid(spec.n, 1) : String(410_000 + spec.n);
  return {
    uuid,
    origin: spec.issuer.origin,
    name: spec.name,
    description: spec.description,
    image_url: credly ? credlyImage(uuid, 'badge.png') : `https://api.accredible.com/v1/frontend/group_badge_image/${uuid}`,
    issuer: { name: spec.issuer.name, url: spec.issuer.url ?? null },
    course: spec.course ?? null,
  };
}

const PROGRESS_SPECS = {
  cloudArch: {
    n: 20,
    issuer: I.lakeside,
    name: 'Cloud Architecture Professional',
    description: 'Design resilient, cost-aware systems on public cloud platforms.',
    course: mockCourse('course-v1:Lakeside+CLD301+2026_T2', 'Cloud Architecture'),
  },
  webDev: {
    n: 21,
    issuer: I.oasis,
    name: 'تطوير الويب المتكامل',
    description: 'Full-stack web development: front end, back end, databases and deployment.',
    course: mockCourse('course-v1:OasisTech+WEB200+2026_T2', 'تطوير الويب المتكامل'),
  },
  secure: {
    n: 22,
    issuer: I.huaxin,
    name: '安全编码实践',
    description: 'Secure coding practices: input validation, authentication and dependency hygiene.',
    course: mockCourse('course-v1:Huaxin+SEC210+2026', '安全编码实践'),
  },
} satisfies Record<string, TemplateSpec>;

/**
 * Progress in every shape a checklist must handle: not started; half done through an OR-group;
 * all groups but one; completed with `earned_badge_id`; regressed after a penalty, with a reason.
 */
export function progressItems(now?: Date | number | string): ContractProgress[] {
  const t = mockClock(now);
  const P = PROGRESS_SPECS;
  const ml = T.mlFoundations;
  return [
    {
      template: progressTemplate(P.cloudArch),
      ratio: 0,
      completed: false,
      groups: [
        { blend: 'A', fulfilled: false, requirements: [
          { id: '2001', description: 'Pass Cloud Architecture', fulfilled: false, url: courseUrl(P.cloudArch.course), event_type: EVENT_PASSING },
        ] },
        { blend: 'B', fulfilled: false, requirements: [
          { id: '2002', description: 'Earn a verified certificate in Cloud Architecture', fulfilled: false, url: courseUrl(P.cloudArch.course, 'progress'), event_type: EVENT_CERT },
          { id: '2003', description: 'Earn a verified certificate in Cloud Security', fulfilled: false, url: null, event_type: EVENT_CERT },
        ] },
      ],
      resets: [],
      earned_badge_id: null,
    },
    {
      template: progressTemplate(ml),
      ratio: 0.5,
      completed: false,
      groups: [
        { blend: 'A', fulfilled: true, requirements: [
          { id: '1001', description: 'Pass Machine Learning Foundations', fulfilled: true, url: courseUrl(ml.course), event_type: EVENT_PASSING },
        ] },
        { blend: 'B', fulfilled: false, requirements: [
          { id: '1002', description: 'Complete the capstone project', fulfilled: false, url: courseUrl(ml.course, 'jump_to/capstone'), event_type: EVENT_PASSING },
          { id: '1003', description: 'Pass the proctored final exam', fulfilled: false, url: null, event_type: EVENT_PASSING },
        ] },
      ],
      resets: [],
      earned_badge_id: null,
    },
    {
      template: progressTemplate(P.webDev),
      ratio: 0.75,
      completed: false,
      groups: [
        { blend: 'A', fulfilled: true, requirements: [
          { id: '2101', description: 'اجتياز مقرر أساسيات HTML وCSS', fulfilled: true, url: courseUrl(P.webDev.course), event_type: EVENT_PASSING },
        ] },
        { blend: 'B', fulfilled: true, requirements: [
          { id: '2102', description: 'اجتياز مقرر JavaScript', fulfilled: false, url: null, event_type: EVENT_PASSING },
          { id: '2103', description: 'اجتياز مقرر TypeScript', fulfilled: true, url: null, event_type: EVENT_PASSING },
        ] },
        { blend: 'C', fulfilled: true, requirements: [
          { id: '2104', description: 'اجتياز مقرر قواعد البيانات', fulfilled: true, url: null, event_type: EVENT_PASSING },
        ] },
        { blend: 'D', fulfilled: false, requirements: [
          { id: '2105', description: 'الحصول على شهادة موثقة في مشروع التخرج', fulfilled: false, url: courseUrl(P.webDev.course, 'jump_to/capstone'), event_type: EVENT_CERT },
        ] },
      ],
      resets: [],
      earned_badge_id: null,
    },
    {
      template: progressTemplate(T.dataPython),
      ratio: 1,
      completed: true,
      groups: [
        { blend: 'A', fulfilled: true, requirements: [
          { id: '1101', description: 'Pass Data Analysis with Python', fulfilled: true, url: courseUrl(T.dataPython.course), event_type: EVENT_PASSING },
        ] },
      ],
      resets: [],
      earned_badge_id: fakeUuid(T.dataPython.n, 2),
    },
    {
      template: progressTemplate(P.secure),
      ratio: 0.33,
      completed: false,
      groups: [
        { blend: 'A', fulfilled: true, requirements: [
          { id: '2201', description: '通过安全编码实践课程', fulfilled: true, url: courseUrl(P.secure.course), event_type: EVENT_PASSING },
        ] },
        { blend: 'B', fulfilled: false, requirements: [
          { id: '2202', description: '获得安全编码实践的认证证书', fulfilled: false, url: courseUrl(P.secure.course, 'progress'), event_type: EVENT_CERT },
        ] },
        { blend: 'C', fulfilled: false, requirements: [
          { id: '2203', description: '完成代码审计项目', fulfilled: false, url: null, event_type: EVENT_PASSING },
        ] },
      ],
      resets: [
        {
          requirement_ids: ['2202'],
          reason: 'Your verified certificate was revoked after an honor code review, so this requirement is no longer met.',
          occurred_at: instantAt(t, -6.5),
        },
      ],
      earned_badge_id: null,
    },
  ];
}

/** Small, fast, seedable PRNG (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const LEVELS = ['Foundations of', 'Applied', 'Advanced', 'Professional Certificate in', 'Introduction to'];
const TOPICS = [
  'Data Engineering', 'Cloud Security', 'Product Management', 'UX Research', 'Digital Marketing',
  'Supply Chain Analytics', 'Renewable Energy Systems', 'Public Health', 'Financial Modelling',
  'Natural Language Processing', 'Project Management', 'Quantum Computing',
];
const NATIVE_NAMES = ['الذكاء الاصطناعي التطبيقي', '機械学習の基礎', '数据可视化', 'Gestion de projet agile', 'Kubernetes in Production 🚀'];
const SKILLS = ['Python', 'SQL', 'Leadership', 'Statistics', 'Communication', 'Cloud', 'Security', 'Design thinking', 'R', 'Excel'];
const ISSUER_LIST: MockIssuer[] = Object.values(MOCK_ISSUERS);

/**
 * `count` realistic badges, deterministic for a given `seed` and clock: same arguments, same
 * badges. Newest first, about 85% active, the rest pending, issuing, expired or revoked.
 */
export function makeLearnerBadges(count: number, seed = 1, options: { now?: Date | number | string } = {}): ContractBadge[] {
  const t = mockClock(options.now);
  const random = seededRandom(seed);
  const pick = <V>(list: readonly V[]): V => list[Math.floor(random() * list.length)] as V;
  const items: ContractBadge[] = [];
  for (let i = 0; i < count; i += 1) {
    const issuer = pick(ISSUER_LIST);
    const n = 1000 + seed * 100_000 + i;
    const name = random() < 0.15 ? `${pick(NATIVE_NAMES)} ${Math.floor(i / NATIVE_NAMES.length) + 1}` : `${pick(LEVELS)} ${pick(TOPICS)}`;
    const skills = SKILLS.filter(() => random() < 0.25);
    const roll = random();
    const spec: TemplateSpec = {
      n,
      issuer,
      name,
      description: `Awarded for completing ${name} with a passing grade.`,
      skills,
      course: random() < 0.7 ? mockCourse(`course-v1:Mock+C${n}+2026`, name) : null,
    };
    const awarded = instantAt(t, -(i * 0.9 + random() * 0.5 + 0.1));
    let overrides: Partial<ContractBadge> = {};
    if (roll < 0.05) {
      const id = fakeUuid(n, 2);
      overrides = issuer.origin === 'credly'
        ? { state: 'pending', public_url: null, is_public: null, accept_url: `https://www.credly.com/earner/earned/badge/${id}/accept` }
        : { state: 'created', public_url: null, is_public: null };
    } else if (roll < 0.09) overrides = { expires_at: instantAt(t, -(random() * 200 + 1)) };
    else if (roll < 0.11) overrides = { state: 'revoked', public_url: null, is_public: false, revocation_reason: 'Revoked by the issuer.' };
    else if (roll < 0.25) overrides = { expires_at: dateAt(t, Math.floor(random() * 900) + 1) };
    items.push(badge(spec, awarded, overrides));
  }
  return items;
}

/** `count` progress records, deterministic for a given `seed`: groups of one to three alternatives. */
export function makeLearnerProgress(count: number, seed = 1): ContractProgress[] {
  const random = seededRandom(seed + 7);
  const items: ContractProgress[] = [];
  for (let i = 0; i < count; i += 1) {
    const issuer = ISSUER_LIST[i % ISSUER_LIST.length] as MockIssuer;
    const n = 5000 + seed * 100_000 + i;
    const name = `${LEVELS[i % LEVELS.length]} ${TOPICS[Math.floor(i / LEVELS.length) % TOPICS.length]}`;
    const course = mockCourse(`course-v1:Mock+P${n}+2026`, name);
    const groupCount = 1 + Math.floor(random() * 4);
    const groups = Array.from({ length: groupCount }, (_, g) => {
      const alternatives = 1 + Math.floor(random() * 3);
      const met = random() < 0.45 ? Math.floor(random() * alternatives) : -1;
      const requirements = Array.from({ length: alternatives }, (_, r) => ({
        id: String(n * 10 + g * 3 + r),
        description: r === 0 ? `Pass ${name}, part ${g + 1}` : `Alternative ${r}: earn a verified certificate in ${pickTopic(g + r + i)}`,
        fulfilled: r === met,
        url: r === 0 ? courseUrl(course) : null,
        event_type: r === 0 ? EVENT_PASSING : EVENT_CERT,
      }));
      return { blend: String.fromCharCode(65 + g), fulfilled: met >= 0, requirements };
    });
    const done = groups.filter((group) => group.fulfilled).length;
    const ratio = Math.round((done / groups.length) * 100) / 100;
    items.push({
      template: progressTemplate({ n, issuer, name, description: `Work toward ${name}.`, course }),
      ratio,
      completed: ratio === 1,
      groups,
      resets: [],
      earned_badge_id: ratio === 1 ? (issuer.origin === 'credly' ? fakeUuid(n, 2) : String(58_231_900 + n)) : null,
    });
  }
  return items;
}

function pickTopic(i: number): string {
  return TOPICS[i % TOPICS.length] as string;
}
