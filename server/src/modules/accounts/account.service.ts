import {
  ACCOUNT_ACTIONS,
  type AccountAction,
  accountTransition,
  accountTransitionRefusal,
  MAX_ORG_NAME_LENGTH,
  missingRequiredFields,
  usernameFromEmail,
  usernameProblem,
} from "@gatehouse/schema/accounts";
import { and, asc, count, eq, ne, sql } from "drizzle-orm";
import type { Actor } from "../../auth/actor.js";
import type { Executor } from "../../db/client.js";
import { rowsByIds } from "../../db/statement.js";
import { firstRowOfGroup } from "../../graphql/loader.js";
import { toGlobalId } from "../../graphql/node.js";
import { userError } from "../../graphql/user-error.js";
import { allOrNothing } from "../../kit/all-or-nothing.js";
import { changesOf, emit } from "../events/events.service.js";
import { defaultPlanFor, planForUse, plansByIds, registerPlanUsers } from "../plans/plan.service.js";
import { AccountErrorCode } from "./accounts.errors.js";
import { type AccountRow, accounts, type AccountState, type AccountUserRow, type AccountUserRole, accountUsers, type FieldTarget, signupSettings } from "./accounts.tables.js";
import type { PlanRow } from "../plans/plans.tables.js";
import { advisoryXactLock } from "../../db/locks.js";
import { type AccountListArgs, accountListing, accountUserListing } from "./account.type.js";

/** Other modules add conditions to the accounts search (an application's key finds its account). */
export { registerAccountSearch } from "./account.type.js";
import { type AccountError, fieldDefinitionsOf, type FieldDefinitionView, type FieldValueInput, mergeFieldValues, type Outcome } from "./field-definition.service.js";
import { ofTenant } from "../../kit/listing.js";

export const accountsByIds = rowsByIds(accounts);
export const accountUsersByIds = rowsByIds(accountUsers);

// A plan with accounts on it cannot be deleted.
registerPlanUsers({
  async count(tx, plan) {
    if (plan.kind !== "ACCOUNT") return { count: 0, what: "accounts" };
    const [row] = await tx.select({ n: count() }).from(accounts).where(and(eq(accounts.tenantId, plan.tenantId), eq(accounts.planId, plan.id)));
    const n = row?.n ?? 0;
    return { count: n, what: n === 1 ? "account" : "accounts" };
  },
});

export function listAccounts(tx: Executor, actor: Actor, args: AccountListArgs) {
  return accountListing.list(tx, args, ofTenant(accounts.tenantId, actor.tenantId));
}

/** `users` of many accounts at once (Account.users in a page of accounts), batched per request. */
export function usersOfAccountsLoader(tx: Executor) {
  return accountUserListing.nested(tx, accountUsers.accountId);
}

/**
 * An account's first admin user: the one it signed up or was created with. `(tx)` gives a loader (one
 * query per batch of accounts) that a page of accounts fetches in its own statement when the query
 * selects `adminUser` (account.type.ts).
 */
export const firstAdminUserOfAccount = firstRowOfGroup({
  name: "firstAdminUser",
  table: accountUsers,
  groupColumn: accountUsers.accountId,
  where: eq(accountUsers.role, "ADMIN"),
  orderBy: [asc(accountUsers.createdAt), asc(accountUsers.id)],
});

/** The account, locked for the rest of the transaction (NO KEY UPDATE: its users and applications go on), or null. */
/** The addresses a developer account is emailed at: its admin users who are not suspended (003 §10.2). */
export async function accountAdminEmails(tx: Executor, accountId: string): Promise<string[]> {
  const admins = await tx
    .select({ email: accountUsers.email })
    .from(accountUsers)
    .where(and(eq(accountUsers.accountId, accountId), eq(accountUsers.role, "ADMIN"), ne(accountUsers.state, "SUSPENDED")));
  return admins.map((a) => a.email);
}

export async function lockAccount(tx: Executor, actor: Actor, accountId: string | null): Promise<AccountRow | null> {
  if (!accountId) return null;
  const [row] = await tx
    .select()
    .from(accounts)
    .where(and(eq(accounts.id, accountId), eq(accounts.tenantId, actor.tenantId)))
    .for("no key update");
  return row ?? null;
}

