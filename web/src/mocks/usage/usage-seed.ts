import { HITS } from '@gatehouse/schema/catalog';
import { alertKind, ALERT_LEVELS, periodStart } from '@gatehouse/schema/usage';
import { createUsageAlert, createUsageReport, type MetricFixture, type TenantFixture, type UsageAlertFixture, type UsageReportFixture } from '../../testing/factories';
import type { ApplicationFixture } from '../applications/application-store';
import { compareText } from '../connection';
import { rowIdOf, toGlobalId } from '../global-id';
import type { PlansState } from '../plans/plans';
import { HOUR_MS } from './time-zone';
import { hasUsageHistory, registerUsageHistory, type UsageState } from './usage-store';

/** Demo applications with a traffic history, and how many days of it (the server's usage.seed.ts). */
const DEMO_APPS = 16;
const DAYS = 30;

/** Stable row keys of the mock's own demo alerts. */
const seedKey = (n: number) => `00000000-0000-4000-e000-${String(n).padStart(12, '0')}`;

/**
 * The demo tenant's 30-day traffic history, as the server's demo seed writes it
 * (server/src/modules/usage/usage.seed.ts): hourly calls of 16 of its live applications — the 18
 * newest and the 18 oldest — with a daily and weekly rhythm, some growing, some fading, a few stopped
 * halfway, none before it existed; each hour's calls counted on `hits` and split over the product's
 * methods, with upstream response codes (mostly 200, some 404 and 503), up to the current hour. The
 * same rules and the same generator; not the same amounts, nor the same applications without traffic
 * (a recent one that stopped has none): the server takes the applications in the order of its random
 * ids, the mock in the order of its own, which follow their creation. An hour of calls is one report
 * counted in no minute's counter (the server skips them), and the applications' first and last
 * traffic are set as the server's batch sets them.
 *
 * With it, a few usage alerts the server's seed does not raise (it writes no alert): the levels the
 * applications' limits (other than per minute) reached today and yesterday, yesterday's read. They are
 * the mock's own: the parity test starts without them (`withoutMockOnlyUsage`).
 */
export function seedDemoUsage(
  tenant: TenantFixture,
  applications: ApplicationFixture[],
  metrics: readonly MetricFixture[],
  plans: Pick<PlansState, 'usageLimits'>,
  now: Date,
): UsageState {
  const history = demoHistory(tenant, applications, metrics, now);
  for (const app of applications) {
    const traffic = history.traffic.get(app.id);
    if (traffic) Object.assign(app, traffic);
  }
  history.alerts ??= demoAlerts(applications, plans, history.reports, now);
  // The alerts are read and deleted: each reset gets its own.
  return { usageHistory: history.name, usageReports: [], usageAlerts: history.alerts.map((a) => ({ ...a })) };
}

/**
 * The store without the mock's own usage demo (its alerts): what the server's demo seed leaves, where
 * the parity test starts (`resetMockState({ ...withoutMockOnlyUsage(state) })`).
 */
export function withoutMockOnlyUsage(seeded: UsageState): Partial<UsageState> {
  return { usageHistory: seeded.usageHistory, usageAlerts: [] };
}

interface History {
  /** Its name in the store (usage-store.ts keeps the reports aside). */
  name: string;
  end: number;
  tenantId: string;
  reports: readonly UsageReportFixture[];
  traffic: ReadonlyMap<string, { firstTrafficAt: string; lastTrafficAt: string }>;
  alerts?: readonly UsageAlertFixture[];
}

// Every reset of the store seeds again (the same tenant, applications and plans): the history of an
// hour is built once and shared — its reports are never changed — and so are its alerts, copied.
let cached: History | null = null;

