import {
  ACCOUNT_ACTIONS,
  accountTransition,
  accountTransitionRefusal,
  MAX_ORG_NAME_LENGTH,
  usernameFromEmail,
  usernameProblem,
  type AccountAction,
  type FieldValueInput,
} from '@gatehouse/schema/accounts';
import { roundMoney } from '@gatehouse/schema/pricing';
import type { PlanFixture } from '../../testing/factories';
import type { AccountFilter, AccountOrder, AccountState, AccountUserOrder, AccountUserRole } from '../../gql/schema-types';
import type { CatalogState } from '../catalog/catalog';
import type { KeysetOrder } from '../connection';
import { changesOf, emit, type AuditState, type MockActor } from '../events/events';
import { fromGlobalId, rowIdOf, toGlobalId } from '../global-id';
import { assertListingFilter } from '../listing-filter';
import { findPlan, registerPlanUsers, type PlansState } from '../plans/plans';
import {
  accountObject,
  accountsOnPlan,
  accountUserObject,
  findAccount,
  nextTime,
  usersOfAccount,
  type AccountFixture,
  type AccountsState,
  type AccountUserFixture,
} from './account-store';
import { signupSettingsOf } from './signup-settings';
import { accountError, fieldDefinitionsOf, mergeFieldValues, requireFields, valueOf, type AccountError, type Outcome } from './field-definitions';

export type { AccountFixture, AccountsState, AccountUserFixture } from './account-store';

/**
 * Developer accounts (server/src/modules/accounts/account.service.ts): the tenant's customers, each on
 * one of its account plans, with its admin user and its field values; porta's state machine
 * (`accountTransition`, shared with the server), the account plan, deletion with its users. The
 * server's validation order, codes, messages and fields; its audit entries, notifications
 * (ACCOUNT_CREATED, ACCOUNT_DELETED) and webhooks (USER_CREATED, ACCOUNT_CREATED, ACCOUNT_UPDATED,
 * ACCOUNT_PLAN_CHANGED, ACCOUNT_DELETED), through the events' sinks. A refused change leaves nothing
 * (the server's `allOrNothing`): the mock checks all before it writes anything.
 */
type State = AccountsState & PlansState & CatalogState & AuditState;

// A plan with accounts on it cannot be deleted (the server's registerPlanUsers in account.service.ts).
registerPlanUsers({
  count(state, plan) {
    if (plan.kind !== 'ACCOUNT') return { count: 0, what: 'accounts' };
    const store = state as typeof state & Partial<AccountsState>;
    if (!store.accounts) throw new Error('Mock data: plans are deleted in a store that has no accounts.');
    const n = accountsOnPlan({ accounts: store.accounts }, plan.tenantId, plan.id);
    return { count: n, what: n === 1 ? 'account' : 'accounts' };
  },
});

const notFound = (what: string, field: string[]) => accountError('NOT_FOUND', `No such ${what}.`, field);
const accountTarget = (account: AccountFixture) => ({ type: 'Account', id: account.id, name: account.orgName });
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** `vat_rate` is also a column: billing reads it as a number (numeric(5, 2): "21" is "21.00"). */
const vatRateOf = (values: Record<string, string>) => {
  const rate = valueOf(values, 'vat_rate');
  return rate === null ? null : roundMoney(rate, 2);
};

function checkOrgName(value: string | null | undefined, errors: AccountError[]): string | undefined {
  if (value == null) return undefined;
  const name = value.trim();
  if (!name) errors.push(accountError('BLANK', 'Give the organization a name.', ['input', 'orgName']));
  else if (name.length > MAX_ORG_NAME_LENGTH) errors.push(accountError('TOO_LONG', `Use at most ${MAX_ORG_NAME_LENGTH} characters.`, ['input', 'orgName']));
  return name;
}

