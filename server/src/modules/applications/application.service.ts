import {
  APPLICATION_ACTIONS,
  type ApplicationAction,
  keyProblem,
  MAX_APP_KEYS,
  MAX_APPLICATION_DESCRIPTION_LENGTH,
  MAX_APPLICATION_NAME_LENGTH,
  redirectUrlProblem,
  transition,
  transitionRefusal,
  trialEnd,
} from "@gatehouse/schema/applications";
import { randomBytes } from "node:crypto";
import { and, asc, count, eq, inArray, or, sql } from "drizzle-orm";
import type { Actor } from "../../auth/actor.js";
import type { Executor } from "../../db/client.js";
import { rowsByIds } from "../../db/statement.js";
import { toGlobalId } from "../../graphql/node.js";
import { codeIn, userError } from "../../graphql/user-error.js";
import { allOrNothing } from "../../kit/all-or-nothing.js";
import { accountForUse, accountsByIds, registerAccountSearch } from "../accounts/account.service.js";
import type { AccountRow } from "../accounts/accounts.tables.js";
import type { ServiceRow } from "../catalog/catalog.tables.js";
import { serviceForUse, servicesByIds } from "../catalog/service.service.js";
import { changesOf, emit } from "../events/events.service.js";
import { customPlanFor, defaultPlanFor, deletePlan, planForUse, plansByIds } from "../plans/plan.service.js";
import type { PlanRow } from "../plans/plans.tables.js";
import { ApplicationErrorCode } from "./applications.errors.js";
import { type ApplicationKeyRow, applicationKeys, type ApplicationRow, applications, type ApplicationState } from "./applications.tables.js";
import { type ApplicationListArgs, applicationListing } from "./application.type.js";
import { type ApplicationError, notFound, type Outcome, subscribe, subscriptionOf } from "./subscription.service.js";
import { ofTenant } from "../../kit/listing.js";

export const applicationsByIds = rowsByIds(applications);
export const applicationKeysByIds = rowsByIds(applicationKeys);

// An account is found by an application's user key, app ID or client ID (003 §10.1): exact values.
registerAccountSearch((text) => sql`select ${applications.accountId} from ${applications} where ${or(eq(applications.userKey, text), eq(applications.appId, text))}`);

export function listApplications(tx: Executor, actor: Actor, args: ApplicationListArgs) {
  return applicationListing.list(tx, args, ofTenant(applications.tenantId, actor.tenantId));
}

/** `applications` of many accounts at once (Account.applications in a page of accounts), batched per request. */
export function applicationsOfAccountsLoader(tx: Executor) {
  return applicationListing.nested(tx, applications.accountId);
}

export async function keysOfApplications(tx: Executor, applicationIds: readonly string[]): Promise<ApplicationKeyRow[]> {
  return tx
    .select()
    .from(applicationKeys)
    .where(inArray(applicationKeys.applicationId, [...applicationIds]))
    .orderBy(asc(applicationKeys.createdAt), asc(applicationKeys.id));
}

/** A fresh random credential: 32 hex characters (user keys, app keys, client secrets). */
export const generateKey = () => randomBytes(16).toString("hex");
/** A fresh application ID: 16 hex characters. */
export const generateAppId = () => randomBytes(8).toString("hex");

const applicationTarget = (app: ApplicationRow) => ({ type: "Application", id: app.id, name: app.name });

/** The application as the API returns it, for webhooks: identifiers, never app keys or the client secret. */
export function applicationObject(app: ApplicationRow): Record<string, unknown> {
  return {
    id: toGlobalId("Application", app.id),
    name: app.name,
    description: app.description,
    state: app.state,
    account: { id: toGlobalId("Account", app.accountId) },
    service: { id: toGlobalId("Service", app.serviceId) },
    plan: { id: toGlobalId("Plan", app.planId) },
    userKey: app.userKey,
    appId: app.appId,
    trialEndsAt: app.trialEndsAt?.toISOString() ?? null,
    createdAt: app.createdAt.toISOString(),
    updatedAt: app.updatedAt.toISOString(),
  };
}

