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

/** As the schema documents it: `first` and `last` take 1–250. */
const MAX_PAGE_SIZE = 250;

/** Relay connection over an already filtered and ordered array; the cursor is the node id. */
export function connection<T extends { id: string }>(items: T[], args: ConnectionArgs, typename: string) {
  let start = 0;
  let end = items.length;
  if (args.after) start = Math.max(0, items.findIndex((i) => i.id === args.after) + 1);
  if (args.before) {
    const index = items.findIndex((i) => i.id === args.before);
    if (index >= 0) end = index;
  }
  if (args.first != null) end = Math.min(end, start + Math.min(args.first, MAX_PAGE_SIZE));
  else if (args.last != null) start = Math.max(start, end - Math.min(args.last, MAX_PAGE_SIZE));
  else end = Math.min(end, start + MAX_PAGE_SIZE);
  const page = items.slice(start, end);
  return {
    __typename: `${typename}Connection`,
    totalCount: items.length,
    nodes: page,
    edges: page.map((node) => ({ __typename: `${typename}Edge`, cursor: node.id, node })),
    pageInfo: {
      __typename: 'PageInfo',
      hasPreviousPage: start > 0,
      hasNextPage: end < items.length,
      startCursor: page[0]?.id ?? null,
      endCursor: page[page.length - 1]?.id ?? null,
    },
  };
}

function ordered<T extends { id: string; createdAt: string; name: string }>(
  items: T[],
  orderBy: { field: 'CREATED_AT' | 'NAME'; direction: 'ASC' | 'DESC' } | null | undefined,
): T[] {
  const field = orderBy?.field ?? 'CREATED_AT';
  const sign = (orderBy?.direction ?? (orderBy ? 'ASC' : 'DESC')) === 'ASC' ? 1 : -1;
  const key = (item: T) => (field === 'NAME' ? item.name.toLowerCase() : item.createdAt);
  return [...items].sort((a, b) => (key(a) < key(b) ? -sign : key(a) > key(b) ? sign : a.id < b.id ? -sign : sign));
}

export function listAccessTokens(userId: string, filter?: AccessTokenFilter | null, orderBy?: AccessTokenOrder | null) {
  const search = filter?.search?.toLowerCase();
  const items = state.accessTokens.filter(
    (t) =>
      t.ownerId === userId &&
      (!search || t.name.toLowerCase().includes(search) || t.prefix.includes(search)) &&
      (!filter?.states?.length || filter.states.includes(t.state)),
  );
  return ordered(items, orderBy);
}

export function listTenants(filter?: TenantFilter | null, orderBy?: TenantOrder | null) {
  const search = filter?.search?.toLowerCase();
  const items = state.tenants.filter(
    (t) => !search || t.name.toLowerCase().includes(search) || t.subdomain.includes(search),
  );
  return ordered(items, orderBy);
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
