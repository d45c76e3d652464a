import { withTenantScope } from "../../db/tenancy.js";
import { defineModule } from "../../kit/module.js";
import { AnalyticsResolver } from "./analytics.resolver.js";
import { ServiceTokenResolver } from "./service-token.resolver.js";
import { UsageAlertResolver } from "./usage-alert.resolver.js";
import { pruneMinuteCounters } from "./usage-recorder.js";
import { usageEndpoint } from "./usage-endpoint.js";
import { createUsageLoaders } from "./usage.loaders.js";
import { seedDemoUsage } from "./usage.seed.js";

/**
 * Usage: the endpoint gateways call on every API request (authorize, authrep, report) with its service
 * tokens, the counters limits are checked against, and the rollups analytics read
 * (docs/decisions/0006-usage-counting.md).
 */
export const usageModule = defineModule({
  name: "usage",
  resolvers: [ServiceTokenResolver, UsageAlertResolver, AnalyticsResolver],
  loaders: { usage: createUsageLoaders },
  nodes: {
    ServiceToken: (ctx, id) => ctx.loaders.usage.serviceTokenById.load(id),
    UsageAlert: (ctx, id) => ctx.loaders.usage.usageAlertById.load(id),
  },
  typeAccess: {
    // Gateway credentials: admins only, never members.
    ServiceToken: { admin: true, scope: "ACCOUNT_MANAGEMENT" },
    UsageAlert: { scope: "ANALYTICS" },
  },
  background: () => ({ tasks: [pruneMinuteCounters] }),
  http: usageEndpoint,
  async seedDemo(seed) {
    const acme = seed.acmeTenantId;
    if (!acme) return;
    await withTenantScope(seed.tx, { tenantId: acme, master: false }, seed.scope, () => seedDemoUsage(seed.tx, acme));
  },
});
