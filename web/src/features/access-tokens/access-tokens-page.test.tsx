import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, signInAs } from '../../testing/render-app';
import { graphql, HttpResponse } from 'msw';
import { server } from '../../mocks/server';
import { demo, state } from '../../mocks/store';
import { createAccessToken } from '../../testing/factories';
import { captureCsvDownload } from '../../testing/capture-download';
import { reactStateHolds } from '../../testing/react-state';
import { ACCESS_TOKEN_PATTERN } from '@gatehouse/schema/tokens';
import { mockGraphqlWs } from '../../mocks/graphql-ws';
import { graphqlWsUrl } from '../../lib/graphql-ws-client';
import { activeMockJob, holdMockJobs, runMockJobChunk } from '../../testing/mock-jobs';

/** The jobs a test enqueued: the mock's demo seed has finished jobs of its own (the bell's bulk-operation reports). */
function jobsSinceSeed() {
  const seeded = new Set(seedJobIds);
  return state.jobs.filter((job) => !seeded.has(job.id));
}
let seedJobIds: string[] = [];
beforeEach(() => {
  seedJobIds = state.jobs.map((job) => job.id);
});

async function openTokensPage() {
  signInAs(demo.masterEmail);
  const app = await renderApp('/settings/access-tokens');
  const table = await screen.findByRole('table', { name: 'Access tokens' });
  await within(table).findByText('CI deploys');
  return { ...app, table };
}

