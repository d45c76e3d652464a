// @vitest-environment node
import { parse, subscribe, type ExecutionResult } from 'graphql';
import { MAX_SEARCH_TEXT_LENGTH } from '@gatehouse/schema/lengths';
import { describe, expect, it } from 'vitest';
import { createAccessToken } from '../../testing/factories';
import { holdMockJobs, runMockJobChunk } from '../../testing/mock-jobs';
import { executeOperation } from '../execute-operation';
import type { MockContext } from '../mock-context';
import { mockSchema } from '../mock-schema';
import { demo, MOCK_BASE_DOMAIN, state } from '../store';
import type { TeamUser } from '../team/users';
import { withoutMockOnlyDemo } from './notification-seed';

/**
 * What the parity test does not reach: the live subscription, a failed request that notifies no
 * one, members limited to some products or no area, reports and their mail, the demo's bell.
 */
const user = (email: string) => state.users.find((u) => u.email === email)! as TeamUser;
const signIn = (email: string) => (state.sessionUserId = user(email).id);
const acmeId = () => state.tenants.find((t) => t.subdomain === 'acme')!.id;

async function call(query: string, variables: Record<string, unknown> = {}) {
  const { body } = await executeOperation({ query, variables });
  expect(body.errors).toBeUndefined();
  return body.data as Record<string, any>;
}

const LIST = `query($filter: NotificationFilter) {
  unreadNotificationCount notifications(first: 50, filter: $filter) { totalCount nodes { id type category title summary targetType targetId targetName read } }
}`;
const OUTBOX = `query($filter: OutboxMessageFilter) { outbox(first: 50, filter: $filter) { totalCount nodes { type toAddress subject textBody htmlBody status attempts } } }`;
const CREATE_SERVICE = `mutation($name: String!) { createService(input: { name: $name }) { service { id } } }`;
const DELETE_SERVICE = `mutation($id: ID!) { deleteService(input: { id: $id }) { deletedServiceId userErrors { code } } }`;

/** A member of Acme with the given rights (the API cannot set them: the store can). */
function member(email: string, memberAreas: TeamUser['memberAreas'], memberServiceIds: string[] | null = null): TeamUser {
  const row: TeamUser = { ...user(demo.memberEmail), id: `${user(demo.memberEmail).id}-${email}`, email, memberAreas, memberServiceIds };
  state.users.push(row);
  return row;
}

async function productCreated(name: string): Promise<string> {
  signIn(demo.acmeEmail);
  return (await call(CREATE_SERVICE, { name }))['createService'].service.id as string;
}

