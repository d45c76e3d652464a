import { HITS } from '@gatehouse/schema/catalog';
import type { ResolversTypes } from '../../gql/resolver-types';
import type { UsageTargetInput } from '../../gql/schema-types';
import type { MetricFixture } from '../../testing/factories';
import { findAccount, type AccountFixture } from '../accounts/account-store';
import { findApplication, type ApplicationFixture } from '../applications/application-store';
import { findMetric, findService, metricOf, registerServiceCascade, serviceOf } from '../catalog/catalog';
import { connection } from '../connection';
import type { MockContext } from '../mock-context';
import { notFound, userError } from '../mock-errors';
import type { MockModule } from '../mock-module';
import { findPlan } from '../plans/plans';
import { actorOf, requireViewer } from '../viewer';
import {
  applicationUtilization,
  changePercent,
  engagement,
  percentOf,
  potentialUpgrades,
  resetAtOf,
  responseCodeSeries,
  signupSeries,
  topApplications,
  usageSeries,
  type EngagementRow,
  type LimitUtilization,
  type SeriesTarget,
} from './analytics';
import { AnalyticsRefusal, resolveRange } from './analytics-range';
import { createServiceToken, findServiceToken, revokeServiceToken, serviceTokensOf, type ServiceTokensState } from './service-tokens';
import { deleteUsageAlerts, findUsageAlert, listUsageAlerts, markUsageAlertsRead } from './usage-alerts';

// A deleted product takes its service tokens along (the server's foreign key cascades).
registerServiceCascade((state, serviceId) => {
  const store = state as typeof state & ServiceTokensState;
  store.serviceTokens = store.serviceTokens.filter((t) => t.serviceId !== serviceId);
});

/** Time zone of analytics when none is given: the tenant's (003 §1.2; UTC unless its admins chose another). */
function zoneOf(ctx: MockContext, timeZone: string | null | undefined): string {
  if (timeZone != null) return timeZone;
  const tenantId = requireViewer(ctx).tenantId;
  return ctx.state.tenants.find((t) => t.id === tenantId)?.timeZone ?? 'UTC';
}
const MAX_TOP_APPLICATIONS = 10;
const MAX_POTENTIAL_UPGRADES = 50;
const MAX_ENGAGEMENT_DAYS = 365;

/** Applications and accounts resolve from their rows (codegen maps no fixture to them; see applications-mock.ts). */
const asApplication = (row: ApplicationFixture | undefined) => (row ?? null) as unknown as ResolversTypes['Application'] | null;
const asAccount = (row: AccountFixture | undefined) => (row ?? null) as unknown as ResolversTypes['Account'] | null;
const iso = (at: number) => new Date(at).toISOString();

const analyticsError = (e: AnalyticsRefusal) => userError('AnalyticsUserError', e.code, e.message, e.field);

/** Runs an analytics read; a refusal (range, time zone, target, bounds) becomes its userError and a null result. */
function answer<K extends string, T>(key: K, run: () => T): { userErrors: ReturnType<typeof analyticsError>[] } & { [P in K]: T | null } {
  try {
    return { [key]: run(), userErrors: [] } as never;
  } catch (error) {
    if (error instanceof AnalyticsRefusal) return { [key]: null, userErrors: [analyticsError(error)] } as never;
    throw error;
  }
}

/** The tenant's metric, of the given product when there is one (an account's series takes any product's), or a refusal. */
function metricFor(ctx: MockContext, metricId: string, serviceId: string | null): MetricFixture {
  const metric = findMetric(ctx.state, requireViewer(ctx).tenantId, metricId);
  if (!metric) throw new AnalyticsRefusal('NOT_FOUND', 'No such metric or method.', ['metric']);
  if (serviceId !== null && metric.serviceId !== serviceId) throw new AnalyticsRefusal('INVALID_TARGET', "The metric is not one of the product's.", ['metric']);
  return metric;
}

