import '../../src/styles/tokens.css';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type ReactNode } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { createBadgesClient } from '../../src/client';
import { BadgeWall } from '../../src/components/BadgeWall';
import { badgesHandlers, MOCK_BASE_URL, MOCK_USERNAME, mockBadges, mockProgress, type MockScenario } from '../../src/mocks';
import { BadgesRequestError, type Badge } from '../../src/model';
import { BadgesProvider } from '../../src/query';

const VIEW_KEY = 'frontend-component-badges:wall-view';
const FIND_COURSE = 'https://apps.example.org/catalog/';
const earned = mockBadges();
const mixed = mockBadges({ set: 'mixed-states' });

/** The real client against the msw handlers of one scenario (the QueryClient comes from the preview). */
function Live({ children }: { children: ReactNode }) {
  const [client] = useState(() => createBadgesClient({ baseUrl: MOCK_BASE_URL }));
  return <BadgesProvider client={client}>{children}</BadgesProvider>;
}

const sidebar = (Story: () => ReactNode) => (
  <div style={{ inlineSize: 280 }}>
    <Story />
  </div>
);

const meta = {
  title: 'Components/BadgeWall',
  component: BadgeWall,
  args: {
    findCourseUrl: FIND_COURSE,
    onBadgeOpen: fn(),
    onViewChange: fn(),
    onSearch: fn(),
    onFilterChange: fn(),
  },
  beforeEach() {
    // Each story starts from the default view, whatever an earlier story remembered.
    window.localStorage.removeItem(VIEW_KEY);
  },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof BadgeWall>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A story served by the real client and the msw handlers of one scenario, in `username` mode. */
const live = (scenario: MockScenario, args: Story['args'] = {}): Story => ({
  beforeEach({ msw }) {
    msw.use(...badgesHandlers({ baseUrl: MOCK_BASE_URL, scenario }));
  },
  decorators: [(Story) => <Live><Story /></Live>],
  args: { username: MOCK_USERNAME, ...args },
});

const cardsIn = (canvas: ReturnType<typeof within>): HTMLElement[] => canvas.getAllByRole('button').filter((b: HTMLElement) => b.hasAttribute('data-key'));

/** A learner's badges loaded with only `username`, through the real client and msw. */
export const Default: Story = { ...live('default') };

/** Every state: pending (accept / issuing), expiring in 12 days, expired, revoked shown with its reason. */
export const MixedStates: Story = { ...live('mixed-states', { showRevoked: true }) };

/** Revoked badges hidden (the default). */
export const RevokedHidden: Story = { args: { badges: mixed } };

/** 1,200 badges over 12 pages; the first cards render at once, the rest follow without freezing. */
export const ManyBadges: Story = { ...live('many') };

/** The list view. */
export const ListView: Story = { args: { badges: earned, view: 'list' } };

/** Long names in several scripts; nothing overflows its card. */
export const LongNamesInSeveralScripts: Story = {
  args: {
    badges: [
      ['Advanced Professional Certificate in Sustainable Infrastructure Engineering, Climate Risk Assessment and Resilient Urban Systems Design', 'Northern Institute for Interdisciplinary Studies'],
      ['Donaudampfschifffahrtsgesellschaftskapitänsausbildungsabschlusszertifikat', 'Technische Hochschule Süd'],
      ['شهادة احترافية متقدمة في تحليل البيانات الضخمة والتعلم الآلي وتطبيقاتهما في الرعاية الصحية', 'جامعة الواحة للتقنية'],
      ['高级数据科学与人工智能工程专业认证（含机器学习、深度学习与大规模分布式系统）', '华信理工学院'],
      ['データサイエンス実践プログラム修了認定：統計モデリング、機械学習、可視化', '東京データ学院'],
      ['หลักสูตรประกาศนียบัตรการวิเคราะห์ข้อมูลเชิงลึกสำหรับผู้บริหาร', 'สถาบันเทคโนโลยีสยาม'],
    ].map(([name, issuer], index) => ({ ...earned[index % earned.length]!, id: `long-${index}`, name: name!, issuer: { name: issuer! } })),
  },
};

/** In the learner dashboard's `widget_sidebar.v1` slot: a 280 px column, six badges and "Show all". */
export const Sidebar280: Story = { ...live('many', { maxItems: 6 }), decorators: [sidebar, (Story) => <Live><Story /></Live>] };

/** Loading skeleton reserving the layout of the cards. */
export const Loading: Story = { args: { isLoading: true } };

/** Slow endpoint (2 s): skeleton, then the badges with no layout jump. */
export const Slow: Story = { ...live('slow') };

/** No badges: a call to action to find a course. */
export const Empty: Story = { ...live('empty') };

/** The session ended (401): the learner is asked to sign in again. */
export const Unauthorized: Story = { ...live('unauthorized', { signInUrl: 'https://lms.example.org/login' }) };

/** A server error in plain words with a retry (host-fetched mode, no retry delays). */
export const ServerError: Story = { args: { error: new BadgesRequestError('server', 'HTTP 503', { status: 503 }), onRetry: fn() } };

/** Rate limited (429). */
export const RateLimited: Story = { args: { error: new BadgesRequestError('rate-limited', 'HTTP 429', { status: 429, retryAfter: 30 }), onRetry: fn() } };

/** Page 3 of 5 failed: what loaded stays, with a notice and a retry that keeps it. */
export const LaterPageFailed: Story = { ...live('page-3-fails') };

/** One item the parser rejected: counted unobtrusively, the rest shown. */
export const MalformedItem: Story = { ...live('malformed-item') };

/** "Next up": badges in progress, greyed with a meter, after the earned ones. */
export const NextUp: Story = { ...live('progress', { showProgress: true }) };

/** Right to left (Arabic locale). */
export const RightToLeft: Story = { args: { badges: earned }, globals: { locale: 'ar' } };

/** A second brand made only by overriding `--fcb-*` tokens. */
export const BrandTheme: Story = { args: { badges: mixed }, globals: { theme: 'brand' } };

/** No Paragon on the page: the library's own fallbacks. */
export const NoParagon: Story = { args: { badges: mixed }, globals: { theme: 'none' } };

/** Every state side by side, for visual review. */
export const AllStates: Story = {
  render: () => {
    const frames: [string, ReactNode][] = [
      ['Loading', <BadgeWall key="l" isLoading heading="Loading" />],
      ['Empty', <BadgeWall key="e" badges={[]} findCourseUrl={FIND_COURSE} heading="Empty" />],
      ['Unauthorized', <BadgeWall key="u" error={new BadgesRequestError('unauthorized', 'HTTP 401', { status: 401 })} signInUrl="https://lms.example.org/login" onRetry={() => {}} heading="Session ended" />],
      ['Partial', <BadgeWall key="p" badges={earned.slice(0, 3)} error={new BadgesRequestError('server', 'page 3', { status: 500 })} onRetry={() => {}} problems={[{ index: 3, field: 'template.name', message: 'missing', kind: 'invalid-item' }]} heading="Partial data" />],
      ['States', <BadgeWall key="s" badges={mixed} showRevoked heading="Every badge state" />],
      ['Sidebar', <div key="n" style={{ inlineSize: 280 }}><BadgeWall badges={earned} maxItems={4} view="list" heading="Sidebar, list" /></div>],
    ];
    return <div style={{ display: 'grid', gap: 32 }}>{frames.map(([, node]) => node)}</div>;
  },
};

/** Search by name, issuer or skill; the count follows. */
export const Search: Story = {
  args: { badges: earned },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const matching = earned.filter((b) => [b.name, b.issuer.name, ...b.skills].join(' ').toLowerCase().includes('python'));
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search badges' }), 'python');
    await waitFor(() => expect(cardsIn(canvas)).toHaveLength(matching.length));
    await expect(matching.length).toBeLessThan(earned.length);
    await expect(canvas.getByRole('status')).toHaveTextContent(/^Showing \d+ of \d+ badges$/);
    await waitFor(() => expect(args.onSearch).toHaveBeenLastCalledWith('python'));
  },
};

