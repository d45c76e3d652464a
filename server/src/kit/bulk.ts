import { MAX_BULK_IDS, MAX_EXCEPT_IDS } from "@gatehouse/schema/bulk";
import { Field, ID, InputType, ObjectType, type ClassType } from "type-graphql";
import type { Actor } from "../auth/actor.js";
import type { Executor } from "../db/client.js";
import { rowIdOf } from "../graphql/node.js";
import { defineUserErrors, userError } from "../graphql/user-error.js";
import type { JobKind } from "../jobs/job-kind.js";
import { enqueueJob } from "../jobs/job.service.js";
import { Job } from "../jobs/job.type.js";
import type { JobRow } from "../jobs/jobs.tables.js";
import { defineEnum } from "./enum.js";

/**
 * The bulk-action kit: one input shape for every bulk action of the API. Either `ids` (at most
 * MAX_BULK_IDS), answered at once with a result per item — done, or failed with the module's code
 * and message — where one bad item never blocks the others; or a whole `filter` minus `exceptIds`,
 * of any size, run as a durable job (server/src/jobs) whose progress the caller follows.
 */

export const BulkItemStatus = defineEnum("BulkItemStatus", "What happened to one item of a bulk action.", {
  DONE: "The action was applied to the item.",
  FAILED: "The item was left as it was; `error` says why.",
});

export const { codes: BulkErrorCode, Type: BulkUserError } = defineUserErrors("BulkUserError", "BulkErrorCode", {
  NO_SELECTION: "No item was selected.",
  TOO_MANY_IDS: `More than ${MAX_BULK_IDS} ids, or more than ${MAX_EXCEPT_IDS} excepted ids, were given.`,
  AMBIGUOUS_SELECTION: "Both `ids` and `filter` were given, or `exceptIds` without `filter`: give one selection.",
  INVALID_OPERATION: "The operation's parameters are missing or wrong (no plan for a plan change, a plan that is not one, an empty email); nothing was done.",
});
export type BulkErrorCode = keyof typeof BulkErrorCode;

/** An item's failure, in the module's own user-error shape. */
export interface ItemError<C extends string> {
  code: C;
  message: string;
  field: string[] | null;
}
export type ItemOutcome<C extends string> = { ok: true } | { ok: false; error: ItemError<C> };

export interface BulkResult<C extends string> {
  results: { id: string; status: "DONE" | "FAILED"; error: ItemError<C> | null }[];
  userErrors: ReturnType<typeof userError<BulkErrorCode>>[];
}

/**
 * Declares the input and payload types of a bulk action, e.g. `RevokeAccessTokens` →
 * `RevokeAccessTokensInput { ids | filter, exceptIds }` and `RevokeAccessTokensPayload { results,
 * job, userErrors }`, with `RevokeAccessTokensItemResult.error` typed as the module's user error and
 * `filter` as the listing's filter input.
 */
/** A field of a bulk action's input besides the selection: its operation or one of its parameters. */
export interface BulkParameter {
  type: () => unknown;
  nullable?: boolean;
  description: string;
}

export function defineBulkAction<F extends object>(options: {
  name: string;
  things: string;
  itemError: ClassType<object>;
  filter: ClassType<F>;
  /**
   * The operation and its parameters, for an action that does one of several things: input fields
   * (`operation`, `planId`…) added beside the selection. The resolver types its argument with them:
   * `input: InstanceType<typeof X.Input> & XParameters`.
   */
  parameters?: Record<string, BulkParameter>;
}) {
  const { name, things, itemError, filter } = options;

  @InputType(`${name}Input`, { description: `The ${things} to act on: \`ids\`, or \`filter\` with \`exceptIds\`.` })
  class BulkInput {
    @Field(() => [ID], {
      nullable: true,
      description: `Global IDs of the ${things} (1–${MAX_BULK_IDS}), answered at once with a result per item.`,
    })
    ids?: string[] | null;
    @Field(() => filter, {
      nullable: true,
      description: `Every one of the ${things} this filter matches (any number), run as a job; the payload's \`job\` reports its progress.`,
    })
    filter?: F | null;
    @Field(() => [ID], { nullable: true, description: `With \`filter\`: ${things} to leave out (at most ${MAX_EXCEPT_IDS}).` })
    exceptIds?: string[] | null;
  }

  for (const [key, parameter] of Object.entries(options.parameters ?? {}) as [string, BulkParameter][]) {
    Field(parameter.type as () => never, { nullable: parameter.nullable ?? false, description: parameter.description })(BulkInput.prototype, key);
  }

  @ObjectType(`${name}ItemResult`, { description: `What happened to one of the ${things}.` })
  class ItemResult {
    @Field(() => ID, { description: "The item's global ID, as given." })
    id: string;
    @Field(() => BulkItemStatus.graphql, { description: "Done or failed." })
    status: "DONE" | "FAILED";
    @Field(() => itemError, { nullable: true, description: "Why the item failed; null when it was done." })
    error: ItemError<string> | null;
  }

  @ObjectType(`${name}Payload`, { description: `Result of \`${name.charAt(0).toLowerCase()}${name.slice(1)}\`.` })
  class BulkPayload {
    @Field(() => [ItemResult], { description: "With `ids`: one result per distinct given ID, in the given order. Empty with `filter`." })
    results: ItemResult[];
    @Field(() => Job, { nullable: true, description: "With `filter`: the job doing the work; follow it with `jobProgress(id:)` or `job(id:)`." })
    job: JobRow | null;
    @Field(() => [BulkUserError], { description: "Why nothing was done (the selection itself is wrong)." })
    userErrors: InstanceType<typeof BulkUserError>[];
  }

  return { Input: BulkInput, Payload: BulkPayload };
}

