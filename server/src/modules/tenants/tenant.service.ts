import { MAX_TENANT_NAME_LENGTH } from "@gatehouse/schema/lengths";
import { canonicalTimeZone } from "@gatehouse/schema/time-zones";
import { deriveSubdomain, derivedSubdomainCandidate, subdomainProblem } from "@gatehouse/schema/subdomain";
import { eq } from "drizzle-orm";
import type { Actor, SystemActor } from "../../auth/actor.js";
import { generatePassword, passwordProblem } from "../../auth/password.js";
import { rowsByIds } from "../../db/statement.js";
import type { Executor } from "../../db/client.js";
import { type TenantScope, withTenantScope } from "../../db/tenancy.js";
import { userError } from "../../graphql/user-error.js";
import type { ListSelection } from "../../kit/listing.js";
import type { UserRow } from "../team/team.tables.js";
import * as team from "../team/user.service.js";
import { TenantErrorCode } from "./tenant.errors.js";
import { type TenantListArgs, tenantListing } from "./tenant.type.js";
import { type TenantRow, tenants } from "./tenants.tables.js";
import { emit } from "../events/events.service.js";

export const tenantsByIds = rowsByIds(tenants);

/**
 * What other modules give every new tenant, in its creating transaction and scope (the catalog: its
 * first service; the plans module: its default account plan). Registered by those modules' declarations.
 */
type TenantSetup = (tx: Executor, actor: SystemActor) => Promise<void>;
const tenantSetups: TenantSetup[] = [];
export function registerTenantSetup(setup: TenantSetup): void {
  tenantSetups.push(setup);
}

/**
 * Every tenant (the master's view; row-level security limits others to their own). Given the field's
 * selection, the users of each tenant come in the same statement when the query asks for them.
 */
export function listTenants(tx: Executor, args: TenantListArgs, selection?: ListSelection) {
  return tenantListing.list(tx, args, undefined, selection);
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

/** A tenant's name, trimmed; null (and the problem in `errors`) when it is blank or too long. */
function checkName(value: string, errors: TenantError[]): string | null {
  const name = value.trim();
  if (!name) errors.push(userError(TenantErrorCode.BLANK, "Give the tenant a name.", ["input", "name"]));
  else if (name.length > MAX_TENANT_NAME_LENGTH) errors.push(userError(TenantErrorCode.TOO_LONG, `Use at most ${MAX_TENANT_NAME_LENGTH} characters.`, ["input", "name"]));
  else return name;
  return null;
}

/**
 * Creates a tenant with its first admin, in the caller's transaction (the master's, or the
 * bootstrap's). A derived subdomain that is taken gets a numeric suffix; a given one is reported.
 */
export async function createTenant(tx: Executor, input: CreateTenantData, scope: TenantScope, by: Actor | null = null): Promise<CreateTenantResult> {
  const errors: TenantError[] = [];
  const name = input.name.trim();
  checkName(name, errors);
  const given = input.subdomain?.trim().toLowerCase() || null;
  const base = given ?? deriveSubdomain(name);
  if (given) {
    const problem = subdomainProblem(given);
    if (problem) errors.push(userError(TenantErrorCode.INVALID, problem, ["input", "subdomain"]));
  } else if (name && !base) {
    errors.push(userError(TenantErrorCode.INVALID, "The name has no letters or digits to derive a subdomain from; give one.", ["input", "subdomain"]));
  }
  const password = input.adminPassword ?? null;
  const weakPassword = password === null ? null : passwordProblem(password);
  if (weakPassword) errors.push(userError(TenantErrorCode.WEAK_PASSWORD, weakPassword, ["input", "adminPassword"]));
  if (errors.length) return { ok: false, userErrors: errors };

  const tenant = await insertWithFreeSubdomain(tx, name, base, given === null);
  if (!tenant) return { ok: false, userErrors: [userError(TenantErrorCode.TAKEN, `The subdomain "${base}" is taken.`, ["input", "subdomain"])] };

  const generated = password === null ? generatePassword() : null;
  // The first admin and the first service belong to the new tenant: write them in that tenant's scope.
  const admin = await withTenantScope(tx, { tenantId: tenant.id, master: scope.master }, scope, async () => {
    const user = await team.createUser(tx, { tenantId: tenant.id, email: input.adminEmail, password: password ?? generated!, role: "ADMIN" });
    const actor: SystemActor = { kind: "system", tenantId: tenant.id, master: false, name: "tenant setup", onBehalfOf: null };
    if (user) {
      await emit(tx, actor, {
        type: "tenant",
        action: "created",
        target: { type: "Tenant", id: tenant.id, name: tenant.name },
        summary: `The tenant "${tenant.name}" (${tenant.subdomain}) was created${by ? "" : " at setup"}, with its first admin ${user.email}.`,
      });
    }
    for (const setup of tenantSetups) await setup(tx, actor);
    return user;
  });
  if (!admin) throw new Error("A new tenant cannot already have a user with that email.");
  // The operator's own log shows it too, with who did it.
  if (by) await emit(tx, by, { type: "tenant", action: "created", target: { type: "Tenant", id: tenant.id, name: tenant.name }, summary: `Created the tenant "${tenant.name}" (${tenant.subdomain}).` });
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
  const generated = admin.password ? null : generatePassword();
  await withTenantScope(tx, { tenantId: master!.id, master: true }, { tenantId: null, master: true }, () =>
    team.createUser(tx, { tenantId: master!.id, email: admin.email, password: admin.password ?? generated!, role: "ADMIN" }),
  );
  return { created: true, generatedPassword: generated };
}

export interface TenantSettingsChanges {
  name?: string | null;
  timeZone?: string | null;
}

/** Changes the caller's own tenant: its name and time zone (admins). A time zone is stored canonically spelled. */
export async function updateTenantSettings(
  tx: Executor,
  actor: Actor,
  input: TenantSettingsChanges,
): Promise<{ ok: true; tenant: TenantRow } | { ok: false; userErrors: TenantError[] }> {
  const errors: TenantError[] = [];
  const changes: Partial<Pick<TenantRow, "name" | "timeZone">> = {};
  if (input.name != null) {
    const name = checkName(input.name, errors);
    if (name) changes.name = name;
  }
  if (input.timeZone != null) {
    const zone = canonicalTimeZone(input.timeZone.trim());
    if (!zone) errors.push(userError(TenantErrorCode.INVALID, `"${input.timeZone.slice(0, 64)}" is not a time zone; use an IANA name such as Europe/Madrid, or UTC.`, ["input", "timeZone"]));
    else changes.timeZone = zone;
  }
  if (errors.length) return { ok: false, userErrors: errors };
  const [before] = await tx.select().from(tenants).where(eq(tenants.id, actor.tenantId));
  if (!before) throw new Error("The caller's tenant does not exist.");
  const changed = (Object.keys(changes) as (keyof typeof changes)[]).filter((key) => changes[key] !== before[key]);
  if (changed.length === 0) return { ok: true, tenant: before };
  const [tenant] = await tx.update(tenants).set(changes).where(eq(tenants.id, actor.tenantId)).returning();
  const said = changed.map((key) => (key === "name" ? `the name to "${tenant!.name}"` : `the time zone to ${tenant!.timeZone}`));
  await emit(tx, actor, {
    type: "tenant",
    action: "updated",
    target: { type: "Tenant", id: tenant!.id, name: tenant!.name },
    summary: `Changed ${said.join(" and ")}.`,
    changes: changed.map((field) => ({ field, from: before[field], to: tenant![field] })),
  });
  return { ok: true, tenant: tenant! };
}
