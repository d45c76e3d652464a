import { GraphQLError } from 'graphql';
import {
  createAccessToken,
  createTenant,
  createUser,
  globalId,
  resetFactorySequence,
  type AccessTokenFixture,
  type TenantFixture,
  type UserFixture,
} from '../testing/factories';
import type {
  AccessTokenFilter,
  AccessTokenOrder,
  CreateAccessTokenInput,
  CreateTenantInput,
  LoginInput,
  TenantFilter,
  TenantOrder,
} from '../gql/schema-types';

/**
 * The in-memory back end of mock mode and component tests: just enough state and rules for the main
 * flows to be demo-able without a server. Demo users log in with any password except "wrong".
 */
export const WRONG_PASSWORD = 'wrong';
export const MIN_PASSWORD_LENGTH = 10;

export interface MockState {
  tenants: TenantFixture[];
  users: UserFixture[];
  accessTokens: AccessTokenFixture[];
  /** Signed-in user; the mock stands in for the session cookie. */
  sessionUserId: string | null;
}

export interface UserErrorResult<C extends string> {
  __typename: string;
  field: string[] | null;
  message: string;
  code: C;
}

export const demo = {
  masterEmail: 'admin@gatehouse.local',
  acmeEmail: 'admin@acme.test',
  acmeSubdomain: 'acme',
};

function seed(): MockState {
  resetFactorySequence();
  const master = createTenant({ name: 'Gatehouse', subdomain: 'master', isMaster: true });
  const acme = createTenant({ name: 'Acme', subdomain: demo.acmeSubdomain, adminDomain: 'acme-admin.gatehouse.local' });
  const globex = createTenant({ name: 'Globex Corporation', subdomain: 'globex' });
  const masterAdmin = createUser({ tenantId: master.id, email: demo.masterEmail, name: 'Operator' });
  const acmeAdmin = createUser({ tenantId: acme.id, email: demo.acmeEmail, name: 'Acme admin' });
  const globexAdmin = createUser({ tenantId: globex.id, email: 'admin@globex.test' });
  return {
    tenants: [master, acme, globex],
    users: [masterAdmin, acmeAdmin, globexAdmin],
    accessTokens: [
      createAccessToken({ ownerId: masterAdmin.id, name: 'CI deploys', scopes: ['ACCOUNT_MANAGEMENT'], permission: 'READ_WRITE' }),
      createAccessToken({
        ownerId: masterAdmin.id,
        name: 'Billing export',
        scopes: ['BILLING', 'ANALYTICS'],
        lastUsedAt: '2026-02-01T10:00:00.000Z',
      }),
      createAccessToken({ ownerId: acmeAdmin.id, name: 'Acme analytics', scopes: ['ANALYTICS'] }),
    ],
    sessionUserId: null,
  };
}

export let state: MockState = seed();

/** Back to the seed: called between tests. */
export function resetMockState(overrides: Partial<MockState> = {}): MockState {
  state = { ...seed(), ...overrides };
  return state;
}

export function viewer(): UserFixture | null {
  return state.users.find((u) => u.id === state.sessionUserId) ?? null;
}

export const tenantById = (id: string) => state.tenants.find((t) => t.id === id);
export const userById = (id: string) => state.users.find((u) => u.id === id);

// ---------- listings ----------

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** As the schema documents it: `first` and `last` take 1–250; the server pages by 50 without either. */
const MAX_PAGE_SIZE = 250;
const DEFAULT_PAGE_SIZE = 50;

/**
 * A list's sort order as the server's keyset pagination sees it: a sort key, the id breaking ties.
 * A cursor holds the key of the row it came from, not the row, so (like the server's) it stays
 * valid when that row is deleted or no longer matches the filter: `after` it means the rows that
 * sort after it, possibly none, never "from the start" again.
 */
export interface KeysetOrder<T> {
  key: (item: T) => string;
  direction: 'ASC' | 'DESC';
}

type CursorKey = [key: string, id: string];

// URI-encoded first: btoa takes Latin-1 only, and a name key can be any text.
function encodeCursor(key: CursorKey): string {
  return btoa(encodeURIComponent(JSON.stringify(key)));
}

function decodeCursor(cursor: string, argName: string): CursorKey {
  try {
    const key: unknown = JSON.parse(decodeURIComponent(atob(cursor)));
    if (Array.isArray(key) && key.length === 2 && key.every((part) => typeof part === 'string')) return key as CursorKey;
  } catch {
    // fall through to the same error as the server's
  }
  throw badUserInput(`\`${argName}\` is not a valid cursor.`, argName);
}

function compareKeys(a: CursorKey, b: CursorKey, direction: 'ASC' | 'DESC'): number {
  const sign = direction === 'ASC' ? 1 : -1;
  if (a[0] !== b[0]) return a[0] < b[0] ? -sign : sign;
  return a[1] === b[1] ? 0 : a[1] < b[1] ? -sign : sign;
}

