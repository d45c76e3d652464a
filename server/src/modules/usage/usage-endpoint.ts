import type { IncomingMessage, ServerResponse } from "node:http";
import { compileMappingRules, type CompiledMappingRules, matchMappingRules } from "@gatehouse/schema/mapping-rules";
import { isServiceTokenFormat } from "@gatehouse/schema/tokens";
import {
  type LimitUsage,
  MAX_USAGE_VALUE,
  type UsagePeriod,
  rollUpUsage,
  tightestLimit,
  usageTimestampProblem,
  usageValueProblem,
} from "@gatehouse/schema/usage";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { hashSecretToken } from "../../auth/secret-token.js";
import { compileQuery, runArrays, slot } from "../../db/statement.js";
import { toGlobalId } from "../../graphql/node.js";
import { credentialsOf, readBody, requestIdOf } from "../../http/request.js";
import type { ModuleHttp, ModuleRuntime } from "../../kit/module.js";
import { UsageAlerts } from "./usage-alert.service.js";
import { type CheckCall, type Checked, UsageChecker } from "./usage-checker.js";
import { type RecordedUsage, UsageRecorder } from "./usage-recorder.js";

/**
 * The usage endpoint for gateways (issue 10; docs/usage-endpoint.md): plain HTTP and JSON, no GraphQL,
 * for speed. `POST /api/usage/authorize` checks a call, `authrep` checks and records it, `report` records
 * up to 1,000 transactions without checks. A service token (`Authorization: Bearer ghs_…`) names the product.
 */

/** Every refusal: a machine-readable code and its HTTP status. */
export const USAGE_ERRORS = {
  request_invalid: 400,
  credentials_invalid: 400,
  metric_invalid: 400,
  usage_invalid: 400,
  timestamp_invalid: 400,
  service_token_invalid: 403,
  application_not_found: 404,
  no_mapping_rule_matched: 404,
  application_key_missing: 403,
  application_key_invalid: 403,
  application_not_active: 409,
  service_not_active: 409,
  limits_exceeded: 409,
  method_not_allowed: 405,
  not_found: 404,
  body_too_large: 413,
  usage_not_recorded: 503,
  check_unavailable: 503,
} as const;
export type UsageErrorCode = keyof typeof USAGE_ERRORS;

/** Transactions one `report` may carry. */
export const MAX_REPORT_TRANSACTIONS = 1000;
const MAX_BODY_BYTES = { single: 64 * 1024, report: 4 * 1024 * 1024 } as const;
/** How long a product's metrics and rules are kept without a change being heard (a missed notification). */
const SERVICE_TTL_MS = 30_000;

const credential = z.string().min(1).max(256);
const transactionSchema = z.strictObject({
  credentials: z.union([
    z.strictObject({ userKey: credential }),
    z.strictObject({ appId: credential, appKey: credential.optional() }),
    z.strictObject({ clientId: credential }),
  ]),
  usage: z.record(z.string().min(1).max(255), z.unknown()).optional(),
  request: z.strictObject({ method: z.string().min(1).max(16), path: z.string().min(1).max(8192).startsWith("/") }).optional(),
  responseCode: z.number().int().min(100).max(599).optional(),
  timestamp: z.union([z.iso.datetime({ offset: true }), z.number().int()]).optional(),
});
const reportSchema = z.strictObject({ transactions: z.array(transactionSchema).min(1).max(MAX_REPORT_TRANSACTIONS) });
type Transaction = z.infer<typeof transactionSchema>;

