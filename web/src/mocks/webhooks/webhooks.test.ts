// @vitest-environment node
import { MAX_SEARCH_TEXT_LENGTH } from '@gatehouse/schema/lengths';
import type { WebhookEvent } from '@gatehouse/schema/webhooks';
import { describe, expect, it } from 'vitest';
import { holdMockJobs, runMockJobChunk } from '../../testing/mock-jobs';
import { emit, systemActor, userActor } from '../events/events';
import { executeOperation } from '../execute-operation';
import { toGlobalId } from '../global-id';
import { demo, state } from '../store';
import { isPrivateIpLiteral, privateHostProblem } from './private-address';
import { DEMO_WEBHOOK_URL, withoutMockOnlyWebhooks } from './webhook-seed';
import type { WebhookDeliveryFixture } from './webhooks';

/**
 * What the parity test does not reach: the demo webhook and its attempt logs, events queued (or
 * not) by the webhook's settings, retrying a failed delivery, deleting with the attempts, the
 * filters over deliveries in every state, and the private-address check on its own.
 */
const user = (email: string) => state.users.find((u) => u.email === email)!;
const signIn = (email: string) => (state.sessionUserId = user(email).id);
const tenantOf = (subdomain: string) => state.tenants.find((t) => t.subdomain === subdomain)!;

async function answer(query: string, variables: Record<string, unknown> = {}) {
  return (await executeOperation({ query, variables })).body;
}
async function call(query: string, variables: Record<string, unknown> = {}) {
  const body = await answer(query, variables);
  expect(body.errors).toBeUndefined();
  return body.data as Record<string, any>;
}

const SETTINGS = `{ webhookSettings { url enabled adminActionsFire events secret previousSecretExpiresAt } }`;
const UPDATE = `mutation($input: UpdateWebhookSettingsInput!) {
  updateWebhookSettings(input: $input) { settings { url enabled adminActionsFire events secret previousSecretExpiresAt } userErrors { code field message } }
}`;
const ROTATE = `mutation($input: RotateWebhookSecretInput) { rotateWebhookSecret(input: $input) { settings { secret previousSecretExpiresAt url enabled } userErrors { code field message } } }`;
const PING = `mutation { pingWebhook { delivery { id eventId event url body status attempts nextAttemptAt lastStatusCode lastError createdAt deliveredAt attemptLog { statusCode } } userErrors { code field message } } }`;
const DELIVERIES = `query($filter: WebhookDeliveryFilter, $orderBy: WebhookDeliveryOrder) {
  webhookDeliveries(first: 50, filter: $filter, orderBy: $orderBy) {
    totalCount nodes { id eventId event url body status attempts nextAttemptAt lastStatusCode lastError createdAt deliveredAt attemptLog { attemptedAt statusCode durationMs response error } }
  }
}`;
const RETRY = `mutation($input: RetryWebhookDeliveriesInput!) {
  retryWebhookDeliveries(input: $input) { results { id status error { code field message } } job { id kind status } userErrors { code field } }
}`;
const DELETE = `mutation($input: DeleteWebhookDeliveriesInput!) {
  deleteWebhookDeliveries(input: $input) { results { id status error { code field message } } job { id kind status } userErrors { code field } }
}`;
const JOB = `query($id: ID!) { job(id: $id) { status total processed succeeded failed failures(first: 10) { nodes { itemId code message } } } }`;
const AUDIT = `query($filter: AuditEntryFilter) { auditLog(first: 50, filter: $filter) { nodes { event actorName targetType targetId targetName summary changes { field from to } } } }`;

