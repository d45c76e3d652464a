import { createTenant as tenantFixture, type TenantFixture } from '../../testing/factories';
import type { CreateTenantInput, TenantFilter, TenantOrder, UpdateTenantSettingsInput } from '../../gql/schema-types';
import type { KeysetOrder } from '../connection';
import { toGlobalId } from '../global-id';
import { assertListingFilter } from '../listing-filter';
import { userError } from '../mock-errors';
import { createUser, generatePassword, passwordProblem, type UsersState } from '../team/users';
import { createDefaultService, type CatalogState } from '../catalog/catalog';
import { changesOf, emit, systemActor, type AuditState, type DomainEvent, type UserActor } from '../events/events';
import { createDefaultAccountPlan, type PlansState } from '../plans/plan-store';
import { deriveSubdomain, derivedSubdomainCandidate, subdomainProblem } from '@gatehouse/schema/subdomain';
import { canonicalTimeZone } from '@gatehouse/schema/time-zones';

/** Tenants, with the rules of server/src/modules/tenants/tenant.service.ts. */
export interface TenantsState {
  tenants: TenantFixture[];
}

export const MAX_TENANT_NAME_LENGTH = 100;

type TenantErrorCode = 'BLANK' | 'TOO_LONG' | 'INVALID' | 'TAKEN' | 'WEAK_PASSWORD';
const tenantError = (code: TenantErrorCode, message: string, field: string[]) => userError('TenantUserError', code, message, field);

function tenantOrder(orderBy: TenantOrder | null | undefined): KeysetOrder<TenantFixture> {
  const { field, direction } = orderBy ?? { field: 'CREATED_AT', direction: 'DESC' };
  return field === 'NAME'
    ? { key: field, kind: 'text', value: (t) => t.name, direction }
    : { key: field, kind: 'timestamp', value: (t) => t.createdAt, direction };
}

/** Every tenant matching the search (name or subdomain contains it, any case): the master's view. */
export function listTenants(state: TenantsState, filter: TenantFilter | null | undefined, orderBy: TenantOrder | null | undefined) {
  assertListingFilter(filter);
  const search = filter?.search?.trim().toLowerCase();
  const items = state.tenants.filter((t) => !search || t.name.toLowerCase().includes(search) || t.subdomain.includes(search));
  return { items, order: tenantOrder(orderBy) };
}

/** `<subdomain>-admin.<base domain>`, or null when no base domain is configured. */
export function adminDomainOf(tenant: TenantFixture, baseDomain: string | null): string | null {
  return baseDomain ? `${tenant.subdomain}-admin.${baseDomain}` : null;
}

/** A tenant's name, trimmed; null (and the problem in `errors`) when it is blank or too long (server: checkName). */
function checkName(value: string, errors: ReturnType<typeof tenantError>[]): string | null {
  const name = value.trim();
  if (!name) errors.push(tenantError('BLANK', 'Give the tenant a name.', ['input', 'name']));
  else if (name.length > MAX_TENANT_NAME_LENGTH) errors.push(tenantError('TOO_LONG', `Use at most ${MAX_TENANT_NAME_LENGTH} characters.`, ['input', 'name']));
  else return name;
  return null;
}

const tenantTarget = (tenant: TenantFixture) => ({ type: 'Tenant', id: tenant.id, name: tenant.name });

/**
 * `tenant.created` in the new tenant's own log, by its setup: created by the master (`byMaster`), or
 * at the server's first start (the demo seed's tenants).
 */
export const tenantCreated = (tenant: TenantFixture, adminEmail: string, byMaster: boolean): DomainEvent => ({
  type: 'tenant',
  action: 'created',
  target: tenantTarget(tenant),
  summary: `The tenant "${tenant.name}" (${tenant.subdomain}) was created${byMaster ? '' : ' at setup'}, with its first admin ${adminEmail}.`,
});

/** A new tenant's setup acts as the system actor "tenant setup", in the new tenant. */
export const tenantSetup = (tenant: TenantFixture) => systemActor(tenant.id, 'tenant setup');

/**
 * A tenant with its first admin, its first service ("API", with its default plans) and its default
 * account plan, as the server's tenant setups give them (recorded in the new tenant's log by its
 * setup, and in the master's by the master). Every problem of the input is
 * reported at once; a derived subdomain that is taken gets a numeric suffix, a given one is
 * reported as TAKEN.
 */