function checkDetails(input: { name?: string | null; description?: string | null; redirectUrl?: string | null }, errors: ApplicationError[]) {
  const values: Partial<Pick<ApplicationRow, "name" | "description" | "redirectUrl">> = {};
  if (input.name != null) {
    const name = input.name.trim();
    if (!name) errors.push(userError(ApplicationErrorCode.BLANK, "Give the application a name.", ["input", "name"]));
    else if (name.length > MAX_APPLICATION_NAME_LENGTH) errors.push(userError(ApplicationErrorCode.TOO_LONG, `Use at most ${MAX_APPLICATION_NAME_LENGTH} characters.`, ["input", "name"]));
    values.name = name;
  }
  if (input.description != null) {
    const description = input.description.trim();
    if (description.length > MAX_APPLICATION_DESCRIPTION_LENGTH) {
      errors.push(userError(ApplicationErrorCode.TOO_LONG, `Use at most ${MAX_APPLICATION_DESCRIPTION_LENGTH} characters.`, ["input", "description"]));
    }
    values.description = description || null;
  }
  if (input.redirectUrl != null) {
    const url = input.redirectUrl.trim();
    const problem = url ? redirectUrlProblem(url) : null;
    if (problem) errors.push(userError(url.length > 2000 ? ApplicationErrorCode.TOO_LONG : ApplicationErrorCode.INVALID, problem, ["input", "redirectUrl"]));
    values.redirectUrl = url || null;
  }
  return values;
}

// ── creating ─────────────────────────────────────────────────────────────────────────────

export interface CreateApplicationData {
  accountId: string | null;
  serviceId: string | null;
  /** The application plan's row ID; undefined for the service's default, null for an ID that names no plan. */
  planId?: string | null;
  name: string;
  description?: string | null;
  redirectUrl?: string | null;
  /** A custom user key, when the service allows custom keys. */
  userKey?: string | null;
}

/**
 * Creates an application for an account on an application plan of a service, subscribing the account
 * to the service on its default service plan first if it is not yet. PENDING when the plan requires
 * approval, else LIVE; its trial ends after the plan's trial days. It gets a user key, an app ID, a
 * client secret and one app key; all or nothing.
 */
export function createApplication(
  tx: Executor,
  actor: Actor,
  input: CreateApplicationData,
  options: { developerAction?: boolean } = {},
): Promise<Outcome<{ application: ApplicationRow }>> {
  return allOrNothing(tx, async (tx) => {
    const account = await accountForUse(tx, actor, input.accountId);
    const service = await serviceForUse(tx, actor, input.serviceId);
    const errors: ApplicationError[] = [...(account ? [] : [notFound("account", ["input", "accountId"])]), ...(service ? [] : [notFound("product", ["input", "serviceId"])])];
    const details = checkDetails(input, errors);
    const customKey = input.userKey?.trim() || null;
    if (customKey && service) {
      if (!service.customKeysAllowed) errors.push(userError(ApplicationErrorCode.CUSTOM_KEYS_NOT_ALLOWED, `"${service.name}" does not allow custom keys.`, ["input", "userKey"]));
      else if (keyProblem(customKey)) errors.push(userError(ApplicationErrorCode.INVALID, keyProblem(customKey)!, ["input", "userKey"]));
    }
    if (errors.length) return { ok: false, userErrors: errors };
    const plan =
      input.planId === undefined ? await defaultPlanFor(tx, actor, "APPLICATION", service!.id) : await planForUse(tx, actor, input.planId, "APPLICATION", service!.id);
    if (!plan) {
      return {
        ok: false,
        userErrors: [
          input.planId === undefined
            ? userError(ApplicationErrorCode.NO_DEFAULT_PLAN, `The product "${service!.name}" has no default application plan; choose one.`, ["input", "planId"])
            : userError(ApplicationErrorCode.WRONG_PLAN, `No such application plan of the product "${service!.name}".`, ["input", "planId"]),
        ],
      };
    }
    if (!(await subscriptionOf(tx, account!.id, service!.id))) {
      const subscribed = await subscribe(tx, actor, account!, service!, undefined, ["input", "serviceId"]);
      if (!subscribed.ok) return subscribed;
    }
    return insertApplication(tx, actor, account!, service!, plan, { ...details, name: details.name! }, customKey, options.developerAction === true);
  });
}