/** One of the tenant's accounts, share-locked until the transaction ends (for rows that refer to it), or null. */
export async function accountForUse(tx: Executor, actor: Actor, accountId: string | null): Promise<AccountRow | null> {
  if (!accountId) return null;
  const [row] = await tx
    .select()
    .from(accounts)
    .where(and(eq(accounts.id, accountId), eq(accounts.tenantId, actor.tenantId)))
    .for("key share");
  return row ?? null;
}

const notFound = (what: string, field: string[]): AccountError => userError(AccountErrorCode.NOT_FOUND, `No such ${what}.`, field);
const accountTarget = (account: AccountRow) => ({ type: "Account", id: account.id, name: account.orgName });

/** The account as the API returns it, for webhooks. */
export function accountObject(account: AccountRow): Record<string, unknown> {
  return {
    id: toGlobalId("Account", account.id),
    orgName: account.orgName,
    state: account.state,
    plan: { id: toGlobalId("Plan", account.planId) },
    vatRate: account.vatRate,
    fields: account.fields,
    createdAt: account.createdAt.toISOString(),
    updatedAt: account.updatedAt.toISOString(),
  };
}

/** A developer user as the API returns it, for webhooks. */
export function accountUserObject(user: AccountUserRow): Record<string, unknown> {
  return {
    id: toGlobalId("AccountUser", user.id),
    account: { id: toGlobalId("Account", user.accountId) },
    username: user.username,
    email: user.email,
    role: user.role,
    state: user.state,
    fields: user.fields,
    createdAt: user.createdAt.toISOString(),
  };
}

function checkOrgName(value: string | null | undefined, errors: AccountError[]): string | undefined {
  if (value == null) return undefined;
  const name = value.trim();
  if (!name) errors.push(userError(AccountErrorCode.BLANK, "Give the organization a name.", ["input", "orgName"]));
  else if (name.length > MAX_ORG_NAME_LENGTH) errors.push(userError(AccountErrorCode.TOO_LONG, `Use at most ${MAX_ORG_NAME_LENGTH} characters.`, ["input", "orgName"]));
  return name;
}

/** `vat_rate` is also a column: billing reads it as a number. */
const vatRateOf = (fields: Record<string, string>) => fields.vat_rate ?? null;

// ── creating ─────────────────────────────────────────────────────────────────────────────

export interface NewAccountUser {
  email: string;
  username?: string | null;
  role: AccountUserRole;
  fields?: FieldValueInput[] | null;
  passwordHash?: string | null;
  /** A developer signs up: the required user fields must have values (admins may leave them empty). */
  requireFields?: boolean;
}

/** A BLANK error at `path` for each required field left empty (on signup, 003 §7.1). */
function requireFields(definitions: readonly FieldDefinitionView[], values: Record<string, string>, target: FieldTarget, errors: AccountError[], path: string[]): void {
  for (const field of missingRequiredFields(definitions, values, target)) {
    errors.push(userError(AccountErrorCode.BLANK, `${field.label} is required.`, [...path, field.name]));
  }
}

/**
 * Adds a user to an account. Email and username are unique among the tenant's developer users: a taken
 * one is a user error at `path`, and a username derived from the email gets a numeric suffix instead.
 */
