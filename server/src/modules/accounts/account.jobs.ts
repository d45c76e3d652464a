import { and, asc, count, eq, gt, notInArray } from "drizzle-orm";
import { z } from "zod";
import type { Actor } from "../../auth/actor.js";
import type { Executor } from "../../db/client.js";
import { rowIdOf } from "../../graphql/node.js";
import { invalidOperation, type ItemOutcome } from "../../kit/bulk.js";
import { planForUse } from "../plans/plan.service.js";
import { defineJobKind } from "../../jobs/job-kind.js";
import { changeAccountPlan, changeAccountState } from "./account.service.js";
import { accountListing } from "./account.type.js";
import type { AccountErrorCode } from "./accounts.errors.js";
import { accounts, AccountState } from "./accounts.tables.js";
import { checkMessage, sendMessage } from "./message.service.js";
import type { AccountError } from "./field-definition.service.js";

export const BULK_ACCOUNT_OPERATIONS = ["SEND_EMAIL", "CHANGE_PLAN", "APPROVE", "REJECT", "MAKE_PENDING"] as const;
export type BulkAccountOperation = (typeof BULK_ACCOUNT_OPERATIONS)[number];

/** What a bulk operation does to each account, with its parameters (checked before it starts). */
export interface AccountOperation {
  operation: BulkAccountOperation;
  /** CHANGE_PLAN: the account plan's row ID. */
  planId?: string | null;
  /** SEND_EMAIL: the message. */
  subject?: string | null;
  body?: string | null;
}

/**
 * Checks an operation's parameters before any account is touched: a plan change needs one of the
 * tenant's account plans, an email a subject and a body. The operation comes back with row IDs.
 */
export async function checkAccountOperation(
  tx: Executor,
  actor: Actor,
  input: AccountOperation,
): Promise<{ ok: true; operation: AccountOperation } | { ok: false; payload: ReturnType<typeof invalidOperation> }> {
  if (input.operation === "CHANGE_PLAN") {
    const planId = input.planId ? rowIdOf(input.planId, "Plan") : null;
    if (!input.planId) return { ok: false, payload: invalidOperation("Choose the account plan to move the accounts to.", ["input", "planId"]) };
    if (!(await planForUse(tx, actor, planId, "ACCOUNT"))) return { ok: false, payload: invalidOperation("No such account plan in this tenant.", ["input", "planId"]) };
    return { ok: true, operation: { operation: "CHANGE_PLAN", planId } };
  }
  if (input.operation === "SEND_EMAIL") {
    const errors: AccountError[] = [];
    const message = checkMessage({ subject: input.subject ?? "", body: input.body ?? "" }, errors);
    if (errors.length) return { ok: false, payload: invalidOperation(errors[0]!.message, errors[0]!.field ?? ["input"]) };
    return { ok: true, operation: { operation: "SEND_EMAIL", ...message } };
  }
  return { ok: true, operation: { operation: input.operation } };
}

/** Applies the operation to one account (by row ID), as the single-item mutations do. */
export async function applyAccountOperation(tx: Executor, actor: Actor, op: AccountOperation, accountId: string | null): Promise<ItemOutcome<AccountErrorCode>> {
  const result =
    op.operation === "SEND_EMAIL"
      ? await sendMessage(tx, actor, accountId, { subject: op.subject ?? "", body: op.body ?? "" })
      : op.operation === "CHANGE_PLAN"
        ? await changeAccountPlan(tx, actor, accountId, op.planId ?? null)
        : await changeAccountState(tx, actor, accountId, op.operation);
  return result.ok ? { ok: true } : { ok: false, error: { ...result.userErrors[0]!, field: null } };
}

/** The same for an item given by global ID (bulk by `ids`). */
export const applyAccountOperationById = (tx: Executor, actor: Actor, op: AccountOperation, globalId: string) =>
  applyAccountOperation(tx, actor, op, rowIdOf(globalId, "Account"));

/** The accounts listing's filter as a job keeps it (JSON): dates come back as dates. */
export const accountFilterJson = z.object({
  search: z.string().nullish(),
  states: z.array(z.enum(AccountState.values)).nullish(),
  plan: z.string().nullish(),
  signedUpFrom: z.coerce.date().nullish(),
  signedUpTo: z.coerce.date().nullish(),
});

export type AccountFilterJson = z.output<typeof accountFilterJson>;

const params = z.object({
  filter: accountFilterJson,
  exceptIds: z.array(z.uuid()),
  operation: z.enum(BULK_ACCOUNT_OPERATIONS),
  planId: z.uuid().nullish(),
  subject: z.string().nullish(),
  body: z.string().nullish(),
});

function selection(actor: Actor, p: z.output<typeof params>) {
  return and(eq(accounts.tenantId, actor.tenantId), accountListing.where(p.filter), p.exceptIds.length ? notInArray(accounts.id, p.exceptIds) : undefined);
}

/** `runBulkAccountOperation(input: { filter, exceptIds, operation… })`: every matching account, in chunks. */
export const bulkAccountOperationJob = defineJobKind({
  kind: "accounts.bulkOperation",
  bulk: true,
  chunkSize: 100,
  itemType: "Account",
  params,
  async count(tx, actor, p) {
    return (await tx.select({ n: count() }).from(accounts).where(selection(actor, p)))[0]?.n ?? 0;
  },
  async items(tx, actor, p, after, limit) {
    // Keyset by id: an account the job changed may leave the filter (its state), which does not move the cursor.
    const rows = await tx
      .select({ id: accounts.id })
      .from(accounts)
      .where(and(selection(actor, p), after ? gt(accounts.id, after) : undefined))
      .orderBy(asc(accounts.id))
      .limit(limit);
    return rows.map((r) => r.id);
  },
  async apply(tx, actor, p, itemId) {
    const outcome = await applyAccountOperation(tx, actor, p, itemId);
    return outcome.ok ? { ok: true } : { ok: false, code: outcome.error.code, message: outcome.error.message };
  },
});
