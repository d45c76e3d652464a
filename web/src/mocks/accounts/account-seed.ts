import type { PlanFixture, TenantFixture } from '../../testing/factories';
import type { AccountState } from '../../gql/schema-types';
import { toGlobalId } from '../global-id';
import { emptyAccountsState, type AccountFixture, type AccountsState, type AccountUserFixture } from './account-store';

/**
 * The demo tenant's developer accounts, as the server's demo seed writes them
 * (server/src/modules/accounts/accounts.seed.ts): 200 organizations in every state — mostly approved,
 * some pending, created, rejected and suspended — each with its admin user (first and last name) and
 * its country, city and VAT rate, signed up over the year before the seed. The same names, states,
 * users and values, in the same order; written directly, as the server's are: nothing is recorded,
 * notified or posted. Ids and times are stable (the server's are random and relative to its start):
 * the year ends at the tenant's creation.
 */
const PREFIXES = ['Acme', 'Blue', 'Bright', 'Cloud', 'Delta', 'Echo', 'Falcon', 'Green', 'Harbor', 'Iron', 'Jade', 'Kite', 'Lumen', 'Maple', 'Nova', 'Orbit', 'Pixel', 'Quartz', 'River', 'Summit'];
const SUFFIXES = ['Labs', 'Logistics', 'Health', 'Media', 'Payments', 'Analytics', 'Retail', 'Travel', 'Robotics', 'Studio'];
const FIRST = ['Ada', 'Ben', 'Chloe', 'Dev', 'Elena', 'Farid', 'Grace', 'Hugo', 'Ines', 'Jon', 'Kim', 'Leo', 'Maya', 'Nils', 'Omar', 'Priya'];
const LAST = ['Lovelace', 'Okafor', 'Martin', 'Patel', 'Rossi', 'Haddad', 'Hopper', 'Berg', 'Silva', 'Park', 'Nakamura', 'Dubois'];
const COUNTRIES = ['ES', 'DE', 'US', 'GB', 'FR', 'NL', 'IN', 'BR', 'JP', 'SE'];
const VAT = ['21', '19', '0', '20', '20', '21', '18', '0', '10', '25'];
const CITIES = ['Madrid', 'Berlin', 'Austin', 'Leeds', 'Lyon', 'Utrecht', 'Pune', 'Recife', 'Osaka', 'Malmö'];
/** Mostly approved, some of every other state: what a real program's list looks like. */
const STATES: AccountState[] = ['APPROVED', 'APPROVED', 'APPROVED', 'APPROVED', 'APPROVED', 'APPROVED', 'PENDING', 'PENDING', 'CREATED', 'REJECTED', 'SUSPENDED'];
export const DEMO_ACCOUNT_COUNT = 200;

/** Stable row keys of the seed's accounts and users (the factories' use another variant). */
const seedKey = (kind: '3' | '4', n: number) => `00000000-0000-4000-${kind}000-${String(n).padStart(12, '0')}`;

/** `vat_rate` as its numeric(5, 2) column holds it. */
const asNumeric = (rate: string) => `${rate}.00`;

/**
 * The seeded tenant's accounts and their admin users; none when it has no account plan (the server's
 * seed then leaves it alone). Accounts go on the default plan, every fifth on the next of the tenant's
 * account plans (the same one while it has only its default).
 */
export function seedDemoAccounts(tenant: TenantFixture, plans: readonly PlanFixture[]): AccountsState {
  const state = emptyAccountsState();
  const accountPlans = plans.filter((p) => p.tenantId === tenant.id && p.kind === 'ACCOUNT');
  const defaultPlan = accountPlans.find((p) => p.isDefault) ?? accountPlans[0];
  if (!defaultPlan) return state;
  const end = Date.parse(tenant.createdAt);
  for (let i = 0; i < DEMO_ACCOUNT_COUNT; i++) {
    const country = i % COUNTRIES.length;
    const createdAt = new Date(end - Math.round(((DEMO_ACCOUNT_COUNT - i) / DEMO_ACCOUNT_COUNT) * 365 * 86_400_000) - (i % 7) * 3_600_000).toISOString();
    const plan = i % 5 === 4 ? accountPlans[i % accountPlans.length]! : defaultPlan;
    const suffix = i >= PREFIXES.length * SUFFIXES.length ? ` ${Math.floor(i / 200) + 2}` : '';
    const orgName = `${PREFIXES[i % PREFIXES.length]} ${SUFFIXES[Math.floor(i / PREFIXES.length) % SUFFIXES.length]}${suffix}`;
    const accountState = STATES[(i * 7) % STATES.length]!;
    const account: AccountFixture = {
      __typename: 'Account',
      id: toGlobalId('Account', seedKey('3', i + 1)),
      tenantId: tenant.id,
      orgName,
      state: accountState,
      planId: plan.id,
      values: { country: COUNTRIES[country]!, vat_rate: VAT[country]!, city: CITIES[country]! },
      vatRate: asNumeric(VAT[country]!),
      createdAt,
      updatedAt: createdAt,
      stateChangedAt: createdAt,
    };
    state.accounts.push(account);
    const first = FIRST[i % FIRST.length]!;
    const last = LAST[(i * 5) % LAST.length]!;
    const username = `${first}.${last}${i}`.toLowerCase();
    const user: AccountUserFixture = {
      __typename: 'AccountUser',
      id: toGlobalId('AccountUser', seedKey('4', i + 1)),
      tenantId: tenant.id,
      accountId: account.id,
      username,
      email: `${username}@${orgName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.example.com`,
      role: 'ADMIN',
      state: accountState === 'APPROVED' ? 'ACTIVE' : 'PENDING',
      values: { first_name: first, last_name: last },
      createdAt,
      updatedAt: createdAt,
    };
    state.accountUsers.push(user);
  }
  return state;
}
