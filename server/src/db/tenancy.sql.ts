import { sql } from "drizzle-orm";
import { pgPolicy, pgRole } from "drizzle-orm/pg-core";

/**
 * The role every request runs as. It is not a superuser and does not own the tables, so the
 * row-level security policies below apply to it (the owner and superusers bypass them).
 * Created, with the policy helper functions, by the first (hand-written) migration.
 */
export const appRole = pgRole("gatehouse_app").existing();

/** The tenant of the current transaction, set with `set_config('app.tenant_id', …, true)`. */
export const currentTenant = sql`gatehouse_current_tenant()`;
/** True when the current transaction acts for the master (the operator). */
export const isMaster = sql`gatehouse_is_master()`;

/** Rows of a tenant-owned table are visible to, and writable by, their tenant only. */
export function tenantIsolation(tenantColumn: string) {
  const own = sql.raw(`${tenantColumn} = gatehouse_current_tenant()`);
  return pgPolicy("tenant_isolation", { as: "permissive", to: appRole, for: "all", using: own, withCheck: own });
}

/** Rows the master may also see and write (it creates tenants and their first admin). */
export function tenantIsolationOrMaster(tenantColumn: string) {
  const rule = sql.raw(`${tenantColumn} = gatehouse_current_tenant() or gatehouse_is_master()`);
  return pgPolicy("tenant_isolation", { as: "permissive", to: appRole, for: "all", using: rule, withCheck: rule });
}
