import { sql } from "drizzle-orm";
import type { Executor } from "./client.js";

/** Who a transaction acts for. Row-level security reads these settings (see tenancy.sql.ts). */
export interface TenantScope {
  tenantId: string | null;
  master: boolean;
}

export const anonymousScope: TenantScope = { tenantId: null, master: false };

/**
 * Runs `fn` in one transaction as the unprivileged application role, scoped to a tenant.
 * Row-level security then limits every statement to that tenant's rows, even one that forgets
 * its `tenant_id` filter. Anything thrown rolls the whole transaction back.
 */
export function inTenantTransaction<T>(db: Executor, scope: TenantScope, fn: (tx: Executor) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    // One round trip: `set_config('role', …, true)` is SET LOCAL ROLE.
    await tx.execute(sql`select set_config('role', 'gatehouse_app', true), ${scopeSettings(scope)}`);
    return fn(tx);
  });
}

/** Changes the scope inside the current transaction (login learns its tenant). */
export async function setTenantScope(tx: Executor, scope: TenantScope): Promise<void> {
  await tx.execute(sql`select ${scopeSettings(scope)}`);
}

/**
 * Runs `fn` with the transaction scoped to `scope` (createTenant writes the new tenant's first
 * admin; a seed writes a demo tenant's rows), then scopes it back to `restoreTo`, the caller's own
 * scope. A throw aborts the request's transaction anyway, so only the normal path restores.
 */
export async function withTenantScope<T>(tx: Executor, scope: TenantScope, restoreTo: TenantScope, fn: () => Promise<T>): Promise<T> {
  await setTenantScope(tx, scope);
  const result = await fn();
  await setTenantScope(tx, restoreTo);
  return result;
}

/** The transaction-local settings the row-level security policies read. */
function scopeSettings(scope: TenantScope) {
  return sql`set_config('app.tenant_id', ${scope.tenantId ?? ""}, true), set_config('app.master', ${scope.master ? "on" : "off"}, true)`;
}
