import { withTenantScope } from "../../db/tenancy.js";
import { defineModule } from "../../kit/module.js";
import { createTenantLoaders } from "./tenant.loaders.js";
import { TenantResolver } from "./tenant.resolver.js";
import { createTenant, findTenantBySubdomain } from "./tenant.service.js";

export const DEMO_TENANT = { name: "Acme API", subdomain: "acme", adminEmail: "admin@acme.test", adminPassword: "acme-admin-2026" };

/** API providers (tenants) and the master tenant of the operator. */
export const tenantsModule = defineModule({
  name: "tenants",
  resolvers: [TenantResolver],
  loaders: { tenants: createTenantLoaders },
  nodes: {
    // Row-level security limits a tenant to its own row; the master sees all.
    Tenant: (ctx, id) => ctx.loaders.tenants.tenantById.load(id),
  },
  typeAccess: { Tenant: { scope: "ACCOUNT_MANAGEMENT" } },
  async seedDemo(seed) {
    const master = { tenantId: null, master: true };
    seed.acmeTenantId = await withTenantScope(seed.tx, master, seed.scope, async () => {
      const existing = await findTenantBySubdomain(seed.tx, DEMO_TENANT.subdomain);
      if (existing) return existing.id;
      const result = await createTenant(seed.tx, DEMO_TENANT, master);
      if (!result.ok) throw new Error(`Demo tenant: ${result.userErrors.map((e) => e.message).join("; ")}`);
      return result.tenant.id;
    });
    seed.logins.push({ tenant: DEMO_TENANT.subdomain, email: DEMO_TENANT.adminEmail, password: DEMO_TENANT.adminPassword, role: "ADMIN" });
  },
});