/** One of the tenant's account plans (server: `planForUse`), or its default one (`defaultPlanFor`); undefined when there is none. */
const accountPlan = (state: PlansState, tenantId: string, id: string | null) => {
  const plan = id ? findPlan(state, tenantId, id) : undefined;
  return plan?.kind === 'ACCOUNT' ? plan : undefined;
};
const defaultAccountPlan = (state: PlansState, tenantId: string) => state.plans.find((p) => p.tenantId === tenantId && p.kind === 'ACCOUNT' && p.isDefault);

// ── reads ──────────────────────────────────────────────────────────────────────────────────────

/**
 * Conditions other domains add to the accounts search (the server's `registerAccountSearch`): the
 * applications domain finds an account by an application's user key, app ID or client ID. Given the
 * search as typed (trimmed, its case kept) and the whole store.
 */
export type AccountSearch = (state: AccountsState, account: AccountFixture, text: string) => boolean;
const accountSearches: AccountSearch[] = [];
export function registerAccountSearch(search: AccountSearch): void {
  if (!accountSearches.includes(search)) accountSearches.push(search);
}

/** The name and users' names the search reads: the org name, each user's username, email and "first last"; and what other domains add. */
function matchesSearch(state: AccountsState, account: AccountFixture, text: string): boolean {
  const search = text.toLowerCase();
  if (account.orgName.toLowerCase().includes(search)) return true;
  if (accountSearches.some((matches) => matches(state, account, text))) return true;
  return state.accountUsers.some(
    (u) =>
      u.accountId === account.id &&
      (u.username.toLowerCase().includes(search) ||
        u.email.toLowerCase().includes(search) ||
        `${valueOf(u.values, 'first_name') ?? ''} ${valueOf(u.values, 'last_name') ?? ''}`.toLowerCase().includes(search)),
  );
}

function accountOrder(orderBy: AccountOrder | null | undefined): KeysetOrder<AccountFixture> {
  const { field, direction } = orderBy ?? { field: 'CREATED_AT', direction: 'DESC' };
  if (field === 'ORG_NAME') return { key: field, kind: 'text', value: (a) => a.orgName, direction };
  if (field === 'STATE') return { key: field, kind: 'text', value: (a) => a.state, direction };
  return { key: field, kind: 'timestamp', value: (a) => a.createdAt, direction };
}

/**
 * `accounts`: the tenant's accounts matching the filter — the search in the org name or a user's
 * username, email or name (any case, trimmed; `%` and `_` literal), any of the states, the plan (an ID
 * of another type, or none at all, names nothing), signed up from (inclusive) and to (exclusive) —
 * newest first unless ordered otherwise.
 */
export function listAccounts(state: AccountsState, tenantId: string, filter: AccountFilter | null | undefined, orderBy: AccountOrder | null | undefined) {
  assertListingFilter(filter);
  const search = filter?.search?.trim();
  const states = filter?.states?.length ? filter.states : null;
  const plan = filter?.plan != null ? fromGlobalId(filter.plan) : undefined;
  const planRowId = plan === undefined ? undefined : plan?.typeName === 'Plan' ? plan.rowId : null;
  const from = filter?.signedUpFrom != null ? Date.parse(filter.signedUpFrom) : null;
  const to = filter?.signedUpTo != null ? Date.parse(filter.signedUpTo) : null;
  const items = state.accounts.filter(
    (a) =>
      a.tenantId === tenantId &&
      (!search || matchesSearch(state, a, search)) &&
      (!states || states.includes(a.state)) &&
      (planRowId === undefined || (planRowId !== null && rowIdOf(a.planId, 'Plan') === planRowId)) &&
      (from === null || Date.parse(a.createdAt) >= from) &&
      (to === null || Date.parse(a.createdAt) < to),
  );
  return { items, order: accountOrder(orderBy) };
}

/** `Account.users`: by creation (oldest first) unless ordered otherwise. */
export function accountUserOrder(orderBy: AccountUserOrder | null | undefined): KeysetOrder<AccountUserFixture> {
  const { field, direction } = orderBy ?? { field: 'CREATED_AT', direction: 'ASC' };
  return field === 'USERNAME'
    ? { key: field, kind: 'text', value: (u) => u.username, direction }
    : { key: field, kind: 'timestamp', value: (u) => u.createdAt, direction };
}

