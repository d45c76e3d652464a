import { setTenantScope } from "../../db/tenancy.js";
import type { GatehouseModule } from "../module.js";
import { TenantResolver } from "./tenant.resolver.js";
import { createTenant, findTenantBySubdomain } from "./tenant.service.js";

export const DEMO_TENANT = { name: "Acme API", subdomain: "acme", adminEmail: "admin@acme.test", adminPassword: "acme-admin-2026" };

export const tenantsModule: GatehouseModule = {
  name: "tenants",
  resolvers: [TenantResolver],
  nodes: {
    // Row-level security limits a tenant to its own row; the master sees all.
    Tenant: (ctx, id) => ctx.loaders.tenants.tenantById.load(id),
  },
  async seedDemo(seed) {
    await setTenantScope(seed.tx, { tenantId: null, master: true });
    const existing = await findTenantBySubdomain(seed.tx, DEMO_TENANT.subdomain);
    if (existing) {
      seed.acmeTenantId = existing.id;
    } else {
      const result = await createTenant(seed.tx, DEMO_TENANT, { tenantId: null, master: true });
      if (!result.ok) throw new Error(`Demo tenant: ${result.userErrors.map((e) => e.message).join("; ")}`);
      seed.acmeTenantId = result.tenant.id;
    }
    await setTenantScope(seed.tx, seed.scope);
    seed.logins.push({ tenant: DEMO_TENANT.subdomain, email: DEMO_TENANT.adminEmail, password: DEMO_TENANT.adminPassword, role: "ADMIN" });
  },
};
