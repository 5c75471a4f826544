import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMemo } from 'react';
import { expect } from 'storybook/test';
import { BadgesProvider, createBadgesClient, useBadges } from '../../src';
import { badgesHandlers, MOCK_BASE_URL, MOCK_USERNAME, type MockScenario } from '../../src/mocks';

/**
 * The data layer end to end, with no component styling: msw serves the proposed Open edX
 * contract → the typed client follows pagination → the parsers normalize → react-query caches.
 * Each story is one mock scenario; the list shows exactly what components receive.
 */
function ParsedBadges({ scenario }: { scenario: MockScenario }) {
  const { data, error, status, refetch } = useBadges(MOCK_USERNAME);
  if (status === 'pending') return <p aria-busy="true">Loading {scenario}…</p>;
  if (status === 'error') {
    return (
      <div role="alert">
        <p>
          Request failed: <code>{error.kind}</code>
          {error.status ? ` (HTTP ${error.status})` : ''}
        </p>
        <button type="button" onClick={() => void refetch()}>
          Retry
        </button>
      </div>
    );
  }
  return (
    <section aria-label={`Parsed badges: ${scenario}`}>
      <p>
        {data.badges.length} badges, {data.problems.length} problems
        {data.error ? `, stopped early: ${data.error.kind}` : ''}
        {data.truncated ? ', truncated at the page cap' : ''}
      </p>
      {data.problems.length > 0 && (
        <ul aria-label="Problems">
          {data.problems.map((p, i) => (
            <li key={i}>
              item {p.index} · <code>{p.field || '(item)'}</code> · {p.kind}: {p.message}
            </li>
          ))}
        </ul>
      )}
      <table>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Provider</th>
            <th scope="col">Issuer</th>
            <th scope="col">Status</th>
            <th scope="col">Issued</th>
            <th scope="col">Expires</th>
          </tr>
        </thead>
        <tbody>
          {data.badges.slice(0, 50).map((b) => (
            <tr key={`${b.provider}:${b.id}`}>
              <td>{b.name}</td>
              <td>{b.provider}</td>
              <td>{b.issuer.name}</td>
              <td>{b.status}</td>
              <td>{b.issuedAt ?? '—'}</td>
              <td>{b.expiresAt ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function DataLayer({ scenario }: { scenario: MockScenario }) {
  const client = useMemo(() => createBadgesClient({ baseUrl: MOCK_BASE_URL }), []);
  return (
    <BadgesProvider client={client}>
      <ParsedBadges scenario={scenario} />
    </BadgesProvider>
  );
}

const meta: Meta<typeof DataLayer> = {
  title: 'Data/Parsed badges per scenario',
  component: DataLayer,
  beforeEach({ msw, args }) {
    msw.use(...badgesHandlers({ baseUrl: MOCK_BASE_URL, scenario: args.scenario, delayMs: 0 }));
  },
};
export default meta;
type Story = StoryObj<typeof DataLayer>;

export const Default: Story = {
  args: { scenario: 'default' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('table')).toBeVisible();
    await expect(canvas.getByText(/\d+ badges, 0 problems/)).toBeVisible();
  },
};
export const MixedStates: Story = {
  args: { scenario: 'mixed-states' },
  play: async ({ canvas }) => {
    await canvas.findByRole('table');
    for (const status of ['pending', 'expired', 'revoked']) await expect(canvas.getAllByText(status, { selector: 'td' }).length).toBeGreaterThan(0);
  },
};
export const ManyBadges: Story = {
  args: { scenario: 'many' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(/^1200 badges/, {}, { timeout: 10_000 })).toBeVisible();
  },
};
export const MalformedItem: Story = {
  args: { scenario: 'malformed-item' },
  play: async ({ canvas }) => {
    const problems = await canvas.findByRole('list', { name: 'Problems' });
    await expect(problems).toHaveTextContent(/invalid-item/);
    await expect(canvas.getByRole('table')).toBeVisible();
  },
};
export const LaterPageFails: Story = {
  args: { scenario: 'page-3-fails' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(/stopped early: server/)).toBeVisible();
  },
};
export const Unauthorized: Story = {
  args: { scenario: 'unauthorized' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent('unauthorized');
  },
};
export const Empty: Story = {
  args: { scenario: 'empty' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('0 badges, 0 problems')).toBeVisible();
  },
};