/** The parameters of a bulk action's job: the filter and the row ids it leaves out. */
export interface BulkJobParams<F> {
  filter: F;
  exceptIds: string[];
}

export interface BulkSelection<F> {
  ids?: readonly string[] | null;
  filter?: F | null;
  exceptIds?: readonly string[] | null;
}

/**
 * Runs a bulk action on a selection: `ids` item by item now (`runBulk`), or `filter` minus
 * `exceptIds` as a job of `kind`, enqueued in the caller's transaction (it exists exactly when the
 * request commits). `itemType` decodes the excepted global IDs.
 */
export async function runBulkAction<C extends string, F>(
  tx: Executor,
  actor: Actor,
  input: BulkSelection<F>,
  action: {
    itemType: string;
    apply: (tx: Executor, globalId: string) => Promise<ItemOutcome<C>>;
    job: JobKind<BulkJobParams<F>>;
    /** The listing's filter as SQL: run once here, so a filter it refuses is refused now, not in the job. */
    where: (filter: F) => unknown;
    /** The operation and its parameters, stored with the job's filter (checked by the caller before). */
    jobParams?: Record<string, unknown>;
  },
): Promise<BulkResult<C> & { job: JobRow | null }> {
  const refuse = (code: BulkErrorCode, message: string, field: string) => ({ results: [], job: null, userErrors: [userError(code, message, ["input", field])] });
  const hasIds = input.ids !== undefined && input.ids !== null;
  const hasFilter = input.filter !== undefined && input.filter !== null;
  if (hasIds && (hasFilter || input.exceptIds)) return refuse(BulkErrorCode.AMBIGUOUS_SELECTION, "Give either `ids`, or `filter` with `exceptIds`.", "ids");
  if (!hasFilter && input.exceptIds) return refuse(BulkErrorCode.AMBIGUOUS_SELECTION, "`exceptIds` goes with `filter`.", "exceptIds");
  if (!hasIds && !hasFilter) return refuse(BulkErrorCode.NO_SELECTION, "Select items by `ids` or by `filter`.", "ids");
  if (hasIds) return { ...(await runBulk(tx, input.ids!, action.apply)), job: null };
  action.where(input.filter as F);
  const excepted = [...new Set(input.exceptIds ?? [])];
  if (excepted.length > MAX_EXCEPT_IDS) return refuse(BulkErrorCode.TOO_MANY_IDS, `Leave out at most ${MAX_EXCEPT_IDS} items.`, "exceptIds");
  // An ID of another type, or of nothing, cannot match the filter: leaving it out changes nothing.
  const exceptIds = excepted.map((id) => rowIdOf(id, action.itemType)).filter((id): id is string => id !== null);
  const job = await enqueueJob(tx, actor, action.job, { ...action.jobParams, filter: input.filter as F, exceptIds });
  return { results: [], job, userErrors: [] };
}

/**
 * Applies `apply` to each item, each in its own savepoint: an item refused with a user error leaves
 * no trace and does not stop the others. An unexpected error is a defect, not an item's fate: it
 * fails the request, which rolls the whole mutation back.
 */
export async function runBulk<C extends string>(
  tx: Executor,
  ids: readonly string[],
  apply: (tx: Executor, globalId: string) => Promise<ItemOutcome<C>>,
): Promise<BulkResult<C>> {
  const distinct = [...new Set(ids)];
  if (distinct.length === 0) return { results: [], userErrors: [userError(BulkErrorCode.NO_SELECTION, "Select at least one item.", ["input", "ids"])] };
  if (distinct.length > MAX_BULK_IDS) {
    return { results: [], userErrors: [userError(BulkErrorCode.TOO_MANY_IDS, `Select at most ${MAX_BULK_IDS} items at a time.`, ["input", "ids"])] };
  }
  const results: BulkResult<C>["results"] = [];
  for (const id of distinct) {
    // Set inside the savepoint's callback (TypeScript cannot see that assignment, hence the holder).
    const item: { refused: ItemOutcome<C> | null } = { refused: null };
    let outcome: ItemOutcome<C>;
    try {
      await tx.transaction(async (savepoint) => {
        const result = await apply(savepoint, id);
        if (!result.ok) {
          // A refused item must leave nothing behind, whatever it wrote before refusing.
          item.refused = result;
          savepoint.rollback();
        }
      });
      outcome = item.refused ?? { ok: true };
    } catch (error) {
      if (!item.refused) throw error;
      outcome = item.refused;
    }
    results.push(outcome.ok ? { id, status: "DONE", error: null } : { id, status: "FAILED", error: outcome.error });
  }
  return { results, userErrors: [] };
}

/** The payload of a bulk action refused as a whole because its operation's parameters are wrong. */
export function invalidOperation(message: string, field: string[]) {
  return { results: [], job: null, userErrors: [userError(BulkErrorCode.INVALID_OPERATION, message, field)] };
}