export async function addAccountUser(
  tx: Executor,
  actor: Actor,
  account: AccountRow,
  input: NewAccountUser,
  path: string[],
  developerAction = false,
): Promise<Outcome<{ user: AccountUserRow }>> {
  const errors: AccountError[] = [];
  const email = input.email.trim();
  const given = input.username?.trim() || null;
  if (given) {
    const problem = usernameProblem(given);
    if (problem) errors.push(userError(AccountErrorCode.INVALID, problem, [...path, "username"]));
  }
  const definitions = await fieldDefinitionsOf(tx, actor, "USER");
  const fields = mergeFieldValues(definitions, {}, input.fields, errors, [...path, "userFields"]);
  if (input.requireFields) requireFields(definitions, fields, "USER", errors, [...path, "userFields"]);
  if (errors.length) return { ok: false, userErrors: errors };
  const [emailTaken] = await tx
    .select({ id: accountUsers.id })
    .from(accountUsers)
    .where(and(eq(accountUsers.tenantId, actor.tenantId), sql`lower(${accountUsers.email}) = ${email.toLowerCase()}`));
  if (emailTaken) return { ok: false, userErrors: [userError(AccountErrorCode.TAKEN, "Another developer user of this tenant has this email.", [...path, "email"])] };
  const base = given ?? usernameFromEmail(email);
  for (let attempt = 1; attempt <= (given ? 1 : 50); attempt++) {
    const suffix = attempt === 1 ? "" : String(attempt);
    const username = `${base.slice(0, 40 - suffix.length)}${suffix}`;
    const [user] = await tx
      .insert(accountUsers)
      .values({
        tenantId: actor.tenantId,
        accountId: account.id,
        email,
        username,
        role: input.role,
        state: input.passwordHash ? "ACTIVE" : "PENDING",
        passwordHash: input.passwordHash ?? null,
        fields,
      })
      .onConflictDoNothing()
      .returning();
    if (user) {
      await emit(tx, actor, {
        type: "account_user",
        action: "created",
        target: { type: "AccountUser", id: user.id, name: user.username },
        summary: `Added the user "${user.username}" (${user.email}) to the account "${account.orgName}".`,
        webhook: { event: "USER_CREATED", developerAction, object: accountUserObject(user) },
      });
      return { ok: true, user };
    }
    // The email was free a moment ago; a concurrent insert took it.
    const [raced] = await tx.select({ id: accountUsers.id }).from(accountUsers).where(and(eq(accountUsers.tenantId, actor.tenantId), sql`lower(${accountUsers.email}) = ${email.toLowerCase()}`));
    if (raced) return { ok: false, userErrors: [userError(AccountErrorCode.TAKEN, "Another developer user of this tenant has this email.", [...path, "email"])] };
  }
  return { ok: false, userErrors: [userError(AccountErrorCode.TAKEN, `Another developer user of this tenant has the username "${base}".`, [...path, "username"])] };
}

export interface CreateAccountData {
  orgName: string;
  email: string;
  username?: string | null;
  /** The account plan's row ID; undefined for the tenant's default, null for an ID that names no plan. */
  planId?: string | null;
  fields?: FieldValueInput[] | null;
  userFields?: FieldValueInput[] | null;
}

/**
 * Creates a developer account with its admin user, on the given account plan or the tenant's default.
 * An admin creates it approved; its user has no password until invited (003 §7.1).
 */
export async function createAccount(
  tx: Executor,
  actor: Actor,
  input: CreateAccountData,
  options: AccountCreation = {},
): Promise<Outcome<{ account: AccountRow; user: AccountUserRow }>> {
  return allOrNothing(tx, (tx) => insertAccount(tx, actor, input, options));
}

/** How an account comes to be: created by an admin (approved), or signed up (per the approval rules). */
export interface AccountCreation {
  /** Signed up: PENDING when the tenant requires approval or the account plan does, else APPROVED. */
  signup?: boolean;
  /** A developer did it (signup): the tenant's webhook hears of it even when admin actions do not fire it. */
  developerAction?: boolean;
  /** The admin user's password, hashed (it is then ACTIVE). */
  passwordHash?: string | null;
}

async function insertAccount(
  tx: Executor,
  actor: Actor,
  input: CreateAccountData,
  options: AccountCreation,
): Promise<Outcome<{ account: AccountRow; user: AccountUserRow }>> {
  const errors: AccountError[] = [];
  const orgName = checkOrgName(input.orgName, errors);
  const definitions = await fieldDefinitionsOf(tx, actor, "ACCOUNT");
  const fields = mergeFieldValues(definitions, {}, input.fields, errors);
  if (options.signup) requireFields(definitions, fields, "ACCOUNT", errors, ["input", "fields"]);
  const plan = input.planId === undefined ? await defaultPlanFor(tx, actor, "ACCOUNT") : await planForUse(tx, actor, input.planId, "ACCOUNT");
  if (!plan) {
    errors.push(
      input.planId !== undefined
        ? userError(AccountErrorCode.WRONG_PLAN, "No such account plan in this tenant.", ["input", "planId"])
        : userError(AccountErrorCode.WRONG_PLAN, "The tenant has no default account plan; choose one.", ["input", "planId"]),
    );
  }
  if (errors.length) return { ok: false, userErrors: errors };
  const [account] = await tx
    .insert(accounts)
    .values({ tenantId: actor.tenantId, orgName: orgName!, planId: plan!.id, fields, vatRate: vatRateOf(fields), state: await initialState(tx, actor, plan!, options) })
    .returning();
  const added = await addAccountUser(
    tx,
    actor,
    account!,
    { email: input.email, username: input.username, role: "ADMIN", fields: input.userFields, passwordHash: options.passwordHash, requireFields: options.signup === true },
    ["input"],
    options.developerAction === true,
  );
  if (!added.ok) return added;
  await emit(tx, actor, {
    type: "account",
    action: "created",
    target: accountTarget(account!),
    summary: `Created the developer account "${account!.orgName}" on the account plan "${plan!.name}".`,
    notify: { type: "ACCOUNT_CREATED", summary: `New developer account "${account!.orgName}" (${added.user.email}).` },
    webhook: { event: "ACCOUNT_CREATED", developerAction: options.developerAction === true, object: accountObject(account!) },
  });
  return { ok: true, account: account!, user: added.user };
}