/** `Account.plan`: its account plan. */
export function planOfAccount(state: PlansState, account: AccountFixture): PlanFixture {
  const plan = state.plans.find((p) => p.id === account.planId);
  if (!plan) throw new Error(`Mock data: account ${account.orgName} has no plan ${account.planId}`);
  return plan;
}

// ── creating ───────────────────────────────────────────────────────────────────────────────────

export interface NewAccountUser {
  email: string;
  username?: string | null;
  role: AccountUserRole;
  fields?: readonly FieldValueInput[] | null;
  /** Whether the user has a password (signup); without one it is PENDING until invited. */
  hasPassword?: boolean;
  /** A developer signs up: the required user fields must have values (admins may leave them empty). */
  requireFields?: boolean;
}

/**
 * A new user of an account, checked (server: `addAccountUser`): the username's form and the user's
 * field values, then the email (unique in the tenant, any case), then the username — a given one that
 * is taken is TAKEN, one derived from the email gets a numeric suffix. Nothing is written.
 */
function checkNewUser(state: State, tenantId: string, input: NewAccountUser, path: string[]): Outcome<{ user: Omit<AccountUserFixture, 'id' | 'accountId' | 'createdAt' | 'updatedAt'> }> {
  const errors: AccountError[] = [];
  const email = input.email.trim();
  const given = input.username?.trim() || null;
  if (given) {
    const problem = usernameProblem(given);
    if (problem) errors.push(accountError('INVALID', problem, [...path, 'username']));
  }
  const definitions = fieldDefinitionsOf(state, tenantId, 'USER');
  const values = mergeFieldValues(definitions, {}, input.fields, errors, [...path, 'userFields']);
  if (input.requireFields) requireFields(definitions, values, 'USER', errors, [...path, 'userFields']);
  if (errors.length) return { ok: false, userErrors: errors };
  const users = state.accountUsers.filter((u) => u.tenantId === tenantId);
  if (users.some((u) => u.email.toLowerCase() === email.toLowerCase())) {
    return { ok: false, userErrors: [accountError('TAKEN', 'Another developer user of this tenant has this email.', [...path, 'email'])] };
  }
  const taken = new Set(users.map((u) => u.username.toLowerCase()));
  const base = given ?? usernameFromEmail(email);
  for (let attempt = 1; attempt <= (given ? 1 : 50); attempt++) {
    const suffix = attempt === 1 ? '' : String(attempt);
    const username = `${base.slice(0, 40 - suffix.length)}${suffix}`;
    if (!taken.has(username.toLowerCase())) {
      return { ok: true, user: { __typename: 'AccountUser', tenantId, email, username, role: input.role, state: input.hasPassword ? 'ACTIVE' : 'PENDING', values } };
    }
  }
  return { ok: false, userErrors: [accountError('TAKEN', `Another developer user of this tenant has the username "${base}".`, [...path, 'username'])] };
}

/** Writes a checked user and records it (`account_user.created`, USER_CREATED). */
function insertUser(
  state: State,
  actor: MockActor,
  account: AccountFixture,
  user: Omit<AccountUserFixture, 'id' | 'accountId' | 'createdAt' | 'updatedAt'>,
  now: Date,
  developerAction = false,
) {
  const at = nextTime([...state.accounts, ...state.accountUsers], now).toISOString();
  const row: AccountUserFixture = { ...user, id: toGlobalId('AccountUser', crypto.randomUUID()), accountId: account.id, createdAt: at, updatedAt: at };
  state.accountUsers.push(row);
  emit(
    state,
    actor,
    {
      type: 'account_user',
      action: 'created',
      target: { type: 'AccountUser', id: row.id, name: row.username },
      summary: `Added the user "${row.username}" (${row.email}) to the account "${account.orgName}".`,
      webhook: { event: 'USER_CREATED', developerAction, object: accountUserObject(row) },
    },
    now,
  );
  return row;
}

