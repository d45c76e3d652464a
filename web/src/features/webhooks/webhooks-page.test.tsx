import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphql, HttpResponse } from 'msw';
import { renderApp, signInAs } from '../../testing/render-app';
import { server } from '../../mocks/server';
import { demo, state } from '../../mocks/store';
import { activeMockJob, holdMockJobs, runMockJobChunk } from '../../testing/mock-jobs';
import { addMockWebhookDelivery, attemptMockWebhookDelivery, claimMockWebhookDelivery } from '../../testing/mock-webhooks';

const rows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);
const acme = () => state.tenants.find((t) => t.subdomain === demo.acmeSubdomain)!;
const acmeSettings = () => state.webhookSettings.find((s) => s.tenantId === acme().id)!;
const acmeDeliveries = () => state.webhookDeliveries.filter((d) => d.tenantId === acme().id);
const deliveryOf = (event: string) => acmeDeliveries().find((d) => d.event === event)!;
/** The log's rows as the mock's seed has them, newest first: the tests count from it rather than repeat it. */
const seeded = (keep: (d: ReturnType<typeof acmeDeliveries>[number]) => boolean = () => true) =>
  acmeDeliveries()
    .filter(keep)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
const plural = (n: number) => (n === 1 ? '1 delivery' : `${n} deliveries`);

/** The variables of each request of an operation, before the mock answers it. */
function recordVariables(kind: 'query' | 'mutation', operation: string) {
  const sent: Record<string, unknown>[] = [];
  server.use(
    graphql[kind](operation, ({ variables }) => {
      sent.push(variables);
      return undefined; // on to the mock schema
    }),
  );
  return sent;
}

async function openWebhooks(path = '/settings/webhooks', email = demo.acmeEmail) {
  signInAs(email);
  const app = await renderApp(path);
  // The page's code loads when it is opened: the first test of the file waits for it.
  await screen.findByRole('heading', { name: 'Webhooks', level: 2 }, { timeout: 10_000 });
  const table = await screen.findByRole('table', { name: 'Webhook deliveries' });
  await waitFor(() => expect(table).toHaveAttribute('aria-busy', 'false'), { timeout: 5_000 });
  return { ...app, table };
}

/** The mock's demo webhook: Acme's, enabled, with deliveries in each state (two of them failed). */
async function openAcmeWebhook(path?: string) {
  const app = await openWebhooks(path);
  await waitFor(() => expect(screen.getByRole('textbox', { name: 'URL' })).toHaveValue('https://hooks.example.com/gatehouse'));
  return app;
}

let seedJobIds: string[] = [];
beforeEach(() => {
  seedJobIds = state.jobs.map((job) => job.id);
});
const jobsSinceSeed = () => state.jobs.filter((job) => !seedJobIds.includes(job.id));

