import { and, eq } from "drizzle-orm";
import type { SystemActor } from "../../auth/actor.js";
import type { Executor } from "../../db/client.js";
import { type HttpMethod, services } from "./catalog.tables.js";
import { createMappingRule } from "./mapping-rule.service.js";
import { createMetric } from "./metric.service.js";
import { createService, deleteService } from "./service.service.js";

interface DemoMetric {
  kind: "metric" | "method";
  friendlyName: string;
  systemName: string;
  unit?: string;
  rules: [HttpMethod, string][];
}

/** Seed 000's example (SendGrid: a metric per API, api_user/api_key credentials) and an echo API with methods. */
const DEMO_SERVICES: { name: string; systemName: string; description: string; authMode: "USER_KEY" | "APP_ID_APP_KEY"; params?: object; metrics: DemoMetric[] }[] = [
  {
    name: "Email API",
    systemName: "email_api",
    description: "Send and receive email: the web API, SMTP relay and event and parse webhooks.",
    authMode: "APP_ID_APP_KEY",
    params: { appIdParameter: "api_user", appKeyParameter: "api_key" },
    metrics: [
      { kind: "metric", friendlyName: "Web API", systemName: "web_api", unit: "call", rules: [["GET", "/api/"], ["POST", "/api/"], ["PUT", "/api/"], ["DELETE", "/api/"]] },
      { kind: "metric", friendlyName: "SMTP API", systemName: "smtp_api", unit: "message", rules: [["POST", "/smtp/send$"]] },
      { kind: "metric", friendlyName: "Event Webhook", systemName: "event_webhook", unit: "event", rules: [["POST", "/webhooks/event"]] },
      { kind: "metric", friendlyName: "Parse Webhook", systemName: "parse_webhook", unit: "message", rules: [["POST", "/webhooks/parse"]] },
    ],
  },
  {
    name: "Echo API",
    systemName: "echo_api",
    description: "Echoes what it is sent: the API the integration guides use.",
    authMode: "USER_KEY",
    metrics: [
      { kind: "method", friendlyName: "Echo", systemName: "echo", rules: [["GET", "/echo/{message}"], ["POST", "/echo$"]] },
      { kind: "method", friendlyName: "Status", systemName: "status", rules: [["GET", "/status$"]] },
      { kind: "method", friendlyName: "Search", systemName: "search", rules: [["GET", "/search?q={query}"]] },
      { kind: "metric", friendlyName: "Data transfer", systemName: "data_transfer", unit: "kb", rules: [] },
    ],
  },
];

/** The demo tenant's catalog; idempotent (a service that exists is left as it is). */
export async function seedDemoCatalog(tx: Executor, tenantId: string): Promise<void> {
  const actor: SystemActor = { kind: "system", tenantId, master: false, name: "demo-seed", onBehalfOf: null };
  let fresh = false;
  for (const demo of DEMO_SERVICES) {
    const [existing] = await tx.select({ id: services.id }).from(services).where(and(eq(services.tenantId, tenantId), eq(services.systemName, demo.systemName)));
    if (existing) continue;
    fresh = true;
    const created = await createService(tx, actor, { name: demo.name, systemName: demo.systemName, description: demo.description, authMode: demo.authMode, ...demo.params });
    if (!created.ok) throw new Error(`demo service ${demo.name}: ${JSON.stringify(created.userErrors)}`);
    for (const m of demo.metrics) {
      const metric = await createMetric(tx, actor, created.service.id, { friendlyName: m.friendlyName, systemName: m.systemName, unit: m.unit }, m.kind);
      if (!metric.ok) throw new Error(`demo metric ${m.systemName}: ${JSON.stringify(metric.userErrors)}`);
      for (const [httpMethod, pattern] of m.rules) {
        const rule = await createMappingRule(tx, actor, created.service.id, { httpMethod, pattern, metricId: metric.metric.id });
        if (!rule.ok) throw new Error(`demo rule ${pattern}: ${JSON.stringify(rule.userErrors)}`);
      }
    }
  }
  // A product retired at setup, so the demo's team has notifications (and held mail) to look at.
  if (fresh) {
    const legacy = await createService(tx, actor, { name: "Legacy SMS API", systemName: "legacy_sms", description: "The old SMS gateway, retired." });
    if (!legacy.ok) throw new Error(`demo service Legacy SMS API: ${JSON.stringify(legacy.userErrors)}`);
    const deleted = await deleteService(tx, actor, legacy.service.id);
    if (!deleted.ok) throw new Error(`demo service Legacy SMS API: ${JSON.stringify(deleted.userErrors)}`);
  }
}