/** How an account comes to be: created by an admin (approved), or signed up (per the approval rules). */
export interface AccountCreation {
  /** Signed up: PENDING when the tenant requires approval or the account plan does, else APPROVED. */
  signup?: boolean;
  /** A developer did it (signup): the tenant's webhook hears of it even when admin actions do not fire it. */
  developerAction?: boolean;
  /** Whether the admin user has a password (it is then ACTIVE). */
  hasPassword?: boolean;
}

function initialState(state: AccountsState, tenantId: string, plan: PlanFixture, options: AccountCreation): AccountState {
  if (!options.signup) return 'APPROVED';
  return signupSettingsOf(state, tenantId).accountApprovalRequired || plan.approvalRequired ? 'PENDING' : 'APPROVED';
}

/**
 * Adds a user to an account (server: `addAccountUser`): the username's form, the email and the
 * username are checked as for a new account's admin (TAKEN at `path`), then the user is written and
 * recorded; a developer's own doing (an accepted invitation) posts USER_CREATED whatever the webhook's
 * setting for admin actions.
 */
export function addAccountUser(
  state: State,
  actor: MockActor,
  account: AccountFixture,
  input: NewAccountUser,
  path: string[],
  now: Date,
  developerAction = false,
): Outcome<{ user: AccountUserFixture }> {
  const checked = checkNewUser(state, actor.tenantId, input, path);
  if (!checked.ok) return checked;
  return { ok: true, user: insertUser(state, actor, account, checked.user, now, developerAction) };
}

export interface CreateAccountData {
  orgName: string;
  email: string;
  username?: string | null;
  /** The account plan's global ID; null or undefined for the tenant's default. */
  planId?: string | null;
  fields?: readonly FieldValueInput[] | null;
  userFields?: readonly FieldValueInput[] | null;
}

/**
 * `createAccount`: an account with its admin user, on the given account plan or the tenant's default,
 * APPROVED when an admin creates it; its user has no password until invited (003 §7.1). Problems of
 * the account first (name, fields, plan, all at once), then of its user (username, fields), then
 * whether the email and username are free.
 */
export function createAccount(
  state: State,
  actor: MockActor,
  input: CreateAccountData,
  now: Date,
  options: AccountCreation = {},
): Outcome<{ account: AccountFixture; user: AccountUserFixture }> {
  const errors: AccountError[] = [];
  const tenantId = actor.tenantId;
  const orgName = checkOrgName(input.orgName, errors);
  const definitions = fieldDefinitionsOf(state, tenantId, 'ACCOUNT');
  const values = mergeFieldValues(definitions, {}, input.fields, errors);
  if (options.signup) requireFields(definitions, values, 'ACCOUNT', errors, ['input', 'fields']);
  const plan = input.planId == null ? defaultAccountPlan(state, tenantId) : accountPlan(state, tenantId, input.planId);
  if (!plan) {
    errors.push(
      input.planId != null
        ? accountError('WRONG_PLAN', 'No such account plan in this tenant.', ['input', 'planId'])
        : accountError('WRONG_PLAN', 'The tenant has no default account plan; choose one.', ['input', 'planId']),
    );
  }
  if (errors.length) return { ok: false, userErrors: errors };
  const user = checkNewUser(
    state,
    tenantId,
    { email: input.email, username: input.username, role: 'ADMIN', fields: input.userFields, hasPassword: options.hasPassword, requireFields: options.signup === true },
    ['input'],
  );
  if (!user.ok) return user;
  const at = nextTime([...state.accounts, ...state.accountUsers], now).toISOString();
  const account: AccountFixture = {
    __typename: 'Account',
    id: toGlobalId('Account', crypto.randomUUID()),
    tenantId,
    orgName: orgName!,
    state: initialState(state, tenantId, plan!, options),
    planId: plan!.id,
    values,
    vatRate: vatRateOf(values),
    createdAt: at,
    updatedAt: at,
    stateChangedAt: at,
  };
  state.accounts.push(account);
  const admin = insertUser(state, actor, account, user.user, now, options.developerAction === true);
  emit(
    state,
    actor,
    {
      type: 'account',
      action: 'created',
      target: accountTarget(account),
      summary: `Created the developer account "${account.orgName}" on the account plan "${plan!.name}".`,
      notify: { type: 'ACCOUNT_CREATED', summary: `New developer account "${account.orgName}" (${admin.email}).` },
      webhook: { event: 'ACCOUNT_CREATED', developerAction: options.developerAction === true, object: accountObject(account) },
    },
    now,
  );
  return { ok: true, account, user: admin };
}

