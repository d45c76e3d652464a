// @vitest-environment node
import { periodStart } from '@gatehouse/schema/usage';
import { beforeEach, describe, expect, it } from 'vitest';
import { createUsageAlert } from '../../testing/factories';
import { executeOperation } from '../execute-operation';
import { demo, resetMockState, state } from '../store';
import { MAX_ALERTS_PER_CALL } from './usage-alerts';
import { seedDemoUsage, withoutMockOnlyUsage } from './usage-seed';
import { addUsageAlert, reportsOf } from './usage-store';

/**
 * Usage alerts in the mock (the server's usage-alerts.test.ts, past how they are raised): listed with
 * their filters and orders, marked read and unread, deleted, within the tenant only, gone with their
 * application; and the demo's history and alerts.
 */
type Body = { data?: Record<string, any>; errors?: { message: string; extensions: { code: string } }[] };
async function run(query: string, variables: Record<string, unknown> = {}) {
  const { status, body } = await executeOperation({ query, variables });
  return { status, body: body as Body };
}

const ALERTS = `query($filter: UsageAlertFilter, $orderBy: UsageAlertOrder, $first: Int, $after: String) {
  alerts(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id kind level period max current readAt raisedAt application { id name } account { id } service { id } metric { systemName } }
  } }`;
const MARK = `mutation($input: MarkAlertsReadInput!) { markAlertsRead(input: $input) { alerts { id readAt } userErrors { code field message } } }`;
const DELETE = `mutation($input: DeleteAlertsInput!) { deleteAlerts(input: $input) { deletedAlertIds userErrors { code field message } } }`;
const NODE = `query($id: ID!) { node(id: $id) { __typename id ... on UsageAlert { level } } }`;
const DELETE_APPLICATION = `mutation($id: ID!) { deleteApplication(input: { id: $id }) { userErrors { code } } }`;

const signIn = (email: string) => (state.sessionUserId = state.users.find((u) => u.email === email)!.id);
const acme = () => state.tenants.find((t) => t.subdomain === demo.acmeSubdomain)!;
const apps = () => state.applications.filter((a) => a.tenantId === acme().id && a.state === 'LIVE');

beforeEach(() => {
  state.usageAlerts = [];
  signIn(demo.acmeEmail);
});

/** Four alerts of two applications of two products: 50 and 100 % of one, 80 and 120 % of the other. */
function raise() {
  const [first] = apps().filter((a) => a.serviceId === apps()[0]!.serviceId);
  const second = apps().find((a) => a.serviceId !== first!.serviceId && a.accountId !== first!.accountId)!;
  return {
    first: first!,
    second,
    alerts: [
      addUsageAlert(state, { applicationId: first!.id, level: 50, raisedAt: '2026-05-20T08:00:00.000Z' }),
      addUsageAlert(state, { applicationId: second.id, level: 80, raisedAt: '2026-05-20T09:00:00.000Z' }),
      addUsageAlert(state, { applicationId: first!.id, level: 100, raisedAt: '2026-05-20T10:00:00.000Z' }),
      addUsageAlert(state, { applicationId: second.id, level: 120, raisedAt: '2026-05-20T11:00:00.000Z', readAt: '2026-05-20T12:00:00.000Z' }),
    ],
  };
}

