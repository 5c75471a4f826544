/**
 * The benchmark page (see ../wall.bench.mjs). `window.bench.render(mode, n)` renders n badges as
 * the real BadgeWall (`wall`) or as the same card markup inserted as a pre-rendered HTML string
 * (`baseline`, with a vanilla search that hides non-matching cards), and reports timings.
 */
import '../../src/styles/tokens.css';
import { createRoot } from 'react-dom/client';
import { IntlProvider } from 'react-intl';
import { BadgeWall } from '../../src/components/BadgeWall';
import type { Badge } from '../../src/model';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const IMAGE = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="5" fill="#0a3055"/></svg>')}`;
// Only "Quantum Computing" contains a "q" anywhere in name, issuer or skills: 1 badge in 20 matches.
const TOPICS = ['Data Analysis', 'Machine Learning', 'Cloud Architecture', 'Web Development', 'Cyber Security', 'Project Management', 'Digital Marketing', 'Statistics', 'Quantum Computing', 'Linear Algebra', 'Public Speaking', 'UX Design', 'Mobile Apps', 'Data Visualisation', 'Networking', 'Databases', 'Ethics in AI', 'Supply Chains', 'Finance Basics', 'Leadership'];
const ISSUERS = ['Lakeside University', 'Harbor Career Institute', 'Oasis Tech', 'Northern Institute', 'Huaxin College'];
const STATES: Badge['status'][] = ['active', 'active', 'active', 'active', 'pending', 'expired'];

/** n deterministic badges, dates alternating date-only and date-time. */
export function makeBadges(n: number): Badge[] {
  return Array.from({ length: n }, (_, i) => {
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String((i % 12) + 1).padStart(2, '0');
    const status = STATES[i % STATES.length]!;
    return {
      id: `b${i}`,
      provider: i % 3 === 0 ? 'accredible' : 'credly',
      name: `${TOPICS[i % TOPICS.length]} ${['Foundations', 'Practitioner', 'Professional', 'Expert'][i % 4]} ${i}`,
      imageUrl: IMAGE,
      issuer: { name: ISSUERS[i % ISSUERS.length]! },
      issuedAt: i % 2 ? `2025-${month}-${day}` : `2025-${month}-${day}T10:${String(i % 60).padStart(2, '0')}:00Z`,
      expiresAt: status === 'expired' ? '2026-01-31' : undefined,
      status,
      pendingReason: status === 'pending' ? 'accept' : undefined,
      acceptUrl: status === 'pending' ? `https://www.credly.com/earner/earned/badge/b${i}/accept` : undefined,
      skills: ['Teamwork', 'Writing'],
      evidence: [],
      alignments: [],
    };
  });
}

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The same card markup BadgeWall renders, as one HTML string (built before timing starts). */
function baselineHtml(badges: Badge[]): string {
  const fmt = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });
  const sep = '<span class="fcb-visually-hidden">, </span>';
  const cards = badges
    .map((b) => {
      const state = b.status;
      const date = `Issued ${fmt.format(Date.parse(b.issuedAt!.length === 10 ? `${b.issuedAt}T00:00:00Z` : b.issuedAt!))}`;
      const chip = state === 'active' ? '' : state[0]!.toUpperCase() + state.slice(1);
      const note =
        state === 'pending'
          ? `<p class="fcb-note" data-state="pending">Accept it on Credly to make it public and shareable. <a href="${escape(b.acceptUrl!)}" target="_blank" rel="noopener noreferrer">Accept on Credly</a></p>`
          : state === 'expired'
            ? '<p class="fcb-note" data-state="expired">Expired Jan 31, 2026</p>'
            : '';
      return `<li class="fcb-card" data-state="${state}" data-text="${escape([b.name, b.issuer.name, ...b.skills].join('\n').toLowerCase())}"><button type="button" class="fcb-card__open"><img class="fcb-img fcb-card__img" src="${escape(b.imageUrl!)}" alt="" width="72" height="72" loading="lazy" decoding="async"><span class="fcb-card__text"><span class="fcb-card__name">${escape(b.name)}${sep}</span><span class="fcb-card__meta">${escape(b.issuer.name)}${sep}</span><span class="fcb-card__meta">${date}${chip ? sep : ''}</span>${chip ? `<span class="fcb-chip" data-state="${state}">${chip}</span>` : ''}</span></button>${note}</li>`;
    })
    .join('');
  return `<section class="fcb-root fcb-wall"><label class="fcb-wall__field fcb-wall__search"><span>Search badges</span><input type="search"></label><p role="status">${badges.length} badges</p><ul class="fcb-wall__list" data-view="grid">${cards}</ul></section>`;
}

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));

/** Resolves at the first frame (after paint) where `done()` holds. */
async function until(done: () => boolean, timeout = 60_000): Promise<number> {
  const start = performance.now();
  for (;;) {
    const t = await frame();
    if (done()) return t;
    if (t - start > timeout) throw new Error('timed out');
  }
}

const longTasks: PerformanceEntry[] = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });
const blocking = (from: number, to: number) => longTasks.filter((t) => t.startTime >= from && t.startTime < to).reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);

let expectedAfterSearch = 0;
const root = document.getElementById('root')!;
const cardCount = () => root.querySelectorAll('.fcb-card:not([hidden])').length;

declare global {
  interface Window {
    bench: typeof bench;
  }
}

const bench = {
  /** Renders and returns first-render time, fully-rendered time and total blocking time (ms). */
  async render(which: 'wall' | 'baseline', n: number) {
    const badges = makeBadges(n);
    expectedAfterSearch = badges.filter((b) => /q/i.test([b.name, b.issuer.name, ...b.skills].join(' '))).length;
    const html = which === 'baseline' ? baselineHtml(badges) : '';
    await frame();
    const t0 = performance.now();
    if (which === 'wall') {
      createRoot(root).render(
        <IntlProvider locale="en" defaultLocale="en" messages={{}}>
          <BadgeWall badges={badges} now={NOW} renderShare={null} />
        </IntlProvider>,
      );
    } else {
      root.innerHTML = html;
      const input = root.querySelector('input')!;
      const cards = [...root.querySelectorAll<HTMLElement>('.fcb-card')];
      const status = root.querySelector('[role="status"]')!;
      input.addEventListener('input', () => {
        const q = input.value.trim().toLowerCase();
        let shown = 0;
        for (const card of cards) {
          const hit = !q || card.dataset.text!.includes(q);
          card.hidden = !hit;
          if (hit) shown += 1;
        }
        status.textContent = q ? `Showing ${shown} of ${n} badges` : `${n} badges`;
      });
    }
    const first = await until(() => cardCount() > 0);
    const full = await until(() => cardCount() === n);

    await new Promise((resolve) => setTimeout(resolve, 300));
    return { first: first - t0, full: full - t0, tbt: blocking(t0, performance.now()), expectedAfterSearch };
  },
  /** Call (and await) before a real key press; `searched` then resolves with ms from the keydown to the painted, updated view. */
  watchSearch(target: 'filtered' | 'all', n: number) {
    const expected = target === 'filtered' ? expectedAfterSearch : n;
    bench.searched = new Promise<{ keyToView: number; tbt: number }>((resolve) => {
      document.addEventListener(
        'keydown',
        (event) => {
          const start = event.timeStamp;
          void until(() => cardCount() === expected).then((end) => resolve({ keyToView: end - start, tbt: blocking(start, end) }));
        },
        { once: true, capture: true },
      );
    });
  },
  searched: Promise.resolve({ keyToView: 0, tbt: 0 }),
};
window.bench = bench;
