import type { ServiceFixture, TenantFixture } from '../../testing/factories';
import type { ApplicationState } from '../../gql/schema-types';
import type { AccountFixture } from '../accounts/account-store';
import { toGlobalId } from '../global-id';
import type { StoredPlan } from '../plans/plan-store';
import { emptyApplicationsState, type ApplicationFixture, type ApplicationsState, type ServiceSubscriptionFixture } from './application-store';

/**
 * The demo tenant's applications, as the server's demo seed writes them
 * (server/src/modules/applications/applications.seed.ts): two per demo account (400), across its
 * products (by creation) and their application plans (in the order they were created), each account
 * subscribed on the product's default service plan; some pending (every 13th account, from the 6th),
 * a few suspended (every 17th, from the 4th). Written directly: nothing is recorded, notified or
 * posted. The same names, products, plans, states and times; ids and credentials are the mock's own
 * (stable from one reset to the next: the server's are random).
 */
const NAMES = ['Mobile app', 'Web shop', 'Data sync', 'Partner portal', 'Internal dashboard', 'Checkout', 'Newsletter', 'Analytics job', 'iOS client', 'Android client'];
export const DEMO_APPLICATIONS_PER_ACCOUNT = 2;

/** Stable row keys of the seed's rows (other seeds use other variants). */
const seedKey = (kind: '5' | '6' | '7', n: number) => `00000000-0000-4000-${kind}000-${String(n).padStart(12, '0')}`;
/** A stable credential of `length` hex characters, different for each (kind, n): mulberry32 seeded by both. */
function seedHex(kind: string, n: number, length: number): string {
  let seed = (Math.imul(n, 2_654_435_761) ^ Math.imul(kind.charCodeAt(0), 40_503)) >>> 0;
  let text = '';
  while (text.length < length) {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    text += ((t ^ (t >>> 14)) >>> 0).toString(16).padStart(8, '0');
  }
  return text.slice(0, length);
}

export function seedDemoApplications(tenant: TenantFixture, accounts: readonly AccountFixture[], services: readonly ServiceFixture[], plans: readonly StoredPlan[]): ApplicationsState {
  const state = emptyApplicationsState();
  const accountRows = accounts.filter((a) => a.tenantId === tenant.id).sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  const serviceRows = services.filter((s) => s.tenantId === tenant.id).sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  if (!accountRows.length || !serviceRows.length) return state;
  const appPlans = (serviceId: string) => plans.filter((p) => p.kind === 'APPLICATION' && p.serviceId === serviceId && !p.customForApplicationId);
  const servicePlan = (serviceId: string) => plans.find((p) => p.kind === 'SERVICE' && p.serviceId === serviceId && p.isDefault);
  // The server writes them all at the seed's start; the mock's demo starts at the tenant's creation.
  const seededAt = tenant.createdAt;
  accountRows.forEach((account, i) => {
    for (let j = 0; j < DEMO_APPLICATIONS_PER_ACCOUNT; j++) {
      const service = serviceRows[(i + j) % serviceRows.length]!;
      const choices = appPlans(service.id);
      const subscriptionPlan = servicePlan(service.id);
      if (!choices.length || !subscriptionPlan) continue;
      const plan = choices[(i * 3 + j) % choices.length]!;
      if (!state.serviceSubscriptions.some((s) => s.accountId === account.id && s.serviceId === service.id)) {
        const subscription: ServiceSubscriptionFixture = {
          __typename: 'ServiceSubscription',
          id: toGlobalId('ServiceSubscription', seedKey('7', state.serviceSubscriptions.length + 1)),
          tenantId: tenant.id,
          accountId: account.id,
          serviceId: service.id,
          planId: subscriptionPlan.id,
          state: 'LIVE',
          createdAt: account.createdAt,
          updatedAt: seededAt,
        };
        state.serviceSubscriptions.push(subscription);
      }
      const appState: ApplicationState = plan.approvalRequired || i % 13 === 5 ? 'PENDING' : i % 17 === 3 ? 'SUSPENDED' : 'LIVE';
      const createdAt = new Date(Date.parse(account.createdAt) + (j + 1) * 3_600_000).toISOString();
      const n = state.applications.length + 1;
      const application: ApplicationFixture = {
        __typename: 'Application',
        id: toGlobalId('Application', seedKey('5', n)),
        tenantId: tenant.id,
        accountId: account.id,
        serviceId: service.id,
        planId: plan.id,
        name: NAMES[(i + j * 3) % NAMES.length]!,
        description: null,
        state: appState,
        userKey: seedHex('u', n, 32),
        appId: seedHex('a', n, 16),
        clientSecret: seedHex('s', n, 32),
        redirectUrl: null,
        trialEndsAt: null,
        firstTrafficAt: null,
        lastTrafficAt: null,
        createdAt,
        updatedAt: createdAt,
      };
      state.applications.push(application);
      state.applicationKeys.push({
        __typename: 'ApplicationKey',
        id: toGlobalId('ApplicationKey', seedKey('6', n)),
        tenantId: tenant.id,
        applicationId: application.id,
        value: seedHex('k', n, 32),
        createdAt,
      });
    }
  });
  return state;
}
