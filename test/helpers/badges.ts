import type { Badge, BadgeProgressData } from '../../src/model';

let counter = 0;

/** A realistic active Credly badge; override any field. For component tests. */
export function makeBadge(overrides: Partial<Badge> = {}): Badge {
  counter += 1;
  const id = overrides.id ?? `5c1d7e0a-9f3b-4d8e-a1c2-${String(counter).padStart(12, '0')}`;
  return {
    id,
    provider: 'credly',
    name: 'Data Analysis with Python',
    description: 'Earners can clean, explore and visualise data sets with pandas and matplotlib.',
    imageUrl: 'https://images.example-badges.org/size/340x340/images/5c1d/data-analysis.png',
    issuer: { name: 'Lakeside University', url: 'https://www.lakeside.example.edu/' },
    issuedAt: '2026-02-14T15:30:00Z',
    status: 'active',
    publicUrl: `https://www.credly.com/badges/${id}`,
    isPublic: true,
    skills: ['Python', 'pandas', 'Data visualisation'],
    criteria: { url: 'https://learn.lakeside.example.edu/courses/data-python/criteria', narrative: 'Pass all graded assignments with 70% or more.' },
    evidence: [],
    alignments: [],
    course: { key: 'course-v1:Lakeside+PY201+2026_T1', name: 'Data Analysis with Python' },
    templateId: 'tmpl-data-python',
    ...overrides,
  };
}

/** A progress record with an OR-group; override any field. For component tests. */
export function makeProgress(overrides: Partial<BadgeProgressData> = {}): BadgeProgressData {
  return {
    template: {
      id: 'tmpl-ml-foundations',
      provider: 'credly',
      name: 'Machine Learning Foundations',
      description: 'Shows an understanding of supervised learning and model evaluation.',
      imageUrl: 'https://images.example-badges.org/size/340x340/images/ml/ml-foundations.png',
      issuer: { name: 'Lakeside University' },
      course: { key: 'course-v1:Lakeside+ML101+2026_T1', name: 'Machine Learning Foundations', url: 'https://learn.lakeside.example.edu/courses/course-v1:Lakeside+ML101+2026_T1/home' },
    },
    ratio: 0.5,
    completed: false,
    groups: [
      {
        id: 'A',
        fulfilled: true,
        requirements: [{ id: 'r1', description: 'Pass Machine Learning Foundations', fulfilled: true, url: 'https://learn.lakeside.example.edu/courses/course-v1:Lakeside+ML101+2026_T1/home' }],
      },
      {
        id: 'B',
        fulfilled: false,
        requirements: [
          { id: 'r2', description: 'Complete the capstone project', fulfilled: false, url: 'https://learn.lakeside.example.edu/courses/course-v1:Lakeside+ML101+2026_T1/jump_to/capstone' },
          { id: 'r3', description: 'Pass the proctored final exam', fulfilled: false },
        ],
      },
    ],
    resets: [],
    ...overrides,
  };
}