async function insertApplication(
  tx: Executor,
  actor: Actor,
  account: AccountRow,
  service: ServiceRow,
  plan: PlanRow,
  details: { name: string; description?: string | null; redirectUrl?: string | null },
  customKey: string | null,
  developerAction: boolean,
): Promise<Outcome<{ application: ApplicationRow }>> {
  let application: ApplicationRow | undefined;
  // A generated user key or app ID that is taken (one in 2^64) is drawn again; a custom one is reported.
  for (let attempt = 1; attempt <= (customKey ? 1 : 5) && !application; attempt++) {
    [application] = await tx
      .insert(applications)
      .values({
        tenantId: actor.tenantId,
        accountId: account.id,
        serviceId: service.id,
        planId: plan.id,
        name: details.name,
        description: details.description ?? null,
        redirectUrl: details.redirectUrl ?? null,
        state: plan.approvalRequired ? "PENDING" : "LIVE",
        userKey: customKey ?? generateKey(),
        appId: generateAppId(),
        clientSecret: generateKey(),
        trialEndsAt: trialEnd(new Date(), plan.trialPeriodDays),
      })
      .onConflictDoNothing()
      .returning();
  }
  if (!application) return { ok: false, userErrors: [userError(ApplicationErrorCode.TAKEN, "Another application of this product has this user key.", ["input", "userKey"])] };
  await tx.insert(applicationKeys).values({ tenantId: actor.tenantId, applicationId: application.id, value: generateKey() });
  await emit(tx, actor, {
    type: "application",
    action: "created",
    target: applicationTarget(application),
    summary: `Created the application "${application.name}" of "${account.orgName}" for "${service.name}" on the plan "${plan.name}".`,
    notify: { type: "APPLICATION_CREATED", serviceId: service.id, summary: `"${account.orgName}" has a new application "${application.name}" for "${service.name}" (${plan.name}).` },
    webhook: { event: "APPLICATION_CREATED", developerAction, object: applicationObject(application) },
  });
  return { ok: true, application };
}

// ── changing ─────────────────────────────────────────────────────────────────────────────

/** The application, locked until the transaction ends (its keys, state and plan change one writer at a time), or null. */
export async function lockApplication(tx: Executor, actor: Actor, id: string | null): Promise<ApplicationRow | null> {
  if (!id) return null;
  const [row] = await tx
    .select()
    .from(applications)
    .where(and(eq(applications.id, id), eq(applications.tenantId, actor.tenantId)))
    .for("no key update");
  return row ?? null;
}

async function save(tx: Executor, app: ApplicationRow, values: Partial<ApplicationRow>): Promise<ApplicationRow> {
  const [row] = await tx
    .update(applications)
    .set({ ...values, updatedAt: sql`clock_timestamp()` })
    .where(eq(applications.id, app.id))
    .returning();
  return row!;
}

export async function updateApplication(
  tx: Executor,
  actor: Actor,
  id: string | null,
  input: { name?: string | null; description?: string | null; redirectUrl?: string | null },
): Promise<Outcome<{ application: ApplicationRow }>> {
  const current = await lockApplication(tx, actor, id);
  if (!current) return { ok: false, userErrors: [notFound("application", ["input", "id"])] };
  const errors: ApplicationError[] = [];
  const values = checkDetails(input, errors);
  if (errors.length) return { ok: false, userErrors: errors };
  const changes = changesOf(current, { ...current, ...values }, ["name", "description", "redirectUrl"]);
  if (!changes.length) return { ok: true, application: current };
  const application = await save(tx, current, values);
  await emit(tx, actor, {
    type: "application",
    action: "updated",
    target: applicationTarget(application),
    summary: `Changed the application "${application.name}".`,
    changes,
    webhook: { event: "APPLICATION_UPDATED", developerAction: false, object: applicationObject(application) },
  });
  return { ok: true, application };
}