describe('notifications in the mock', () => {
  it("seeds the server's demo notifications (the retired product) and the mock's own reports, with the seed's mail", async () => {
    signIn(demo.acmeEmail);
    const admin = (await call(LIST))['notifications'];
    expect(admin.nodes.map((n: { type: string; read: boolean; targetName: string }) => [n.type, n.targetName, n.read])).toEqual([
      ['BULK_OPERATION_FINISHED', 'team.revokeAccessTokens', false],
      ['BULK_OPERATION_FINISHED', 'team.revokeAccessTokens', true],
      ['SERVICE_DELETED', 'Legacy SMS API', false],
    ]);
    expect((await call(LIST))['unreadNotificationCount']).toBe(2);
    const mail = (await call(OUTBOX))['outbox'];
    expect(mail.nodes.map((m: { toAddress: string }) => m.toAddress).sort()).toEqual([demo.acmeEmail, demo.memberEmail]);
    expect(mail.nodes[0]).toMatchObject({ subject: '[Acme API] Product deleted', status: 'HELD', attempts: 0 });
    signIn(demo.memberEmail);
    expect((await call(LIST))['notifications'].nodes).toEqual([expect.objectContaining({ type: 'SERVICE_DELETED', targetName: 'Legacy SMS API', read: false })]);
    // Without the mock's own rows: the server's demo seed.
    const serverLike = withoutMockOnlyDemo(state);
    expect(serverLike.notifications!.map((n) => n.targetName)).toEqual(['Legacy SMS API', 'Legacy SMS API']);
    expect(serverLike.outboxMessages).toHaveLength(2);
  });

  it('go to the members of the area and of the product only; mail follows each one’s choice', async () => {
    const payments = await productCreated('Payments API');
    const maps = await productCreated('Maps API');
    const paymentsOnly = member('payments@acme.test', ['PARTNERS'], [payments]);
    const financeOnly = member('finance@acme.test', ['FINANCE']);
    state.notificationPreferences.push({ tenantId: acmeId(), userId: paymentsOnly.id, type: 'SERVICE_DELETED', email: false });

    signIn(demo.acmeEmail);
    await call(DELETE_SERVICE, { id: payments });
    await call(DELETE_SERVICE, { id: maps });
    const told = (email: string) =>
      state.notifications.filter((n) => n.userId === user(email).id && n.type === 'SERVICE_DELETED' && n.targetName !== 'Legacy SMS API').map((n) => n.targetName);
    expect(told(demo.acmeEmail)).toEqual([]);
    expect(told(demo.memberEmail)).toEqual(['Payments API', 'Maps API']);
    expect(told(paymentsOnly.email)).toEqual(['Payments API']);
    expect(told(financeOnly.email)).toEqual([]);

    const mail = (await call(OUTBOX, { filter: { search: 'maps' } }))['outbox'];
    expect(mail.totalCount).toBe(0);
    const sent = (await call(OUTBOX, { filter: { search: demo.memberEmail } }))['outbox'].nodes[0];
    expect(sent).toMatchObject({ type: 'SERVICE_DELETED', toAddress: demo.memberEmail, subject: '[Acme API] Product deleted', status: 'HELD' });
    expect(sent.textBody).toBe(
      [
        'Product deleted',
        '',
        `The product "Maps API" was deleted by ${demo.acmeEmail}, with its metrics, mapping rules and plans.`,
        '',
        `Open it in the admin: http://acme-admin.${MOCK_BASE_DOMAIN}/notifications`,
        '',
        '--',
        "You get this email from Acme API's Gatehouse admin because of your notification preferences:",
        `http://acme-admin.${MOCK_BASE_DOMAIN}/settings/notifications`,
      ].join('\n'),
    );
    expect(sent.htmlBody).toContain('The product &quot;Maps API&quot; was deleted');
    // Only the payments member's choice kept its mail: the member (default) got one for each product.
    expect((await call(OUTBOX, { filter: { search: paymentsOnly.email } }))['outbox'].totalCount).toBe(0);
  });

  it('are written only when the request that made them is kept, and pushed live to their user then', async () => {
    const doomed = await productCreated('Doomed API');
    const kept = await productCreated('Kept API');
    const context = (email: string): MockContext => ({ state, viewer: user(email), baseDomain: MOCK_BASE_DOMAIN, now: new Date(), requestId: 'ws' });
    const watch = async (email: string) => {
      const result = await subscribe({
        schema: mockSchema(),
        document: parse('subscription { notificationReceived { type targetName read } }'),
        contextValue: context(email),
      });
      const iterator = (result as AsyncIterableIterator<ExecutionResult>)[Symbol.asyncIterator]();
      const received: unknown[] = [];
      void (async () => {
        for (let next = await iterator.next(); !next.done; next = await iterator.next()) received.push(next.value);
      })();
      return { received, stop: () => iterator.return?.() };
    };
    const mine = await watch(demo.memberEmail);
    const theirs = await watch(demo.acmeEmail);

    signIn(demo.acmeEmail);
    // The deletion is undone with the request: an error after it rolls everything back.
    const failed = await executeOperation({
      query: `mutation($id: ID!, $search: String!) {
        deleteService(input: { id: $id }) { deletedServiceId }
        revokeAccessTokens(input: { filter: { search: $search } }) { userErrors { code } }
      }`,
      variables: { id: doomed, search: 's'.repeat(MAX_SEARCH_TEXT_LENGTH + 1) },
    });
    expect(failed.body.errors?.map((e) => e.extensions?.['code'])).toEqual(['BAD_USER_INPUT']);
    expect(state.notifications.filter((n) => n.targetName === 'Doomed API')).toEqual([]);
    await call(DELETE_SERVICE, { id: kept });
    await new Promise((resolve) => setTimeout(resolve, 20));
    await mine.stop();
    await theirs.stop();
    expect(mine.received).toEqual([{ data: { notificationReceived: { type: 'SERVICE_DELETED', targetName: 'Kept API', read: false } } }]);
    expect(theirs.received).toEqual([]);
  });

  it("report a bulk operation that ends on its own to whoever started it alone, mailed by choice; a cancelled one is not reported", async () => {
    signIn(demo.acmeEmail);
    const admin = user(demo.acmeEmail);
    await call(`mutation { updateNotificationPreferences(input: { preferences: [{ type: BULK_OPERATION_FINISHED, email: true }] }) { userErrors { code } } }`);
    for (const name of ['Bulk a', 'Bulk b']) state.accessTokens.push(createAccessToken({ ownerId: admin.id, name }));
    const REVOKE = `mutation($search: String!) { revokeAccessTokens(input: { filter: { search: $search } }) { job { id } } }`;
    const jobId = (await call(REVOKE, { search: 'bulk' }))['revokeAccessTokens'].job.id as string;

    const reports = (await call(LIST, { filter: { categories: ['REPORTS'], unread: true } }))['notifications'].nodes;
    expect(reports[0]).toEqual(
      expect.objectContaining({
        type: 'BULK_OPERATION_FINISHED',
        category: 'REPORTS',
        title: 'Bulk operation finished',
        summary: 'The bulk operation team.revokeAccessTokens finished: 2 of 2 items done.',
        targetType: 'Job',
        targetId: jobId,
      }),
    );
    expect(state.notifications.filter((n) => n.targetId === jobId).map((n) => n.userId)).toEqual([admin.id]);
    const mail = (await call(OUTBOX, { filter: { search: 'bulk operation' } }))['outbox'].nodes;
    expect(mail).toEqual([expect.objectContaining({ toAddress: demo.acmeEmail, subject: '[Acme API] Bulk operation finished', status: 'HELD' })]);

    state.accessTokens.push(createAccessToken({ ownerId: admin.id, name: 'Bulk c' }));
    holdMockJobs();
    const cancelled = (await call(REVOKE, { search: 'bulk c' }))['revokeAccessTokens'].job.id as string;
    await call(`mutation($id: ID!) { cancelJob(input: { id: $id }) { userErrors { code } } }`, { id: cancelled });
    runMockJobChunk();
    expect(state.notifications.filter((n) => n.targetId === cancelled)).toEqual([]);
  });

  it('list no preference of an area a member was not given, and refuse to set one', async () => {
    member('nobody@acme.test', []);
    state.sessionUserId = user('nobody@acme.test').id;
    const prefs = (await call(`{ notificationPreferences { type category } }`))['notificationPreferences'];
    expect(prefs).toEqual([
      { type: 'BULK_OPERATION_FINISHED', category: 'REPORTS' },
      { type: 'EXPORT_READY', category: 'REPORTS' },
    ]);
    const refused = await call(`mutation { updateNotificationPreferences(input: { preferences: [{ type: ACCOUNT_CREATED, email: false }] }) { preferences { type } userErrors { code field message } } }`);
    expect(refused['updateNotificationPreferences']).toEqual({
      preferences: null,
      userErrors: [{ code: 'NOT_ALLOWED', field: ['input', 'preferences', '0', 'type'], message: 'You cannot get ACCOUNT_CREATED notifications: its area is not one of yours.' }],
    });
  });
});
