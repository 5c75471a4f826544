import { http, HttpResponse } from 'msw';
import type { Badge } from '../../src/model';

/** Where the story badges' images live; served by `imageHandlers` through msw. */
export const IMAGE_HOST = 'https://images.example-badges.org';

const svg = (color: string, label: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120"><polygon points="60,4 110,32 110,88 60,116 10,88 10,32" fill="${color}"/><circle cx="60" cy="60" r="30" fill="#fff" opacity=".9"/><text x="60" y="67" font-family="Arial" font-size="20" font-weight="700" text-anchor="middle" fill="${color}">${label}</text></svg>`;

/** msw handlers that serve badge images with CORS headers, so downloads and previews work in stories. */
export const imageHandlers = [
  http.get(`${IMAGE_HOST}/:file`, ({ params }) =>
    new HttpResponse(svg(String(params.file).startsWith('ml') ? '#9d0054' : '#0a3055', String(params.file).startsWith('ml') ? 'ML' : 'PY'), {
      headers: { 'Content-Type': 'image/svg+xml', 'Access-Control-Allow-Origin': '*' },
    }),
  ),
];

/** A realistic accepted, public Credly badge for stories; override any field. */
export function storyBadge(overrides: Partial<Badge> = {}): Badge {
  const id = overrides.id ?? '8d2f4b1e-63a7-4c09-b5e2-7f31c0a9d4e6';
  return {
    id,
    provider: 'credly',
    name: 'Data Analysis with Python',
    description: 'Earners can clean, explore and visualise data sets with pandas and matplotlib.',
    imageUrl: `${IMAGE_HOST}/data-analysis.svg`,
    issuer: { name: 'Lakeside University', url: 'https://www.lakeside.example.edu/' },
    issuedAt: '2026-01-20T16:05:00Z',
    expiresAt: '2029-01-31',
    status: 'active',
    publicUrl: `https://www.credly.com/badges/${id}`,
    isPublic: true,
    skills: ['Python', 'pandas'],
    evidence: [],
    alignments: [],
    ...overrides,
  };
}

/** One badge per blocked or warned state, with the facts that cause it. */
export const blockedBadges = {
  pending: storyBadge({ status: 'pending', pendingReason: 'accept', publicUrl: undefined, acceptUrl: 'https://www.credly.com/earner/earned/badge/8d2f4b1e-63a7-4c09-b5e2-7f31c0a9d4e6' }),
  issuing: storyBadge({ status: 'pending', pendingReason: 'issuing', publicUrl: undefined }),
  private: storyBadge({ isPublic: false }),
  revoked: storyBadge({ status: 'revoked', revocationReason: 'Issued in error' }),
  disabledByIssuer: storyBadge({
    provider: 'accredible',
    id: '71203945',
    publicUrl: 'https://www.credential.net/71203945',
    shareSwitches: { addToLinkedIn: 'disabled', sharing: 'public', emailShare: 'disabled', downloadBadge: 'public' },
  }),
  noPublicUrl: storyBadge({ provider: 'openbadges', publicUrl: undefined }),
  expired: storyBadge({ status: 'expired', issuedAt: '2023-03-10', expiresAt: '2025-03-10' }),
} satisfies Record<string, Badge>;
