/**
 * A write of several steps that leaves nothing when one of them refuses (the server's
 * `allOrNothing`, server/src/kit/all-or-nothing.ts, a savepoint): the store as it was before is put
 * back when the outcome is not ok. `state` is the live store (the mock's request keeps the same
 * object, so it is restored in place).
 */
export function allOrNothing<S extends object, R extends { ok: boolean }>(state: S, write: () => R): R {
  const before = structuredClone(state);
  const outcome = write();
  if (!outcome.ok) Object.assign(state, before);
  return outcome;
}
