import {
  deriveServiceSystemName,
  MAX_DESCRIPTION_LENGTH,
  MAX_SERVICE_NAME_LENGTH,
  parameterNameProblem,
  serviceSystemNameProblem,
  systemNameCandidate,
} from "@gatehouse/schema/catalog";
import { and, count, eq, sql } from "drizzle-orm";
import type { Actor } from "../../auth/actor.js";
import type { Executor } from "../../db/client.js";
import { advisoryXactLock } from "../../db/locks.js";
import { rowsByIds } from "../../db/statement.js";
import { userError } from "../../graphql/user-error.js";
import { CatalogErrorCode } from "./catalog.errors.js";
import { type ServiceAuthMode, type ServiceRow, services, type ServiceState } from "./catalog.tables.js";
import { type CatalogError, lockService, notFound, type Outcome } from "./catalog.shared.js";
import { changesOf, emit } from "../events/events.service.js";
import { createHitsMetric } from "./metric.service.js";
import { type ServiceListArgs, serviceListing } from "./service.type.js";
import { ofTenant } from "../../kit/listing.js";

export const servicesByIds = rowsByIds(services);

/** What other modules add to every new service, in its creating transaction (the plans module: its default plans). */
type ServiceSetup = (tx: Executor, actor: Actor, service: ServiceRow) => Promise<void>;
const serviceSetups: ServiceSetup[] = [];
export function registerServiceSetup(setup: ServiceSetup): void {
  serviceSetups.push(setup);
}

/** One of the actor's tenant's services, locked for the rest of the transaction (NO KEY UPDATE), or null. */
export function lockServiceOf(tx: Executor, actor: Actor, serviceId: string | null): Promise<ServiceRow | null> {
  return lockService(tx, actor, serviceId);
}

/**
 * One of the actor's tenant's services, share-locked until the transaction ends (it cannot be deleted
 * while a row that refers to it is written), or null: for other modules' rows of a service.
 */
export async function serviceForUse(tx: Executor, actor: Actor, serviceId: string | null): Promise<ServiceRow | null> {
  if (!serviceId) return null;
  const [row] = await tx
    .select()
    .from(services)
    .where(and(eq(services.id, serviceId), eq(services.tenantId, actor.tenantId)))
    .for("key share");
  return row ?? null;
}

export function listServices(tx: Executor, actor: Actor, args: ServiceListArgs) {
  return serviceListing.list(tx, args, ofTenant(services.tenantId, actor.tenantId));
}

export interface ServiceSettings {
  name?: string | null;
  description?: string | null;
  authMode?: ServiceAuthMode | null;
  userKeyParameter?: string | null;
  appIdParameter?: string | null;
  appKeyParameter?: string | null;
  customKeysAllowed?: boolean | null;
  emailDevelopersOnUsageAlerts?: boolean | null;
  state?: ServiceState | null;
}

/** Checks the settings given and returns them ready to write (trimmed; an empty description clears it). */
function checkSettings(input: ServiceSettings, errors: CatalogError[]): Partial<ServiceRow> {
  const values: Partial<ServiceRow> = {};
  if (input.name != null) {
    const name = input.name.trim();
    if (!name) errors.push(userError(CatalogErrorCode.BLANK, "Give the service a name.", ["input", "name"]));
    else if (name.length > MAX_SERVICE_NAME_LENGTH) errors.push(userError(CatalogErrorCode.TOO_LONG, `Use at most ${MAX_SERVICE_NAME_LENGTH} characters.`, ["input", "name"]));
    values.name = name;
  }
  if (input.description != null) {
    const description = input.description.trim();
    if (description.length > MAX_DESCRIPTION_LENGTH) {
      errors.push(userError(CatalogErrorCode.TOO_LONG, `Use at most ${MAX_DESCRIPTION_LENGTH} characters.`, ["input", "description"]));
    }
    values.description = description || null;
  }
  for (const key of ["userKeyParameter", "appIdParameter", "appKeyParameter"] as const) {
    const value = input[key];
    if (value == null) continue;
    const problem = parameterNameProblem(value.trim());
    if (problem) errors.push(userError(value.trim() ? CatalogErrorCode.INVALID : CatalogErrorCode.BLANK, problem, ["input", key]));
    values[key] = value.trim();
  }
  if (input.authMode != null) values.authMode = input.authMode;
  if (input.customKeysAllowed != null) values.customKeysAllowed = input.customKeysAllowed;
  if (input.emailDevelopersOnUsageAlerts != null) values.emailDevelopersOnUsageAlerts = input.emailDevelopersOnUsageAlerts;
  if (input.state != null) values.state = input.state;
  return values;
}

export interface CreateServiceData extends ServiceSettings {
  name: string;
  systemName?: string | null;
}

/**
 * Creates a service with its built-in metric `hits`. A derived system name that is taken gets a
 * numeric suffix; a given one is reported.
 */