export async function changeApplicationState(tx: Executor, actor: Actor, id: string | null, action: ApplicationAction): Promise<Outcome<{ application: ApplicationRow }>> {
  const current = await lockApplication(tx, actor, id);
  if (!current) return { ok: false, userErrors: [notFound("application", ["input", "id"])] };
  const next = transition<ApplicationState>(APPLICATION_ACTIONS, current.state, action);
  if (!next) return { ok: false, userErrors: [userError(ApplicationErrorCode.INVALID_STATE, transitionRefusal("application", APPLICATION_ACTIONS, current.state, action), ["input", "id"])] };
  const application = await save(tx, current, { state: next });
  await emit(tx, actor, {
    type: "application",
    action: APPLICATION_ACTIONS[action].verb,
    target: applicationTarget(application),
    summary: `${cap(APPLICATION_ACTIONS[action].verb)} the application "${application.name}".`,
    changes: [{ field: "state", from: current.state, to: next }],
    webhook: { event: action === "SUSPEND" ? "APPLICATION_SUSPENDED" : "APPLICATION_UPDATED", developerAction: false, object: applicationObject(application) },
  });
  return { ok: true, application };
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export async function changeApplicationPlan(tx: Executor, actor: Actor, id: string | null, planId: string | null): Promise<Outcome<{ application: ApplicationRow }>> {
  const current = await lockApplication(tx, actor, id);
  if (!current) return { ok: false, userErrors: [notFound("application", ["input", "id"])] };
  const plan = await planForUse(tx, actor, planId, "APPLICATION", current.serviceId);
  if (!plan) return { ok: false, userErrors: [userError(ApplicationErrorCode.WRONG_PLAN, "No such application plan of the application's product.", ["input", "planId"])] };
  if (plan.id === current.planId) return { ok: true, application: current };
  const [before] = await plansByIds(tx, [current.planId]);
  const application = await save(tx, current, { planId: plan.id });
  // Its custom plan was its alone: leaving it deletes it.
  if (before?.customForApplicationId === current.id) {
    const removed = await deletePlan(tx, actor, before.id);
    if (!removed.ok) throw new Error(`deleting the custom plan failed: ${removed.userErrors.map((e) => e.message).join("; ")}`);
  }
  const [account] = await accountsByIds(tx, [current.accountId]);
  await emit(tx, actor, {
    type: "application",
    action: "plan_changed",
    target: applicationTarget(application),
    summary: `Moved the application "${application.name}" from the plan "${before?.name}" to "${plan.name}".`,
    changes: [{ field: "plan", from: before?.name ?? null, to: plan.name }],
    notify: {
      type: "APPLICATION_PLAN_CHANGED",
      serviceId: application.serviceId,
      summary: `The application "${application.name}" of "${account?.orgName}" moved from "${before?.name}" to "${plan.name}".`,
    },
    webhook: { event: "APPLICATION_PLAN_CHANGED", developerAction: false, object: applicationObject(application) },
  });
  return { ok: true, application };
}

/**
 * Gives an application a custom plan (003 ch.11): a copy of its plan bound to it alone, named
 * "<plan> (custom)", whose limits and pricing the admin then edits; later edits of the original do not
 * reach it.
 */
export async function customizeApplicationPlan(tx: Executor, actor: Actor, id: string | null): Promise<Outcome<{ application: ApplicationRow }>> {
  return allOrNothing(tx, async (tx) => {
    const current = await lockApplication(tx, actor, id);
    if (!current) return { ok: false, userErrors: [notFound("application", ["input", "id"])] };
    const [plan] = await plansByIds(tx, [current.planId]);
    if (plan?.customForApplicationId === current.id) {
      return { ok: false, userErrors: [userError(ApplicationErrorCode.INVALID_STATE, `The application is on its custom plan "${plan.name}" already.`, ["input", "id"])] };
    }
    const copied = await customPlanFor(tx, actor, current.planId, current.id);
    if (!copied.ok) return { ok: false, userErrors: copied.userErrors.map((e) => userError(codeIn(ApplicationErrorCode, e.code, "INVALID_STATE"), e.message, ["input", "id"])) };
    const application = await save(tx, current, { planId: copied.plan.id });
    await emit(tx, actor, {
      type: "application",
      action: "plan_customized",
      target: applicationTarget(application),
      summary: `Gave the application "${application.name}" the custom plan "${copied.plan.name}".`,
      changes: [{ field: "plan", from: plan?.name ?? null, to: copied.plan.name }],
    });
    return { ok: true, application };
  });
}

/**
 * Moves an application from its custom plan back to a standard plan of its product — `planId`, or the
 * plan the custom one was copied from — and deletes the custom plan.
 */
export async function decustomizeApplicationPlan(tx: Executor, actor: Actor, id: string | null, planId: string | null | undefined): Promise<Outcome<{ application: ApplicationRow }>> {
  return allOrNothing(tx, async (tx) => {
    const current = await lockApplication(tx, actor, id);
    if (!current) return { ok: false, userErrors: [notFound("application", ["input", "id"])] };
    const [custom] = await plansByIds(tx, [current.planId]);
    if (custom?.customForApplicationId !== current.id) {
      return { ok: false, userErrors: [userError(ApplicationErrorCode.INVALID_STATE, "The application is on a standard plan, not a custom one.", ["input", "id"])] };
    }
    const targetId = planId === undefined ? custom.customizedFromPlanId : planId;
    const target = await planForUse(tx, actor, targetId, "APPLICATION", current.serviceId);
    if (!target) {
      const message = planId === undefined ? "The plan it was copied from is gone: choose a plan." : "No such application plan of the application's product.";
      return { ok: false, userErrors: [userError(ApplicationErrorCode.WRONG_PLAN, message, ["input", "planId"])] };
    }
    const application = await save(tx, current, { planId: target.id });
    const removed = await deletePlan(tx, actor, custom.id);
    if (!removed.ok) throw new Error(`deleting the custom plan failed: ${removed.userErrors.map((e) => e.message).join("; ")}`);
    await emit(tx, actor, {
      type: "application",
      action: "plan_decustomized",
      target: applicationTarget(application),
      summary: `Moved the application "${application.name}" from its custom plan back to "${target.name}".`,
      changes: [{ field: "plan", from: custom.name, to: target.name }],
    });
    return { ok: true, application };
  });
}

/** Deletes an application with its keys; `rejected` says it was a pending application refused (003 §9.3). */
export async function deleteApplication(tx: Executor, actor: Actor, id: string | null, rejected = false): Promise<Outcome<{ application: ApplicationRow }>> {
  const application = await lockApplication(tx, actor, id);
  if (!application) return { ok: false, userErrors: [notFound("application", ["input", "id"])] };
  if (rejected && application.state !== "PENDING") {
    return { ok: false, userErrors: [userError(ApplicationErrorCode.INVALID_STATE, `The application is ${application.state.toLowerCase()}; only a pending one can be rejected.`, ["input", "id"])] };
  }
  await tx.delete(applications).where(eq(applications.id, application.id));
  const [account] = await accountsByIds(tx, [application.accountId]);
  await emit(tx, actor, {
    type: "application",
    action: rejected ? "rejected" : "deleted",
    target: applicationTarget(application),
    summary: `${rejected ? "Rejected (and deleted)" : "Deleted"} the application "${application.name}" of "${account?.orgName}".`,
    notify: { type: "APPLICATION_CANCELLED", serviceId: application.serviceId, summary: `The application "${application.name}" of "${account?.orgName}" was ${rejected ? "rejected" : "deleted"}.` },
    webhook: { event: "APPLICATION_DELETED", developerAction: false, object: applicationObject(application) },
  });
  return { ok: true, application };
}

// ── credentials ──────────────────────────────────────────────────────────────────────────

/**
 * A new user key: generated, or `value` when the service allows custom keys. The audit log records that
 * it changed, never the key.
 */
export async function setUserKey(tx: Executor, actor: Actor, id: string | null, value: string | null): Promise<Outcome<{ application: ApplicationRow }>> {
  const current = await lockApplication(tx, actor, id);
  if (!current) return { ok: false, userErrors: [notFound("application", ["input", "id"])] };
  const custom = value?.trim() ?? null;
  if (custom !== null) {
    const [service] = await servicesByIds(tx, [current.serviceId]);
    if (!service?.customKeysAllowed) return { ok: false, userErrors: [userError(ApplicationErrorCode.CUSTOM_KEYS_NOT_ALLOWED, `"${service?.name}" does not allow custom keys.`, ["input", "userKey"])] };
    const problem = keyProblem(custom);
    if (problem) return { ok: false, userErrors: [userError(ApplicationErrorCode.INVALID, problem, ["input", "userKey"])] };
    if (custom === current.userKey) return { ok: true, application: current };
    const [taken] = await tx.select({ id: applications.id }).from(applications).where(and(eq(applications.serviceId, current.serviceId), eq(applications.userKey, custom)));
    if (taken) return { ok: false, userErrors: [userError(ApplicationErrorCode.TAKEN, "Another application of this product has this user key.", ["input", "userKey"])] };
  }
  const application = await save(tx, current, { userKey: custom ?? generateKey() });
  await emit(tx, actor, {
    type: "application",
    action: "user_key_changed",
    target: applicationTarget(application),
    summary: `${custom ? "Set a custom" : "Regenerated the"} user key of the application "${application.name}".`,
    webhook: { event: "APPLICATION_USER_KEY_CHANGED", developerAction: false, object: applicationObject(application) },
  });
  return { ok: true, application };
}

const keyTarget = (app: ApplicationRow) => applicationTarget(app);
const masked = (value: string) => `…${value.slice(-4)}`;
const keyObject = (app: ApplicationRow, key: ApplicationKeyRow) => ({
  id: toGlobalId("ApplicationKey", key.id),
  application: { id: toGlobalId("Application", app.id) },
  value: masked(key.value),
  createdAt: key.createdAt.toISOString(),
});

/** Adds an app key: generated, or `value` when the service allows custom keys. At most MAX_APP_KEYS. */
export async function createApplicationKey(tx: Executor, actor: Actor, id: string | null, value: string | null): Promise<Outcome<{ application: ApplicationRow; key: ApplicationKeyRow }>> {
  const application = await lockApplication(tx, actor, id);
  if (!application) return { ok: false, userErrors: [notFound("application", ["input", "applicationId"])] };
  const custom = value?.trim() ?? null;
  if (custom !== null) {
    const [service] = await servicesByIds(tx, [application.serviceId]);
    if (!service?.customKeysAllowed) return { ok: false, userErrors: [userError(ApplicationErrorCode.CUSTOM_KEYS_NOT_ALLOWED, `"${service?.name}" does not allow custom keys.`, ["input", "value"])] };
    const problem = keyProblem(custom);
    if (problem) return { ok: false, userErrors: [userError(ApplicationErrorCode.INVALID, problem, ["input", "value"])] };
  }
  const [{ n } = { n: 0 }] = await tx.select({ n: count() }).from(applicationKeys).where(eq(applicationKeys.applicationId, application.id));
  if (n >= MAX_APP_KEYS) return { ok: false, userErrors: [userError(ApplicationErrorCode.KEY_LIMIT_REACHED, `An application has at most ${MAX_APP_KEYS} app keys; delete one first.`, ["input", "applicationId"])] };
  const [key] = await tx
    .insert(applicationKeys)
    .values({ tenantId: actor.tenantId, applicationId: application.id, value: custom ?? generateKey() })
    .onConflictDoNothing()
    .returning();
  if (!key) return { ok: false, userErrors: [userError(ApplicationErrorCode.TAKEN, "The application already has this key.", ["input", "value"])] };
  await emit(tx, actor, {
    type: "application_key",
    action: "created",
    target: keyTarget(application),
    summary: `Added an app key (${masked(key.value)}) to the application "${application.name}".`,
    webhook: { event: "KEY_CREATED", developerAction: false, object: keyObject(application, key) },
  });
  return { ok: true, application, key };
}

/** Deletes an app key; the last one of an application of an APP_ID_APP_KEY product stays (keys are required there). */
export async function deleteApplicationKey(tx: Executor, actor: Actor, keyId: string | null): Promise<Outcome<{ application: ApplicationRow; key: ApplicationKeyRow }>> {
  const [found] = keyId ? await tx.select().from(applicationKeys).where(and(eq(applicationKeys.id, keyId), eq(applicationKeys.tenantId, actor.tenantId))) : [];
  const application = found ? await lockApplication(tx, actor, found.applicationId) : null;
  if (!found || !application) return { ok: false, userErrors: [notFound("app key", ["input", "id"])] };
  const [service] = await servicesByIds(tx, [application.serviceId]);
  const [{ n } = { n: 0 }] = await tx.select({ n: count() }).from(applicationKeys).where(eq(applicationKeys.applicationId, application.id));
  if (n <= 1 && service?.authMode === "APP_ID_APP_KEY") {
    return { ok: false, userErrors: [userError(ApplicationErrorCode.LAST_KEY, "This is the application's only app key and its product requires one: add another first.", ["input", "id"])] };
  }
  await tx.delete(applicationKeys).where(eq(applicationKeys.id, found.id));
  await emit(tx, actor, {
    type: "application_key",
    action: "deleted",
    target: keyTarget(application),
    summary: `Deleted the app key ${masked(found.value)} of the application "${application.name}".`,
    webhook: { event: "KEY_DELETED", developerAction: false, object: keyObject(application, found) },
  });
  return { ok: true, application, key: found };
}

export async function regenerateClientSecret(tx: Executor, actor: Actor, id: string | null): Promise<Outcome<{ application: ApplicationRow }>> {
  const current = await lockApplication(tx, actor, id);
  if (!current) return { ok: false, userErrors: [notFound("application", ["input", "id"])] };
  const application = await save(tx, current, { clientSecret: generateKey() });
  await emit(tx, actor, {
    type: "application",
    action: "client_secret_changed",
    target: applicationTarget(application),
    summary: `Regenerated the client secret of the application "${application.name}".`,
    webhook: { event: "APPLICATION_UPDATED", developerAction: false, object: applicationObject(application) },
  });
  return { ok: true, application };
}
