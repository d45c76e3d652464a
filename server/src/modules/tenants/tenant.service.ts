import { MAX_TENANT_NAME_LENGTH } from "@gatehouse/schema/lengths";
import { deriveSubdomain, derivedSubdomainCandidate, subdomainProblem } from "@gatehouse/schema/subdomain";
import { count, eq, ilike, inArray, or } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { escapeLike } from "../../db/like.js";
import { setTenantScope, type TenantScope } from "../../db/tenancy.js";
import { type ConnectionArgs, type KeysetOrder, OrderDirection, paginate } from "../../graphql/connection.js";
import { userError } from "../../graphql/user-error.js";
import * as team from "../team/user.service.js";
import type { UserRow } from "../team/team.tables.js";
import { TenantErrorCode } from "./tenant.errors.js";
import { type TenantRow, tenants } from "./tenants.tables.js";

export async function tenantsByIds(tx: Executor, ids: readonly string[]): Promise<TenantRow[]> {
  if (ids.length === 0) return [];
  return tx.select().from(tenants).where(inArray(tenants.id, [...ids]));
}

export interface TenantListOptions {
  search?: string | null;
  order?: { field: "CREATED_AT" | "NAME"; direction: OrderDirection } | null;
}

function tenantOrder(field: "CREATED_AT" | "NAME", direction: OrderDirection): KeysetOrder<TenantRow> {
  return field === "NAME"
    ? { key: field, column: tenants.name, sqlType: "text", value: (t) => t.name, direction }
    : { key: field, column: tenants.createdAt, sqlType: "timestamptz", value: (t) => t.createdAt, direction };
}

/** Every tenant (the master's view; row-level security limits others to their own). */
export function listTenants(tx: Executor, args: ConnectionArgs, options: TenantListOptions = {}) {
  const search = options.search?.trim();
  const where = search
    ? or(ilike(tenants.name, `%${escapeLike(search)}%`), ilike(tenants.subdomain, `%${escapeLike(search)}%`))
    : undefined;
  const order = options.order ?? { field: "CREATED_AT", direction: OrderDirection.DESC };
  return paginate<TenantRow>({
    args,
    order: tenantOrder(order.field, order.direction),
    idColumn: tenants.id,
    id: (t) => t.id,
    where,
    fetch: (w, orderBy, limit) =>
      tx
        .select()
        .from(tenants)
        .where(w)
        .orderBy(...orderBy)
        .limit(limit),
    count: async (w) => (await tx.select({ n: count() }).from(tenants).where(w))[0]?.n ?? 0,
  });
}

export interface CreateTenantData {
  name: string;
  subdomain?: string | null;
  adminEmail: string;
  adminPassword?: string | null;
}

type TenantError = ReturnType<typeof userError<TenantErrorCode>>;
export type CreateTenantResult =
  | { ok: true; tenant: TenantRow; admin: UserRow; generatedAdminPassword: string | null }
  | { ok: false; userErrors: TenantError[] };

/**
 * Creates a tenant with its first admin, in the caller's transaction (the master's, or the
 * bootstrap's). A derived subdomain that is taken gets a numeric suffix; a given one is reported.
 */
export async function createTenant(tx: Executor, input: CreateTenantData, scope: TenantScope): Promise<CreateTenantResult> {
  const errors: TenantError[] = [];
  const name = input.name.trim();
  if (!name) errors.push(userError(TenantErrorCode.BLANK, "Give the tenant a name.", ["input", "name"]));
  else if (name.length > MAX_TENANT_NAME_LENGTH) {
    errors.push(userError(TenantErrorCode.TOO_LONG, `Use at most ${MAX_TENANT_NAME_LENGTH} characters.`, ["input", "name"]));
  }
  const given = input.subdomain?.trim().toLowerCase() || null;
  const base = given ?? deriveSubdomain(name);
  if (given) {
    const problem = subdomainProblem(given);
    if (problem) errors.push(userError(TenantErrorCode.INVALID, problem, ["input", "subdomain"]));
  } else if (name && !base) {
    errors.push(userError(TenantErrorCode.INVALID, "The name has no letters or digits to derive a subdomain from; give one.", ["input", "subdomain"]));
  }
  const password = input.adminPassword ?? null;
  const passwordProblem = password === null ? null : team.passwordProblem(password);
  if (passwordProblem) errors.push(userError(TenantErrorCode.WEAK_PASSWORD, passwordProblem, ["input", "adminPassword"]));
  if (errors.length) return { ok: false, userErrors: errors };

  const tenant = await insertWithFreeSubdomain(tx, name, base, given === null);
  if (!tenant) return { ok: false, userErrors: [userError(TenantErrorCode.TAKEN, `The subdomain "${base}" is taken.`, ["input", "subdomain"])] };

  const generated = password === null ? team.generatePassword() : null;
  // The first admin belongs to the new tenant: write it in that tenant's scope.
  await setTenantScope(tx, { tenantId: tenant.id, master: scope.master });
  const admin = await team.createUser(tx, { tenantId: tenant.id, email: input.adminEmail, password: password ?? generated!, role: "ADMIN" });
  await setTenantScope(tx, scope);
  if (!admin) throw new Error("A new tenant cannot already have a user with that email.");
  return { ok: true, tenant, admin, generatedAdminPassword: generated };
}

async function insertWithFreeSubdomain(
  tx: Executor,
  name: string,
  base: string,
  derived: boolean,
): Promise<TenantRow | null> {
  for (let attempt = 1; attempt <= (derived ? 50 : 1); attempt++) {
    const subdomain = derived ? derivedSubdomainCandidate(base, attempt) : base;
    const [row] = await tx.insert(tenants).values({ name, subdomain }).onConflictDoNothing().returning();
    if (row) return row;
  }
  return null;
}

export async function findMasterTenant(tx: Executor): Promise<TenantRow | null> {
  const [row] = await tx.select().from(tenants).where(eq(tenants.isMaster, true));
  return row ?? null;
}

export async function findTenantBySubdomain(tx: Executor, subdomain: string): Promise<TenantRow | null> {
  const [row] = await tx.select().from(tenants).where(eq(tenants.subdomain, subdomain));
  return row ?? null;
}

/**
 * First start: the master tenant and its admin (GATEHOUSE_MASTER_EMAIL / _PASSWORD, or a generated
 * password returned to be printed once). Does nothing when the master exists.
 */
export async function ensureMasterTenant(
  tx: Executor,
  admin: { email: string; password: string | undefined },
): Promise<{ created: boolean; generatedPassword: string | null }> {
  if (await findMasterTenant(tx)) return { created: false, generatedPassword: null };
  const [master] = await tx.insert(tenants).values({ name: "Master", subdomain: "master", isMaster: true }).returning();
  const generated = admin.password ? null : team.generatePassword();
  await setTenantScope(tx, { tenantId: master!.id, master: true });
  await team.createUser(tx, { tenantId: master!.id, email: admin.email, password: admin.password ?? generated!, role: "ADMIN" });
  return { created: true, generatedPassword: generated };
}