export function sortByKeyset<T extends { id: string }>(items: T[], order: KeysetOrder<T>): T[] {
  return [...items].sort((a, b) => compareKeys([order.key(a), a.id], [order.key(b), b.id], order.direction));
}

/**
 * Relay connection over an already filtered array sorted by `order`, paged like the server: rows
 * strictly after `after` / before `before`; hasPreviousPage on a forward page (and hasNextPage on a
 * backward one) only says whether a cursor was given.
 */
export function connection<T extends { id: string }>(items: T[], args: ConnectionArgs, typename: string, order: KeysetOrder<T>) {
  if (args.first != null && args.last != null) throw badUserInput('Pass either `first` or `last`, not both.', 'first');
  if (args.after != null && args.before != null) throw badUserInput('Pass either `after` or `before`, not both.', 'after');
  for (const name of ['first', 'last'] as const) {
    const value = args[name];
    if (value != null && (value < 1 || value > MAX_PAGE_SIZE)) {
      throw badUserInput(`\`${name}\` must be between 1 and ${MAX_PAGE_SIZE}, got ${value}.`, name);
    }
  }
  const keyOf = (item: T): CursorKey => [order.key(item), item.id];
  const after = args.after != null ? decodeCursor(args.after, 'after') : null;
  const before = args.before != null ? decodeCursor(args.before, 'before') : null;
  const window = items.filter(
    (item) =>
      (!after || compareKeys(keyOf(item), after, order.direction) > 0) &&
      (!before || compareKeys(keyOf(item), before, order.direction) < 0),
  );
  const forward = args.last == null && before == null;
  const size = (forward ? args.first : (args.last ?? args.first)) ?? DEFAULT_PAGE_SIZE;
  const page = forward ? window.slice(0, size) : window.slice(Math.max(0, window.length - size));
  const hasMore = window.length > size;
  const edges = page.map((node) => ({ __typename: `${typename}Edge`, cursor: encodeCursor(keyOf(node)), node }));
  return {
    __typename: `${typename}Connection`,
    totalCount: items.length,
    nodes: page,
    edges,
    pageInfo: {
      __typename: 'PageInfo',
      hasPreviousPage: forward ? after !== null : hasMore,
      hasNextPage: forward ? hasMore : before !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

function badUserInput(message: string, argumentName: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argumentName } });
}

type Sortable = { id: string; createdAt: string; name: string };

/** The listings' order: created-at or name (case-insensitive), newest first by default. */
export function listOrder<T extends Sortable>(
  orderBy: { field: 'CREATED_AT' | 'NAME'; direction: 'ASC' | 'DESC' } | null | undefined,
): KeysetOrder<T> {
  return {
    key: orderBy?.field === 'NAME' ? (item) => item.name.toLowerCase() : (item) => item.createdAt,
    direction: orderBy?.direction ?? 'DESC',
  };
}

/** Team users: by creation time or email, oldest first by default. */
export function userOrder(
  orderBy: { field: 'CREATED_AT' | 'EMAIL'; direction: 'ASC' | 'DESC' } | null | undefined,
): KeysetOrder<UserFixture> {
  return {
    key: orderBy?.field === 'EMAIL' ? (user) => user.email.toLowerCase() : (user) => user.createdAt,
    direction: orderBy?.direction ?? 'ASC',
  };
}

export function listAccessTokens(userId: string, filter?: AccessTokenFilter | null, orderBy?: AccessTokenOrder | null) {
  const search = filter?.search?.toLowerCase();
  const items = state.accessTokens.filter(
    (t) =>
      t.ownerId === userId &&
      (!search || t.name.toLowerCase().includes(search) || t.prefix.includes(search)) &&
      (!filter?.states?.length || filter.states.includes(t.state)),
  );
  return sortByKeyset(items, listOrder(orderBy));
}

export function listTenants(filter?: TenantFilter | null, orderBy?: TenantOrder | null) {
  const search = filter?.search?.toLowerCase();
  const items = state.tenants.filter(
    (t) => !search || t.name.toLowerCase().includes(search) || t.subdomain.includes(search),
  );
  return sortByKeyset(items, listOrder(orderBy));
}

// ---------- mutations ----------

function authError(code: string, message: string, field: string[] | null = null) {
  return { __typename: 'AuthUserError', code, message, field };
}

export function login(input: LoginInput) {
  const subdomain = input.tenant?.trim() || null;
  const tenant = subdomain ? state.tenants.find((t) => t.subdomain === subdomain) : state.tenants.find((t) => t.isMaster);
  if (!tenant) return { user: null, userErrors: [authError('TENANT_NOT_FOUND', `No tenant has the subdomain "${subdomain}".`, ['input', 'tenant'])] };
  const user = state.users.find((u) => u.tenantId === tenant.id && u.email.toLowerCase() === input.email.toLowerCase());
  if (!user || input.password === WRONG_PASSWORD) {
    return { user: null, userErrors: [authError('INVALID_CREDENTIALS', 'The email or password is not right.', ['input', 'password'])] };
  }
  user.lastLoginAt = new Date().toISOString();
  state.sessionUserId = user.id;
  return { user, userErrors: [] };
}