async function initialState(tx: Executor, actor: Actor, plan: PlanRow, options: AccountCreation): Promise<AccountState> {
  if (!options.signup) return "APPROVED";
  const settings = await signupSettingsOf(tx, actor);
  return settings.accountApprovalRequired || plan.approvalRequired ? "PENDING" : "APPROVED";
}

// ── signup settings ──────────────────────────────────────────────────────────────────────

export interface SignupSettingsView {
  selfSignupEnabled: boolean;
  accountApprovalRequired: boolean;
}

export async function signupSettingsOf(tx: Executor, actor: Pick<Actor, "tenantId">): Promise<SignupSettingsView> {
  const [row] = await tx.select().from(signupSettings).where(eq(signupSettings.tenantId, actor.tenantId));
  return { selfSignupEnabled: row?.selfSignupEnabled ?? true, accountApprovalRequired: row?.accountApprovalRequired ?? false };
}

export async function updateSignupSettings(tx: Executor, actor: Actor, input: { selfSignupEnabled?: boolean | null; accountApprovalRequired?: boolean | null }): Promise<SignupSettingsView> {
  await advisoryXactLock(tx, `gatehouse:signup-settings:${actor.tenantId}`);
  const before = await signupSettingsOf(tx, actor);
  const after = {
    selfSignupEnabled: input.selfSignupEnabled ?? before.selfSignupEnabled,
    accountApprovalRequired: input.accountApprovalRequired ?? before.accountApprovalRequired,
  };
  const changes = changesOf(before, after, ["selfSignupEnabled", "accountApprovalRequired"]);
  if (!changes.length) return before;
  await tx
    .insert(signupSettings)
    .values({ tenantId: actor.tenantId, ...after })
    .onConflictDoUpdate({ target: signupSettings.tenantId, set: { ...after, updatedAt: sql`clock_timestamp()` } });
  await emit(tx, actor, { type: "signup_settings", action: "updated", target: null, summary: "Changed the signup settings.", changes });
  return after;
}

// ── changing ─────────────────────────────────────────────────────────────────────────────

export interface UpdateAccountData {
  orgName?: string | null;
  fields?: FieldValueInput[] | null;
}

/** Changes of field values, one per field, named as the field. */
export function fieldChanges(before: Record<string, string>, after: Record<string, string>) {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const valueOf = (values: Record<string, string>, name: string) => (Object.hasOwn(values, name) ? values[name]! : null);
  return names.filter((n) => valueOf(before, n) !== valueOf(after, n)).map((n) => ({ field: n, from: valueOf(before, n), to: valueOf(after, n) }));
}

export async function updateAccount(tx: Executor, actor: Actor, accountId: string | null, input: UpdateAccountData): Promise<Outcome<{ account: AccountRow }>> {
  const current = await lockAccount(tx, actor, accountId);
  if (!current) return { ok: false, userErrors: [notFound("account", ["input", "id"])] };
  const errors: AccountError[] = [];
  const orgName = checkOrgName(input.orgName, errors);
  const fields = input.fields ? mergeFieldValues(await fieldDefinitionsOf(tx, actor, "ACCOUNT"), current.fields, input.fields, errors) : current.fields;
  if (errors.length) return { ok: false, userErrors: errors };
  const next = { orgName: orgName ?? current.orgName, fields };
  const changes = [...changesOf(current, { ...current, ...next }, ["orgName"]), ...fieldChanges(current.fields, fields)];
  if (!changes.length) return { ok: true, account: current };
  const [account] = await tx
    .update(accounts)
    .set({ ...next, vatRate: vatRateOf(fields), updatedAt: sql`clock_timestamp()` })
    .where(eq(accounts.id, current.id))
    .returning();
  await emit(tx, actor, {
    type: "account",
    action: "updated",
    target: accountTarget(account!),
    summary: `Changed the developer account "${account!.orgName}".`,
    changes,
    webhook: { event: "ACCOUNT_UPDATED", developerAction: false, object: accountObject(account!) },
  });
  return { ok: true, account: account! };
}