/** Sort by name with the keyboard-reachable select. */
export const Sort: Story = {
  args: { badges: earned },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByText('Sort and filter'));
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Sort by' }), 'name');
    const names = cardsIn(canvas).map((card) => card.querySelector('.fcb-card__name')!.firstChild!.textContent!);
    await expect(names).toEqual([...names].sort(new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare));
  },
};

/** Filter to pending badges. */
export const Filter: Story = {
  args: { badges: mixed },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByText('Sort and filter'));
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Status' }), 'pending');
    for (const card of cardsIn(canvas)) await expect(card.closest('li')).toHaveAttribute('data-state', 'pending');
    await expect(args.onFilterChange).toHaveBeenLastCalledWith(expect.objectContaining({ status: 'pending' }));
  },
};

/** Switch to the list view and back; the host hears about it. */
export const ViewSwitch: Story = {
  args: { badges: earned },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'List' }));
    await expect(canvas.getByRole('button', { name: 'List' })).toHaveAttribute('aria-pressed', 'true');
    await expect(args.onViewChange).toHaveBeenCalledWith('list');
    await expect(window.localStorage.getItem(VIEW_KEY)).toBe('list');
    await userEvent.click(canvas.getByRole('button', { name: 'Grid' }));
    await expect(canvas.getByRole('button', { name: 'Grid' })).toHaveAttribute('aria-pressed', 'true');
  },
};

/**
 * Open a badge with the keyboard (Enter on its card), close it with Enter on "Close": focus
 * returns to the card. (Escape is tested with real key presses in BadgeWall.browser.test.tsx.)
 */
export const OpenAndCloseWithKeyboard: Story = {
  args: { badges: earned },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const first = cardsIn(canvas)[0]!;
    first.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = await within(document.body).findByRole('dialog');
    await expect(dialog.matches(':modal')).toBe(true);
    await expect(dialog.contains(document.activeElement)).toBe(true);
    await expect(args.onBadgeOpen).toHaveBeenCalledTimes(1);
    await expect(document.activeElement).toHaveAccessibleName('Close');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(dialog).not.toHaveAttribute('open'));
    await expect(first).toHaveFocus();
  },
};

/** A host deep-links to one badge (controlled `openBadgeId`). */
export const DeepLinkedBadge: Story = {
  render: function DeepLink(args) {
    const [open, setOpen] = useState<string | null>((earned[1] as Badge).id);
    return <BadgeWall {...args} openBadgeId={open} onOpenBadgeChange={setOpen} />;
  },
  args: { badges: earned },
};

/** Progress passed as props, for hosts that load it themselves. */
export const NextUpFromProps: Story = { args: { badges: earned, progress: mockProgress() } };
