import type { StoredFieldDefinition } from '@gatehouse/schema/accounts';
import type { AccountState, AccountUserRole, AccountUserState, MessageDirection } from '../../gql/schema-types';
import { rowIdOf } from '../global-id';

/**
 * The rows of developer accounts (server/src/modules/accounts/accounts.tables.ts), with no rule, so
 * the field definitions, the accounts' rules and the seed can all use them. Ids are global, as the
 * mock keeps every row's; `values` is the server's `fields` jsonb (the values of the built-in fields
 * that are not columns and of the tenant's extra fields, as strings by field name) — named apart from
 * the GraphQL field `fields`, which lists them with their labels.
 */
export interface AccountFixture {
  __typename: 'Account';
  id: string;
  tenantId: string;
  orgName: string;
  state: AccountState;
  /** The account plan (a Plan global ID): an account is always on one of its tenant's account plans. */
  planId: string;
  values: Record<string, string>;
  /** `vat_rate` as its numeric(5, 2) column returns it ("21.00"), or null. */
  vatRate: string | null;
  /** The signup date. */
  createdAt: string;
  updatedAt: string;
  stateChangedAt: string;
}

/** A user of a developer account (the server's `account_users` row): email and username unique in the tenant, any case. */
export interface AccountUserFixture {
  __typename: 'AccountUser';
  id: string;
  tenantId: string;
  /** The account's global ID. */
  accountId: string;
  username: string;
  email: string;
  role: AccountUserRole;
  state: AccountUserState;
  values: Record<string, string>;
  createdAt: string;
  updatedAt: string;
}

/**
 * The tenant's settings of one field (the server's `field_definitions` row): a built-in field it
 * changed (label, required, hidden, position), or an extra field it added.
 */
export interface FieldDefinitionFixture extends StoredFieldDefinition {
  tenantId: string;
  choices: string[];
  createdAt: string;
}

/** A message between the tenant and a developer account (the server's `account_messages` row; 003 §10.2). */
export interface AccountMessageFixture {
  __typename: 'AccountMessage';
  id: string;
  tenantId: string;
  /** The account's global ID. */
  accountId: string;
  direction: MessageDirection;
  subject: string;
  body: string;
  /** The team user who sent it (TO_ACCOUNT): a User global ID, while that user exists. */
  senderUserId: string | null;
  createdAt: string;
}

/** The tenant's signup settings once changed (the server's `signup_settings` row); defaults without one. */
export interface SignupSettingsFixture {
  tenantId: string;
  selfSignupEnabled: boolean;
  accountApprovalRequired: boolean;
  updatedAt: string;
}

/** An invitation to join an account (the server's `account_invitations` row; the server keeps a hash of the token). */
export interface AccountInvitationFixture {
  __typename: 'AccountInvitation';
  id: string;
  tenantId: string;
  accountId: string;
  email: string;
  role: AccountUserRole;
  /** The link's current token. */
  token: string;
  sentAt: string;
  expiresAt: string;
  acceptedAt: string | null;
  createdAt: string;
}

export interface AccountsState {
  accounts: AccountFixture[];
  accountUsers: AccountUserFixture[];
  fieldDefinitions: FieldDefinitionFixture[];
  accountMessages: AccountMessageFixture[];
  signupSettings: SignupSettingsFixture[];
  accountInvitations: AccountInvitationFixture[];
}

export const emptyAccountsState = (): AccountsState => ({ accounts: [], accountUsers: [], fieldDefinitions: [], accountMessages: [], signupSettings: [], accountInvitations: [] });

/** Rows written one after another keep their order, a millisecond apart at least (the server's `clock_timestamp()`). */
export function nextTime(rows: readonly { createdAt: string }[], now: Date): Date {
  const latest = rows.reduce((max, row) => Math.max(max, Date.parse(row.createdAt)), 0);
  return new Date(Math.max(now.getTime(), latest ? latest + 1 : 0));
}

/** The tenant's account with this global ID; undefined for another tenant's, another type's or a malformed ID (row-level security). */
export function findAccount(state: AccountsState, tenantId: string, id: string | null | undefined): AccountFixture | undefined {
  const rowId = id ? rowIdOf(id, 'Account') : null;
  return rowId === null ? undefined : state.accounts.find((a) => a.tenantId === tenantId && rowIdOf(a.id, 'Account') === rowId);
}

/** The tenant's developer user with this global ID, if any. */
export function findAccountUser(state: AccountsState, tenantId: string, id: string | null | undefined): AccountUserFixture | undefined {
  const rowId = id ? rowIdOf(id, 'AccountUser') : null;
  return rowId === null ? undefined : state.accountUsers.find((u) => u.tenantId === tenantId && rowIdOf(u.id, 'AccountUser') === rowId);
}

/** The account a user belongs to (the foreign key holds it). */
export function accountOf(state: AccountsState, accountId: string): AccountFixture {
  const account = state.accounts.find((a) => a.id === accountId);
  if (!account) throw new Error(`Mock data: no account ${accountId}`);
  return account;
}

/** An account's users, in the order the server breaks ties: by creation, then by row id. */
export function usersOfAccount(state: AccountsState, accountId: string): AccountUserFixture[] {
  const rowKey = (u: AccountUserFixture) => rowIdOf(u.id, 'AccountUser') ?? u.id;
  return state.accountUsers
    .filter((u) => u.accountId === accountId)
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || (rowKey(a) < rowKey(b) ? -1 : rowKey(a) > rowKey(b) ? 1 : 0));
}

/** `Account.adminUser`: its first admin user, the one it signed up or was created with. */
export function adminUserOf(state: AccountsState, accountId: string): AccountUserFixture | null {
  return usersOfAccount(state, accountId).find((u) => u.role === 'ADMIN') ?? null;
}

/** How many of a tenant's accounts are on a plan (the plans' PLAN_IN_USE). */
export function accountsOnPlan(state: Pick<AccountsState, 'accounts'>, tenantId: string, planId: string): number {
  return state.accounts.filter((a) => a.tenantId === tenantId && a.planId === planId).length;
}

// ── as webhooks post them (server: accountObject, accountUserObject) ─────────────────────────────

/** The account as the API returns it, for webhooks. */
export function accountObject(account: AccountFixture): Record<string, unknown> {
  return {
    id: account.id,
    orgName: account.orgName,
    state: account.state,
    plan: { id: account.planId },
    vatRate: account.vatRate,
    fields: { ...account.values },
    createdAt: account.createdAt,
    updatedAt: account.updatedAt,
  };
}

/** A developer user as the API returns it, for webhooks. */
export function accountUserObject(user: AccountUserFixture): Record<string, unknown> {
  return {
    id: user.id,
    account: { id: user.accountId },
    username: user.username,
    email: user.email,
    role: user.role,
    state: user.state,
    fields: { ...user.values },
    createdAt: user.createdAt,
  };
}
