import type { Executor } from "../db/client.js";

/**
 * Runs a change of several steps in a savepoint and undoes every step when it ends refused (an
 * outcome with `ok: false`), so a user error never leaves half a change behind — the account without
 * its admin user, say, when the user's email turns out to be taken. Errors roll back as they always do.
 */
export async function allOrNothing<T extends { ok: boolean }>(tx: Executor, change: (tx: Executor) => Promise<T>): Promise<T> {
  const holder: { refused: T | null } = { refused: null };
  try {
    return await tx.transaction(async (savepoint) => {
      const outcome = await change(savepoint);
      if (!outcome.ok) {
        holder.refused = outcome;
        savepoint.rollback();
      }
      return outcome;
    });
  } catch (error) {
    if (holder.refused) return holder.refused;
    throw error;
  }
}