export async function createService(tx: Executor, actor: Actor, input: CreateServiceData): Promise<Outcome<{ service: ServiceRow }>> {
  const errors: CatalogError[] = [];
  const values = checkSettings({ ...input, state: null }, errors);
  const given = input.systemName?.trim() || null;
  const base = given ?? deriveServiceSystemName(values.name ?? "");
  if (given) {
    const problem = serviceSystemNameProblem(given);
    if (problem) errors.push(userError(CatalogErrorCode.INVALID, problem, ["input", "systemName"]));
  } else if (values.name && !base) {
    errors.push(userError(CatalogErrorCode.INVALID, "The name has no letters or digits to derive a system name from; give one.", ["input", "systemName"]));
  }
  if (errors.length) return { ok: false, userErrors: errors };
  let service: ServiceRow | undefined;
  for (let attempt = 1; attempt <= (given ? 1 : 50) && !service; attempt++) {
    [service] = await tx
      .insert(services)
      .values({ ...values, name: values.name!, tenantId: actor.tenantId, systemName: given ?? systemNameCandidate(base, attempt) })
      .onConflictDoNothing()
      .returning();
  }
  if (!service) return { ok: false, userErrors: [userError(CatalogErrorCode.TAKEN, `Another service has the system name "${base}".`, ["input", "systemName"])] };
  await createHitsMetric(tx, service);
  await emit(tx, actor, { type: "service", action: "created", target: serviceTarget(service), summary: `Created the service "${service.name}".` });
  for (const setup of serviceSetups) await setup(tx, actor, service);
  return { ok: true, service };
}

export async function updateService(
  tx: Executor,
  actor: Actor,
  serviceId: string | null,
  input: ServiceSettings,
): Promise<Outcome<{ service: ServiceRow }>> {
  const current = await lockService(tx, actor, serviceId);
  if (!current) return { ok: false, userErrors: [notFound("service", ["input", "id"])] };
  const errors: CatalogError[] = [];
  const values = checkSettings(input, errors);
  if (errors.length) return { ok: false, userErrors: errors };
  if (Object.keys(values).length === 0) return { ok: true, service: current };
  const [service] = await tx
    .update(services)
    .set({ ...values, updatedAt: sql`clock_timestamp()` })
    .where(eq(services.id, current.id))
    .returning();
  const changes = changesOf(current, service!, SERVICE_FIELDS);
  if (changes.length) {
    await emit(tx, actor, { type: "service", action: "updated", target: serviceTarget(service!), summary: `Changed the service "${service!.name}".`, changes });
  }
  return { ok: true, service: service! };
}

/** The settings an update may change, as the API names them. */
const SERVICE_FIELDS = ["name", "description", "authMode", "userKeyParameter", "appIdParameter", "appKeyParameter", "customKeysAllowed", "emailDevelopersOnUsageAlerts", "state"] as const;

const serviceTarget = (service: ServiceRow) => ({ type: "Service", id: service.id, name: service.name });

/**
 * Deletes a service and everything that belongs to it (metrics, mapping rules, and — through their
 * foreign keys — plans, applications and subscriptions as those modules add them), in the caller's
 * transaction. The tenant's last service stays: deletions in one tenant take turns (a transaction-level
 * advisory lock on the tenant), so two at once cannot remove the last two; only the deleted service's row
 * is locked, so writes to the tenant's other services go on.
 */
export async function deleteService(tx: Executor, actor: Actor, serviceId: string | null): Promise<Outcome<{ service: ServiceRow }>> {
  await advisoryXactLock(tx, `gatehouse:delete-service:${actor.tenantId}`);
  const service = await lockService(tx, actor, serviceId);
  if (!service) return { ok: false, userErrors: [notFound("service", ["input", "id"])] };
  const [{ n } = { n: 0 }] = await tx.select({ n: count() }).from(services).where(eq(services.tenantId, actor.tenantId));
  if (n <= 1) {
    return { ok: false, userErrors: [userError(CatalogErrorCode.LAST_SERVICE, "This is the tenant's only service; create another before deleting it.", ["input", "id"])] };
  }
  await tx.delete(services).where(eq(services.id, service.id));
  await emit(tx, actor, {
    type: "service",
    action: "deleted",
    target: serviceTarget(service),
    summary: `Deleted the service "${service.name}" with its metrics, mapping rules and plans.`,
    notify: {
      type: "SERVICE_DELETED",
      serviceId: service.id,
      summary: `The product "${service.name}" was deleted${actor.kind === "user" && actor.email ? ` by ${actor.email}` : ""}, with its metrics, mapping rules and plans.`,
    },
  });
  return { ok: true, service };
}

/** The service every new tenant starts with (porta's default "API"), so it always has one to sell. */
export async function createDefaultService(tx: Executor, actor: Actor): Promise<ServiceRow> {
  const result = await createService(tx, actor, { name: "API", systemName: "api", description: "The tenant's first API." });
  if (!result.ok) throw new Error(`default service: ${result.userErrors.map((e) => e.message).join("; ")}`);
  return result.service;
}