describe('webhook settings', () => {
  it('shows the webhook with its events grouped and described, and saves only what changed', async () => {
    const user = userEvent.setup();
    const sent = recordVariables('mutation', 'UpdateWebhookSettings');
    await openAcmeWebhook();
    expect(screen.getByRole('switch', { name: 'Enabled' })).toBeChecked();
    const adminActions = screen.getByRole('switch', { name: 'Admin actions fire webhooks' });
    expect(adminActions).not.toBeChecked();
    expect(screen.getByText(/only what developers do fires webhooks/)).toBeInTheDocument();

    const accounts = screen.getByRole('group', { name: 'Accounts' });
    expect(within(accounts).getByRole('checkbox', { name: 'account.created' })).toBeChecked();
    expect(within(accounts).getByRole('checkbox', { name: 'account.updated' })).not.toBeChecked();
    expect(within(accounts).getByText('A developer account was created.')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Users' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Applications' })).toBeInTheDocument();
    const keys = screen.getByRole('group', { name: 'Keys' });
    // One key event of three: the group's own box is half checked.
    expect(within(keys).getByRole('checkbox', { name: 'Keys' })).toHaveAttribute('data-indeterminate', 'true');
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();

    await user.click(adminActions);
    await user.click(screen.getByRole('checkbox', { name: 'user.created' }));
    await user.click(within(keys).getByRole('checkbox', { name: 'application_key.created' }));
    // Changed and changed back: not sent.
    await user.click(screen.getByRole('checkbox', { name: 'account.deleted' }));
    await user.click(screen.getByRole('checkbox', { name: 'account.deleted' }));
    expect(screen.getByText('2 unsaved changes')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Webhook saved')).toBeInTheDocument();
    expect(sent).toEqual([
      {
        input: {
          adminActionsFire: true,
          events: ['ACCOUNT_CREATED', 'ACCOUNT_PLAN_CHANGED', 'USER_CREATED', 'APPLICATION_CREATED', 'APPLICATION_SUSPENDED'],
        },
      },
    ]);
    expect(acmeSettings()).toMatchObject({ adminActionsFire: true, url: 'https://hooks.example.com/gatehouse', enabled: true });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled());
    expect(screen.getByRole('switch', { name: 'Admin actions fire webhooks' })).toBeChecked();
  });

  it("checks a group's events at once", async () => {
    const user = userEvent.setup();
    const sent = recordVariables('mutation', 'UpdateWebhookSettings');
    await openAcmeWebhook();
    const users = screen.getByRole('group', { name: 'Users' });
    await user.click(within(users).getByRole('checkbox', { name: 'Users' }));
    for (const name of ['user.created', 'user.updated', 'user.deleted']) expect(within(users).getByRole('checkbox', { name })).toBeChecked();
    await user.click(within(users).getByRole('checkbox', { name: 'Users' }));
    expect(within(users).getByRole('checkbox', { name: 'user.created' })).not.toBeChecked();
    await user.click(within(users).getByRole('checkbox', { name: 'Users' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Webhook saved')).toBeInTheDocument();
    expect(sent.at(-1)).toEqual({
      input: { events: ['ACCOUNT_CREATED', 'ACCOUNT_PLAN_CHANGED', 'USER_CREATED', 'USER_UPDATED', 'USER_DELETED', 'APPLICATION_CREATED', 'APPLICATION_SUSPENDED', 'KEY_CREATED'] },
    });
  });

  it('refuses a malformed URL before sending, and shows the server refusals on their fields', async () => {
    const user = userEvent.setup();
    const sent = recordVariables('mutation', 'UpdateWebhookSettings');
    await openAcmeWebhook();
    const url = screen.getByRole('textbox', { name: 'URL' });

    await user.clear(url);
    await user.type(url, 'ftp://example.com/hook');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Use an http or https URL.')).toBeInTheDocument();
    expect(url).toHaveAttribute('aria-invalid', 'true');
    expect(sent).toEqual([]);

    // PRIVATE_ADDRESS: only the server (here the mock) knows which hosts it refuses.
    await user.clear(url);
    await user.type(url, 'http://127.0.0.1:9000/hook');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    await waitFor(() => expect(url).toHaveAttribute('aria-invalid', 'true'));
    expect(url).toHaveAccessibleDescription(/private|loopback/i);

    // URL_REQUIRED: an enabled webhook cannot lose its URL.
    await user.clear(url);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Give the webhook a URL before enabling it.')).toBeInTheDocument();
    expect(sent.at(-1)).toEqual({ input: { url: null } });
    expect(url).toHaveAttribute('aria-invalid', 'true');
    expect(acmeSettings().url).toBe('https://hooks.example.com/gatehouse');

    // DUPLICATE_EVENT names the listed event (`input.events.<n>`): the checklist's error.
    server.use(
      graphql.mutation('UpdateWebhookSettings', () =>
        HttpResponse.json({
          data: {
            updateWebhookSettings: {
              __typename: 'UpdateWebhookSettingsPayload',
              settings: null,
              userErrors: [{ __typename: 'WebhookUserError', field: ['input', 'events', '1'], code: 'DUPLICATE_EVENT', message: 'ACCOUNT_CREATED is listed twice.' }],
            },
          },
        }),
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Discard' }));
    expect(url).toHaveValue('https://hooks.example.com/gatehouse');
    await user.click(screen.getByRole('checkbox', { name: 'account.updated' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('ACCOUNT_CREATED is listed twice.')).toBeInTheDocument();
  });

  it('puts URL_REQUIRED on the Enabled switch when a webhook with no URL is enabled', async () => {
    const user = userEvent.setup();
    // The master's tenant has no webhook yet: disabled, no URL, no secret.
    await openWebhooks('/settings/webhooks', demo.masterEmail);
    expect(await screen.findByText(/None yet: the secret is made when the webhook is first saved/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Rotate secret' })).toBeNull();
    await user.click(screen.getByRole('switch', { name: 'Enabled' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Give the webhook a URL before enabling it.')).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Enabled' })).toHaveAccessibleDescription(/Give the webhook a URL before enabling it/);
  });
});

describe('signing secret', () => {
  it('is hidden until revealed, copies either way, and explains how to verify signatures', async () => {
    const user = userEvent.setup();
    await openAcmeWebhook();
    const secret = acmeSettings().secret;
    const shown = screen.getByTestId('webhook-secret');
    expect(shown).not.toHaveTextContent(secret);
    await user.click(screen.getByRole('button', { name: 'Copy secret' }));
    expect(await navigator.clipboard.readText()).toBe(secret);

    const reveal = screen.getByRole('button', { name: 'Reveal secret' });
    expect(reveal).toHaveAttribute('aria-pressed', 'false');
    await user.click(reveal);
    expect(shown).toHaveTextContent(secret);
    expect(reveal).toHaveAttribute('aria-pressed', 'true');
    await user.click(reveal);
    expect(shown).not.toHaveTextContent(secret);

    const help = screen.getByRole('region', { name: 'Verifying signatures' });
    expect(help).toHaveTextContent('Gatehouse-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">');
    expect(help).toHaveTextContent(/two v1/);
    expect(help).toHaveTextContent(/deduplicate on its id/);
  });

  it('rotates it, keeping the previous one signing for the hours asked, and shows the new one', async () => {
    const user = userEvent.setup();
    const sent = recordVariables('mutation', 'RotateWebhookSecret');
    await openAcmeWebhook();
    const before = acmeSettings().secret;
    expect(screen.queryByTestId('previous-secret-expiry')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Rotate secret' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rotate signing secret' });
    const hours = within(dialog).getByRole('textbox', { name: 'Hours the previous secret keeps signing' });
    expect(hours).toHaveValue('24');
    await user.clear(hours);
    await user.type(hours, '48');
    await user.click(within(dialog).getByRole('button', { name: 'Rotate secret' }));

    const done = await screen.findByRole('dialog', { name: 'Secret rotated' });
    expect(sent).toEqual([{ input: { keepPreviousHours: 48 } }]);
    const after = acmeSettings().secret;
    expect(after).not.toBe(before);
    expect(acmeSettings().previousSecret).toBe(before);
    expect(within(done).getByTestId('rotated-webhook-secret')).toHaveTextContent(after);
    expect(done).toHaveTextContent(/The previous secret also signs until \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    await user.click(within(done).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    // The page shows the new secret (the mutation's answer is the cached settings) and until when the previous one signs.
    await user.click(screen.getByRole('button', { name: 'Reveal secret' }));
    expect(screen.getByTestId('webhook-secret')).toHaveTextContent(after);
    expect(screen.getByTestId('previous-secret-expiry')).toHaveTextContent(/also signs until .*in 2 days/);
  });

  it('can stop the previous secret at once', async () => {
    const user = userEvent.setup();
    await openAcmeWebhook();
    await user.click(screen.getByRole('button', { name: 'Rotate secret' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rotate signing secret' });
    const hours = within(dialog).getByRole('textbox', { name: 'Hours the previous secret keeps signing' });
    await user.clear(hours);
    await user.type(hours, '0');
    await user.click(within(dialog).getByRole('button', { name: 'Rotate secret' }));
    const done = await screen.findByRole('dialog', { name: 'Secret rotated' });
    expect(done).toHaveTextContent('The previous secret no longer signs');
    expect(acmeSettings()).toMatchObject({ previousSecret: null, previousSecretExpiresAt: null });
  });
});

describe('test event', () => {
  it('pings the saved URL and shows how the endpoint answered', async () => {
    const user = userEvent.setup();
    const { table } = await openAcmeWebhook();
    const before = seeded().length;
    await waitFor(() => expect(rows(table)).toHaveLength(before));
    await user.click(screen.getByRole('button', { name: 'Send test event' }));
    expect(await screen.findByText('Test event sent')).toBeInTheDocument();
    expect(await screen.findByText('Waiting for https://hooks.example.com/gatehouse to answer…')).toBeInTheDocument();
    const ping = state.webhookDeliveries.at(-1)!;
    expect(ping).toMatchObject({ event: 'webhook.ping', status: 'PENDING', attempts: 0 });
    // The new delivery is at the top of the log.
    await waitFor(() => expect(rows(table)).toHaveLength(before + 1));

    // A worker claims it, which counts the attempt, and posts it: still waiting for the answer.
    claimMockWebhookDelivery(ping.id);
    await waitFor(() => expect(rows(table)[0]).toHaveTextContent(/^webhook\.pingPending1/), { timeout: 3_000 });
    expect(screen.getByText('Waiting for https://hooks.example.com/gatehouse to answer…')).toBeInTheDocument();
    // The endpoint answers: the page reads the delivery until then.
    attemptMockWebhookDelivery(ping.id, { statusCode: 200, durationMs: 42, response: 'ok' });
    expect(await screen.findByText('Test event delivered', undefined, { timeout: 5_000 })).toBeInTheDocument();
    expect(screen.getByText('https://hooks.example.com/gatehouse took it: HTTP 200 in 42 ms.')).toBeInTheDocument();
    // Its row in the log too (the same object in the cache).
    await waitFor(() => expect(rows(table)[0]).toHaveTextContent('Delivered'));
    expect(rows(table)[0]).toHaveTextContent('webhook.ping');
  });

  it('says when the endpoint refused it, and when it is tried again', async () => {
    const user = userEvent.setup();
    await openAcmeWebhook();
    await user.click(screen.getByRole('button', { name: 'Send test event' }));
    await screen.findByText('Waiting for https://hooks.example.com/gatehouse to answer…');
    attemptMockWebhookDelivery(state.webhookDeliveries.at(-1)!.id, { statusCode: 500, durationMs: 12, error: 'The endpoint answered 500.' });
    expect(await screen.findByText('The endpoint did not take the test event', undefined, { timeout: 5_000 })).toBeInTheDocument();
    expect(screen.getByText('HTTP 500 in 12 ms: The endpoint answered 500.')).toBeInTheDocument();
    expect(screen.getByText(/It is tried again at \d{4}-\d{2}-\d{2}/)).toBeInTheDocument();
  });

  it('sends one test event at a time: PING_PENDING while the last is on its way', async () => {
    const user = userEvent.setup();
    await openAcmeWebhook();
    await user.click(screen.getByRole('button', { name: 'Send test event' }));
    await screen.findByText('Waiting for https://hooks.example.com/gatehouse to answer…');
    await user.click(screen.getByRole('button', { name: 'Send test event' }));
    const alert = await screen.findByRole('alert', { name: 'Nothing was sent' });
    expect(alert).toHaveTextContent('A test event is still on its way');
    expect(screen.getByText('Waiting for https://hooks.example.com/gatehouse to answer…')).toBeInTheDocument();
    expect(acmeDeliveries().filter((d) => d.event === 'webhook.ping' && d.status === 'PENDING')).toHaveLength(1);
  });

  it('shows URL_REQUIRED when the webhook has no URL', async () => {
    const user = userEvent.setup();
    await openWebhooks('/settings/webhooks', demo.masterEmail);
    await user.click(await screen.findByRole('button', { name: 'Send test event' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Nothing was sent');
    expect(alert).toHaveTextContent('Give the webhook a URL first.');
  });
});

describe('delivery log', () => {
  it('lists the deliveries with status, attempts and last answer; a row opens its body and attempt log', async () => {
    const user = userEvent.setup();
    const { table } = await openAcmeWebhook();
    await waitFor(() => expect(rows(table)).toHaveLength(seeded().length));
    // Newest first.
    expect(rows(table).map((row) => within(row).getAllByRole('cell')[1]!.textContent)).toEqual(seeded().map((d) => d.event));
    const keyRow = rows(table)[seeded().findIndex((d) => d.event === 'application_key.created')]!;
    expect(keyRow).toHaveTextContent('Failed');
    expect(keyRow).toHaveTextContent('503');
    expect(keyRow).toHaveTextContent('The endpoint answered 503.');
    expect(rows(table).at(-1)).toHaveTextContent('account.created');
    expect(rows(table).at(-1)).toHaveTextContent('Delivered');

    await user.click(within(keyRow).getByRole('button', { name: 'application_key.created' }));
    const dialog = await screen.findByRole('dialog', { name: 'application_key.created' });
    const about = within(dialog).getByRole('table', { name: 'About this delivery' });
    expect(about).toHaveTextContent(deliveryOf('application_key.created').eventId);
    // Pretty-printed: one field a line, indented.
    const body = within(dialog).getByTestId('webhook-delivery-body').textContent ?? '';
    expect(body).toContain('\n  "type": "application_key",\n');
    expect(JSON.parse(body)).toEqual(JSON.parse(deliveryOf('application_key.created').body));
    const attempts = within(dialog).getByRole('table', { name: 'Attempt log' });
    expect(rows(attempts)).toHaveLength(6);
    expect(rows(attempts)[0]).toHaveTextContent('503');
    expect(rows(attempts)[0]).toHaveTextContent('87 ms');
    expect(rows(attempts)[0]).toHaveTextContent('Service Unavailable');
    expect(within(dialog).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('opens a delivery from anywhere on its row', async () => {
    const user = userEvent.setup();
    const { table } = await openAcmeWebhook('/settings/webhooks?event=account.created');
    await waitFor(() => expect(rows(table)).toHaveLength(1));
    await user.click(within(rows(table)[0]!).getByText('Delivered'));
    const dialog = await screen.findByRole('dialog', { name: 'account.created' });
    expect(rows(within(dialog).getByRole('table', { name: 'Attempt log' }))[0]).toHaveTextContent('200');
    // A delivered one is not retried.
    expect(within(dialog).queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it('filters by status and event, from the address, with a Failed preset', async () => {
    const user = userEvent.setup();
    const sent = recordVariables('query', 'WebhookDeliveries');
    const { table, router } = await openAcmeWebhook('/settings/webhooks?statuses=FAILED');
    const failed = seeded((d) => d.status === 'FAILED');
    expect(failed).toHaveLength(2);
    await waitFor(() => expect(rows(table)).toHaveLength(2));
    expect(within(screen.getByRole('group', { name: 'Status' })).getByRole('checkbox', { name: 'Failed' })).toBeChecked();
    expect(sent.at(-1)).toMatchObject({ filter: { statuses: ['FAILED'], event: null } });

    await router.navigate({ to: '/settings/webhooks', search: { event: 'account' } });
    const accounts = seeded((d) => d.event.startsWith('account.'));
    await waitFor(() => expect(rows(table)).toHaveLength(accounts.length));
    expect(rows(table).map((row) => row.textContent)).toEqual(accounts.map((d) => expect.stringContaining(d.event)));
    expect(screen.getByRole('combobox', { name: 'Event' })).toHaveValue('Every account event');

    await router.navigate({ to: '/settings/webhooks', search: { statuses: ['DELIVERED'], event: 'application_key' } });
    expect(await within(table).findByText('No delivery matches the filter.')).toBeInTheDocument();

    // The failed ones are counted whatever the filter; the preset shows them.
    const alert = screen.getByRole('alert', { name: '2 deliveries failed' });
    await user.click(within(alert).getByRole('button', { name: 'Show failed' }));
    await waitFor(() => expect(router.state.location.search).toEqual({ statuses: ['FAILED'] }));
    await waitFor(() => expect(rows(table)).toHaveLength(2));
  });

  it('retries the failed ones among the selected rows, by id', async () => {
    const user = userEvent.setup();
    const sent = recordVariables('mutation', 'RetryWebhookDeliveries');
    const { table } = await openAcmeWebhook();
    const all = seeded().length;
    const failedIds = seeded((d) => d.status === 'FAILED').map((d) => d.id);
    await waitFor(() => expect(rows(table)).toHaveLength(all));
    await user.click(within(table).getByRole('checkbox', { name: 'Select all rows on this page' }));
    const bar = screen.getByRole('region', { name: 'Bulk actions' });
    expect(within(bar).getByText(`${all} selected`)).toBeInTheDocument();
    await user.click(within(bar).getByRole('button', { name: 'Retry' }));
    const dialog = await screen.findByRole('dialog', { name: 'Retry deliveries' });
    expect(dialog).toHaveTextContent('Retry 2 failed deliveries?');
    expect(dialog).toHaveTextContent(`${plural(all - 2)} of the selection did not fail and are left alone.`);
    await user.click(within(dialog).getByRole('button', { name: 'Confirm retry' }));

    expect(await screen.findByText('2 deliveries queued again')).toBeInTheDocument();
    expect(sent).toEqual([{ input: { ids: failedIds } }]);
    expect(state.webhookDeliveries.filter((d) => failedIds.includes(d.id)).map((d) => d.status)).toEqual(['PENDING', 'PENDING']);
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Bulk actions' })).toBeNull());
    await waitFor(() => expect(screen.getByRole('button', { name: 'Retry all failed' })).toBeDisabled());
    expect(screen.queryByRole('alert', { name: /failed/ })).toBeNull();
  });

  it('retries one delivery from its modal', async () => {
    const user = userEvent.setup();
    const { table } = await openAcmeWebhook('/settings/webhooks?statuses=FAILED');
    await waitFor(() => expect(rows(table)).toHaveLength(2));
    await user.click(within(table).getByRole('button', { name: 'application.suspended' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'application.suspended' })).getByRole('button', { name: 'Retry' }));
    const confirm = await screen.findByRole('dialog', { name: 'Retry delivery' });
    expect(confirm).toHaveTextContent('Retry this failed delivery?');
    await user.click(within(confirm).getByRole('button', { name: 'Confirm retry' }));
    expect(await screen.findByText('1 delivery queued again')).toBeInTheDocument();
    await waitFor(() => expect(rows(table)).toHaveLength(1));
    expect(deliveryOf('application.suspended').status).toBe('PENDING');
  });

  it('retries every failed delivery as one job, with its progress', async () => {
    const user = userEvent.setup();
    for (let i = 0; i < 250; i++) addMockWebhookDelivery(acme().id);
    holdMockJobs();
    const sent = recordVariables('mutation', 'RetryWebhookDeliveries');
    await openAcmeWebhook('/settings/webhooks?event=account.created');
    const failed = await screen.findByRole('alert', { name: '252 deliveries failed' });
    expect(failed).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry all failed' }));
    const dialog = await screen.findByRole('dialog', { name: 'Retry deliveries' });
    expect(dialog).toHaveTextContent('Retry all 252 failed deliveries?');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm retry' }));

    await waitFor(() => expect(activeMockJob()).toBeDefined());
    // The filter is every failed delivery, whatever the log shows.
    expect(sent).toEqual([{ input: { filter: { statuses: ['FAILED'] }, exceptIds: [] } }]);
    expect(runMockJobChunk()).toMatchObject({ status: 'RUNNING', processed: 100, total: 252 });
    expect(await within(dialog).findByText(/Retried 100 of 252/, undefined, { timeout: 5_000 })).toBeInTheDocument();
    runMockJobChunk();
    expect(runMockJobChunk()).toMatchObject({ status: 'SUCCEEDED', processed: 252, succeeded: 252 });

    expect(await screen.findByText('252 deliveries queued again', undefined, { timeout: 5_000 })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(jobsSinceSeed()).toMatchObject([{ kind: 'webhooks.retryDeliveries', status: 'SUCCEEDED', succeeded: 252 }]);
    expect(state.webhookDeliveries.filter((d) => d.status === 'FAILED')).toEqual([]);
    await waitFor(() => expect(screen.queryByRole('alert', { name: /failed/ })).toBeNull());
  });

  it('deletes the selected deliveries after confirmation', async () => {
    const user = userEvent.setup();
    const sent = recordVariables('mutation', 'DeleteWebhookDeliveries');
    const { table } = await openAcmeWebhook('/settings/webhooks?statuses=DELIVERED');
    const delivered = seeded((d) => d.status === 'DELIVERED');
    await waitFor(() => expect(rows(table)).toHaveLength(delivered.length));
    const target = deliveryOf('account.created').id;
    await user.click(within(table).getByRole('checkbox', { name: /^Select account\.created/ }));
    await user.click(within(screen.getByRole('region', { name: 'Bulk actions' })).getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete delivery' });
    expect(dialog).toHaveTextContent('Delete this delivery with its attempt log?');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm delete' }));

    expect(await screen.findByText('1 delivery deleted')).toBeInTheDocument();
    expect(sent).toEqual([{ input: { ids: [target] } }]);
    expect(state.webhookDeliveries.some((d) => d.id === target)).toBe(false);
    expect(state.webhookAttempts.some((a) => a.deliveryId === target)).toBe(false);
    await waitFor(() => expect(rows(table)).toHaveLength(delivered.length - 1));
    expect(within(table).queryByText('account.created')).toBeNull();
  });

  it('deletes every delivery a filter matches as a job, but the rows unticked', async () => {
    const user = userEvent.setup();
    for (let i = 0; i < 30; i++) addMockWebhookDelivery(acme().id, { status: 'DELIVERED', lastError: null, lastStatusCode: 200, attempts: 1 });
    const sent = recordVariables('mutation', 'DeleteWebhookDeliveries');
    const { table } = await openAcmeWebhook('/settings/webhooks?statuses=DELIVERED&size=10');
    const matching = seeded((d) => d.status === 'DELIVERED').length;
    await waitFor(() => expect(rows(table)).toHaveLength(10));
    await user.click(within(table).getByRole('checkbox', { name: 'Select all rows on this page' }));
    await user.click(await screen.findByRole('button', { name: `Select all ${matching} matching` }));
    const keep = rows(table)[0]!;
    await user.click(within(keep).getByRole('checkbox'));
    await user.click(within(screen.getByRole('region', { name: 'Bulk actions' })).getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete deliveries' });
    expect(dialog).toHaveTextContent(`Delete ${matching - 1} deliveries with their attempt log?`);
    await user.click(within(dialog).getByRole('button', { name: 'Confirm delete' }));

    expect(await screen.findByText(`${matching - 1} deliveries deleted`, undefined, { timeout: 5_000 })).toBeInTheDocument();
    expect(sent).toEqual([{ input: { filter: { statuses: ['DELIVERED'], event: null }, exceptIds: [expect.any(String)] } }]);
    expect(seeded((d) => d.status === 'DELIVERED')).toHaveLength(1);
    await waitFor(() => expect(rows(table)).toHaveLength(1));
  });

  it('is not offered to members', async () => {
    signInAs(demo.memberEmail);
    await renderApp('/settings/webhooks');
    expect(await screen.findByText('Only admins can open this page.')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).queryByRole('link', { name: 'Webhooks' })).toBeNull();
  });
});