/** Whose usage, in the server's order of checks: exactly one target, that exists in the tenant. */
function seriesTarget(ctx: MockContext, target: UsageTargetInput): { source: SeriesTarget; serviceId: string | null } {
  const tenantId = requireViewer(ctx).tenantId;
  const given = [target.service, target.application, target.account].filter((x) => x != null);
  if (given.length !== 1) throw new AnalyticsRefusal('INVALID_TARGET', 'Give exactly one of service, application and account.', ['target']);
  if (target.service) {
    const service = findService(ctx.state, tenantId, target.service);
    if (!service) throw new AnalyticsRefusal('NOT_FOUND', 'No such product.', ['target', 'service']);
    return { source: { service: service.id }, serviceId: service.id };
  }
  if (target.application) {
    const application = findApplication(ctx.state, tenantId, target.application);
    if (!application) throw new AnalyticsRefusal('NOT_FOUND', 'No such application.', ['target', 'application']);
    return { source: { application: application.id }, serviceId: application.serviceId };
  }
  const account = findAccount(ctx.state, tenantId, target.account);
  if (!account) throw new AnalyticsRefusal('NOT_FOUND', 'No such developer account.', ['target', 'account']);
  return { source: { account: account.id }, serviceId: null };
}

function limitView(ctx: MockContext, l: LimitUtilization) {
  const resetAt = resetAtOf(l);
  return {
    __typename: 'LimitUtilization' as const,
    metric: ctx.state.metrics.find((m) => m.id === l.metricId) ?? null,
    period: l.period,
    max: String(l.max),
    current: String(l.current),
    percent: percentOf(l),
    periodStart: iso(l.periodStart),
    resetAt: resetAt === null ? null : iso(resetAt),
  };
}

/**
 * The usage domain (server/src/modules/usage): the service tokens gateways authenticate with — for
 * admins only, the fields and the ServiceToken type wherever it is selected (`node(id:)` too) — and,
 * from the usage the store holds (usage-store.ts), analytics and usage alerts: every signed-in user of
 * the team reads them; marking and deleting alerts are mutations, which members cannot run yet.
 */
