import { Field, ID, InputType, ObjectType, type ClassType } from "type-graphql";
import type { Executor } from "../db/client.js";
import { defineUserErrors, userError } from "../graphql/user-error.js";
import { defineEnum } from "./enum.js";

/**
 * The bulk-action kit: one input shape for every bulk action of the API. `ids` (at most
 * MAX_BULK_IDS) is answered at once with a result per item — done, or failed with the module's code
 * and message — and one bad item never blocks the others. (A whole filter minus `exceptIds`, of any
 * size, runs as a job: see docs/adding-a-module.md.)
 */
export const MAX_BULK_IDS = 250;

export const BulkItemStatus = defineEnum("BulkItemStatus", "What happened to one item of a bulk action.", {
  DONE: "The action was applied to the item.",
  FAILED: "The item was left as it was; `error` says why.",
});

export const BulkErrorCode = {
  NO_SELECTION: "NO_SELECTION",
  TOO_MANY_IDS: "TOO_MANY_IDS",
} as const;
export type BulkErrorCode = (typeof BulkErrorCode)[keyof typeof BulkErrorCode];
export const BulkUserError = defineUserErrors("BulkUserError", "BulkErrorCode", BulkErrorCode, {
  NO_SELECTION: "No item was selected.",
  TOO_MANY_IDS: `More than ${MAX_BULK_IDS} ids were given.`,
});

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
 * `RevokeAccessTokensInput { ids }` and `RevokeAccessTokensPayload { results, userErrors }`, with
 * `RevokeAccessTokensItemResult.error` typed as the module's user error.
 */
export function defineBulkAction(options: { name: string; things: string; itemError: ClassType<object> }) {
  const { name, things, itemError } = options;

  @InputType(`${name}Input`, { description: `The ${things} to act on.` })
  class BulkInput {
    @Field(() => [ID], { description: `Global IDs of the ${things} (1–${MAX_BULK_IDS}), answered at once with a result per item.` })
    ids: string[];
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
    @Field(() => [ItemResult], { description: "One result per distinct given ID, in the given order." })
    results: ItemResult[];
    @Field(() => [BulkUserError], { description: "Why nothing was done (the selection itself is wrong)." })
    userErrors: InstanceType<typeof BulkUserError>[];
  }

  return { Input: BulkInput, Payload: BulkPayload };
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
