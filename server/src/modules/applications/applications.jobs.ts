import { and, asc, count, eq, gt, notInArray, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { z } from "zod";
import type { Actor } from "../../auth/actor.js";
import type { Executor } from "../../db/client.js";
import { rowIdOf } from "../../graphql/node.js";
import { defineJobKind } from "../../jobs/job-kind.js";
import { invalidOperation, type ItemOutcome } from "../../kit/bulk.js";
import { checkMessage, sendMessage } from "../accounts/message.service.js";
import { plansByIds } from "../plans/plan.service.js";
import { changeApplicationPlan, changeApplicationState, lockApplication } from "./application.service.js";
import { applicationListing, serviceSubscriptionListing } from "./application.type.js";
import { ApplicationErrorCode } from "./applications.errors.js";
import { applications, ApplicationState, serviceSubscriptions, ServiceSubscriptionState } from "./applications.tables.js";
import { changeSubscriptionPlan, changeSubscriptionState, subscriptionsByIds } from "./subscription.service.js";

export const BULK_OPERATIONS = ["SEND_EMAIL", "CHANGE_PLAN", "ACCEPT", "SUSPEND", "RESUME"] as const;
export type BulkOperationKind = (typeof BULK_OPERATIONS)[number];

/** What a bulk operation does to each application or subscription, with its parameters (checked before it starts). */
export interface BulkOperationParameters {
  operation: BulkOperationKind;
  /** CHANGE_PLAN: an application (or service) plan's row ID. */
  planId?: string | null;
  /** SEND_EMAIL: the message, sent to the owning account. */
  subject?: string | null;
  body?: string | null;
}

type Checked = { ok: true; operation: BulkOperationParameters } | { ok: false; payload: ReturnType<typeof invalidOperation> };

/**
 * Checks an operation's parameters before any item is touched: a plan change needs a plan of the kind
 * (each item then needs it to be of its own product), an email a subject and a body.
 */
export async function checkOperation(tx: Executor, input: BulkOperationParameters, planKind: "APPLICATION" | "SERVICE"): Promise<Checked> {
  const words = planKind === "APPLICATION" ? "application plan" : "service plan";
  if (input.operation === "CHANGE_PLAN") {
    if (!input.planId) return { ok: false, payload: invalidOperation(`Choose the ${words} to move them to.`, ["input", "planId"]) };
    const planId = rowIdOf(input.planId, "Plan");
    const [plan] = planId ? await plansByIds(tx, [planId]) : [];
    if (!plan || plan.kind !== planKind) return { ok: false, payload: invalidOperation(`No such ${words} in this tenant.`, ["input", "planId"]) };
    return { ok: true, operation: { operation: "CHANGE_PLAN", planId } };
  }
  if (input.operation === "SEND_EMAIL") {
    const errors: Parameters<typeof checkMessage>[1] = [];
    const message = checkMessage({ subject: input.subject ?? "", body: input.body ?? "" }, errors);
    if (errors.length) return { ok: false, payload: invalidOperation(errors[0]!.message, errors[0]!.field ?? ["input"]) };
    return { ok: true, operation: { operation: "SEND_EMAIL", ...message } };
  }
  return { ok: true, operation: { operation: input.operation } };
}

type Outcome = ItemOutcome<string>;
const firstError = (r: { ok: true } | { ok: false; userErrors: { code: string; message: string }[] }): Outcome =>
  r.ok ? { ok: true } : { ok: false, error: { code: r.userErrors[0]!.code, message: r.userErrors[0]!.message, field: null } };
const notFound = (what: string): Outcome => ({ ok: false, error: { code: ApplicationErrorCode.NOT_FOUND, message: `No such ${what}.`, field: null } });

/** Applies the operation to one application (by row ID), as the single-item mutations do. */
export async function applyApplicationOperation(tx: Executor, actor: Actor, op: BulkOperationParameters, id: string | null): Promise<Outcome> {
  if (op.operation === "SEND_EMAIL") {
    const app = await lockApplication(tx, actor, id);
    if (!app) return notFound("application");
    return firstError(await sendMessage(tx, actor, app.accountId, { subject: op.subject ?? "", body: op.body ?? "" }));
  }
  if (op.operation === "CHANGE_PLAN") return firstError(await changeApplicationPlan(tx, actor, id, op.planId ?? null));
  return firstError(await changeApplicationState(tx, actor, id, op.operation));
}

/** Applies the operation to one service subscription (by row ID). */
export async function applySubscriptionOperation(tx: Executor, actor: Actor, op: BulkOperationParameters, id: string | null): Promise<Outcome> {
  if (op.operation === "SEND_EMAIL") {
    const [subscription] = id ? await subscriptionsByIds(tx, [id]) : [];
    if (!subscription) return notFound("service subscription");
    return firstError(await sendMessage(tx, actor, subscription.accountId, { subject: op.subject ?? "", body: op.body ?? "" }));
  }
  if (op.operation === "CHANGE_PLAN") return firstError(await changeSubscriptionPlan(tx, actor, id, op.planId ?? null));
  return firstError(await changeSubscriptionState(tx, actor, id, op.operation));
}

const operationParams = {
  exceptIds: z.array(z.uuid()),
  operation: z.enum(BULK_OPERATIONS),
  planId: z.uuid().nullish(),
  subject: z.string().nullish(),
  body: z.string().nullish(),
};

/** A bulk job over a tenant's rows of `table` that match a listing filter, keyset by id. */
function bulkJob<P extends BulkOperationParameters & { exceptIds: string[]; filter: object }>(options: {
  kind: string;
  itemType: string;
  table: PgTable & { id: PgColumn; tenantId: PgColumn };
  where: (filter: P["filter"]) => SQL | undefined;
  params: z.ZodType<P>;
  apply: (tx: Executor, actor: Actor, op: BulkOperationParameters, id: string | null) => Promise<Outcome>;
}) {
  const { table } = options;
  const selection = (actor: Actor, p: P) =>
    and(eq(table.tenantId, actor.tenantId), options.where(p.filter), p.exceptIds.length ? notInArray(table.id, p.exceptIds) : undefined);
  return defineJobKind({
    kind: options.kind,
    bulk: true,
    chunkSize: 100,
    itemType: options.itemType,
    params: options.params,
    async count(tx, actor, p) {
      return (await tx.select({ n: count() }).from(table).where(selection(actor, p)))[0]?.n ?? 0;
    },
    async items(tx, actor, p, after, limit) {
      // Keyset by id: an item the job changed may leave the filter (its state), which does not move the cursor.
      const rows = await tx
        .select({ id: table.id })
        .from(table)
        .where(and(selection(actor, p), after ? gt(table.id, after) : undefined))
        .orderBy(asc(table.id))
        .limit(limit);
      return rows.map((r) => r.id as string);
    },
    async apply(tx, actor, p, itemId) {
      const outcome = await options.apply(tx, actor, p, itemId);
      return outcome.ok ? { ok: true } : { ok: false, code: outcome.error.code, message: outcome.error.message };
    },
  });
}

/** The applications listing's filter as a job keeps it (JSON): dates come back as dates. */
export const applicationFilterJson = z.object({
  search: z.string().nullish(),
  account: z.string().nullish(),
  service: z.string().nullish(),
  plan: z.string().nullish(),
  states: z.array(z.enum(ApplicationState.values)).nullish(),
  paid: z.boolean().nullish(),
  createdFrom: z.coerce.date().nullish(),
  createdTo: z.coerce.date().nullish(),
});

export type ApplicationFilterJson = z.output<typeof applicationFilterJson>;

const applicationParams = z.object({ filter: applicationFilterJson, ...operationParams });

/** `runBulkApplicationOperation(input: { filter, exceptIds, operation… })`: every matching application, in chunks. */
export const bulkApplicationOperationJob = bulkJob({
  kind: "applications.bulkOperation",
  itemType: "Application",
  table: applications,
  where: (filter) => applicationListing.where(filter),
  params: applicationParams,
  apply: applyApplicationOperation,
});

/** The subscriptions listing's filter as a job keeps it (JSON). */
export const subscriptionFilterJson = z.object({
  account: z.string().nullish(),
  service: z.string().nullish(),
  plan: z.string().nullish(),
  states: z.array(z.enum(ServiceSubscriptionState.values)).nullish(),
});

export type SubscriptionFilterJson = z.output<typeof subscriptionFilterJson>;

const subscriptionParams = z.object({ filter: subscriptionFilterJson, ...operationParams });

/** `runBulkServiceSubscriptionOperation(input: { filter, exceptIds, operation… })`: every matching subscription, in chunks. */
export const bulkSubscriptionOperationJob = bulkJob({
  kind: "applications.bulkSubscriptionOperation",
  itemType: "ServiceSubscription",
  table: serviceSubscriptions,
  where: (filter) => serviceSubscriptionListing.where(filter),
  params: subscriptionParams,
  apply: applySubscriptionOperation,
});