describe('usage alerts', () => {
  it('are listed newest first with their application, account, product and metric, filtered and ordered as on the server', async () => {
    const { first, second, alerts } = raise();
    const all = (await run(ALERTS)).body.data!['alerts'];
    expect(all.totalCount).toBe(4);
    expect(all.nodes.map((a: { level: number }) => a.level)).toEqual([120, 100, 80, 50]);
    expect(all.nodes[1]).toEqual({
      id: alerts[2]!.id,
      kind: 'VIOLATION',
      level: 100,
      period: 'DAY',
      max: '1000',
      current: '1000',
      readAt: null,
      raisedAt: '2026-05-20T10:00:00.000Z',
      application: { id: first.id, name: first.name },
      account: { id: first.accountId },
      service: { id: first.serviceId },
      metric: { systemName: 'hits' },
    });
    const levels = async (variables: Record<string, unknown>) => (await run(ALERTS, variables)).body.data!['alerts'].nodes.map((a: { level: number }) => a.level);
    expect(await levels({ filter: { unread: true } })).toEqual([100, 80, 50]);
    expect(await levels({ filter: { unread: false } })).toEqual([120]);
    expect(await levels({ filter: { kinds: ['VIOLATION'] } })).toEqual([120, 100]);
    expect(await levels({ filter: { kinds: [] } })).toEqual([120, 100, 80, 50]);
    expect(await levels({ filter: { application: second.id } })).toEqual([120, 80]);
    expect(await levels({ filter: { service: first.serviceId } })).toEqual([100, 50]);
    expect(await levels({ filter: { account: second.accountId } })).toEqual([120, 80]);
    // An ID of another type, or no ID at all, names nothing.
    expect(await levels({ filter: { application: first.serviceId } })).toEqual([]);
    expect(await levels({ filter: { account: 'nope' } })).toEqual([]);
    expect(await levels({ orderBy: { field: 'LEVEL', direction: 'ASC' } })).toEqual([50, 80, 100, 120]);
    const page = (await run(ALERTS, { first: 2, orderBy: { field: 'LEVEL', direction: 'DESC' } })).body.data!['alerts'];
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(await levels({ first: 2, after: page.pageInfo.endCursor, orderBy: { field: 'LEVEL', direction: 'DESC' } })).toEqual([80, 50]);
    expect((await run(NODE, { id: alerts[0]!.id })).body.data!['node']).toEqual({ __typename: 'UsageAlert', id: alerts[0]!.id, level: 50 });
  });

  it('are marked read and unread, with NOT_FOUND for each id that names none of the tenant’s, by its place', async () => {
    const { alerts } = raise();
    const globex = state.tenants.find((t) => t.subdomain === 'globex')!;
    const { serviceId, applicationId, accountId, metricId } = alerts[0]!;
    const foreign = createUsageAlert({ tenantId: globex.id, serviceId, applicationId, accountId, metricId });
    state.usageAlerts.push(foreign);
    const marked = (await run(MARK, { input: { ids: [alerts[0]!.id, foreign.id, 'garbage', alerts[0]!.id] } })).body.data!['markAlertsRead'];
    expect(marked.alerts).toEqual([{ id: alerts[0]!.id, readAt: expect.any(String) }]);
    expect(marked.userErrors).toEqual([
      { code: 'NOT_FOUND', field: ['input', 'ids', '1'], message: 'No such usage alert.' },
      { code: 'NOT_FOUND', field: ['input', 'ids', '2'], message: 'No such usage alert.' },
    ]);
    expect(state.usageAlerts.find((a) => a.id === alerts[0]!.id)!.readAt).not.toBeNull();
    const unread = (await run(MARK, { input: { ids: [alerts[0]!.id, alerts[3]!.id], read: false } })).body.data!['markAlertsRead'];
    expect(unread).toEqual({ alerts: [{ id: alerts[0]!.id, readAt: null }, { id: alerts[3]!.id, readAt: null }], userErrors: [] });
    const tooMany = (await run(MARK, { input: { ids: Array.from({ length: MAX_ALERTS_PER_CALL + 1 }, () => alerts[1]!.id) } })).body.data!['markAlertsRead'];
    expect(tooMany).toEqual({ alerts: [], userErrors: [{ code: 'TOO_MANY', field: ['input', 'ids'], message: 'Give at most 100 alerts at a time.' }] });
    expect(state.usageAlerts.find((a) => a.id === alerts[1]!.id)!.readAt).toBeNull();
  });

  it('are deleted in the order asked, within the tenant only', async () => {
    const { alerts } = raise();
    const deleted = (await run(DELETE, { input: { ids: [alerts[2]!.id, 'garbage', alerts[0]!.id] } })).body.data!['deleteAlerts'];
    expect(deleted).toEqual({ deletedAlertIds: [alerts[2]!.id, alerts[0]!.id], userErrors: [{ code: 'NOT_FOUND', field: ['input', 'ids', '1'], message: 'No such usage alert.' }] });
    expect((await run(ALERTS)).body.data!['alerts'].totalCount).toBe(2);
    expect((await run(NODE, { id: alerts[2]!.id })).body.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    signIn('admin@globex.test');
    expect((await run(ALERTS)).body.data!['alerts'].totalCount).toBe(0);
    const foreign = (await run(DELETE, { input: { ids: [alerts[1]!.id] } })).body.data!['deleteAlerts'];
    expect(foreign.userErrors.map((e: { code: string }) => e.code)).toEqual(['NOT_FOUND']);
    expect(state.usageAlerts).toHaveLength(2);
  });

  it('go with their application (the server’s cascade)', async () => {
    const { first } = raise();
    expect((await run(DELETE_APPLICATION, { id: first.id })).body.data!['deleteApplication'].userErrors).toEqual([]);
    expect((await run(ALERTS)).body.data!['alerts'].nodes.map((a: { level: number }) => a.level)).toEqual([120, 80]);
  });

  it('are read by members, who cannot mark or delete them', async () => {
    const { alerts } = raise();
    signIn(demo.memberEmail);
    expect((await run(ALERTS)).body.data!['alerts'].totalCount).toBe(4);
    const marked = await run(MARK, { input: { ids: [alerts[0]!.id] } });
    expect(marked.status).toBe(403);
    expect(marked.body.errors?.map((e) => [e.extensions.code, e.message])).toEqual([['FORBIDDEN', 'Members cannot run `Mutation.markAlertsRead` yet.']]);
    expect((await run(DELETE, { input: { ids: [alerts[0]!.id] } })).body.errors?.[0]?.message).toBe('Members cannot run `Mutation.deleteAlerts` yet.');
  });
});

describe('the demo', () => {
  it('has the 30-day history of 16 live applications the server’s demo seed writes, up to the current hour, with their first and last traffic', () => {
    const seeded = resetMockState();
    const reports = reportsOf(seeded, acme().id);
    const applications = new Set(reports.map((r) => r.row.applicationId));
    // 16 applications, the newest of which signed up within the 30 days; those that stopped halfway have none.
    expect(applications.size).toBeGreaterThan(10);
    expect(applications.size).toBeLessThanOrEqual(16);
    const hour = periodStart('HOUR', new Date()).getTime();
    expect(Math.max(...reports.map((r) => r.at))).toBe(hour);
    expect(Math.min(...reports.map((r) => r.at))).toBe(hour - (30 * 24 - 1) * 3_600_000);
    for (const app of seeded.applications.filter((a) => applications.has(a.id))) {
      expect(app.state).toBe('LIVE');
      const own = reports.filter((r) => r.row.applicationId === app.id).map((r) => r.at);
      expect([app.firstTrafficAt, app.lastTrafficAt]).toEqual([new Date(Math.min(...own)).toISOString(), new Date(Math.max(...own)).toISOString()]);
    }
    expect(seeded.applications.filter((a) => a.firstTrafficAt !== null)).toHaveLength(applications.size);
    // Every hour's calls are on hits, split over the product's methods, with their response codes.
    for (const { row } of reports.slice(0, 50)) {
      const hits = Object.values(row.usage)[0]!;
      expect(Object.values(row.responseCodes).reduce((sum, n) => sum + n, 0)).toBe(hits);
      expect(row.wholeHour).toBe(true);
    }
  });

  it('has a few alerts of its own, which the parity test starts without', () => {
    const seeded = resetMockState();
    expect(seeded.usageAlerts.length).toBeGreaterThan(0);
    expect(seeded.usageAlerts.every((a) => a.period !== 'MINUTE' && a.kind === (a.level >= 100 ? 'VIOLATION' : 'ALERT'))).toBe(true);
    const parity = resetMockState(withoutMockOnlyUsage(seeded));
    expect(parity.usageAlerts).toEqual([]);
    expect(reportsOf(parity, acme().id)).toHaveLength(reportsOf(seeded, acme().id).length);
  });

  it('is the same from one reset to the next, and its alerts are each reset’s own', () => {
    const first = resetMockState();
    const alert = first.usageAlerts[0]!;
    alert.readAt = '2026-01-01T00:00:00.000Z';
    const again = resetMockState();
    expect(again.usageHistory).toBe(first.usageHistory);
    expect(again.usageAlerts[0]!.readAt).not.toBe('2026-01-01T00:00:00.000Z');
    const acmeTenant = again.tenants.find((t) => t.subdomain === demo.acmeSubdomain)!;
    const rebuilt = seedDemoUsage(acmeTenant, again.applications, again.metrics, again, new Date());
    expect(rebuilt.usageAlerts.map((a) => a.id)).toEqual(again.usageAlerts.map((a) => a.id));
  });
});