// ── changing ───────────────────────────────────────────────────────────────────────────────────

/** Changes of field values, one per field, named as the field (by name, in code-unit order). */
export function fieldChanges(before: Record<string, string>, after: Record<string, string>) {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return names.filter((n) => valueOf(before, n) !== valueOf(after, n)).map((n) => ({ field: n, from: valueOf(before, n), to: valueOf(after, n) }));
}

export interface UpdateAccountData {
  orgName?: string | null;
  fields?: readonly FieldValueInput[] | null;
}

/** `updateAccount`: its name and field values (those not listed keep theirs; an empty value removes one). Nothing changed, nothing recorded. */
export function updateAccount(state: State, actor: MockActor, id: string, input: UpdateAccountData, now: Date): Outcome<{ account: AccountFixture }> {
  const current = findAccount(state, actor.tenantId, id);
  if (!current) return { ok: false, userErrors: [notFound('account', ['input', 'id'])] };
  const errors: AccountError[] = [];
  const orgName = checkOrgName(input.orgName, errors);
  const values = input.fields ? mergeFieldValues(fieldDefinitionsOf(state, actor.tenantId, 'ACCOUNT'), current.values, input.fields, errors) : current.values;
  if (errors.length) return { ok: false, userErrors: errors };
  const next = { orgName: orgName ?? current.orgName, values };
  const changes = [...changesOf(current, { ...current, ...next }, ['orgName']), ...fieldChanges(current.values, values)];
  if (!changes.length) return { ok: true, account: current };
  Object.assign(current, next, { vatRate: vatRateOf(values), updatedAt: now.toISOString() });
  emit(
    state,
    actor,
    {
      type: 'account',
      action: 'updated',
      target: accountTarget(current),
      summary: `Changed the developer account "${current.orgName}".`,
      changes,
      webhook: { event: 'ACCOUNT_UPDATED', developerAction: false, object: accountObject(current) },
    },
    now,
  );
  return { ok: true, account: current };
}

/**
 * `approveAccount`, `rejectAccount`, `makeAccountPending`, `suspendAccount`, `resumeAccount`: a step of
 * porta's state machine; one its state does not allow is INVALID_STATE, naming the state.
 */
export function changeAccountState(state: State, actor: MockActor, id: string, action: AccountAction, now: Date): Outcome<{ account: AccountFixture }> {
  const account = findAccount(state, actor.tenantId, id);
  if (!account) return { ok: false, userErrors: [notFound('account', ['input', 'id'])] };
  const next = accountTransition(account.state, action);
  if (!next) return { ok: false, userErrors: [accountError('INVALID_STATE', accountTransitionRefusal(account.state, action), ['input', 'id'])] };
  const before = account.state;
  Object.assign(account, { state: next, stateChangedAt: now.toISOString(), updatedAt: now.toISOString() });
  const { verb } = ACCOUNT_ACTIONS[action];
  emit(
    state,
    actor,
    {
      type: 'account',
      action: verb.replace(/ /g, '_'),
      target: accountTarget(account),
      summary: action === 'MAKE_PENDING' ? `Made the developer account "${account.orgName}" pending.` : `${capitalize(verb)} the developer account "${account.orgName}".`,
      changes: [{ field: 'state', from: before, to: next }],
      webhook: { event: 'ACCOUNT_UPDATED', developerAction: false, object: accountObject(account) },
    },
    now,
  );
  return { ok: true, account };
}

