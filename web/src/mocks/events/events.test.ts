// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createAccessToken } from '../../testing/factories';
import { holdMockJobs, runMockJobChunk } from '../../testing/mock-jobs';
import { executeOperation } from '../execute-operation';
import { rowIdOf, toGlobalId } from '../global-id';
import { demo, state } from '../store';
import { changesOf } from './events';

/**
 * What the parity test does not reach: the seeded log as a whole, the rollback of a failed request,
 * a cancelled job, the request id of a job's items, the bounds of what an entry keeps, and the
 * X-Request-Id header of the handler.
 */
const signIn = (email: string) => (state.sessionUserId = state.users.find((u) => u.email === email)!.id);
const tenantIdOf = (subdomain: string) => state.tenants.find((t) => t.subdomain === subdomain)!.id;
const userNamed = (email: string) => state.users.find((u) => u.email === email)!;

const ENTRY = 'id occurredAt event actorKind actorName actor { email } targetType targetId targetName summary changes { field from to } requestId tenant { subdomain }';
const LOG = `query($filter: AuditEntryFilter, $first: Int, $orderBy: AuditEntryOrder) {
  auditLog(first: $first, filter: $filter, orderBy: $orderBy) { totalCount nodes { ${ENTRY} } }
}`;

interface Entry {
  id: string;
  occurredAt: string;
  event: string;
  actorKind: string;
  actorName: string;
  actor: { email: string } | null;
  targetType: string | null;
  targetId: string | null;
  targetName: string | null;
  summary: string;
  changes: { field: string; from: string | null; to: string | null }[];
  requestId: string | null;
  tenant: { subdomain: string };
}

async function call(query: string, variables: Record<string, unknown> = {}, requestId?: string) {
  const { body } = await executeOperation({ query, variables }, requestId ? { requestId } : {});
  expect(body.errors).toBeUndefined();
  return body.data as Record<string, any>;
}

async function log(filter: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): Promise<{ totalCount: number; nodes: Entry[] }> {
  return (await call(LOG, { filter, first: 100, ...extra }))['auditLog'];
}

const CREATE_SERVICE = `mutation($input: CreateServiceInput!) { createService(input: $input) { service { id } userErrors { code } } }`;
const UPDATE_SERVICE = `mutation($input: UpdateServiceInput!) { updateService(input: $input) { service { id } userErrors { code } } }`;
const DELETE_SERVICE = `mutation($id: ID!) { deleteService(input: { id: $id }) { deletedServiceId userErrors { code } } }`;

