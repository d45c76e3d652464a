import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { loginAttempts } from "./team.tables.js";

/**
 * Password guesses are throttled per account *and client address*, so an attacker elsewhere cannot
 * lock a user out (the right password from another address still works), and per address across all
 * accounts, against password spraying. Both counters are bumped before the password is checked, in
 * one atomic upsert each, committed before the hash is checked: parallel guesses each see the count
 * with their own included, so none slips past the limit.
 */
export const LOGIN_THROTTLE = {
  /** Failed guesses at one account from one address, per window, before that address is locked out of it. */
  maxFailures: 5,
  /** Failed guesses from one address at any accounts, per window, before the address is locked out of all (the default of GATEHOUSE_LOGIN_ADDRESS_LIMIT). */
  maxAddressFailures: 30,
  windowMs: 15 * 60 * 1000,
  lockMs: 15 * 60 * 1000,
};

/** One account (tenant id, or `?<subdomain>` for an unknown one, and email) guessed at from one address. */
export interface AttemptKey {
  tenantKey: string;
  email: string;
  address: string;
  /** Failures allowed from the address across accounts (GATEHOUSE_LOGIN_ADDRESS_LIMIT). */
  addressLimit: number;
}

export type Attempt =
  | { locked: true; until: Date; by: "account" | "address" }
  | { locked: false; /** A failure now reaches a limit: lock at once. */ last: boolean };

interface Counter {
  failures: number;
  lockedUntil: Date | null;
}

async function bump(tx: Executor, scope: "ACCOUNT" | "ADDRESS", key: AttemptKey, now: Date): Promise<Counter> {
  const windowStart = new Date(now.getTime() - LOGIN_THROTTLE.windowMs).toISOString();
  const open = sql`${loginAttempts.windowStartedAt} > ${windowStart}::timestamptz`;
  const [row] = await tx
    .insert(loginAttempts)
    .values({
      scope,
      tenantKey: scope === "ACCOUNT" ? key.tenantKey : "",
      email: scope === "ACCOUNT" ? key.email : "",
      address: key.address,
      failures: 1,
      windowStartedAt: now,
    })
    .onConflictDoUpdate({
      target: [loginAttempts.scope, loginAttempts.tenantKey, loginAttempts.email, loginAttempts.address],
      set: {
        failures: sql`case when ${open} then ${loginAttempts.failures} + 1 else 1 end`,
        lockedUntil: sql`case when ${open} then ${loginAttempts.lockedUntil} else null end`,
        windowStartedAt: sql`case when ${open} then ${loginAttempts.windowStartedAt} else ${now.toISOString()}::timestamptz end`,
      },
    })
    .returning({ failures: loginAttempts.failures, lockedUntil: loginAttempts.lockedUntil });
  return row!;
}

function where(scope: "ACCOUNT" | "ADDRESS", key: AttemptKey) {
  return and(
    eq(loginAttempts.scope, scope),
    eq(loginAttempts.tenantKey, scope === "ACCOUNT" ? key.tenantKey : ""),
    eq(loginAttempts.email, scope === "ACCOUNT" ? key.email : ""),
    eq(loginAttempts.address, key.address),
  );
}

/** Counts a guess (before the password is checked) and says whether it may be checked at all. */
export async function recordAttempt(tx: Executor, key: AttemptKey, now: Date): Promise<Attempt> {
  const address = await bump(tx, "ADDRESS", key, now);
  const account = await bump(tx, "ACCOUNT", key, now);
  if (account.lockedUntil && account.lockedUntil > now) return { locked: true, until: account.lockedUntil, by: "account" };
  if (address.lockedUntil && address.lockedUntil > now) return { locked: true, until: address.lockedUntil, by: "address" };
  if (account.failures > LOGIN_THROTTLE.maxFailures) return { locked: true, until: await lock(tx, "ACCOUNT", key, now), by: "account" };
  if (address.failures > key.addressLimit) return { locked: true, until: await lock(tx, "ADDRESS", key, now), by: "address" };
  return { locked: false, last: account.failures >= LOGIN_THROTTLE.maxFailures || address.failures >= key.addressLimit };
}

/** The guess was wrong and was the last one allowed: lock whichever counter reached its limit. */
export async function lockAfterLastFailure(tx: Executor, key: AttemptKey, now: Date): Promise<{ until: Date; by: "account" | "address" }> {
  const [account] = await tx.select().from(loginAttempts).where(where("ACCOUNT", key));
  if ((account?.failures ?? 0) >= LOGIN_THROTTLE.maxFailures) return { until: await lock(tx, "ACCOUNT", key, now), by: "account" };
  return { until: await lock(tx, "ADDRESS", key, now), by: "address" };
}

async function lock(tx: Executor, scope: "ACCOUNT" | "ADDRESS", key: AttemptKey, now: Date): Promise<Date> {
  const lockedUntil = new Date(now.getTime() + LOGIN_THROTTLE.lockMs);
  await tx.update(loginAttempts).set({ lockedUntil }).where(where(scope, key));
  return lockedUntil;
}

/**
 * The guess was right: this account's counter from this address starts over, and the guess is taken
 * back from the address's count (a user who signs in is not spraying). Also purges counters whose
 * window and lock are over, a bounded batch at a time.
 */
export async function recordSuccess(tx: Executor, key: AttemptKey, now: Date): Promise<void> {
  await tx.delete(loginAttempts).where(where("ACCOUNT", key));
  await tx
    .update(loginAttempts)
    .set({ failures: sql`greatest(${loginAttempts.failures} - 1, 0)` })
    .where(where("ADDRESS", key));
  await purgeEnded(tx, now);
}

/** Deletes up to 500 counters whose window and lock have ended. */
export async function purgeEnded(tx: Executor, now: Date): Promise<void> {
  const windowStart = new Date(now.getTime() - LOGIN_THROTTLE.windowMs).toISOString();
  await tx.execute(sql`delete from login_attempts where ctid in (
    select ctid from login_attempts
    where window_started_at <= ${windowStart}::timestamptz and (locked_until is null or locked_until <= ${now.toISOString()}::timestamptz)
    limit 500)`);
}

/** The master unlocks an account: its counters from every address go. */
export async function unlockAccount(tx: Executor, tenantKey: string, email: string): Promise<number> {
  const deleted = await tx
    .delete(loginAttempts)
    .where(and(eq(loginAttempts.scope, "ACCOUNT"), eq(loginAttempts.tenantKey, tenantKey), eq(loginAttempts.email, email)))
    .returning({ email: loginAttempts.email });
  return deleted.length;
}
