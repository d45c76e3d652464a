import { periodEnd, type UsagePeriod } from "@gatehouse/schema/usage";
import { Arg, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import { Access } from "../../graphql/access.js";
import { type Context, requireAuth } from "../../graphql/context.js";
import { notFound } from "../../graphql/errors.js";
import { rowIdOf } from "../../graphql/node.js";
import { userError } from "../../graphql/user-error.js";
import type { MetricRow } from "../catalog/catalog.tables.js";
import { AnalyticsErrorCode } from "./analytics.errors.js";
import type { Granularity } from "./analytics-range.js";
import * as analytics from "./analytics.service.js";
import {
  EngagementReportPayload,
  LimitUtilization,
  PotentialUpgrade,
  ResponseCodesPayload,
  ResponseCodesTargetInput,
  SignupsPayload,
  TopApplicationsPayload,
  UsageRangeInput,
  UsageSeriesPayload,
  UsageTargetInput,
} from "./analytics.type.js";
import { RollupGranularity } from "./usage.tables.js";

/** Time zone of analytics when none is given: the tenant's (003 §1.2; UTC unless its admins chose another). */
async function zoneOf(ctx: Context, timeZone: string | null | undefined): Promise<string> {
  if (timeZone != null) return timeZone;
  const tenant = await ctx.loaders.tenants.tenantById.load(requireAuth(ctx).tenantId);
  return tenant?.timeZone ?? "UTC";
}
const MAX_TOP_APPLICATIONS = 10;
const MAX_POTENTIAL_UPGRADES = 50;
const MAX_ENGAGEMENT_DAYS = 365;

/** A loader's row for a global ID of the type, or null (an ID of another type, or garbage, is never looked up). */
function load<T>(loader: { load(id: string): Promise<T | null> }, globalId: string | null | undefined, type: string): Promise<T | null> {
  const rowId = globalId ? rowIdOf(globalId, type) : null;
  return rowId ? loader.load(rowId) : Promise.resolve(null);
}

const refused = (code: AnalyticsErrorCode, message: string, field: string[]) => ({ userErrors: [userError(code, message, field)] });

/** Runs an analytics read; a refusal (range, time zone, target) becomes its userError. */
async function answer<T extends object>(key: string, run: () => Promise<T>): Promise<T | { userErrors: ReturnType<typeof userError>[] }> {
  try {
    return { ...(await run()), userErrors: [] };
  } catch (error) {
    if (error instanceof analytics.AnalyticsRefusal) return { [key]: null, ...refused(error.code, error.message, error.field) };
    throw error;
  }
}

const changePercent = (total: number, previous: number) => (previous === 0 ? null : Math.round(((total - previous) / previous) * 1000) / 10);

function limitView(ctx: Context, l: analytics.LimitUtilization) {
  return {
    metric: ctx.loaders.catalog.metricById.load(l.metricId),
    period: l.period,
    max: l.max,
    current: l.current,
    percent: l.max > 0 ? Math.round((l.current / l.max) * 1000) / 10 : null,
    periodStart: l.periodStart,
    resetAt: periodEnd(l.period as UsagePeriod, l.periodStart),
  };
}

@Resolver()
export class AnalyticsResolver {
  /** The metric of the given product (or of any product for an account), or a refusal. */
  private async metricOf(ctx: Context, metricId: string, serviceId: string | null): Promise<MetricRow> {
    const metric = await load(ctx.loaders.catalog.metricById, metricId, "Metric");
    if (!metric) throw new analytics.AnalyticsRefusal("NOT_FOUND", "No such metric or method.", ["metric"]);
    if (serviceId !== null && metric.serviceId !== serviceId) throw new analytics.AnalyticsRefusal("INVALID_TARGET", "The metric is not one of the product's.", ["metric"]);
    return metric;
  }

  @Query(() => UsageSeriesPayload, {
    description:
      "A metric's usage per hour, day or month over a range, for a product, an application or a developer account, in a time zone (the tenant's by default); with the total and the previous period's total. Hourly series cover at most 90 days.",
  })
  @Access({ scope: "ANALYTICS" })
  async usageSeries(
    @Arg("target", () => UsageTargetInput, { description: "Whose usage." }) target: UsageTargetInput,
    @Arg("metric", () => ID, { description: "The metric or method." }) metric: string,
    @Arg("range", () => UsageRangeInput, { description: "A preset or a custom range." }) range: UsageRangeInput,
    @Arg("granularity", () => RollupGranularity.graphql, { nullable: true, description: "Bucket size; by default the preset's (hours for 24 hours, months for 12 months, else days)." })
    granularity: Granularity | null,
    @Arg("timeZone", () => String, { nullable: true, description: "IANA time zone of the buckets; the tenant's by default." }) timeZone: string | null,
    @Ctx() ctx: Context,
  ) {
    requireAuth(ctx);
    return answer("series", async () => {
      const given = [target.service, target.application, target.account].filter((x) => x != null);
      if (given.length !== 1) throw new analytics.AnalyticsRefusal("INVALID_TARGET", "Give exactly one of service, application and account.", ["target"]);
      let source: Omit<analytics.SeriesSource, "metricId">;
      let serviceId: string | null;
      if (target.service) {
        const service = await load(ctx.loaders.catalog.serviceById, target.service, "Service");
        if (!service) throw new analytics.AnalyticsRefusal("NOT_FOUND", "No such product.", ["target", "service"]);
        source = { table: "service_usage", owner: "service_id", ownerId: service.id };
        serviceId = service.id;
      } else if (target.application) {
        const application = await load(ctx.loaders.applications.applicationById, target.application, "Application");
        if (!application) throw new analytics.AnalyticsRefusal("NOT_FOUND", "No such application.", ["target", "application"]);
        source = { table: "usage_counters", owner: "application_id", ownerId: application.id };
        serviceId = application.serviceId;
      } else {
        const account = await load(ctx.loaders.accounts.accountById, target.account!, "Account");
        if (!account) throw new analytics.AnalyticsRefusal("NOT_FOUND", "No such developer account.", ["target", "account"]);
        source = { table: "account_usage", owner: "account_id", ownerId: account.id };
        serviceId = null;
      }
      const metricRow = await this.metricOf(ctx, metric, serviceId);
      const resolved = await analytics.resolveRange(ctx.tx, range, granularity, await zoneOf(ctx, timeZone));
      const series = await analytics.usageSeries(ctx.tx, { ...source, metricId: metricRow.id }, resolved);
      return { series: { ...series, metric: metricRow, changePercent: changePercent(series.total, series.previousTotal) } };
    });
  }

  @Query(() => TopApplicationsPayload, {
    description:
      "The applications of a product that used a metric most (hits by default), ranked by the calendar period (UTC day, week, month or year) that best holds the range, with their usage over the range itself (003 ch.34).",
  })
  @Access({ scope: "ANALYTICS" })
  async topApplications(
    @Arg("service", () => ID, { description: "The product." }) service: string,
    @Arg("range", () => UsageRangeInput, { description: "A preset or a custom range." }) range: UsageRangeInput,
    @Arg("metric", () => ID, { nullable: true, description: "The metric or method; the product's hits by default." }) metric: string | null,
    @Arg("limit", () => Int, { nullable: true, description: `How many (1–${MAX_TOP_APPLICATIONS}; ${MAX_TOP_APPLICATIONS} when left out).` }) limitArg: number | null,
    @Arg("timeZone", () => String, { nullable: true, description: "IANA time zone of the range's presets; the tenant's by default." }) timeZone: string | null,
    @Ctx() ctx: Context,
  ) {
    const actor = requireAuth(ctx);
    const limit = limitArg ?? MAX_TOP_APPLICATIONS;
    return answer("result", async () => {
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_TOP_APPLICATIONS) {
        throw new analytics.AnalyticsRefusal("INVALID_RANGE", `Ask for 1 to ${MAX_TOP_APPLICATIONS} applications.`, ["limit"]);
      }
      const serviceRow = await load(ctx.loaders.catalog.serviceById, service, "Service");
      if (!serviceRow) throw new analytics.AnalyticsRefusal("NOT_FOUND", "No such product.", ["service"]);
      const metricRow = metric
        ? await this.metricOf(ctx, metric, serviceRow.id)
        : (await ctx.loaders.catalog.metricsOfService.load(serviceRow.id)).find((m) => m.systemName === "hits" && m.parentId === null);
      if (!metricRow) throw new analytics.AnalyticsRefusal("NOT_FOUND", "The product has no hits metric.", ["metric"]);
      const resolved = await analytics.resolveRange(ctx.tx, range, null, await zoneOf(ctx, timeZone));
      const top = await analytics.topApplications(ctx.tx, actor, metricRow.id, resolved, limit);
      return {
        result: {
          metric: metricRow,
          since: resolved.since,
          until: resolved.until,
          calendarPeriod: top.calendarPeriod,
          periodStart: top.periodStart,
          applications: top.applications.map((a) => ({ application: ctx.loaders.applications.applicationById.load(a.applicationId), periodValue: a.periodValue, value: a.value })),
        },
      };
    });
  }

  @Query(() => ResponseCodesPayload, { description: "Upstream response codes reported with usage, per bucket and class (2xx, 4xx, 5xx…), for a product or an application (003 ch.35)." })
  @Access({ scope: "ANALYTICS" })
  async responseCodes(
    @Arg("target", () => ResponseCodesTargetInput, { description: "A product or an application." }) target: ResponseCodesTargetInput,
    @Arg("range", () => UsageRangeInput, { description: "A preset or a custom range." }) range: UsageRangeInput,
    @Arg("granularity", () => RollupGranularity.graphql, { nullable: true, description: "Bucket size; by default the preset's." }) granularity: Granularity | null,
    @Arg("timeZone", () => String, { nullable: true, description: "IANA time zone of the buckets; the tenant's by default." }) timeZone: string | null,
    @Ctx() ctx: Context,
  ) {
    requireAuth(ctx);
    return answer("series", async () => {
      if ((target.service == null) === (target.application == null)) {
        throw new analytics.AnalyticsRefusal("INVALID_TARGET", "Give exactly one of service and application.", ["target"]);
      }
      let serviceId: string;
      let applicationId: string | null = null;
      if (target.service) {
        const service = await load(ctx.loaders.catalog.serviceById, target.service, "Service");
        if (!service) throw new analytics.AnalyticsRefusal("NOT_FOUND", "No such product.", ["target", "service"]);
        serviceId = service.id;
      } else {
        const application = await load(ctx.loaders.applications.applicationById, target.application!, "Application");
        if (!application) throw new analytics.AnalyticsRefusal("NOT_FOUND", "No such application.", ["target", "application"]);
        serviceId = application.serviceId;
        applicationId = application.id;
      }
      const resolved = await analytics.resolveRange(ctx.tx, range, granularity, await zoneOf(ctx, timeZone));
      const series = await analytics.responseCodeSeries(ctx.tx, serviceId, applicationId, resolved);
      return {
        series: {
          ...series,
          points: series.points.map((p) => ({
            start: p.start,
            informational: p.counts[0],
            success: p.counts[1],
            redirection: p.counts[2],
            clientError: p.counts[3],
            serverError: p.counts[4],
          })),
        },
      };
    });
  }

  @Query(() => [LimitUtilization], { description: "An application's count in the current period against every limit of its plan (NOT_FOUND for no such application)." })
  @Access({ scope: "ANALYTICS" })
  async utilization(@Arg("application", () => ID, { description: "The application." }) application: string, @Ctx() ctx: Context) {
    requireAuth(ctx);
    const row = await load(ctx.loaders.applications.applicationById, application, "Application");
    if (!row) throw notFound("Application");
    const limits = await analytics.applicationUtilization(ctx.tx, row.id, row.planId);
    return limits.map((l) => limitView(ctx, l));
  }

  @Query(() => [PotentialUpgrade], { description: "Applications at or over 80 % of a limit in its current period, most used first: candidates for a bigger plan." })
  @Access({ scope: "ANALYTICS" })
  async potentialUpgrades(
    @Arg("first", () => Int, { nullable: true, description: `How many (1–${MAX_POTENTIAL_UPGRADES}; 10 when left out).` }) first: number | null,
    @Ctx() ctx: Context,
  ) {
    const actor = requireAuth(ctx);
    const rows = await analytics.potentialUpgrades(ctx.tx, actor, Math.min(Math.max(first ?? 10, 1), MAX_POTENTIAL_UPGRADES));
    return rows.map((r) => ({ application: ctx.loaders.applications.applicationById.load(r.applicationId), limit: limitView(ctx, r) }));
  }

  @Query(() => SignupsPayload, { description: "Developer accounts created per bucket over a range, with the previous period's total." })
  @Access({ scope: "ANALYTICS" })
  async signups(
    @Arg("range", () => UsageRangeInput, { description: "A preset or a custom range." }) range: UsageRangeInput,
    @Arg("granularity", () => RollupGranularity.graphql, { nullable: true, description: "Bucket size; by default the preset's." }) granularity: Granularity | null,
    @Arg("timeZone", () => String, { nullable: true, description: "IANA time zone of the buckets; the tenant's by default." }) timeZone: string | null,
    @Ctx() ctx: Context,
  ) {
    const actor = requireAuth(ctx);
    return answer("series", async () => {
      const resolved = await analytics.resolveRange(ctx.tx, range, granularity, await zoneOf(ctx, timeZone));
      const series = await analytics.signupSeries(ctx.tx, actor, resolved);
      return { series: { ...resolved, points: series.points.map((p) => ({ start: p.start, count: p.value })), total: series.total, previousTotal: series.previousTotal } };
    });
  }

  @Query(() => EngagementReportPayload, {
    description:
      "Of the developer accounts that signed up in the last N days (on a plan, when given: their account plan or an application's plan): which never called the API, which called it only in the first half of the window, and which are active, with their growth (003 ch.32).",
  })
  @Access({ scope: "ANALYTICS" })
  async engagementReport(
    @Arg("signedUpWithinDays", () => Int, { description: `The window, in days (1–${MAX_ENGAGEMENT_DAYS}).` }) days: number,
    @Arg("plan", () => ID, { nullable: true, description: "Only accounts on this plan." }) plan: string | null,
    @Ctx() ctx: Context,
  ) {
    const actor = requireAuth(ctx);
    return answer("report", async () => {
      if (!Number.isInteger(days) || days < 1 || days > MAX_ENGAGEMENT_DAYS) {
        throw new analytics.AnalyticsRefusal("INVALID_RANGE", `The window is 1 to ${MAX_ENGAGEMENT_DAYS} days.`, ["signedUpWithinDays"]);
      }
      let planId: string | null = null;
      if (plan != null) {
        const planRow = await load(ctx.loaders.plans.planById, plan, "Plan");
        if (!planRow) throw new analytics.AnalyticsRefusal("NOT_FOUND", "No such plan.", ["plan"]);
        planId = planRow.id;
      }
      const report = await analytics.engagement(ctx.tx, actor, days, planId);
      const view = (r: analytics.EngagementRow) => ({
        account: ctx.loaders.accounts.accountById.load(r.accountId),
        signedUpAt: r.signedUpAt,
        firstHalf: r.firstHalf,
        secondHalf: r.secondHalf,
        growthPercent: changePercent(r.secondHalf, r.firstHalf),
      });
      const active = report.rows.filter((r) => r.secondHalf > 0).map(view);
      // New users (no first half) first, then by growth.
      active.sort((a, b) => (b.growthPercent ?? Infinity) - (a.growthPercent ?? Infinity));
      return {
        report: {
          since: report.since,
          middle: report.middle,
          until: report.until,
          signups: report.rows.length,
          neverUsed: report.rows.filter((r) => r.firstHalf === 0 && r.secondHalf === 0).map(view),
          stopped: report.rows.filter((r) => r.firstHalf > 0 && r.secondHalf === 0).map(view),
          active,
        },
      };
    });
  }
}