describe('the audit log in the mock', () => {
  it("seeds what the server's log holds after its first start: each tenant's setup, and Acme's demo seed", async () => {
    signIn(demo.masterEmail);
    const all = await log();
    const acme = all.nodes.filter((e) => e.tenant.subdomain === 'acme');
    const globex = all.nodes.filter((e) => e.tenant.subdomain === 'globex');
    expect(all.nodes.filter((e) => e.tenant.subdomain === 'master')).toEqual([]);
    // Newest first: the demo seed's last step, then back to the tenant's setup.
    expect(acme.at(0)).toMatchObject({
      event: 'feature.enabled',
      actorKind: 'SYSTEM',
      actorName: 'demo-seed',
      actor: null,
      requestId: null,
      summary: 'Enabled the feature "Email support" on the application plan "Pay as you go" of Echo API.',
    });
    expect(acme.at(-1)).toMatchObject({
      event: 'tenant.created',
      actorName: 'tenant setup',
      targetType: 'Tenant',
      targetId: tenantIdOf('acme'),
      summary: 'The tenant "Acme API" (acme) was created at setup, with its first admin admin@acme.test.',
    });
    expect(globex.map((e) => e.summary).reverse()).toEqual([
      'The tenant "Globex Corporation" (globex) was created at setup, with its first admin admin@globex.test.',
      'Created the service "API".',
      'Created the application plan "Basic" of API (published, the default).',
      'Created the application plan "Unlimited" of API (published).',
      'Created the service plan "Default" of API (published, the default).',
      'Created the account plan "Default" (published, the default).',
    ]);
    // The Email API's Basic and Unlimited were replaced by the seed: still in the log, by their ids.
    const deleted = (await log({ event: 'plan.deleted', search: 'Email API' })).nodes;
    expect(deleted.map((e) => e.summary)).toEqual(['Deleted the application plan "Unlimited" of Email API.', 'Deleted the application plan "Basic" of Email API.']);
    expect(deleted.every((e) => e.targetId?.length)).toBe(true);
    // Seeded ids are stable, as every seeded row's.
    expect(acme.at(-1)!.id).toBe(toGlobalId('AuditEntry', '00000000-0000-4000-a000-000000000001'));
  });

  it("records who changed what with the request's id; an update lists what changed; a no-op and user errors record nothing", async () => {
    signIn(demo.acmeEmail);
    const created = await call(CREATE_SERVICE, { input: { name: 'Audit API' } }, 'req-audit-0001');
    const id = created['createService'].service.id as string;
    await call(UPDATE_SERVICE, { input: { id, name: 'Audit API', description: 'Audited.' } });
    await call(UPDATE_SERVICE, { input: { id, description: 'Audited.' } });
    expect((await call(CREATE_SERVICE, { input: { name: 'Audit API', systemName: 'audit_api' } }))['createService'].userErrors).toEqual([{ code: 'TAKEN' }]);
    const entries = (await log({ targetId: id })).nodes;
    expect(entries).toEqual([
      expect.objectContaining({ event: 'service.updated', summary: 'Changed the service "Audit API".', changes: [{ field: 'description', from: null, to: 'Audited.' }] }),
      expect.objectContaining({
        event: 'service.created',
        actorKind: 'USER',
        actorName: demo.acmeEmail,
        actor: { email: demo.acmeEmail },
        targetType: 'Service',
        targetId: id,
        targetName: 'Audit API',
        summary: 'Created the service "Audit API".',
        changes: [],
        requestId: 'req-audit-0001',
        tenant: { subdomain: 'acme' },
      }),
    ]);
    // The service's setup is recorded too, by the same request: its default plans, a millisecond apart.
    const plans = (await log({ event: 'plan.created', search: 'of Audit API' })).nodes;
    expect(plans.map((e) => e.summary)).toEqual([
      'Created the service plan "Default" of Audit API (published, the default).',
      'Created the application plan "Unlimited" of Audit API (published).',
      'Created the application plan "Basic" of Audit API (published, the default).',
    ]);
    expect(new Set(plans.map((e) => e.requestId)).size).toBe(1);
    expect(Date.parse(plans[0]!.occurredAt) - Date.parse(plans[2]!.occurredAt)).toBe(2);
  });

  it('keeps nothing of a request that failed and rolled back', async () => {
    signIn(demo.acmeEmail);
    const before = state.auditEntries.length;
    const { body } = await executeOperation({
      query: `mutation($path: String!) { createService(input: { name: "Rolled back" }) { service { id matchPath(httpMethod: GET, path: $path) { increments { value } } } } }`,
      variables: { path: `/${'x'.repeat(9000)}` },
    });
    expect(body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(state.auditEntries).toHaveLength(before);
  });

  it('filters by event kind or action, text, actor, target (deleted ones too) and time; refuses long texts, the event first', async () => {
    signIn(demo.acmeEmail);
    const before = new Date(Date.now() - 1).toISOString();
    const id = (await call(CREATE_SERVICE, { input: { name: 'Filter A' } }))['createService'].service.id as string;
    await call(UPDATE_SERVICE, { input: { id, name: 'Filter B' } });
    await call(DELETE_SERVICE, { id });
    expect((await log({ event: 'service.updated', search: 'filter' })).nodes.map((e) => e.summary)).toEqual(['Changed the service "Filter B".']);
    expect((await log({ event: ' service ', targetId: id })).nodes.map((e) => e.event)).toEqual(['service.deleted', 'service.updated', 'service.created']);
    expect((await log({ event: 'service.', targetId: id })).totalCount).toBe(3);
    expect((await log({ search: 'FILTER B' })).totalCount).toBe(2);
    const admin = userNamed(demo.acmeEmail);
    expect((await log({ actorId: admin.id, event: 'service' })).totalCount).toBe(3);
    expect((await log({ actorId: admin.id, event: 'tenant' })).totalCount).toBe(0);
    // An ID of the wrong kind, or no ID at all, names nothing.
    expect((await log({ actorId: id })).totalCount).toBe(0);
    expect((await log({ targetId: 'nonsense' })).totalCount).toBe(0);
    // The service's row key as another type's ID names nothing either.
    expect((await log({ targetId: toGlobalId('Plan', rowIdOf(id, 'Service')!) })).totalCount).toBe(0);
    const ranged = await log({ from: before });
    expect(ranged.nodes.map((e) => e.event)).toContain('service.created');
    expect(ranged.nodes.every((e) => e.event !== 'tenant.created')).toBe(true);
    expect((await log({ to: before, event: 'service', search: 'filter' })).totalCount).toBe(0);
    const oldestFirst = (await log({ targetId: id }, { orderBy: { field: 'OCCURRED_AT', direction: 'ASC' } })).nodes.map((e) => e.event);
    expect(oldestFirst).toEqual(['service.created', 'service.updated', 'service.deleted']);

    const long = 'x'.repeat(201);
    const { body } = await executeOperation({ query: LOG, variables: { filter: { search: long, event: long } } });
    expect(body.errors?.[0]).toMatchObject({ message: '`filter.event`: Use at most 200 characters.', extensions: { code: 'BAD_USER_INPUT', field: 'filter.event' } });
  });

  it('shows a tenant its own entries, the master every tenant\'s; the actor only when the caller may see the user', async () => {
    signIn(demo.masterEmail);
    const acmeAdmin = userNamed(demo.acmeEmail);
    // Nothing to lift: nothing recorded.
    await call(`mutation($id: ID!) { unlockLogin(input: { userId: $id }) { cleared } }`, { id: acmeAdmin.id });
    expect((await log({ event: 'user.login_unlocked' })).totalCount).toBe(0);
    state.loginFailures.push({ tenantId: acmeAdmin.tenantId, email: demo.acmeEmail, failures: 5, windowStartedAt: new Date().toISOString(), lockedUntil: new Date(Date.now() + 60_000).toISOString() });
    await call(`mutation($id: ID!) { unlockLogin(input: { userId: $id }) { cleared } }`, { id: acmeAdmin.id });
    const asMaster = (await log({ event: 'user.login_unlocked' })).nodes;
    expect(asMaster).toEqual([
      expect.objectContaining({ actorName: demo.masterEmail, actor: { email: demo.masterEmail }, tenant: { subdomain: 'acme' }, summary: `Lifted the login lock of ${demo.acmeEmail}.` }),
    ]);
    expect((await log({ event: 'tenant.created' })).totalCount).toBe(2);

    signIn(demo.acmeEmail);
    expect((await log({ event: 'user.login_unlocked' })).nodes).toEqual([expect.objectContaining({ actorName: demo.masterEmail, actor: null })]);
    expect((await log({ search: 'Globex' })).totalCount).toBe(0);
    const entry = asMaster[0]!.id;
    expect((await call(`query($id: ID!) { node(id: $id) { ... on AuditEntry { event } } }`, { id: entry }))['node']).toEqual({ event: 'user.login_unlocked' });

    signIn('admin@globex.test');
    const { body } = await executeOperation({ query: `query($id: ID!) { node(id: $id) { id } }`, variables: { id: entry } });
    expect(body.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });

  it('is for admins: members are refused the log and its entries, anonymous callers everything', async () => {
    const entry = state.auditEntries[0]!.id;
    signIn(demo.memberEmail);
    const listed = await executeOperation({ query: LOG, variables: {} });
    expect(listed.status).toBe(403);
    expect(listed.body.errors?.[0]).toMatchObject({ message: '`Query.auditLog` is only for admins.', extensions: { code: 'FORBIDDEN' } });
    const node = await executeOperation({ query: `query($id: ID!) { node(id: $id) { id } }`, variables: { id: entry } });
    expect(node.status).toBe(200);
    expect(node.body.errors?.[0]).toMatchObject({ message: 'AuditEntry is only for admins.', extensions: { code: 'FORBIDDEN' } });
    // Their own writes are still recorded (their tokens are personal).
    await call(`mutation { createAccessToken(input: { name: "Mine", scopes: [ANALYTICS], permission: READ_ONLY }) { accessToken { id } } }`);
    expect(state.auditEntries.at(-1)).toMatchObject({ type: 'access_token', action: 'created', actorName: demo.memberEmail, summary: 'Created the access token "Mine" (read-only: ANALYTICS).' });

    state.sessionUserId = null;
    expect((await executeOperation({ query: LOG, variables: {} })).body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it("records sign-ins, sign-outs and password changes; a job's items keep the request that enqueued it; a cancel is recorded", async () => {
    const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { userErrors { code } } }`;
    await call(LOGIN, { input: { tenant: 'acme', email: demo.acmeEmail, password: 'wrong' } });
    await call(LOGIN, { input: { tenant: 'acme', email: demo.acmeEmail, password: demo.acmePassword } }, 'req-login-0001');
    await call(`mutation { changePassword(input: { currentPassword: "${demo.acmePassword}", newPassword: "a brand new password" }) { userErrors { code } } }`);
    await call(`mutation { logout { loggedOut } }`);
    await call(`mutation { logout { loggedOut } }`);
    await call(LOGIN, { input: { tenant: 'acme', email: demo.acmeEmail, password: 'a brand new password' } });
    const events = (await log({ event: 'user' })).nodes;
    expect(events.map((e) => [e.event, e.summary])).toEqual([
      ['user.signed_in', 'Signed in from 127.0.0.1.'],
      ['user.signed_out', 'Signed out.'],
      ['user.password_changed', 'Changed their password; their other sessions ended.'],
      ['user.signed_in', 'Signed in from 127.0.0.1.'],
    ]);
    expect(events.at(-1)!.requestId).toBe('req-login-0001');

    const owner = userNamed(demo.acmeEmail);
    for (const name of ['Bulk a', 'Bulk b', 'Bulk c']) state.accessTokens.push(createAccessToken({ ownerId: owner.id, name }));
    holdMockJobs();
    const REVOKE = `mutation($input: RevokeAccessTokensInput!) { revokeAccessTokens(input: $input) { job { id } } }`;
    const jobId = (await call(REVOKE, { input: { filter: { search: 'bulk' } } }, 'req-bulk-0001'))['revokeAccessTokens'].job.id as string;
    runMockJobChunk();
    const revoked = (await log({ event: 'access_token.revoked' })).nodes;
    expect(revoked.map((e) => [e.summary, e.actorName, e.requestId]).sort()).toEqual(
      ['a', 'b', 'c'].map((n) => [`Revoked the access token "Bulk ${n}".`, demo.acmeEmail, 'req-bulk-0001']),
    );

    state.accessTokens.push(createAccessToken({ ownerId: owner.id, name: 'Bulk d' }));
    const second = (await call(REVOKE, { input: { filter: { search: 'bulk d' } } }))['revokeAccessTokens'].job.id as string;
    expect((await call(`mutation($id: ID!) { cancelJob(input: { id: $id }) { userErrors { code } } }`, { id: second }))['cancelJob'].userErrors).toEqual([]);
    // A finished job cannot be asked to stop: no entry for it. Its end was recorded, for its starter.
    await call(`mutation($id: ID!) { cancelJob(input: { id: $id }) { userErrors { code } } }`, { id: jobId });
    expect((await log({ event: 'job' })).nodes).toEqual([
      expect.objectContaining({ event: 'job.cancel_requested', targetType: 'Job', targetId: second, targetName: 'team.revokeAccessTokens', summary: 'Asked the job team.revokeAccessTokens to stop.' }),
      expect.objectContaining({
        event: 'job.finished',
        actorKind: 'SYSTEM',
        actorName: `job:${rowIdOf(jobId, 'Job')}`,
        actor: { email: demo.acmeEmail },
        requestId: null,
        targetType: 'Job',
        targetId: jobId,
        summary: 'The bulk operation team.revokeAccessTokens finished: 3 of 3 items done.',
      }),
    ]);
  });

  it('records the master creating a tenant in both logs, and keeps what an entry says within bounds', async () => {
    signIn(demo.masterEmail);
    const name = `Initech ${'n'.repeat(80)}`;
    const created = await call(`mutation($name: String!) { createTenant(input: { name: $name, adminEmail: "Boss@Initech.test" }) { tenant { id subdomain } } }`, { name });
    const tenant = created['createTenant'].tenant as { id: string; subdomain: string };
    const entries = (await log({ targetId: tenant.id })).nodes;
    expect(entries.map((e) => [e.actorKind, e.actorName, e.tenant.subdomain, e.summary])).toEqual([
      ['USER', demo.masterEmail, 'master', `Created the tenant "${name}" (${tenant.subdomain}).`],
      ['SYSTEM', 'tenant setup', tenant.subdomain, `The tenant "${name}" (${tenant.subdomain}) was created, with its first admin boss@initech.test.`],
    ]);

    signIn(demo.acmeEmail);
    const long = 'd'.repeat(2000);
    const id = (await call(CREATE_SERVICE, { input: { name: 'Long' } }))['createService'].service.id as string;
    await call(UPDATE_SERVICE, { input: { id, description: long } });
    const [change] = (await log({ targetId: id, event: 'service.updated' })).nodes[0]!.changes;
    expect(change).toEqual({ field: 'description', from: null, to: `${'d'.repeat(499)}…` });
  });

  it("echoes the client's X-Request-Id when plausible, makes one up otherwise, and records it", async () => {
    signIn(demo.acmeEmail);
    const post = (requestId: string, name: string) =>
      fetch('http://mock.gatehouse.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': requestId },
        body: JSON.stringify({ query: CREATE_SERVICE, variables: { input: { name } } }),
      });
    const given = await post('req-header-0001', 'Header one');
    expect(given.headers.get('x-request-id')).toBe('req-header-0001');
    const madeUp = (await post('no spaces allowed', 'Header two')).headers.get('x-request-id');
    expect(madeUp).toMatch(/^[0-9a-f-]{36}$/);
    const entries = (await log({ event: 'service.created', search: 'Header' })).nodes;
    expect(entries.map((e) => [e.targetName, e.requestId])).toEqual([
      ['Header two', madeUp],
      ['Header one', 'req-header-0001'],
    ]);
  });

  it('compares values as text, as the server does', () => {
    type Row = { a: number; b: string | null; c: string[]; d: boolean; e: Date };
    const before: Row = { a: 1, b: null, c: ['x', 'y'], d: true, e: new Date('2026-01-01T00:00:00Z') };
    const after: Row = { a: 1, b: 'now', c: ['x'], d: false, e: new Date('2026-01-02T00:00:00Z') };
    expect(changesOf(before, after, ['a', 'b', 'c', 'd', 'e'])).toEqual([
      { field: 'b', from: null, to: 'now' },
      { field: 'c', from: 'x, y', to: 'x' },
      { field: 'd', from: 'true', to: 'false' },
      { field: 'e', from: '2026-01-01T00:00:00.000Z', to: '2026-01-02T00:00:00.000Z' },
    ]);
  });
});