export function createTenant(state: TenantsState & UsersState & CatalogState & PlansState & AuditState, by: UserActor, input: CreateTenantInput, now: Date) {
  const refused = (userErrors: ReturnType<typeof tenantError>[]) => ({ tenant: null, adminUser: null, generatedAdminPassword: null, userErrors });
  const errors: ReturnType<typeof tenantError>[] = [];
  const name = input.name.trim();
  checkName(name, errors);
  const given = input.subdomain?.trim().toLowerCase() || null;
  const base = given ?? deriveSubdomain(name);
  if (given) {
    const problem = subdomainProblem(given);
    if (problem) errors.push(tenantError('INVALID', problem, ['input', 'subdomain']));
  } else if (name && !base) {
    errors.push(tenantError('INVALID', 'The name has no letters or digits to derive a subdomain from; give one.', ['input', 'subdomain']));
  }
  const password = input.adminPassword ?? null;
  const weak = password === null ? null : passwordProblem(password);
  if (weak) errors.push(tenantError('WEAK_PASSWORD', weak, ['input', 'adminPassword']));
  if (errors.length) return refused(errors);

  const subdomain = freeSubdomain(state, base, given === null);
  if (!subdomain) return refused([tenantError('TAKEN', `The subdomain "${base}" is taken.`, ['input', 'subdomain'])]);
  const tenant = tenantFixture({ id: toGlobalId('Tenant', crypto.randomUUID()), name, subdomain, isMaster: false, createdAt: now.toISOString() });
  state.tenants.push(tenant);
  const generatedAdminPassword = password === null ? generatePassword() : null;
  const adminUser = createUser(state, { tenantId: tenant.id, email: input.adminEmail, password: password ?? generatedAdminPassword!, role: 'ADMIN' }, now);
  if (!adminUser) throw new Error('Mock: a new tenant cannot already have a user with that email.');
  const setup = tenantSetup(tenant);
  emit(state, setup, tenantCreated(tenant, adminUser.email, true), now);
  createDefaultService(state, setup, now);
  createDefaultAccountPlan(state, setup, now);
  // The operator's own log shows it too, with who did it.
  emit(state, by, { type: 'tenant', action: 'created', target: tenantTarget(tenant), summary: `Created the tenant "${tenant.name}" (${tenant.subdomain}).` }, now);
  return { tenant, adminUser, generatedAdminPassword, userErrors: [] };
}

function freeSubdomain(state: TenantsState, base: string, derived: boolean): string | null {
  for (let attempt = 1; attempt <= (derived ? 50 : 1); attempt++) {
    const subdomain = derived ? derivedSubdomainCandidate(base, attempt) : base;
    if (!state.tenants.some((t) => t.subdomain === subdomain)) return subdomain;
  }
  return null;
}

/**
 * `updateTenantSettings`: the caller's own tenant, its name and time zone (canonically spelled); what is
 * omitted stays. Every problem is reported at once and nothing changes; a change is recorded
 * (`tenant.updated`) with what changed, and nothing is when nothing does.
 */
export function updateTenantSettings(state: TenantsState & AuditState, actor: UserActor, input: UpdateTenantSettingsInput, now: Date) {
  const errors: ReturnType<typeof tenantError>[] = [];
  const tenant = state.tenants.find((t) => t.id === actor.tenantId);
  if (!tenant) throw new Error("Mock: the caller's tenant does not exist.");
  const after = { name: tenant.name, timeZone: tenant.timeZone };
  if (input.name != null) after.name = checkName(input.name, errors) ?? after.name;
  if (input.timeZone != null) {
    const zone = canonicalTimeZone(input.timeZone.trim());
    if (!zone) errors.push(tenantError('INVALID', `"${input.timeZone.slice(0, 64)}" is not a time zone; use an IANA name such as Europe/Madrid, or UTC.`, ['input', 'timeZone']));
    else after.timeZone = zone;
  }
  if (errors.length) return { tenant: null, userErrors: errors };
  const changes = changesOf({ name: tenant.name, timeZone: tenant.timeZone }, after, ['name', 'timeZone']);
  if (!changes.length) return { tenant, userErrors: [] };
  Object.assign(tenant, after);
  const said = changes.map((c) => (c.field === 'name' ? `the name to "${tenant.name}"` : `the time zone to ${tenant.timeZone}`));
  emit(state, actor, { type: 'tenant', action: 'updated', target: tenantTarget(tenant), summary: `Changed ${said.join(' and ')}.`, changes }, now);
  return { tenant, userErrors: [] };
}