export function logout() {
  state.sessionUserId = null;
  return { loggedOut: true };
}

export function changePassword(user: UserFixture, input: { currentPassword: string; newPassword: string }) {
  if (input.currentPassword === WRONG_PASSWORD) {
    return { user: null, userErrors: [authError('WRONG_PASSWORD', 'The current password is not right.', ['input', 'currentPassword'])] };
  }
  if (input.newPassword.length < MIN_PASSWORD_LENGTH) {
    return {
      user: null,
      userErrors: [authError('WEAK_PASSWORD', `Use at least ${MIN_PASSWORD_LENGTH} characters.`, ['input', 'newPassword'])],
    };
  }
  user.password = input.newPassword;
  return { user, userErrors: [] };
}

function accessTokenError(code: string, message: string, field: string[] | null) {
  return { __typename: 'AccessTokenUserError', code, message, field };
}

function randomSecret(length: number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

export function createAccessTokenFor(user: UserFixture, input: CreateAccessTokenInput) {
  if (!input.name.trim()) return { accessToken: null, token: null, userErrors: [accessTokenError('BLANK', 'Name cannot be blank.', ['input', 'name'])] };
  if (input.scopes.length === 0) {
    return { accessToken: null, token: null, userErrors: [accessTokenError('BLANK', 'Pick at least one scope.', ['input', 'scopes'])] };
  }
  if (input.expiresAt && Date.parse(input.expiresAt) <= Date.now()) {
    return {
      accessToken: null,
      token: null,
      userErrors: [accessTokenError('EXPIRES_IN_PAST', 'The expiry must be in the future.', ['input', 'expiresAt'])],
    };
  }
  const token = `gh_${randomSecret(40)}`;
  const accessToken = createAccessToken({
    ownerId: user.id,
    id: globalId('AccessToken', `new-${randomSecret(8)}`),
    name: input.name.trim(),
    scopes: input.scopes,
    permission: input.permission,
    expiresAt: input.expiresAt ?? null,
    prefix: token.slice(0, 8),
    createdAt: new Date().toISOString(),
  });
  state.accessTokens.push(accessToken);
  return { accessToken, token, userErrors: [] };
}

export function revokeAccessTokenOf(user: UserFixture, id: string) {
  const token = state.accessTokens.find((t) => t.id === id && t.ownerId === user.id);
  if (!token) return { accessToken: null, userErrors: [accessTokenError('INVALID', 'No such access token.', ['input', 'id'])] };
  if (token.state === 'REVOKED') {
    return { accessToken: token, userErrors: [accessTokenError('ALREADY_REVOKED', 'The token is already revoked.', ['input', 'id'])] };
  }
  token.state = 'REVOKED';
  token.revokedAt = new Date().toISOString();
  return { accessToken: token, userErrors: [] };
}

function tenantError(code: string, message: string, field: string[] | null) {
  return { __typename: 'TenantUserError', code, message, field };
}

const SUBDOMAIN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

export function createTenantWithAdmin(input: CreateTenantInput) {
  const failed = (code: string, message: string, field: string) => ({
    tenant: null,
    adminUser: null,
    generatedAdminPassword: null,
    userErrors: [tenantError(code, message, ['input', field])],
  });
  const name = input.name.trim();
  if (!name) return failed('BLANK', 'Name cannot be blank.', 'name');
  const subdomain = input.subdomain?.trim() || name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (!SUBDOMAIN.test(subdomain)) return failed('INVALID', 'Use lowercase letters, digits and dashes.', 'subdomain');
  if (state.tenants.some((t) => t.subdomain === subdomain)) return failed('TAKEN', 'This subdomain is taken.', 'subdomain');
  if (input.adminPassword != null && input.adminPassword.length < MIN_PASSWORD_LENGTH) {
    return failed('WEAK_PASSWORD', `Use at least ${MIN_PASSWORD_LENGTH} characters.`, 'adminPassword');
  }
  const generatedAdminPassword = input.adminPassword ? null : randomSecret(20);
  const tenant = createTenant({
    id: globalId('Tenant', `new-${randomSecret(8)}`),
    name,
    subdomain,
    createdAt: new Date().toISOString(),
  });
  const adminUser = createUser({
    tenantId: tenant.id,
    email: input.adminEmail,
    password: input.adminPassword ?? generatedAdminPassword ?? '',
    createdAt: tenant.createdAt,
  });
  state.tenants.push(tenant);
  state.users.push(adminUser);
  return { tenant, adminUser, generatedAdminPassword, userErrors: [] };
}