export const usageMock: MockModule = {
  name: 'usage',
  resolvers: {
    Query: {
      serviceTokens: (_, { serviceId }, ctx) => {
        const tokens = serviceTokensOf(ctx.state, requireViewer(ctx).tenantId, serviceId);
        if (!tokens) throw notFound('Service');
        return tokens;
      },
      usageSeries: (_, { target, metric, range, granularity, timeZone }, ctx) => ({
        __typename: 'UsageSeriesPayload',
        ...answer('series', () => {
          const { source, serviceId } = seriesTarget(ctx, target);
          const metricRow = metricFor(ctx, metric, serviceId);
          const resolved = resolveRange(range, granularity, zoneOf(ctx, timeZone), ctx.now);
          const series = usageSeries(ctx.state, requireViewer(ctx).tenantId, source, metricRow.id, resolved);
          return {
            __typename: 'UsageSeries' as const,
            metric: metricRow,
            since: iso(series.since),
            until: iso(series.until),
            timeZone: series.timeZone,
            granularity: series.granularity,
            points: series.points.map((p) => ({ __typename: 'UsagePoint' as const, start: iso(p.start), value: String(p.value) })),
            total: String(series.total),
            previousTotal: String(series.previousTotal),
            changePercent: changePercent(series.total, series.previousTotal),
          };
        }),
      }),
      topApplications: (_, { service, range, metric, limit: limitArg, timeZone }, ctx) => {
        const tenantId = requireViewer(ctx).tenantId;
        const limit = limitArg ?? MAX_TOP_APPLICATIONS;
        return {
          __typename: 'TopApplicationsPayload',
          ...answer('result', () => {
            if (!Number.isInteger(limit) || limit < 1 || limit > MAX_TOP_APPLICATIONS) {
              throw new AnalyticsRefusal('INVALID_RANGE', `Ask for 1 to ${MAX_TOP_APPLICATIONS} applications.`, ['limit']);
            }
            const serviceRow = findService(ctx.state, tenantId, service);
            if (!serviceRow) throw new AnalyticsRefusal('NOT_FOUND', 'No such product.', ['service']);
            const metricRow = metric
              ? metricFor(ctx, metric, serviceRow.id)
              : ctx.state.metrics.find((m) => m.serviceId === serviceRow.id && m.systemName === HITS && m.parentId === null);
            if (!metricRow) throw new AnalyticsRefusal('NOT_FOUND', 'The product has no hits metric.', ['metric']);
            const resolved = resolveRange(range, null, zoneOf(ctx, timeZone), ctx.now);
            const top = topApplications(ctx.state, tenantId, metricRow.id, resolved, limit);
            return {
              __typename: 'TopApplications' as const,
              metric: metricRow,
              since: iso(resolved.since),
              until: iso(resolved.until),
              calendarPeriod: top.calendarPeriod,
              periodStart: iso(top.periodStart),
              applications: top.applications.map((a) => ({
                __typename: 'TopApplication' as const,
                application: asApplication(ctx.state.applications.find((app) => app.id === a.applicationId)),
                periodValue: String(a.periodValue),
                value: String(a.value),
              })),
            };
          }),
        };
      },
      responseCodes: (_, { target, range, granularity, timeZone }, ctx) => {
        const tenantId = requireViewer(ctx).tenantId;
        return {
          __typename: 'ResponseCodesPayload',
          ...answer('series', () => {
            if ((target.service == null) === (target.application == null)) {
              throw new AnalyticsRefusal('INVALID_TARGET', 'Give exactly one of service and application.', ['target']);
            }
            let serviceId: string;
            let applicationId: string | null = null;
            if (target.service) {
              const serviceRow = findService(ctx.state, tenantId, target.service);
              if (!serviceRow) throw new AnalyticsRefusal('NOT_FOUND', 'No such product.', ['target', 'service']);
              serviceId = serviceRow.id;
            } else {
              const application = findApplication(ctx.state, tenantId, target.application);
              if (!application) throw new AnalyticsRefusal('NOT_FOUND', 'No such application.', ['target', 'application']);
              serviceId = application.serviceId;
              applicationId = application.id;
            }
            const resolved = resolveRange(range, granularity, zoneOf(ctx, timeZone), ctx.now);
            const series = responseCodeSeries(ctx.state, tenantId, serviceId, applicationId, resolved);
            return {
              __typename: 'ResponseCodeSeries' as const,
              since: iso(series.since),
              until: iso(series.until),
              timeZone: series.timeZone,
              granularity: series.granularity,
              points: series.points.map(({ start, counts }) => ({
                __typename: 'ResponseCodePoint' as const,
                start: iso(start),
                informational: String(counts[0]),
                success: String(counts[1]),
                redirection: String(counts[2]),
                clientError: String(counts[3]),
                serverError: String(counts[4]),
              })),
              codes: series.codes.map((c) => ({ __typename: 'ResponseCodeCount' as const, code: c.code, count: String(c.count) })),
            };
          }),
        };
      },
      utilization: (_, { application }, ctx) => {
        const row = findApplication(ctx.state, requireViewer(ctx).tenantId, application);
        if (!row) throw notFound('Application');
        return applicationUtilization(ctx.state, row, ctx.now).map((l) => limitView(ctx, l));
      },
      potentialUpgrades: (_, { first }, ctx) => {
        const tenantId = requireViewer(ctx).tenantId;
        const rows = potentialUpgrades(ctx.state, tenantId, Math.min(Math.max(first ?? 10, 1), MAX_POTENTIAL_UPGRADES), ctx.now);
        return rows.map((r) => ({
          __typename: 'PotentialUpgrade' as const,
          application: asApplication(ctx.state.applications.find((a) => a.id === r.applicationId)),
          limit: limitView(ctx, r),
        }));
      },
      signups: (_, { range, granularity, timeZone }, ctx) => ({
        __typename: 'SignupsPayload',
        ...answer('series', () => {
          const resolved = resolveRange(range, granularity, zoneOf(ctx, timeZone), ctx.now);
          const series = signupSeries(ctx.state, requireViewer(ctx).tenantId, resolved);
          return {
            __typename: 'SignupSeries' as const,
            since: iso(resolved.since),
            until: iso(resolved.until),
            timeZone: resolved.timeZone,
            granularity: resolved.granularity,
            points: series.points.map((p) => ({ __typename: 'SignupPoint' as const, start: iso(p.start), count: p.count })),
            total: series.total,
            previousTotal: series.previousTotal,
          };
        }),
      }),
      engagementReport: (_, { signedUpWithinDays: days, plan }, ctx) => {
        const tenantId = requireViewer(ctx).tenantId;
        return {
          __typename: 'EngagementReportPayload',
          ...answer('report', () => {
            if (!Number.isInteger(days) || days < 1 || days > MAX_ENGAGEMENT_DAYS) {
              throw new AnalyticsRefusal('INVALID_RANGE', `The window is 1 to ${MAX_ENGAGEMENT_DAYS} days.`, ['signedUpWithinDays']);
            }
            let planId: string | null = null;
            if (plan != null) {
              const planRow = findPlan(ctx.state, tenantId, plan);
              if (!planRow) throw new AnalyticsRefusal('NOT_FOUND', 'No such plan.', ['plan']);
              planId = planRow.id;
            }
            const report = engagement(ctx.state, tenantId, days, planId, ctx.now);
            const view = (r: EngagementRow) => ({
              __typename: 'EngagementAccount' as const,
              account: asAccount(r.account),
              signedUpAt: iso(r.signedUpAt),
              firstHalf: String(r.firstHalf),
              secondHalf: String(r.secondHalf),
              growthPercent: changePercent(r.secondHalf, r.firstHalf),
            });
            const active = report.rows.filter((r) => r.secondHalf > 0).map(view);
            // New users (no first half) first, then by growth (the server's sort, ties as they came).
            active.sort((a, b) => (b.growthPercent ?? Infinity) - (a.growthPercent ?? Infinity));
            return {
              __typename: 'EngagementReport' as const,
              since: iso(report.since),
              middle: iso(report.middle),
              until: iso(report.until),
              signups: report.rows.length,
              neverUsed: report.rows.filter((r) => r.firstHalf === 0 && r.secondHalf === 0).map(view),
              stopped: report.rows.filter((r) => r.firstHalf > 0 && r.secondHalf === 0).map(view),
              active,
            };
          }),
        };
      },
      alerts: (_, args, ctx) => {
        const { items, order } = listUsageAlerts(ctx.state, requireViewer(ctx).tenantId, args.filter, args.orderBy);
        return connection(items, args, 'UsageAlert', order);
      },
    },
    Mutation: {
      createServiceToken: (_, { input }, ctx) => {
        const result = createServiceToken(ctx.state, actorOf(ctx), input, ctx.now);
        return {
          __typename: 'CreateServiceTokenPayload',
          ...(result.ok
            ? { serviceToken: result.serviceToken, token: result.token, userErrors: [] }
            : { serviceToken: null, token: null, userErrors: result.userErrors }),
        };
      },
      revokeServiceToken: (_, { input }, ctx) => {
        const result = revokeServiceToken(ctx.state, actorOf(ctx), input.id, ctx.now);
        return {
          __typename: 'RevokeServiceTokenPayload',
          ...(result.ok ? { serviceToken: result.serviceToken, userErrors: [] } : { serviceToken: null, userErrors: result.userErrors }),
        };
      },
      markAlertsRead: (_, { input }, ctx) => ({
        __typename: 'MarkAlertsReadPayload',
        ...markUsageAlertsRead(ctx.state, actorOf(ctx).tenantId, input, ctx.now),
      }),
      deleteAlerts: (_, { input }, ctx) => ({
        __typename: 'DeleteAlertsPayload',
        ...deleteUsageAlerts(ctx.state, actorOf(ctx).tenantId, input),
      }),
    },
    ServiceToken: {
      // A revoked token's product is still there (revoking deletes the token only).
      service: (token, _, ctx) => serviceOf(ctx.state, token.serviceId),
    },
    UsageAlert: {
      // Alerts of deleted rows are not listed (usage-store.ts, `liveAlerts`): these all exist.
      application: (alert, _, ctx) => asApplication(ctx.state.applications.find((a) => a.id === alert.applicationId)),
      account: (alert, _, ctx) => asAccount(ctx.state.accounts.find((a) => a.id === alert.accountId)),
      service: (alert, _, ctx) => serviceOf(ctx.state, alert.serviceId),
      metric: (alert, _, ctx) => metricOf(ctx.state, alert.metricId),
    },
  },
  // Row-level security: a tenant's own tokens and alerts only, the master's too.
  nodes: {
    ServiceToken: (ctx, rowId) => (ctx.viewer ? (findServiceToken(ctx.state, ctx.viewer.tenantId, rowId) ?? null) : null),
    UsageAlert: (ctx, rowId) => (ctx.viewer ? (findUsageAlert(ctx.state, ctx.viewer.tenantId, rowId) ?? null) : null),
  },
  access: {
    Query: { serviceTokens: { admin: true } },
    Mutation: { createServiceToken: { admin: true }, revokeServiceToken: { admin: true } },
  },
  typeAccess: { ServiceToken: { admin: true } },
};