function demoHistory(tenant: TenantFixture, applications: readonly ApplicationFixture[], metrics: readonly MetricFixture[], now: Date): History {
  const end = periodStart('HOUR', now).getTime();
  if (cached && cached.end === end && cached.tenantId === tenant.id && hasUsageHistory(cached.name)) return cached;
  const live = applications.filter((a) => a.tenantId === tenant.id && a.state === 'LIVE');
  const byCreation = (a: ApplicationFixture, b: ApplicationFixture) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || compareText(key(a), key(b));
  const newest = [...live].sort((a, b) => byCreation(b, a)).slice(0, DEMO_APPS / 2);
  const oldest = [...live].sort(byCreation).slice(0, DEMO_APPS / 2);
  // In the order of their ids (the mock's follow creation; the server's are random).
  const apps = [...new Set([...newest, ...oldest])].sort((a, b) => compareText(key(a), key(b)));
  const start = end - (DAYS * 24 - 1) * HOUR_MS;
  // The server writes its demo relative to its start, the mock's demo ends at the tenant's creation: an
  // application is as old, before the history's end, as it is before the tenant's creation here.
  const age = (app: ApplicationFixture) => Date.parse(tenant.createdAt) - Date.parse(app.createdAt);
  const random = seeded(42);
  const reports: UsageReportFixture[] = [];
  const traffic = new Map<string, { firstTrafficAt: string; lastTrafficAt: string }>();
  apps.forEach((app, index) => {
    const hits = metrics.find((m) => m.serviceId === app.serviceId && m.systemName === HITS && m.parentId === null);
    if (!hits) return;
    const methods = metrics.filter((m) => m.parentId === hits.id);
    const base = 20 + Math.floor(random() * 400);
    // Growing, steady, fading, or stopped halfway (the engagement report's cohorts).
    const shape = index % 9 === 4 ? 'stopped' : index % 4 === 1 ? 'growing' : index % 4 === 2 ? 'fading' : 'steady';
    // No calls before the application existed.
    const created = periodStart('HOUR', new Date(end - age(app))).getTime() + HOUR_MS;
    for (let t = Math.max(start, created); t <= end; t += HOUR_MS) {
      const at = new Date(t);
      const progress = (t - start) / (end - start);
      if (shape === 'stopped' && progress > 0.45) break;
      const trend = shape === 'growing' ? 0.4 + 1.2 * progress : shape === 'fading' ? 1.4 - 1.1 * progress : 1;
      const daytime = 0.25 + 0.75 * Math.max(0, Math.sin(((at.getUTCHours() - 6) / 24) * 2 * Math.PI));
      const weekday = at.getUTCDay() === 0 || at.getUTCDay() === 6 ? 0.55 : 1;
      const calls = Math.round(base * trend * daytime * weekday * (0.85 + 0.3 * random()));
      if (calls <= 0) continue;
      const usage: Record<string, number> = { [hits.id]: calls };
      // Most calls go to the first methods.
      let left = calls;
      methods.forEach((method, i) => {
        const share = i === methods.length - 1 ? left : Math.round(left * (0.6 - 0.1 * Math.min(i, 3)));
        if (share > 0) usage[method.id] = share;
        left -= share;
      });
      const serverErrors = Math.round(calls * 0.01 * random() * 2);
      const clientErrors = Math.round(calls * 0.04 * random() * 2);
      const responseCodes: Record<string, number> = { 200: calls - serverErrors - clientErrors };
      if (clientErrors) responseCodes[404] = clientErrors;
      if (serverErrors) responseCodes[503] = serverErrors;
      reports.push(
        createUsageReport({
          tenantId: app.tenantId,
          serviceId: app.serviceId,
          accountId: app.accountId,
          applicationId: app.id,
          at: at.toISOString(),
          usage,
          responseCodes,
          wholeHour: true,
        }),
      );
      // Hours only go forward: the first report is the first traffic, each later one the last so far.
      traffic.set(app.id, { firstTrafficAt: traffic.get(app.id)?.firstTrafficAt ?? at.toISOString(), lastTrafficAt: at.toISOString() });
    }
  });
  const name = `demo:${tenant.id}:${new Date(end).toISOString()}`;
  registerUsageHistory(name, reports);
  cached = { name, end, tenantId: tenant.id, reports, traffic };
  return cached;
}

const key = (app: ApplicationFixture) => rowIdOf(app.id, 'Application') ?? app.id;

/**
 * The alerts the usage endpoint would have raised from the history over today and yesterday (UTC):
 * for each application, its most-used limit per hour's count — one alert per level reached, at most
 * once in 24 hours. Per-minute limits are left out (the history counts no minute).
 */
function demoAlerts(applications: readonly ApplicationFixture[], plans: Pick<PlansState, 'usageLimits'>, reports: readonly UsageReportFixture[], now: Date): UsageAlertFixture[] {
  const from = periodStart('DAY', now).getTime() - 24 * HOUR_MS;
  const alerts: UsageAlertFixture[] = [];
  const recent = new Map<string, UsageReportFixture[]>();
  for (const r of reports) {
    if (Date.parse(r.at) < from) continue;
    const list = recent.get(r.applicationId);
    if (list) list.push(r);
    else recent.set(r.applicationId, [r]);
  }
  for (const app of applications) {
    const own = recent.get(app.id);
    if (!own) continue;
    const limits = plans.usageLimits.filter((l) => l.planId === app.planId && l.period !== 'MINUTE' && l.period !== 'ETERNITY' && Number(l.value) > 0);
    if (!limits.length) continue;
    own.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    const raised = new Map<number, number>();
    for (const report of own) {
      const at = Date.parse(report.at);
      // Each limit's count in its period so far, after this hour's calls.
      const counts = limits.map((limit) => {
        const periodAt = periodStart(limit.period, new Date(at)).getTime();
        const current = own.filter((r) => Date.parse(r.at) <= at && periodStart(limit.period, new Date(r.at)).getTime() === periodAt).reduce((sum, r) => sum + (r.usage[limit.metricId] ?? 0), 0);
        return { limit, current, percent: (current / Number(limit.value)) * 100 };
      });
      const most = counts.sort((a, b) => b.percent - a.percent)[0]!;
      const level = [...ALERT_LEVELS].reverse().find((l) => most.percent >= l);
      if (level === undefined || (raised.has(level) && at - raised.get(level)! < 24 * HOUR_MS)) continue;
      raised.set(level, at);
      alerts.push(
        createUsageAlert({
          id: toGlobalId('UsageAlert', seedKey(alerts.length + 1)),
          tenantId: app.tenantId,
          serviceId: app.serviceId,
          applicationId: app.id,
          accountId: app.accountId,
          metricId: most.limit.metricId,
          level,
          kind: alertKind(level),
          period: most.limit.period,
          max: most.limit.value,
          current: String(most.current),
          raisedAt: report.at,
          readAt: at < periodStart('DAY', now).getTime() ? new Date(at + HOUR_MS).toISOString() : null,
        }),
      );
    }
  }
  return alerts;
}

/** A small deterministic generator (mulberry32), the server's: the demo is the same on every start. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