class Refusal extends Error {
  constructor(
    readonly code: UsageErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** What the endpoint keeps of a product, per process (gatehouse_usage_service). */
interface ServiceContext {
  tenantId: string;
  serviceId: string;
  authMode: "USER_KEY" | "APP_ID_APP_KEY" | "OIDC";
  tokenId: string;
  metricIdByName: Map<string, string>;
  nameById: Map<string, string>;
  parentOf: (name: string) => string | null;
  rules: CompiledMappingRules;
  loadedAt: number;
}

const SERVICE = compileQuery(sql`select gatehouse_usage_service(${slot("hash")}) as service`);
/** After a report: every limit of each application reported, with its counter in the period of the application's latest transaction. */
const REPORTED_LIMITS = compileQuery(
  sql`select a.id, a.tenant_id, a.account_id, l.metric_id, l.period, l.value, coalesce(c.value, 0)
      from unnest(${slot("apps")}::uuid[], ${slot("at")}::text[]::timestamptz[]) as x(app, at)
      join applications a on a.id = x.app
      join usage_limits l on l.plan_id = a.plan_id
      left join usage_counters c on c.application_id = a.id and c.metric_id = l.metric_id and c.period = l.period
                                and c.period_start = gatehouse_period_start(l.period, x.at)`,
);
const APPLICATIONS = compileQuery(
  sql`select tenant_id, application_id, account_id, error from gatehouse_usage_applications(${slot("hash")}, ${slot("serviceId")}, ${slot("kinds")}::text[], ${slot("credentials")}::text[], ${slot("appKeys")}::text[])`,
);

/** The usage module's HTTP routes. */
export async function usageEndpoint({ database, config, logger }: ModuleRuntime): Promise<ModuleHttp> {
  const db = database.usage;
  const recorder = new UsageRecorder(db, logger);
  const checker = new UsageChecker(db, logger);
  const alerts = new UsageAlerts(database.db, (error) => logger.error({ err: error }, "raising a usage alert failed"));
  const services = new Map<string, ServiceContext>();
  const stopListening = await database.listen("gatehouse_usage_service", (serviceId) => {
    for (const [hash, context] of services) if (context.serviceId === serviceId) services.delete(hash);
  });

  async function serviceOf(hash: string): Promise<ServiceContext> {
    const kept = services.get(hash);
    if (kept && Date.now() - kept.loadedAt < SERVICE_TTL_MS) return kept;
    const [[raw] = []] = await runArrays(db, SERVICE, { hash });
    const found = (typeof raw === "string" ? JSON.parse(raw) : raw) as {
      tenantId: string;
      serviceId: string;
      authMode: ServiceContext["authMode"];
      tokenId: string;
      metrics: { id: string; systemName: string; parentId: string | null }[];
      rules: { httpMethod: string; pattern: string; metricId: string; delta: number; position: number; last: boolean }[];
    } | null;
    if (!found) {
      services.delete(hash);
      throw new Refusal("service_token_invalid", "The service token is not valid: it was revoked, or never existed.");
    }
    const nameById = new Map(found.metrics.map((m) => [m.id, m.systemName]));
    const parentName = new Map(found.metrics.map((m) => [m.systemName, m.parentId ? (nameById.get(m.parentId) ?? null) : null]));
    const context: ServiceContext = {
      tenantId: found.tenantId,
      serviceId: found.serviceId,
      authMode: found.authMode,
      tokenId: found.tokenId,
      metricIdByName: new Map(found.metrics.map((m) => [m.systemName, m.id])),
      nameById,
      parentOf: (name) => parentName.get(name) ?? null,
      rules: compileMappingRules(
        found.rules.map((r) => ({ httpMethod: r.httpMethod, pattern: r.pattern, metricSystemName: nameById.get(r.metricId) ?? "", delta: r.delta, position: r.position, last: r.last })),
        found.metrics.map((m) => ({ systemName: m.systemName, parentSystemName: m.parentId ? (nameById.get(m.parentId) ?? null) : null })),
      ),
      loadedAt: Date.now(),
    };
    if (services.size >= 10_000) services.delete(services.keys().next().value!);
    services.set(hash, context);
    return context;
  }

  /** A transaction's credential as the product's authentication mode expects it. */
  function credentialOf(service: ServiceContext, t: Transaction): { kind: "user_key" | "app_id" | "client_id"; value: string; appKey: string | null } {
    const c = t.credentials;
    if (service.authMode === "USER_KEY" && "userKey" in c) return { kind: "user_key", value: c.userKey, appKey: null };
    if (service.authMode === "APP_ID_APP_KEY" && "appId" in c) return { kind: "app_id", value: c.appId, appKey: c.appKey ?? null };
    if (service.authMode === "OIDC" && "clientId" in c) return { kind: "client_id", value: c.clientId, appKey: null };
    const expected = { USER_KEY: "{ userKey }", APP_ID_APP_KEY: "{ appId, appKey }", OIDC: "{ clientId }" }[service.authMode];
    throw new Refusal("credentials_invalid", `This product identifies applications by ${expected}.`);
  }

  /** The transaction's usage by metric id, methods rolled up into their parents; `usage` and `request` add up. */
  function usageOf(service: ServiceContext, t: Transaction): Map<string, number> {
    const byName: Record<string, number> = Object.create(null) as Record<string, number>;
    if (t.usage) {
      for (const [name, value] of Object.entries(t.usage)) {
        const problem = usageValueProblem(value);
        if (problem) throw new Refusal("usage_invalid", `${problem} (${name}: ${JSON.stringify(value)})`, { metric: name });
        if (!service.metricIdByName.has(name)) throw new Refusal("metric_invalid", `The product has no metric or method "${name}".`, { metric: name });
      }
      Object.assign(byName, rollUpUsage(t.usage as Record<string, number>, service.parentOf));
    }
    if (t.request) {
      const { increments, matchedRules } = matchMappingRules(service.rules, t.request.method, t.request.path);
      if (matchedRules.length === 0) {
        throw new Refusal("no_mapping_rule_matched", `No mapping rule of the product matches ${t.request.method} ${t.request.path}.`);
      }
      for (const [name, value] of Object.entries(increments)) byName[name] = (byName[name] ?? 0) + value;
    }
    const usage = new Map<string, number>();
    for (const [name, value] of Object.entries(byName)) {
      if (value > MAX_USAGE_VALUE) throw new Refusal("usage_invalid", `A usage value is at most ${MAX_USAGE_VALUE.toLocaleString("en-US")} (${name}).`, { metric: name });
      usage.set(service.metricIdByName.get(name)!, value);
    }
    return usage;
  }

  function timeOf(t: Transaction, now: Date): Date {
    if (t.timestamp === undefined) return now;
    const at = new Date(typeof t.timestamp === "number" ? t.timestamp * 1000 : t.timestamp);
    const problem = usageTimestampProblem(at, now);
    if (problem) throw new Refusal("timestamp_invalid", problem);
    return at;
  }

  async function check(action: "authorize" | "authrep", hash: string, body: unknown, res: ServerResponse): Promise<void> {
    const parsed = transactionSchema.safeParse(body);
    if (!parsed.success) throw invalid(parsed.error);
    const t = parsed.data;
    const service = await serviceOf(hash);
    const cred = credentialOf(service, t);
    const usage = usageOf(service, t);
    const now = new Date();
    const at = timeOf(t, now);
    const checked = await checkOrRefuse({
      hash,
      serviceId: service.serviceId,
      kind: cred.kind,
      credential: cred.value,
      appKey: cred.appKey,
      usage,
      at,
      record: action === "authrep",
    });
    if (checked.error) throw refusalOf(checked);
    const limits = checked.limits.map((l) => ({ ...l, metric: service.nameById.get(l.metricId) ?? l.metricId })) satisfies LimitUsage[];
    if (action === "authrep") {
      alerts.observe({ tenantId: checked.tenantId, serviceId: service.serviceId, applicationId: checked.applicationId, accountId: checked.accountId, limits, at });
    }
    const usageByName = Object.fromEntries([...usage].map(([id, value]) => [service.nameById.get(id)!, value]));
    const tightest = tightestLimit(limits, usageByName, at);
    if (tightest) {
      res.setHeader("ratelimit-limit", String(tightest.limit.max));
      res.setHeader("ratelimit-remaining", String(tightest.remainingCalls));
      if (tightest.resetAt) res.setHeader("ratelimit-reset", String(Math.max(0, Math.ceil((tightest.resetAt.getTime() - now.getTime()) / 1000))));
    }
    const limit = tightest && {
      metric: tightest.limit.metric,
      period: tightest.limit.period,
      max: tightest.limit.max,
      current: tightest.limit.current,
      remaining: tightest.remainingCalls,
      resetAt: tightest.resetAt?.toISOString() ?? null,
    };
    const application = { id: toGlobalId("Application", checked.applicationId) };
    if (checked.broken !== null) {
      const broken = limits[checked.broken]!;
      throw new Refusal("limits_exceeded", `Usage limit exceeded: ${broken.metric} per ${broken.period.toLowerCase()} (${broken.current} of ${broken.max} used).`, {
        application,
        metric: broken.metric,
        period: broken.period,
        max: broken.max,
        current: broken.current,
        limit,
      });
    }
    if (action === "authrep") {
      const counted = new Set(checked.limits.map((l) => `${l.metricId}:${l.period}`));
      await recordOrRefuse([
        {
          tenantId: checked.tenantId,
          serviceId: service.serviceId,
          applicationId: checked.applicationId,
          accountId: checked.accountId,
          tokenId: service.tokenId,
          at,
          usage,
          counted,
          responseCode: t.responseCode ?? null,
        },
      ]);
    }
    send(res, 200, { authorized: true, application, usage: usageByName, limit });
  }

  async function report(hash: string, body: unknown, res: ServerResponse): Promise<void> {
    const parsed = reportSchema.safeParse(body);
    if (!parsed.success) throw invalid(parsed.error);
    const service = await serviceOf(hash);
    const now = new Date();
    const prepared = parsed.data.transactions.map((t, index) => {
      try {
        return { cred: credentialOf(service, t), usage: usageOf(service, t), at: timeOf(t, now), responseCode: t.responseCode ?? null };
      } catch (error) {
        throw error instanceof Refusal ? new Refusal(error.code, `Transaction ${index}: ${error.message}`, { ...error.details, index }) : error;
      }
    });
    const rows = (await runArrays(db, APPLICATIONS, {
      hash,
      serviceId: service.serviceId,
      kinds: prepared.map((p) => p.cred.kind),
      credentials: prepared.map((p) => p.cred.value),
      appKeys: prepared.map((p) => p.cred.appKey),
    })) as [string, string | null, string | null, string | null][];
    if (rows.length === 0) throw new Refusal("service_token_invalid", "The service token is not valid: it was revoked, or never existed.");
    const transactions: RecordedUsage[] = [];
    for (const [index, [tenantId, applicationId, accountId, error]] of rows.entries()) {
      if (error) {
        const refusal = refusalOf({ error, state: null });
        throw new Refusal(refusal.code, `Transaction ${index}: ${refusal.message}`, { index });
      }
      const p = prepared[index]!;
      transactions.push({ tenantId, serviceId: service.serviceId, applicationId: applicationId!, accountId: accountId!, tokenId: service.tokenId, at: p.at, usage: p.usage, responseCode: p.responseCode });
    }
    await recordOrRefuse(transactions);
    send(res, 200, { accepted: transactions.length });
    observeReported(service, transactions).catch((error: unknown) => logger.error({ err: error }, "raising usage alerts after a report failed"));
  }

  /** Reported usage counts against limits too: raises the alerts its applications have reached (003 ch.22). */
  async function observeReported(service: ServiceContext, transactions: readonly RecordedUsage[]): Promise<void> {
    const latest = new Map<string, Date>();
    for (const t of transactions) {
      const seen = latest.get(t.applicationId);
      if (!seen || t.at > seen) latest.set(t.applicationId, t.at);
    }
    const rows = (await runArrays(db, REPORTED_LIMITS, { apps: [...latest.keys()], at: [...latest.values()].map((at) => at.toISOString()) })) as [
      string,
      string,
      string,
      string,
      UsagePeriod,
      number | string,
      number | string,
    ][];
    const byApp = new Map<string, { tenantId: string; accountId: string; limits: (LimitUsage & { metricId: string })[] }>();
    for (const [applicationId, tenantId, accountId, metricId, period, max, current] of rows) {
      const app = byApp.get(applicationId) ?? { tenantId, accountId, limits: [] };
      app.limits.push({ metricId, metric: service.nameById.get(metricId) ?? metricId, period, max: Number(max), current: Number(current) });
      byApp.set(applicationId, app);
    }
    for (const [applicationId, app] of byApp) {
      alerts.observe({ tenantId: app.tenantId, serviceId: service.serviceId, applicationId, accountId: app.accountId, limits: app.limits, at: latest.get(applicationId)! });
    }
  }

  async function checkOrRefuse(call: CheckCall): Promise<Checked> {
    try {
      return await checker.check(call);
    } catch (error) {
      logger.error({ err: error }, "checking a usage call failed");
      throw new Refusal("check_unavailable", "The call could not be checked (nothing was counted); retry the call.");
    }
  }

  async function recordOrRefuse(transactions: RecordedUsage[]): Promise<void> {
    try {
      await recorder.record(transactions);
    } catch {
      throw new Refusal("usage_not_recorded", "The usage could not be recorded; retry the call.");
    }
  }

  return {
    prefix: "/api/usage/",
    async handle(req: IncomingMessage, res: ServerResponse, url: URL) {
      res.setHeader("x-request-id", requestIdOf(req));
      res.setHeader("cache-control", "no-store");
      try {
        const action = url.pathname.slice("/api/usage/".length);
        if (action !== "authorize" && action !== "authrep" && action !== "report") throw new Refusal("not_found", "No such usage endpoint: use authorize, authrep or report.");
        if (req.method !== "POST") {
          res.setHeader("allow", "POST");
          throw new Refusal("method_not_allowed", "Send a POST.");
        }
        const bearer = credentialsOf(req).bearer;
        if (!bearer || !isServiceTokenFormat(bearer)) throw new Refusal("service_token_invalid", "Send a service token of the product: Authorization: Bearer ghs_….");
        const raw = await readBody(req, action === "report" ? MAX_BODY_BYTES.report : MAX_BODY_BYTES.single);
        if (raw === null) {
          res.setHeader("connection", "close");
          throw new Refusal("body_too_large", "The request body is too large.");
        }
        let body: unknown;
        try {
          body = JSON.parse(raw);
        } catch {
          throw new Refusal("request_invalid", "The request body is not valid JSON.");
        }
        const hash = hashSecretToken(config.secret, bearer);
        if (action === "report") await report(hash, body, res);
        else await check(action, hash, body, res);
      } catch (error) {
        if (!(error instanceof Refusal)) throw error;
        send(res, USAGE_ERRORS[error.code], { authorized: false, error: { code: error.code, message: error.message, ...error.details } });
      }
    },
    async close() {
      await stopListening().catch(() => {});
      await recorder.close();
    },
  };
}

function refusalOf(checked: Pick<Checked, "error" | "state">): Refusal {
  switch (checked.error) {
    case "service_token_invalid":
      return new Refusal("service_token_invalid", "The service token is not valid: it was revoked, or never existed.");
    case "application_not_found":
      return new Refusal("application_not_found", "No application of this product has these credentials.");
    case "application_key_missing":
      return new Refusal("application_key_missing", "The application has app keys: send one (credentials.appKey).");
    case "application_key_invalid":
      return new Refusal("application_key_invalid", "The app key is not one of the application's.");
    case "application_not_active":
      return new Refusal("application_not_active", `The application is ${checked.state === "SUSPENDED" ? "suspended" : "waiting for approval"}: its calls are refused.`, {
        state: checked.state,
      });
    case "service_not_active":
      return new Refusal("service_not_active", "The product is suspended: every call is refused.");
    default:
      throw new Error(`the usage check answered an unknown error: ${String(checked.error)}`);
  }
}

function invalid(error: z.ZodError): Refusal {
  const first = error.issues[0];
  const where = first?.path.length ? ` at ${first.path.join(".")}` : "";
  return new Refusal("request_invalid", `The request is not valid${where}: ${first?.message ?? "unexpected shape"}.`, {
    issues: error.issues.slice(0, 10).map((i) => ({ path: i.path, message: i.message })),
  });
}

function send(res: ServerResponse, status: number, value: unknown): void {
  res.statusCode = status;
  res.setHeader("content-type", "application/json");
  res.end(JSON.stringify(value));
}
