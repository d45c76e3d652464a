import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApolloProvider } from '@apollo/client/react';
import { Notifications } from '@mantine/notifications';
import type { AccountFilter } from '../../../gql/graphql';
import { createApolloClient } from '../../../lib/apollo-client';
import { useAccountsExport } from '../../../lib/exports';
import { executeOperation } from '../../../mocks/execute-operation';
import { demo, state } from '../../../mocks/store';
import { activeMockJob, holdMockJobs, runMockJobChunk } from '../../../testing/mock-jobs';
import { signInAs } from '../../../testing/render-app';
import { renderWithMantine } from '../../../testing/render-with-mantine';
import { ExportButton } from './export-button';

/** How a listing page uses it: its export mutation over its current filter. */
function AccountsExport({ filter }: { filter: AccountFilter }) {
  const startExport = useAccountsExport(filter);
  return <ExportButton start={startExport} />;
}

function renderButton(filter: AccountFilter = {}) {
  const client = createApolloClient({ href: 'http://localhost:3000/', wsClient: null, onUnauthenticated: () => {} });
  renderWithMantine(
    <ApolloProvider client={client}>
      <Notifications />
      <AccountsExport filter={filter} />
    </ApolloProvider>,
  );
}

/** The address the button sends the browser to (jsdom does not navigate: the click is caught). */
function captureNavigation() {
  const visited: { href: string | null; download: string }[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    visited.push({ href: this.getAttribute('href'), download: this.download });
  });
  return visited;
}

// The button follows the job as bulk operations do: reading it after 0.3 s, then less often.
const SLOW = { timeout: 8_000 };

describe('ExportButton', () => {
  it('starts the export, shows its progress while the job writes it, then downloads the file from this origin', async () => {
    signInAs(demo.acmeEmail);
    holdMockJobs();
    const visited = captureNavigation();
    const user = userEvent.setup();
    renderButton({ states: ['APPROVED'] });

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByRole('button', { name: 'Preparing export…' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Stop the export' })).toBeInTheDocument();

    // The worker counts the rows and starts: the button shows how far it is.
    const job = activeMockJob()!;
    expect(job.kind).toBe('accounts.export');
    const approved = state.accounts.filter((a) => a.tenantId === job.tenantId && a.state === 'APPROVED').length;
    Object.assign(job, { status: 'RUNNING', total: approved, startedAt: new Date().toISOString() });
    expect(await screen.findByRole('button', { name: `Exporting 0 of ${approved}…` }, SLOW)).toBeInTheDocument();

    runMockJobChunk();
    await waitFor(() => expect(visited).toHaveLength(1), SLOW);
    const [{ href, download }] = visited as [{ href: string; download: string }];
    // The path only, on the page's origin, so the session cookie goes along.
    expect(href).toMatch(/^\/exports\/[0-9a-f-]{36}\/accounts-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(download).toBe(href.split('/').at(-1));
    expect(await screen.findByText(`${download}: ${approved} rows. The download has started.`)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeEnabled();

    // And the mock serves that file there.
    const file = await fetch(new URL(href, 'http://localhost:3000/'));
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="${download}"`);
    expect((await file.text()).split('\r\n')).toHaveLength(approved + 2);
  });

  it('tells why no export was started when five are in progress (LIMIT_REACHED)', async () => {
    signInAs(demo.acmeEmail);
    holdMockJobs();
    const visited = captureNavigation();
    for (let i = 0; i < 5; i++) await executeOperation({ query: 'mutation { exportAccounts(input: {}) { export { id } } }' });
    const user = userEvent.setup();
    renderButton();

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByText('Could not start the export')).toBeInTheDocument();
    expect(screen.getByText('5 exports are in progress; wait for one to finish.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeEnabled();
    expect(visited).toEqual([]);
  });

  it('shows a filter the server refuses', async () => {
    signInAs(demo.acmeEmail);
    const user = userEvent.setup();
    renderButton({ search: 'x'.repeat(201) });
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByText('Could not export')).toBeInTheDocument();
    expect(screen.getByText('`filter.search`: Use at most 200 characters.')).toBeInTheDocument();
    expect(state.exports).toEqual([]);
  });

  it('stops an export on request: its job is cancelled and nothing is downloaded', async () => {
    signInAs(demo.acmeEmail);
    holdMockJobs();
    const visited = captureNavigation();
    const user = userEvent.setup();
    renderButton();
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await user.click(await screen.findByRole('button', { name: 'Stop the export' }));
    // The stop is a cancel request: the worker ends the job before its next chunk.
    await waitFor(() => expect(activeMockJob()?.cancelRequested).toBe(true), SLOW);
    runMockJobChunk();
    expect(await screen.findByText('Export stopped', undefined, SLOW)).toBeInTheDocument();
    expect(visited).toEqual([]);
  });
});
