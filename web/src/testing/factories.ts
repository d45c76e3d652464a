import { subdomainForName } from '@gatehouse/schema/subdomain';
import type { AccessToken, Tenant, User } from '../gql/schema-types';

/**
 * Schema-typed fixtures for the MSW store, component tests and e2e seeds. Relations are held by id
 * (the store resolves them), so each fixture is the object's own fields plus the ids it points at.
 */
export type TenantFixture = Omit<Tenant, 'users'>;
export type UserFixture = Omit<User, 'tenant'> & { tenantId: string; password: string };
export type AccessTokenFixture = Omit<AccessToken, 'owner'> & { ownerId: string };

let sequence = 0;
const next = () => ++sequence;

/** Restarts numbering so every test sees the same ids. */
export function resetFactorySequence(): void {
  sequence = 0;
}

/** Opaque global ID in the server's style: base64 of `<Type>:<key>`. */
export function globalId(type: string, key: string | number): string {
  return btoa(`${type}:${key}`);
}

const BASE_TIME = Date.parse('2026-01-15T09:00:00.000Z');
const isoMinutesAfterBase = (minutes: number) => new Date(BASE_TIME + minutes * 60_000).toISOString();

export function createTenant(overrides: Partial<TenantFixture> = {}): TenantFixture {
  const n = next();
  const name = overrides.name ?? `Tenant ${n}`;
  return {
    __typename: 'Tenant',
    id: globalId('Tenant', n),
    name,
    subdomain: subdomainForName(name),
    isMaster: false,
    adminDomain: null,
    createdAt: isoMinutesAfterBase(n),
    ...overrides,
  };
}

export function createUser(overrides: Partial<UserFixture> & { tenantId: string }): UserFixture {
  const n = next();
  return {
    __typename: 'User',
    id: globalId('User', n),
    email: `user${n}@example.test`,
    name: null,
    role: 'ADMIN',
    password: 'correct horse battery staple',
    createdAt: isoMinutesAfterBase(n),
    lastLoginAt: null,
    ...overrides,
  };
}

export function createAccessToken(overrides: Partial<AccessTokenFixture> & { ownerId: string }): AccessTokenFixture {
  const n = next();
  return {
    __typename: 'AccessToken',
    id: globalId('AccessToken', n),
    name: `Token ${n}`,
    scopes: ['ACCOUNT_MANAGEMENT'],
    permission: 'READ_ONLY',
    prefix: `gh_${String(n).padStart(5, '0')}`,
    state: 'ACTIVE',
    expiresAt: null,
    lastUsedAt: null,
    revokedAt: null,
    createdAt: isoMinutesAfterBase(n),
    ...overrides,
  };
}