const deliveries = async (filter: object = {}, orderBy?: object) => (await call(DELIVERIES, { filter, orderBy }))['webhookDeliveries'] as { totalCount: number; nodes: any[] };
const audit = async (event: string) => (await call(AUDIT, { filter: { event } }))['auditLog'].nodes as any[];
const errorCodes = (body: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => body.errors?.map((e) => e.extensions?.['code']);

/** An event of Acme as a module would record it, carrying `webhook` (any event, not only those the accounts domain records). */
function recordEvent(event: WebhookEvent, developerAction: boolean, name: string) {
  const acme = tenantOf('acme');
  emit(
    state,
    systemActor(acme.id, 'test'),
    {
      type: 'account',
      action: 'created',
      target: null,
      summary: name,
      webhook: { event, developerAction, object: { id: toGlobalId('Account', '00000000-0000-4000-8000-000000000abc'), name } },
    },
    new Date(),
  );
}
const queuedNames = () => state.webhookDeliveries.filter((d) => d.event.startsWith('account.created') && d.body.includes('"by ')).map((d) => JSON.parse(d.body).object.name);

describe('webhooks in the mock', () => {
  it('seed a demo webhook for Acme, with a delivery in each state and its attempts, oldest first; none of it for parity', async () => {
    signIn(demo.acmeEmail);
    expect((await call(SETTINGS))['webhookSettings']).toEqual({
      url: DEMO_WEBHOOK_URL,
      enabled: true,
      adminActionsFire: false,
      events: ['ACCOUNT_CREATED', 'ACCOUNT_PLAN_CHANGED', 'APPLICATION_CREATED', 'APPLICATION_SUSPENDED', 'KEY_CREATED'],
      secret: expect.stringMatching(/^whsec_[A-Za-z0-9_-]{43}$/),
      previousSecretExpiresAt: null,
    });
    const list = await deliveries();
    expect(list.nodes.map((d) => [d.event, d.status, d.attempts, d.attemptLog.length])).toEqual([
      ['webhook.ping', 'DELIVERED', 1, 1],
      ['account.plan_changed', 'PENDING', 2, 2],
      ['application.suspended', 'FAILED', 6, 6],
      ['application_key.created', 'FAILED', 6, 6],
      ['application.created', 'DELIVERED', 3, 3],
      ['account.created', 'DELIVERED', 1, 1],
    ]);
    const retried = list.nodes.find((d) => d.event === 'application.created');
    expect(retried).toMatchObject({ lastStatusCode: 200, lastError: null, nextAttemptAt: null, url: DEMO_WEBHOOK_URL });
    expect(Date.parse(retried.deliveredAt)).toBeGreaterThan(Date.parse(retried.createdAt));
    expect(retried.attemptLog).toEqual([
      { attemptedAt: expect.any(String), statusCode: 500, durationMs: 87, response: 'Internal Server Error', error: 'The endpoint answered 500.' },
      { attemptedAt: expect.any(String), statusCode: null, durationMs: 10_002, response: null, error: 'No answer within 10 s.' },
      { attemptedAt: expect.any(String), statusCode: 200, durationMs: 142, response: '{"received":true}', error: null },
    ]);
    const times = retried.attemptLog.map((a: { attemptedAt: string }) => Date.parse(a.attemptedAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const pending = list.nodes.find((d) => d.event === 'account.plan_changed');
    expect(Date.parse(pending.nextAttemptAt)).toBeGreaterThan(Date.parse(pending.attemptLog.at(-1).attemptedAt));
    expect(list.nodes.find((d) => d.event === 'application.suspended')).toMatchObject({ lastStatusCode: 302, lastError: 'Redirected (302); webhooks do not follow redirects.' });
    for (const d of list.nodes) expect(JSON.parse(d.body)).toMatchObject({ id: d.eventId, type: d.event.split('.')[0], action: d.event.split('.')[1], occurredAt: d.createdAt });

    // The other tenants have none; the parity test starts from the server's demo data: no webhook at all.
    signIn('admin@globex.test');
    expect((await call(SETTINGS))['webhookSettings']).toMatchObject({ url: null, enabled: false, secret: null });
    expect((await deliveries()).totalCount).toBe(0);
    expect(withoutMockOnlyWebhooks(state)).toEqual({ webhookSettings: [], webhookDeliveries: [], webhookAttempts: [] });
  });

  it('save settings as the server does: all problems at once, fields left out kept, recorded only when something changed', async () => {
    signIn('admin@globex.test');
    const update = async (input: object) => (await call(UPDATE, { input }))['updateWebhookSettings'];
    expect((await update({ url: 'ftp://x.test/', events: ['USER_CREATED', 'KEY_CREATED', 'USER_CREATED', 'USER_CREATED'] })).userErrors).toEqual([
      { code: 'INVALID_URL', field: ['input', 'url'], message: 'Use an http or https URL.' },
      { code: 'DUPLICATE_EVENT', field: ['input', 'events', '2'], message: 'USER_CREATED is listed twice.' },
      { code: 'DUPLICATE_EVENT', field: ['input', 'events', '3'], message: 'USER_CREATED is listed twice.' },
    ]);
    expect((await update({ url: '  ' })).userErrors).toEqual([{ code: 'INVALID_URL', field: ['input', 'url'], message: 'Give a URL, or null to remove it.' }]);
    expect((await update({ enabled: true })).userErrors).toEqual([{ code: 'URL_REQUIRED', field: ['input', 'enabled'], message: 'Give the webhook a URL before enabling it.' }]);
    expect(state.webhookSettings).toEqual([expect.objectContaining({ tenantId: tenantOf('acme').id })]);
    expect(await audit('webhook')).toEqual([]);

    // The first save, even of nothing, makes the secret and is recorded as set up.
    const first = await update({});
    expect(first.settings).toMatchObject({ url: null, enabled: false, events: [], secret: expect.stringMatching(/^whsec_[A-Za-z0-9_-]{43}$/) });
    const saved = await update({ url: ' https://hooks.globex.test/in ', enabled: true, events: ['USER_CREATED', 'ACCOUNT_CREATED'] });
    expect(saved.settings).toMatchObject({ url: 'https://hooks.globex.test/in', enabled: true, adminActionsFire: false, events: ['USER_CREATED', 'ACCOUNT_CREATED'], secret: first.settings.secret });
    expect((await update({ events: ['USER_CREATED', 'ACCOUNT_CREATED'], adminActionsFire: null })).settings.url).toBe('https://hooks.globex.test/in');
    expect((await update({ url: null })).userErrors).toEqual([{ code: 'URL_REQUIRED', field: ['input', 'url'], message: 'Give the webhook a URL before enabling it.' }]);
    await update({ url: null, enabled: false });
    expect(await audit('webhook.updated')).toEqual([
      expect.objectContaining({
        summary: 'Changed the webhook.',
        changes: [
          { field: 'url', from: 'https://hooks.globex.test/in', to: null },
          { field: 'enabled', from: 'true', to: 'false' },
        ],
      }),
      expect.objectContaining({
        summary: 'Changed the webhook.',
        actorName: 'admin@globex.test',
        targetType: null,
        changes: [
          { field: 'url', from: null, to: 'https://hooks.globex.test/in' },
          { field: 'enabled', from: 'false', to: 'true' },
          { field: 'events', from: '', to: 'USER_CREATED, ACCOUNT_CREATED' },
        ],
      }),
      expect.objectContaining({ summary: 'Set up the webhook.', changes: [] }),
    ]);
  });

  it('refuse private and loopback addresses at save, as the server without GATEHOUSE_WEBHOOKS_ALLOW_PRIVATE', async () => {
    signIn('admin@globex.test');
    const refusal = async (url: string) => (await call(UPDATE, { input: { url } }))['updateWebhookSettings'].userErrors.map((e: { code: string; message: string }) => `${e.code}: ${e.message}`);
    for (const url of ['http://127.0.0.1/', 'http://0x7f.1:8080/', 'http://10.1.2.3/', 'http://169.254.169.254/latest/meta-data', 'http://[::1]/', 'http://[::ffff:192.168.0.1]/', 'http://[fd00::1]/']) {
      expect(await refusal(url), url).toEqual(['PRIVATE_ADDRESS: The URL points at a private or loopback address.']);
    }
    for (const url of ['http://localhost:4000/hook', 'https://api.LOCALHOST/hook']) expect(await refusal(url), url).toEqual(['PRIVATE_ADDRESS: The URL points at this machine.']);
    // Credentials are a problem of the URL's form, found first.
    expect(await refusal('http://user:pw@127.0.0.1/')).toEqual(['INVALID_URL: Leave credentials out of the URL; verify the signature instead.']);
    for (const url of ['https://8.8.8.8/hook', 'http://[::ffff:8.8.8.8]/', 'http://[2606:4700::1111]/', 'https://localhost.example.com/', 'http://172.32.0.1/']) expect(await refusal(url), url).toEqual([]);

    expect(isPrivateIpLiteral('100.64.0.1')).toBe(true);
    expect(isPrivateIpLiteral('100.128.0.1')).toBe(false);
    expect(isPrivateIpLiteral('::7f00:1')).toBe(true);
    expect(isPrivateIpLiteral('::ffff:808:808')).toBe(false);
    expect(isPrivateIpLiteral('::ffff:0:808:808')).toBe(true);
    expect(isPrivateIpLiteral('64:ff9b::808:808')).toBe(true);
    expect(isPrivateIpLiteral('2002:808:808::1')).toBe(true);
    expect(isPrivateIpLiteral('2001:db8::1')).toBe(true);
    expect(isPrivateIpLiteral('2001:db9::1')).toBe(false);
    expect(isPrivateIpLiteral('::ffff:127.0.0.1')).toBe(true);
    expect(isPrivateIpLiteral('fe80::1')).toBe(true);
    expect(isPrivateIpLiteral('fec0::1')).toBe(true);
    expect(isPrivateIpLiteral('1::')).toBe(false);
    expect(isPrivateIpLiteral('example.com')).toBeNull();
    expect(privateHostProblem('http://[::]/')).toBe('The URL points at a private or loopback address.');
  });

  it('rotate the secret, keeping the previous one for the hours asked; a tenant with no webhook gets one, disabled', async () => {
    signIn('admin@globex.test');
    const rotate = async (input: object | null) => (await call(ROTATE, { input }))['rotateWebhookSecret'];
    const fresh = await rotate(null);
    expect(fresh.settings).toEqual({ secret: expect.stringMatching(/^whsec_[A-Za-z0-9_-]{43}$/), previousSecretExpiresAt: null, url: null, enabled: false });
    const kept = await rotate({ keepPreviousHours: 1 });
    expect(kept.settings.secret).not.toBe(fresh.settings.secret);
    const hours = (Date.parse(kept.settings.previousSecretExpiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(0.99);
    expect(hours).toBeLessThanOrEqual(1);
    expect(state.webhookSettings.find((s) => s.tenantId === tenantOf('globex').id)?.previousSecret).toBe(fresh.settings.secret);
    expect((await rotate({})).settings.previousSecretExpiresAt).not.toBeNull();
    expect((await rotate({ keepPreviousHours: 0 })).settings.previousSecretExpiresAt).toBeNull();
    for (const keepPreviousHours of [-1, 169]) {
      expect((await rotate({ keepPreviousHours })).userErrors).toEqual([{ code: 'INVALID', field: ['input', 'keepPreviousHours'], message: 'Keep the previous secret 0 to 168 hours.' }]);
    }
    expect((await audit('webhook.secret_rotated')).map((e) => e.summary)).toEqual([
      'Rotated the webhook secret; the previous one no longer signs.',
      'Rotated the webhook secret; the previous one also signs for 24 hours.',
      'Rotated the webhook secret; the previous one also signs for 1 hour.',
      'Rotated the webhook secret; the previous one no longer signs.',
    ]);
    // Saving it later is a change, not a set-up.
    await call(UPDATE, { input: { url: 'https://hooks.globex.test/' } });
    expect((await audit('webhook.updated')).map((e) => e.summary)).toEqual(['Changed the webhook.']);
  });

  it('queue an event only when the webhook is enabled, listens to it, and a developer did it or admin actions fire it', async () => {
    signIn(demo.acmeEmail);
    const before = state.webhookDeliveries.length;
    recordEvent('ACCOUNT_CREATED', true, 'by a developer');
    recordEvent('ACCOUNT_CREATED', false, 'by an admin');
    recordEvent('ACCOUNT_DELETED', true, 'by a developer, not listened to');
    await call(UPDATE, { input: { adminActionsFire: true } });
    recordEvent('ACCOUNT_CREATED', false, 'by an admin, now firing');
    await call(UPDATE, { input: { enabled: false } });
    recordEvent('ACCOUNT_CREATED', true, 'by a developer, while disabled');
    expect(state.webhookDeliveries).toHaveLength(before + 2);
    expect(queuedNames()).toEqual(['by a developer', 'by an admin, now firing']);

    const newest = (await deliveries({ event: 'account.created' })).nodes[0];
    expect(newest).toMatchObject({ event: 'account.created', url: DEMO_WEBHOOK_URL, status: 'PENDING', attempts: 0, lastStatusCode: null, lastError: null, deliveredAt: null, attemptLog: [] });
    expect(newest.nextAttemptAt).toBe(newest.createdAt);
    expect(JSON.parse(newest.body)).toEqual({
      id: newest.eventId,
      type: 'account',
      action: 'created',
      occurredAt: newest.createdAt,
      object: { id: toGlobalId('Account', '00000000-0000-4000-8000-000000000abc'), name: 'by an admin, now firing' },
    });
    expect(newest.eventId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // An event of a tenant without a webhook queues nothing.
    emit(state, userActor(user('admin@globex.test')), { type: 'account', action: 'created', target: null, summary: 'x', webhook: { event: 'ACCOUNT_CREATED', developerAction: true, object: {} } }, new Date());
    expect(state.webhookDeliveries).toHaveLength(before + 2);
  });

  it('ping: a pending test delivery, enabled or not, one at a time; none without a URL', async () => {
    signIn('admin@globex.test');
    expect((await call(PING))['pingWebhook']).toEqual({ delivery: null, userErrors: [{ code: 'URL_REQUIRED', field: ['input'], message: 'Give the webhook a URL first.' }] });
    await call(UPDATE, { input: { url: 'https://hooks.globex.test/in' } });
    const { delivery, userErrors } = (await call(PING))['pingWebhook'];
    expect(userErrors).toEqual([]);
    expect(delivery).toMatchObject({ event: 'webhook.ping', url: 'https://hooks.globex.test/in', status: 'PENDING', attempts: 0, lastStatusCode: null, lastError: null, deliveredAt: null, attemptLog: [] });
    const globex = tenantOf('globex');
    expect(JSON.parse(delivery.body)).toEqual({
      id: delivery.eventId,
      type: 'webhook',
      action: 'ping',
      occurredAt: delivery.createdAt,
      object: { tenant: { id: globex.id, name: globex.name, subdomain: 'globex' }, message: 'This is a test event from Gatehouse.' },
    });
    expect((await call(`query($id: ID!) { node(id: $id) { ... on WebhookDelivery { event status } } }`, { id: delivery.id }))['node']).toEqual({ event: 'webhook.ping', status: 'PENDING' });
    expect(await audit('webhook.pinged')).toEqual([
      expect.objectContaining({ targetType: 'WebhookDelivery', targetId: delivery.id, targetName: 'webhook.ping', summary: 'Sent a test event to https://hooks.globex.test/in.' }),
    ]);
    // One at a time: another waits until the first is delivered, fails, or is deleted.
    const pending = { delivery: null, userErrors: [{ code: 'PING_PENDING', field: ['input'], message: 'A test event is still on its way; wait for it to be delivered or fail.' }] };
    expect((await call(PING))['pingWebhook']).toEqual(pending);
    await call(UPDATE, { input: { enabled: false } });
    expect((await call(PING))['pingWebhook']).toEqual(pending);
    await call(DELETE, { input: { ids: [delivery.id] } });
    expect((await call(PING))['pingWebhook'].delivery).toMatchObject({ event: 'webhook.ping', status: 'PENDING' });
    // Another tenant's delivery is no node of Acme's.
    signIn(demo.acmeEmail);
    expect(errorCodes(await answer(`query($id: ID!) { node(id: $id) { id } }`, { id: delivery.id }))).toEqual(['NOT_FOUND']);
  });

  it('retry failed deliveries only, keeping their log; delete with the attempts; by ids and by filter', async () => {
    signIn(demo.acmeEmail);
    const all = (await deliveries()).nodes;
    const byEvent = (event: string) => all.find((d) => d.event === event)!;
    const failed = byEvent('application_key.created');
    const delivered = byEvent('account.created');
    const pending = byEvent('account.plan_changed');
    const retried = (await call(RETRY, { input: { ids: [failed.id, delivered.id, pending.id, toGlobalId('WebhookDelivery', '00000000-0000-4000-8000-00000000dead'), 'nope'] } }))['retryWebhookDeliveries'];
    expect(retried.results).toEqual([
      { id: failed.id, status: 'DONE', error: null },
      { id: delivered.id, status: 'FAILED', error: { code: 'NOT_RETRYABLE', field: null, message: 'Only failed deliveries can be retried; this one is DELIVERED.' } },
      { id: pending.id, status: 'FAILED', error: { code: 'NOT_RETRYABLE', field: null, message: 'Only failed deliveries can be retried; this one is PENDING.' } },
      { id: expect.any(String), status: 'FAILED', error: { code: 'NOT_FOUND', field: null, message: 'No such webhook delivery of your tenant.' } },
      { id: 'nope', status: 'FAILED', error: { code: 'NOT_FOUND', field: null, message: 'No such webhook delivery of your tenant.' } },
    ]);
    const again = (await deliveries({ event: 'application_key' })).nodes[0];
    // A new round of attempts: the log and the last outcome are kept until the next attempt.
    expect(again).toMatchObject({ status: 'PENDING', attempts: 0, lastStatusCode: 503, lastError: 'The endpoint answered 503.' });
    expect(again.attemptLog).toHaveLength(6);
    expect(Date.parse(again.nextAttemptAt)).toBeGreaterThan(Date.parse(failed.createdAt));
    expect((await audit('webhook_delivery.retried')).map((e) => [e.summary, e.targetId, e.actorName])).toEqual([
      ['Queued the webhook delivery application_key.created again.', failed.id, demo.acmeEmail],
    ]);

    // Every failed one, as a job: the one left.
    const job = (await call(RETRY, { input: { filter: { statuses: ['FAILED'] } } }))['retryWebhookDeliveries'].job;
    expect(job).toMatchObject({ kind: 'webhooks.retryDeliveries', status: 'QUEUED' });
    expect((await call(JOB, { id: job.id }))['job']).toMatchObject({ status: 'SUCCEEDED', total: 1, succeeded: 1, failed: 0 });
    expect((await deliveries({ statuses: ['FAILED'] })).totalCount).toBe(0);
    expect((await deliveries({ event: 'application.suspended' })).nodes[0]).toMatchObject({ status: 'PENDING', attempts: 0 });

    // Delete one by id, with its attempts; then every `application` one but one, as a job.
    const deleted = (await call(DELETE, { input: { ids: [delivered.id, delivered.id] } }))['deleteWebhookDeliveries'];
    expect(deleted.results).toEqual([{ id: delivered.id, status: 'DONE', error: null }]);
    expect(state.webhookAttempts.filter((a) => a.deliveryId === delivered.id)).toEqual([]);
    expect((await call(DELETE, { input: { ids: [delivered.id] } }))['deleteWebhookDeliveries'].results[0].error.code).toBe('NOT_FOUND');
    const kept = byEvent('application.created');
    holdMockJobs();
    const deleting = (await call(DELETE, { input: { filter: { event: 'application' }, exceptIds: [kept.id, 'nope'] } }))['deleteWebhookDeliveries'].job;
    expect(deleting).toMatchObject({ kind: 'webhooks.deleteDeliveries', status: 'QUEUED' });
    expect(runMockJobChunk()).toMatchObject({ status: 'SUCCEEDED', total: 1, processed: 1, succeeded: 1 });
    expect((await deliveries({ event: 'application' })).nodes.map((d) => d.id)).toEqual([kept.id]);
    expect((await audit('webhook_delivery.deleted')).map((e) => e.summary)).toEqual([
      'Deleted the webhook delivery application.suspended (PENDING).',
      'Deleted the webhook delivery account.created (DELIVERED).',
    ]);
  });

  it('filter deliveries by state, event kind or event, and time; page them oldest first', async () => {
    signIn(demo.acmeEmail);
    const events = async (filter: object, orderBy?: object) => (await deliveries(filter, orderBy)).nodes.map((d) => d.event);
    expect(await events({ statuses: ['FAILED', 'FAILED'] })).toEqual(['application.suspended', 'application_key.created']);
    expect(await events({ statuses: ['DELIVERED'], event: ' application ' })).toEqual(['application.created']);
    // A kind is the part before the dot: `application` is not `application_key`, nor a prefix of a kind.
    expect(await events({ event: 'application' })).toEqual(['application.suspended', 'application.created']);
    expect(await events({ event: 'applic' })).toEqual([]);
    expect(await events({ event: 'application_key.created' })).toEqual(['application_key.created']);
    expect(await events({ event: 'application.' })).toEqual([]);
    expect(await events({ event: '', statuses: [] })).toHaveLength(6);
    expect(await events({ from: '2026-01-16T15:20:00.000Z', to: '2026-01-17T11:02:00.000Z' })).toEqual(['account.plan_changed', 'application.suspended']);
    expect(await events({ statuses: ['DELIVERED'] }, { field: 'CREATED_AT', direction: 'ASC' })).toEqual(['account.created', 'application.created', 'webhook.ping']);
    const tooLong = await answer(DELIVERIES, { filter: { event: 'e'.repeat(MAX_SEARCH_TEXT_LENGTH + 1) } });
    expect(tooLong.errors?.[0]).toMatchObject({ message: `\`filter.event\`: Use at most ${MAX_SEARCH_TEXT_LENGTH} characters.`, extensions: { code: 'BAD_USER_INPUT', field: 'filter.event' } });
    expect(errorCodes(await answer(RETRY, { input: { filter: { event: 'e'.repeat(MAX_SEARCH_TEXT_LENGTH + 1) } } }))).toEqual(['BAD_USER_INPUT']);
  });

  it('are for admins only: members are refused every field, and the types', async () => {
    signIn(demo.memberEmail);
    const seeded = state.webhookDeliveries.find((d) => d.tenantId === tenantOf('acme').id) as WebhookDeliveryFixture;
    for (const [query, variables, message] of [
      [SETTINGS, {}, '`Query.webhookSettings` is only for admins.'],
      [DELIVERIES, {}, '`Query.webhookDeliveries` is only for admins.'],
      [PING, {}, 'Members cannot run `Mutation.pingWebhook` yet.'],
      [`query($id: ID!) { node(id: $id) { id } }`, { id: seeded.id }, 'WebhookDelivery is only for admins.'],
    ] as const) {
      const body = await answer(query, variables);
      expect(body.errors?.map((e) => [e.extensions?.['code'], e.message])).toEqual([['FORBIDDEN', message]]);
    }
  });
});
