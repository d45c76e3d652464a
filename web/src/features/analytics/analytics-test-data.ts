import { graphql, HttpResponse } from 'msw';
import { server } from '../../mocks/server';
import { demo, state } from '../../mocks/store';

/*
 * Test helpers for the analytics pages: the seeded Acme products and metrics, and API payloads shaped
 * as the server answers them (with __typename, which the Apollo cache matches fragments by). Tests
 * answer the analytics operations with these through `server.use(graphql.query(...))`.
 */

const acmeId = () => state.tenants.find((t) => t.subdomain === demo.acmeSubdomain)!.id;

export function acmeProduct(name: string) {
  const product = state.services.find((s) => s.tenantId === acmeId() && s.name === name);
  if (!product) throw new Error(`The mock seed has no Acme product ${name}`);
  return product;
}

export function metricOf(productId: string, systemName: string) {
  const metric = state.metrics.find((m) => m.serviceId === productId && m.systemName === systemName);
  if (!metric) throw new Error(`No metric ${systemName}`);
  return metric;
}

export function acmeApplication() {
  const product = acmeProduct('Echo API');
  const application = state.applications.find((a) => a.serviceId === product.id);
  if (!application) throw new Error('No Echo API application in the mock seed');
  const account = state.accounts.find((a) => a.id === application.accountId)!;
  return { application, account, product };
}

export const userError = (message: string, code = 'RANGE_TOO_LONG') => ({ __typename: 'AnalyticsUserError', code, field: ['range'], message });

interface SeriesOptions {
  metric: { id: string; friendlyName: string; systemName: string; unit: string };
  points: { start: string; value: string }[];
  granularity?: 'HOUR' | 'DAY' | 'MONTH';
  timeZone?: string;
  since?: string;
  until?: string;
  previousTotal?: string;
  changePercent?: number | null;
}

export function usageSeriesPayload(options: SeriesOptions) {
  const total = options.points.reduce((sum, p) => sum + Number(p.value), 0);
  return {
    __typename: 'UsageSeriesPayload',
    series: {
      __typename: 'UsageSeries',
      metric: { __typename: 'Metric', ...options.metric },
      since: options.since ?? options.points[0]?.start ?? '2026-03-01T00:00:00.000Z',
      until: options.until ?? '2026-03-31T00:00:00.000Z',
      timeZone: options.timeZone ?? 'UTC',
      granularity: options.granularity ?? 'DAY',
      points: options.points.map((p) => ({ __typename: 'UsagePoint', ...p })),
      total: String(total),
      previousTotal: options.previousTotal ?? '0',
      changePercent: options.changePercent ?? null,
    },
    userErrors: [],
  };
}

export const refusedSeries = (message: string) => ({ __typename: 'UsageSeriesPayload', series: null, userErrors: [userError(message)] });

export function metricView(metric: { id: string; friendlyName: string; systemName: string; unit: string }) {
  return { id: metric.id, friendlyName: metric.friendlyName, systemName: metric.systemName, unit: metric.unit };
}

/**
 * The usage alerts API, answered from a list the test owns: the listing (filtered by unread and
 * kinds), ids for "all matching", markAlertsRead and deleteAlerts, with every input recorded.
 */
export function fakeAlertsApi() {
  const { application, account, product } = acmeApplication();
  const hits = metricOf(product.id, 'hits');
  const alert = (n: number, level: number, raisedAt: string, readAt: string | null = null) => ({
    __typename: 'UsageAlert' as const,
    id: `VXNhZ2VBbGVydDo${n}`,
    kind: level >= 100 ? 'VIOLATION' : 'ALERT',
    level,
    period: 'DAY',
    max: '1000',
    current: String(level * 10),
    raisedAt,
    readAt,
    application: { __typename: 'Application', id: application.id, name: application.name },
    account: { __typename: 'Account', id: account.id, orgName: account.orgName },
    service: { __typename: 'Service', id: product.id, name: product.name },
    metric: { __typename: 'Metric', id: hits.id, friendlyName: hits.friendlyName },
  });
  const alerts = [
    alert(1, 100, '2026-05-17T09:00:00.000Z'),
    alert(2, 90, '2026-05-17T08:00:00.000Z'),
    alert(3, 50, '2026-05-16T08:00:00.000Z', '2026-05-16T09:00:00.000Z'),
  ];
  const sent = { listing: [] as unknown[], markRead: [] as unknown[], remove: [] as unknown[] };
  const matching = (filter: { unread?: boolean | null; kinds?: string[] | null } | null | undefined) =>
    alerts.filter(
      (a) =>
        (filter?.unread === undefined || filter.unread === null || filter.unread === (a.readAt === null)) &&
        (!filter?.kinds || filter.kinds.includes(a.kind)),
    );
  const connection = (nodes: typeof alerts) => ({
    __typename: 'UsageAlertConnection',
    totalCount: nodes.length,
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    nodes,
  });
  server.use(
    graphql.query('UsageAlerts', ({ variables }) => {
      sent.listing.push(variables['filter']);
      return HttpResponse.json({ data: { alerts: connection(matching(variables['filter'] as never)) } });
    }),
    graphql.query('UsageAlertIds', ({ variables }) => HttpResponse.json({ data: { alerts: connection(matching(variables['filter'] as never)) } })),
    graphql.query('LatestUsageAlerts', ({ variables }) =>
      HttpResponse.json({ data: { alerts: connection(matching({ unread: true }).slice(0, Number(variables['first']))) } }),
    ),
    graphql.mutation('MarkAlertsRead', ({ variables }) => {
      const input = variables['input'] as { ids: string[]; read?: boolean };
      sent.markRead.push(input);
      const changed = alerts.filter((a) => input.ids.includes(a.id));
      for (const a of changed) a.readAt = input.read === false ? null : '2026-05-17T10:00:00.000Z';
      return HttpResponse.json({
        data: { markAlertsRead: { __typename: 'MarkAlertsReadPayload', alerts: changed.map((a) => ({ __typename: 'UsageAlert', id: a.id, readAt: a.readAt })), userErrors: [] } },
      });
    }),
    graphql.mutation('DeleteAlerts', ({ variables }) => {
      const input = variables['input'] as { ids: string[] };
      sent.remove.push(input);
      const deleted = alerts.filter((a) => input.ids.includes(a.id)).map((a) => a.id);
      alerts.splice(0, alerts.length, ...alerts.filter((a) => !deleted.includes(a.id)));
      return HttpResponse.json({ data: { deleteAlerts: { __typename: 'DeleteAlertsPayload', deletedAlertIds: deleted, userErrors: [] } } });
    }),
  );
  return { alerts, sent, application };
}