/** Moves an account along its state machine (porta's, 001 ch.2); a transition its state does not allow is INVALID_STATE. */
export async function changeAccountState(tx: Executor, actor: Actor, accountId: string | null, action: AccountAction): Promise<Outcome<{ account: AccountRow }>> {
  const current = await lockAccount(tx, actor, accountId);
  if (!current) return { ok: false, userErrors: [notFound("account", ["input", "id"])] };
  const next = accountTransition(current.state, action);
  if (!next) return { ok: false, userErrors: [userError(AccountErrorCode.INVALID_STATE, accountTransitionRefusal(current.state, action), ["input", "id"])] };
  const [account] = await tx
    .update(accounts)
    .set({ state: next, stateChangedAt: sql`clock_timestamp()`, updatedAt: sql`clock_timestamp()` })
    .where(eq(accounts.id, current.id))
    .returning();
  await emit(tx, actor, {
    type: "account",
    action: ACCOUNT_ACTIONS[action].verb.replace(/ /g, "_"),
    target: accountTarget(account!),
    summary: action === "MAKE_PENDING" ? `Made the developer account "${account!.orgName}" pending.` : `${capitalize(ACCOUNT_ACTIONS[action].verb)} the developer account "${account!.orgName}".`,
    changes: [{ field: "state", from: current.state, to: next }],
    webhook: { event: "ACCOUNT_UPDATED", developerAction: false, object: accountObject(account!) },
  });
  return { ok: true, account: account! };
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export async function changeAccountPlan(tx: Executor, actor: Actor, accountId: string | null, planId: string | null): Promise<Outcome<{ account: AccountRow }>> {
  const current = await lockAccount(tx, actor, accountId);
  if (!current) return { ok: false, userErrors: [notFound("account", ["input", "id"])] };
  const plan = await planForUse(tx, actor, planId, "ACCOUNT");
  if (!plan) return { ok: false, userErrors: [userError(AccountErrorCode.WRONG_PLAN, "No such account plan in this tenant.", ["input", "planId"])] };
  if (plan.id === current.planId) return { ok: true, account: current };
  const [before] = await plansByIds(tx, [current.planId]);
  const [account] = await tx
    .update(accounts)
    .set({ planId: plan.id, updatedAt: sql`clock_timestamp()` })
    .where(eq(accounts.id, current.id))
    .returning();
  await emit(tx, actor, {
    type: "account",
    action: "plan_changed",
    target: accountTarget(account!),
    summary: `Moved the developer account "${account!.orgName}" from the account plan "${before?.name ?? "?"}" to "${plan.name}".`,
    changes: [{ field: "plan", from: before?.name ?? null, to: plan.name }],
    webhook: { event: "ACCOUNT_PLAN_CHANGED", developerAction: false, object: accountObject(account!) },
  });
  return { ok: true, account: account! };
}

/** Deletes an account with its users (and, through their keys, what later modules hang on it). */
export async function deleteAccount(tx: Executor, actor: Actor, accountId: string | null): Promise<Outcome<{ account: AccountRow }>> {
  const account = await lockAccount(tx, actor, accountId);
  if (!account) return { ok: false, userErrors: [notFound("account", ["input", "id"])] };
  const users = await tx.select().from(accountUsers).where(eq(accountUsers.accountId, account.id));
  await tx.delete(accounts).where(eq(accounts.id, account.id));
  for (const user of users) {
    await emit(tx, actor, {
      type: "account_user",
      action: "deleted",
      target: { type: "AccountUser", id: user.id, name: user.username },
      summary: `Deleted the user "${user.username}" (${user.email}) with the account "${account.orgName}".`,
      webhook: { event: "USER_DELETED", developerAction: false, object: accountUserObject(user) },
    });
  }
  await emit(tx, actor, {
    type: "account",
    action: "deleted",
    target: accountTarget(account),
    summary: `Deleted the developer account "${account.orgName}" with its users.`,
    notify: { type: "ACCOUNT_DELETED", summary: `The developer account "${account.orgName}" was deleted${actor.kind === "user" && actor.email ? ` by ${actor.email}` : ""}.` },
    webhook: { event: "ACCOUNT_DELETED", developerAction: false, object: accountObject(account) },
  });
  return { ok: true, account };
}