describe('access tokens page', () => {
  it("lists the viewer's tokens with scopes and state", async () => {
    const { table } = await openTokensPage();
    expect(within(table).getByText('Billing export')).toBeInTheDocument();
    expect(within(table).getByText('Analytics')).toBeInTheDocument();
    // Another user's token is not listed.
    expect(within(table).queryByText('Acme analytics')).not.toBeInTheDocument();
    expect(screen.getByText('2 total')).toBeInTheDocument();
  });

  it('creates a token, shows the secret once, and lists the new row', async () => {
    const user = userEvent.setup();
    const { table, container } = await openTokensPage();
    await user.click(screen.getByRole('button', { name: 'Create access token' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create access token' });
    await user.type(within(dialog).getByLabelText(/^Name/), 'Reporting');
    await user.click(within(dialog).getByLabelText('Billing'));
    await user.click(within(dialog).getByLabelText('Read & write'));
    await user.click(within(dialog).getByRole('button', { name: 'Create token' }));

    const shown = await screen.findByRole('dialog', { name: 'Access token created' });
    const secret = within(shown).getByTestId('new-access-token').textContent ?? '';
    expect(secret).toMatch(ACCESS_TOKEN_PATTERN);
    expect(within(shown).getByText(/only time the token is shown/)).toBeInTheDocument();
    expect(within(shown).getByRole('button', { name: 'Copy token' })).toBeInTheDocument();
    await user.click(within(shown).getByRole('button', { name: 'Done' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await within(table).findByText('Reporting')).toBeInTheDocument();
    expect(screen.queryByText(secret)).not.toBeInTheDocument();
    // Nor does the page keep it out of sight, e.g. in the create mutation's last result.
    expect(reactStateHolds(container, secret)).toBe(false);
  });

  it('validates the create form before sending', async () => {
    const user = userEvent.setup();
    await openTokensPage();
    await user.click(screen.getByRole('button', { name: 'Create access token' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create access token' });
    await user.click(within(dialog).getByRole('button', { name: 'Create token' }));
    expect(await within(dialog).findByText('Give the token a name')).toBeInTheDocument();
    expect(within(dialog).getByText('Pick at least one scope')).toBeInTheDocument();
  });

  it('revokes a token after confirmation', async () => {
    const user = userEvent.setup();
    const { table } = await openTokensPage();
    await user.click(within(table).getByRole('button', { name: 'Revoke CI deploys' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revoke access token' });
    await user.click(within(dialog).getByRole('button', { name: 'Confirm revoke' }));

    await waitFor(() => expect(within(table).queryByRole('button', { name: 'Revoke CI deploys' })).not.toBeInTheDocument());
    expect(state.accessTokens.find((t) => t.name === 'CI deploys')?.state).toBe('REVOKED');
    expect(await screen.findByText('Access token revoked')).toBeInTheDocument();
  });

  it('bulk-revokes the selected rows', async () => {
    const user = userEvent.setup();
    const { table } = await openTokensPage();
    // Rows are named by the token's name, not its opaque id.
    expect(within(table).getByRole('checkbox', { name: 'Select CI deploys' })).not.toBeChecked();
    await user.click(within(table).getByRole('checkbox', { name: 'Select all rows on this page' }));
    const bar = screen.getByRole('region', { name: 'Bulk actions' });
    expect(within(bar).getByText('2 selected')).toBeInTheDocument();
    await user.click(within(bar).getByRole('button', { name: 'Revoke selected' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revoke access tokens' });
    await user.click(within(dialog).getByRole('button', { name: 'Confirm revoke' }));

    await waitFor(() =>
      expect(state.accessTokens.filter((t) => t.ownerId === state.sessionUserId).every((t) => t.state === 'REVOKED')).toBe(true),
    );
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Bulk actions' })).not.toBeInTheDocument());
  });

  it('drops revoked tokens from a listing of active ones, with the new total', async () => {
    const user = userEvent.setup();
    const owner = signInAs(demo.masterEmail)!;
    state.accessTokens.push(createAccessToken({ ownerId: owner.id, name: 'Old deploy key', state: 'REVOKED' }));
    await renderApp('/settings/access-tokens?states=ACTIVE');
    const table = await screen.findByRole('table', { name: 'Access tokens' });
    await within(table).findByText('CI deploys');
    expect(screen.getByText('2 total')).toBeInTheDocument();

    await user.click(within(table).getByRole('button', { name: 'Revoke CI deploys' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Confirm revoke' }));
    await waitFor(() => expect(within(table).queryByText('CI deploys')).not.toBeInTheDocument());
    expect(screen.getByText('1 total')).toBeInTheDocument();

    await user.click(within(table).getByRole('checkbox', { name: 'Select Billing export' }));
    await user.click(screen.getByRole('button', { name: 'Revoke selected' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Confirm revoke' }));
    expect(await within(table).findByText('No token matches the filter.')).toBeInTheDocument();
    expect(screen.getByText('0 total')).toBeInTheDocument();
  });

  it('leads back from a page emptied by a revoke', async () => {
    const user = userEvent.setup();
    const owner = signInAs(demo.masterEmail)!;
    for (let i = 0; i < 10; i++) state.accessTokens.push(createAccessToken({ ownerId: owner.id, name: `Bulk ${i}` }));
    const { router } = await renderApp('/settings/access-tokens?states=ACTIVE&size=10');
    const table = await screen.findByRole('table', { name: 'Access tokens' });
    await within(table).findByText('Bulk 9');
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await within(table).findByText('CI deploys'); // the oldest two, on the last page
    // Meanwhile, elsewhere, the token this page's cursor points at is revoked: the cursor stays valid.
    const cursorRow = state.accessTokens.find((t) => t.name === 'Bulk 0')!;
    cursorRow.state = 'REVOKED';

    await user.click(within(table).getByRole('checkbox', { name: 'Select all rows on this page' }));
    await user.click(screen.getByRole('button', { name: 'Revoke selected' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Confirm revoke' }));
    expect(await within(table).findByText('No rows on this page.')).toBeInTheDocument();
    expect(screen.getByText('9 total')).toBeInTheDocument();

    const previous = screen.getByRole('button', { name: 'Previous page' });
    await waitFor(() => expect(previous).toBeEnabled());
    await user.click(previous);
    await waitFor(() => expect(router.state.location.search).toHaveProperty('before'));
    expect(await within(table).findByText('Bulk 1')).toBeInTheDocument();
  });

  it('bulk-revokes every active token the filter matches but the ones unticked, as one job', async () => {
    const user = userEvent.setup();
    const owner = signInAs(demo.masterEmail)!;
    for (let i = 0; i < 10; i++) state.accessTokens.push(createAccessToken({ ownerId: owner.id, name: `Bulk ${i}` }));
    state.accessTokens.push(
      createAccessToken({ ownerId: owner.id, name: 'Old deploy key', state: 'REVOKED' }),
      createAccessToken({ ownerId: owner.id, name: 'Trial key', state: 'EXPIRED' }),
    );
    const sent: unknown[] = [];
    server.use(
      graphql.mutation('RevokeAccessTokens', ({ variables }) => {
        sent.push(variables['input']);
        return undefined; // on to the mock schema
      }),
    );
    await renderApp('/settings/access-tokens?size=10');
    const table = await screen.findByRole('table', { name: 'Access tokens' });
    await within(table).findByText('Trial key');
    // Revoked and expired tokens cannot be revoked, so they are not offered for selection.
    expect(within(table).getByRole('checkbox', { name: 'Select Trial key' })).toBeDisabled();
    expect(within(table).getByRole('checkbox', { name: 'Select Old deploy key' })).toBeDisabled();

    await user.click(within(table).getByRole('checkbox', { name: 'Select all rows on this page' }));
    // 14 tokens match, 12 of them active.
    await user.click(await screen.findByRole('button', { name: 'Select all 12 matching' }));
    await user.click(within(table).getByRole('checkbox', { name: 'Select Bulk 9' }));
    const bar = screen.getByRole('region', { name: 'Bulk actions' });
    expect(within(bar).getByText('11 selected')).toBeInTheDocument();
    await user.click(within(bar).getByRole('button', { name: 'Revoke selected' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revoke access tokens' });
    expect(dialog).toHaveTextContent('Revoke 11 access tokens?');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm revoke' }));

    expect(await screen.findByText('11 access tokens revoked', undefined, { timeout: 5_000 })).toBeInTheDocument();
    // One mutation for the whole filter, narrowed to the active tokens, minus the unticked row.
    const bulk9 = state.accessTokens.find((t) => t.name === 'Bulk 9')!;
    expect(sent).toEqual([{ filter: { search: null, states: ['ACTIVE'] }, exceptIds: [bulk9.id] }]);
    expect(jobsSinceSeed()).toMatchObject([{ kind: 'team.revokeAccessTokens', status: 'SUCCEEDED', succeeded: 11, failed: 0 }]);
    const stateOf = (name: string) => state.accessTokens.find((t) => t.name === name)?.state;
    expect(stateOf('Bulk 9')).toBe('ACTIVE');
    expect(stateOf('Trial key')).toBe('EXPIRED');
    expect(state.accessTokens.filter((t) => t.ownerId === owner.id && t.state === 'REVOKED')).toHaveLength(12);
  });

  it('revokes picked tokens in one request and lists the ones that could not be, with why', async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    server.use(
      graphql.mutation('RevokeAccessTokens', ({ variables }) => {
        sent.push(variables['input']);
        return undefined;
      }),
    );
    const { table } = await openTokensPage();
    await user.click(within(table).getByRole('checkbox', { name: 'Select all rows on this page' }));
    await user.click(screen.getByRole('button', { name: 'Revoke selected' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revoke access tokens' });
    // Meanwhile, elsewhere, one of them is revoked.
    const billing = state.accessTokens.find((t) => t.name === 'Billing export')!;
    Object.assign(billing, { state: 'REVOKED', revokedAt: '2026-02-02T10:00:00.000Z' });
    await user.click(within(dialog).getByRole('button', { name: 'Confirm revoke' }));

    expect(await screen.findByText('Access token revoked')).toBeInTheDocument();
    const failed = (await screen.findByText('A token was not revoked')).closest('.mantine-Notification-root');
    expect(failed).toHaveTextContent('This token was revoked already.');
    const ci = state.accessTokens.find((t) => t.name === 'CI deploys')!;
    expect(sent).toEqual([{ ids: expect.arrayContaining([ci.id, billing.id]) }]);
    expect((sent[0] as { ids: string[] }).ids).toHaveLength(2);
    expect(ci.state).toBe('REVOKED');
    expect(jobsSinceSeed()).toEqual([]);
  });

  it("shows a job's progress by polling when there is no live connection, and stops it with cancelJob", async () => {
    const user = userEvent.setup();
    const owner = signInAs(demo.masterEmail)!;
    for (let i = 0; i < 250; i++) state.accessTokens.push(createAccessToken({ ownerId: owner.id, name: `Bulk ${i}` }));
    holdMockJobs();
    const cancels: unknown[] = [];
    server.use(
      graphql.mutation('CancelJob', ({ variables }) => {
        cancels.push(variables['input']);
        return undefined;
      }),
    );
    await renderApp('/settings/access-tokens?size=10');
    const table = await screen.findByRole('table', { name: 'Access tokens' });
    await within(table).findByText('Bulk 249');
    await user.click(within(table).getByRole('checkbox', { name: 'Select all rows on this page' }));
    await user.click(await screen.findByRole('button', { name: 'Select all 252 matching' }));
    await user.click(screen.getByRole('button', { name: 'Revoke selected' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revoke access tokens' });
    await user.click(within(dialog).getByRole('button', { name: 'Confirm revoke' }));

    await waitFor(() => expect(activeMockJob()).toBeDefined());
    expect(runMockJobChunk()).toMatchObject({ status: 'RUNNING', processed: 100, total: 252 });
    expect(await within(dialog).findByText(/Revoked 100 of 252/, undefined, { timeout: 5_000 })).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Stop' }));
    const job = activeMockJob()!;
    await waitFor(() => expect(job.cancelRequested).toBe(true));
    expect(cancels).toEqual([{ id: job.id }]);
    // The worker sees the request before the next chunk.
    expect(runMockJobChunk()).toMatchObject({ status: 'CANCELLED', processed: 100 });

    expect(await screen.findByText('100 access tokens revoked', undefined, { timeout: 5_000 })).toBeInTheDocument();
    expect(screen.getByText('Stopped before the rest: the others are still active.')).toBeInTheDocument();
    expect(state.accessTokens.filter((t) => t.ownerId === owner.id && t.state === 'REVOKED')).toHaveLength(100);
  });

  it('follows a job live over the jobProgress subscription until it is done', async () => {
    const user = userEvent.setup();
    const owner = signInAs(demo.masterEmail)!;
    for (let i = 0; i < 250; i++) state.accessTokens.push(createAccessToken({ ownerId: owner.id, name: `Bulk ${i}` }));
    holdMockJobs();
    const polls: unknown[] = [];
    server.use(
      mockGraphqlWs(graphqlWsUrl('http://localhost:3000/')),
      graphql.query('JobProgressPoll', ({ variables }) => {
        polls.push(variables);
        return undefined;
      }),
    );
    const app = await renderApp('/settings/access-tokens?size=10', { liveConnection: true });
    try {
      expect(await screen.findByRole('status', { name: 'Connection: live' })).toBeInTheDocument();
      const table = await screen.findByRole('table', { name: 'Access tokens' });
      await within(table).findByText('Bulk 249');
      await user.click(within(table).getByRole('checkbox', { name: 'Select all rows on this page' }));
      await user.click(await screen.findByRole('button', { name: 'Select all 252 matching' }));
      await user.click(screen.getByRole('button', { name: 'Revoke selected' }));
      const dialog = await screen.findByRole('dialog', { name: 'Revoke access tokens' });
      await user.click(within(dialog).getByRole('button', { name: 'Confirm revoke' }));

      await waitFor(() => expect(activeMockJob()).toBeDefined());
      runMockJobChunk();
      expect(await within(dialog).findByText(/Revoked 100 of 252/)).toBeInTheDocument();
      runMockJobChunk();
      expect(await within(dialog).findByText(/Revoked 200 of 252/)).toBeInTheDocument();
      expect(runMockJobChunk()).toMatchObject({ status: 'SUCCEEDED', processed: 252, succeeded: 252 });

      expect(await screen.findByText('252 access tokens revoked')).toBeInTheDocument();
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
      // Every state came over the socket: the job was never read by polling.
      expect(polls).toEqual([]);
      expect(state.accessTokens.filter((t) => t.ownerId === owner.id && t.state === 'REVOKED')).toHaveLength(252);
    } finally {
      // Not awaited: see connection-indicator.test.tsx (dispose waits out graphql-ws's back-off after a drop).
      void Promise.resolve(app.wsClient?.dispose()).catch(() => {});
    }
  });

  it('leaves a selection alone when its bulk revoke was cancelled and another token is revoked', async () => {
    const user = userEvent.setup();
    const { table } = await openTokensPage();
    await user.click(within(table).getByRole('checkbox', { name: 'Select Billing export' }));
    await user.click(screen.getByRole('button', { name: 'Revoke selected' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Cancel' }));

    await user.click(within(table).getByRole('button', { name: 'Revoke CI deploys' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Confirm revoke' }));
    expect(await screen.findByText('Access token revoked')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Bulk actions' })).getByText('1 selected')).toBeInTheDocument();
  });

  it('keeps the search in the URL', async () => {
    const user = userEvent.setup();
    const { router, table } = await openTokensPage();
    await user.type(screen.getByRole('textbox', { name: 'Search tokens' }), 'billing');
    await waitFor(() => expect(router.state.location.search).toMatchObject({ q: 'billing' }));
    await waitFor(() => expect(within(table).queryByText('CI deploys')).not.toBeInTheDocument());
    expect(within(table).getByText('Billing export')).toBeInTheDocument();
  });

  it('shows an error state with a retry when the list fails', async () => {
    const user = userEvent.setup();
    let failures = 1;
    server.use(
      graphql.query('AccessTokens', () => {
        if (failures-- <= 0) return undefined; // fall through to the mock schema
        return HttpResponse.json({ errors: [{ message: 'Database unavailable', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      }),
    );
    signInAs(demo.masterEmail);
    await renderApp('/settings/access-tokens');
    const alert = await screen.findByRole('alert', { name: 'Could not load the list' });
    expect(alert).toHaveTextContent('Database unavailable');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('CI deploys')).toBeInTheDocument();
  });

  it('filters by state, mirrored in the URL and sent as filter.states', async () => {
    const user = userEvent.setup();
    const owner = signInAs(demo.masterEmail)!;
    state.accessTokens.push(
      createAccessToken({ ownerId: owner.id, name: 'Old deploy key', state: 'REVOKED' }),
      createAccessToken({ ownerId: owner.id, name: 'Trial key', state: 'EXPIRED' }),
    );
    const sent: unknown[] = [];
    server.use(
      graphql.query('AccessTokens', ({ variables }) => {
        sent.push(variables['filter']);
        return undefined; // on to the mock schema
      }),
    );
    const { router } = await renderApp('/settings/access-tokens');
    const table = await screen.findByRole('table', { name: 'Access tokens' });
    await within(table).findByText('Old deploy key');
    const states = screen.getByRole('group', { name: 'State' });

    await user.click(within(states).getByRole('checkbox', { name: 'Revoked' }));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ states: ['REVOKED'] }));
    await waitFor(() => expect(within(table).queryByText('CI deploys')).not.toBeInTheDocument());
    expect(within(table).getByText('Old deploy key')).toBeInTheDocument();
    expect(within(table).queryByText('Trial key')).not.toBeInTheDocument();
    expect(sent.at(-1)).toEqual({ search: null, states: ['REVOKED'] });

    await user.click(within(states).getByRole('checkbox', { name: 'Expired' }));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ states: ['EXPIRED', 'REVOKED'] }));
    expect(await within(table).findByText('Trial key')).toBeInTheDocument();
    expect(within(table).getByText('Old deploy key')).toBeInTheDocument();

    // Unpicking every state is no filter at all.
    await user.click(within(states).getByRole('checkbox', { name: 'Expired' }));
    await user.click(within(states).getByRole('checkbox', { name: 'Revoked' }));
    await waitFor(() => expect(router.state.location.search).not.toHaveProperty('states'));
    expect(await within(table).findByText('CI deploys')).toBeInTheDocument();
  });

  it('reads the state filter from the URL', async () => {
    signInAs(demo.masterEmail);
    await renderApp('/settings/access-tokens?states=ACTIVE,NOT_A_STATE');
    const table = await screen.findByRole('table', { name: 'Access tokens' });
    await within(table).findByText('CI deploys');
    const states = screen.getByRole('group', { name: 'State' });
    expect(within(states).getByRole('checkbox', { name: 'Active' })).toBeChecked();
    expect(within(states).getByRole('checkbox', { name: 'Revoked' })).not.toBeChecked();
  });

  it('downloads every token the filter and order match as CSV, 250 per request', async () => {
    const user = userEvent.setup();
    const owner = signInAs(demo.masterEmail)!;
    // 300 active tokens besides the seeded two, and one revoked one the filter leaves out.
    for (let i = 0; i < 300; i++) {
      state.accessTokens.push(createAccessToken({ ownerId: owner.id, name: `Bulk ${String(i).padStart(3, '0')}` }));
    }
    state.accessTokens.push(createAccessToken({ ownerId: owner.id, name: 'Bulk revoked', state: 'REVOKED' }));
    const exportRequests: Record<string, unknown>[] = [];
    server.use(
      graphql.query('AccessTokens', ({ variables }) => {
        if (variables['first'] === 250) exportRequests.push(variables);
        return undefined;
      }),
    );
    const csv = captureCsvDownload();
    await renderApp('/settings/access-tokens?states=ACTIVE&sort=NAME:DESC&size=10');
    const table = await screen.findByRole('table', { name: 'Access tokens' });
    await within(table).findByText('CI deploys');

    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(csv.filename()).toMatch(/^access-tokens-\d{4}-\d{2}-\d{2}\.csv$/));

    const filter = { search: null, states: ['ACTIVE'] };
    const orderBy = { field: 'NAME', direction: 'DESC' };
    expect(exportRequests).toEqual([
      expect.objectContaining({ first: 250, after: null, filter, orderBy }),
      expect.objectContaining({ first: 250, after: expect.any(String), filter, orderBy }),
    ]);
    const [header, ...rows] = await csv.rows();
    expect(header).toEqual(['Name', 'Scopes', 'Permission', 'State', 'Prefix', 'Expires', 'Last used', 'Created']);
    expect(rows).toHaveLength(302);
    expect(rows.map((r) => r[0]).slice(0, 3)).toEqual(['CI deploys', 'Bulk 299', 'Bulk 298']);
    expect(rows.find((r) => r[0] === 'CI deploys')).toEqual([
      'CI deploys',
      'Account management',
      'Read & write',
      'Active',
      expect.stringMatching(/^gha_/),
      'Never',
      'Never',
      expect.stringMatching(/^2026-/),
    ]);
    expect(rows.some((r) => r[0] === 'Bulk revoked')).toBe(false);
  });
});