/** `changeAccountPlan`: to another of the tenant's account plans; the same plan changes nothing. */
export function changeAccountPlan(state: State, actor: MockActor, id: string, planId: string, now: Date): Outcome<{ account: AccountFixture }> {
  const account = findAccount(state, actor.tenantId, id);
  if (!account) return { ok: false, userErrors: [notFound('account', ['input', 'id'])] };
  const plan = accountPlan(state, actor.tenantId, planId);
  if (!plan) return { ok: false, userErrors: [accountError('WRONG_PLAN', 'No such account plan in this tenant.', ['input', 'planId'])] };
  if (plan.id === account.planId) return { ok: true, account };
  const before = state.plans.find((p) => p.id === account.planId);
  Object.assign(account, { planId: plan.id, updatedAt: now.toISOString() });
  emit(
    state,
    actor,
    {
      type: 'account',
      action: 'plan_changed',
      target: accountTarget(account),
      summary: `Moved the developer account "${account.orgName}" from the account plan "${before?.name ?? '?'}" to "${plan.name}".`,
      changes: [{ field: 'plan', from: before?.name ?? null, to: plan.name }],
      webhook: { event: 'ACCOUNT_PLAN_CHANGED', developerAction: false, object: accountObject(account) },
    },
    now,
  );
  return { ok: true, account };
}

/**
 * What other domains keep that goes with a deleted account (the server's foreign keys ON DELETE
 * CASCADE to accounts: its subscriptions and applications). `state` is the whole store.
 */
export type AccountCascade = (state: AccountsState, accountId: string) => void;
const accountCascades: AccountCascade[] = [];
export function registerAccountCascade(cascade: AccountCascade): void {
  if (!accountCascades.includes(cascade)) accountCascades.push(cascade);
}

/**
 * `deleteAccount`: the account with its users, messages, invitations and what other domains keep of it; each user
 * is recorded as deleted with it (USER_DELETED), and the team hears of the account (ACCOUNT_DELETED).
 */
export function deleteAccount(state: State, actor: MockActor, id: string, now: Date): Outcome<{ account: AccountFixture }> {
  const account = findAccount(state, actor.tenantId, id);
  if (!account) return { ok: false, userErrors: [notFound('account', ['input', 'id'])] };
  const users = usersOfAccount(state, account.id);
  state.accounts = state.accounts.filter((a) => a !== account);
  state.accountUsers = state.accountUsers.filter((u) => u.accountId !== account.id);
  state.accountMessages = state.accountMessages.filter((m) => m.accountId !== account.id);
  state.accountInvitations = state.accountInvitations.filter((i) => i.accountId !== account.id);
  for (const cascade of accountCascades) cascade(state, account.id);
  for (const user of users) {
    emit(
      state,
      actor,
      {
        type: 'account_user',
        action: 'deleted',
        target: { type: 'AccountUser', id: user.id, name: user.username },
        summary: `Deleted the user "${user.username}" (${user.email}) with the account "${account.orgName}".`,
        webhook: { event: 'USER_DELETED', developerAction: false, object: accountUserObject(user) },
      },
      now,
    );
  }
  const by = actor.kind === 'user' ? ` by ${actor.user.email}` : '';
  emit(
    state,
    actor,
    {
      type: 'account',
      action: 'deleted',
      target: accountTarget(account),
      summary: `Deleted the developer account "${account.orgName}" with its users.`,
      notify: { type: 'ACCOUNT_DELETED', summary: `The developer account "${account.orgName}" was deleted${by}.` },
      webhook: { event: 'ACCOUNT_DELETED', developerAction: false, object: accountObject(account) },
    },
    now,
  );
  return { ok: true, account };
}
