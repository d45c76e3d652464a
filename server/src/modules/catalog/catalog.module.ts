import { withTenantScope } from "../../db/tenancy.js";
import { defineModule } from "../../kit/module.js";
import { createCatalogLoaders } from "./catalog.loaders.js";
import { MappingRuleResolver, MetricResolver, ServiceResolver } from "./catalog.resolver.js";
import { seedDemoCatalog } from "./catalog.seed.js";
import { createDefaultService } from "./service.service.js";
import { registerTenantSetup } from "../tenants/tenant.service.js";

// Every new tenant sells at least one service from the start.
registerTenantSetup((tx, actor) => createDefaultService(tx, actor).then(() => undefined));

/** Services (products), their metrics and methods, and the mapping rules that count requests. */
export const catalogModule = defineModule({
  name: "catalog",
  resolvers: [ServiceResolver, MetricResolver, MappingRuleResolver],
  loaders: { catalog: createCatalogLoaders },
  nodes: {
    Service: (ctx, id) => ctx.loaders.catalog.serviceById.load(id),
    Metric: (ctx, id) => ctx.loaders.catalog.metricById.load(id),
    MappingRule: (ctx, id) => ctx.loaders.catalog.mappingRuleById.load(id),
  },
  typeAccess: {
    Service: { scope: "ACCOUNT_MANAGEMENT" },
    Metric: { scope: "ACCOUNT_MANAGEMENT" },
    MappingRule: { scope: "ACCOUNT_MANAGEMENT" },
  },
  async seedDemo(seed) {
    const acme = seed.acmeTenantId;
    if (!acme) return;
    await withTenantScope(seed.tx, { tenantId: acme, master: false }, seed.scope, () => seedDemoCatalog(seed.tx, acme));
  },
});
