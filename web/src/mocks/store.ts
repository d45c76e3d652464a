import { createAccessToken, createTenant, createUser, resetFactorySequence, type UserFixture } from '../testing/factories';
import { seedDemoAccounts } from './accounts/account-seed';
import type { AccountsState } from './accounts/account-store';
import { seedDemoApplications } from './applications/application-seed';
import type { ApplicationsState } from './applications/application-store';
import { seedDefaultService, seedDemoCatalog, type CatalogState } from './catalog/catalog';
import { seedAuditLog } from './events/audit-seed';
import { registerEventSink, type AuditState } from './events/events';
import type { ExportsState } from './exports/export-store';
import type { JobsState } from './jobs/jobs';
import { seedDemoNotifications } from './notifications/notification-seed';
import { notifyOfEvent, type NotificationsState } from './notifications/notifications';
import { seedPlans, type PlansState } from './plans/plans';
import type { TenantsState } from './tenants/tenants';
import type { AccessTokensState } from './team/access-tokens';
import { seedDemoWebhooks } from './webhooks/webhook-seed';
import { webhookOfEvent, type WebhooksState } from './webhooks/webhooks';
import type { SessionState } from './team/auth';
import type { TeamUser, UsersState } from './team/users';
import type { ServiceTokensState } from './usage/service-tokens';
import { seedDemoUsage } from './usage/usage-seed';
import type { UsageState } from './usage/usage-store';

/**
 * The in-memory back end of mock mode and component tests: each domain's state (its rules live
 * beside it, in `<domain>/`), seeded with the server's demo data (`GATEHOUSE_DEMO=1`) and a little
 * more. A new domain adds its state here and its module in mock-schema.ts.
 */
export type MockState = TenantsState &
  UsersState &
  SessionState &
  AccessTokensState &
  JobsState &
  CatalogState &
  PlansState &
  AuditState &
  NotificationsState &
  WebhooksState &
  AccountsState &
  ApplicationsState &
  ExportsState &
  ServiceTokensState &
  UsageState;

/** The demo logins: the same as the server's demo seed, with a fixed master password. */
export const demo = {
  masterEmail: 'admin@gatehouse.local',
  masterPassword: 'gatehouse-master-2026',
  acmeSubdomain: 'acme',
  acmeEmail: 'admin@acme.test',
  acmePassword: 'acme-admin-2026',
  memberEmail: 'member@acme.test',
  memberPassword: 'acme-member-2026',
};

// The imitated server's GATEHOUSE_BASE_DOMAIN (its own file: the notifications' mail links use it too).
export { MOCK_BASE_DOMAIN } from './base-domain';

// Every event that carries `notify` becomes notifications and mail (the server's notifications module registers its sink alike).
registerEventSink(notifyOfEvent);
// And every event that carries `webhook` is queued for its tenant's webhook when it listens (the server's webhooks module).
registerEventSink(webhookOfEvent);

function seed(): MockState {
  resetFactorySequence();
  const master = createTenant({ name: 'Master', subdomain: 'master', isMaster: true });
  const acme = createTenant({ name: 'Acme API', subdomain: demo.acmeSubdomain });
  const globex = createTenant({ name: 'Globex Corporation', subdomain: 'globex' });
  const masterAdmin = createUser({ tenantId: master.id, email: demo.masterEmail, password: demo.masterPassword });
  const acmeAdmin = createUser({ tenantId: acme.id, email: demo.acmeEmail, password: demo.acmePassword });
  // The member is given the PARTNERS area and every product, as the server's demo seed gives it.
  const acmeMember: TeamUser = {
    ...createUser({ tenantId: acme.id, email: demo.memberEmail, password: demo.memberPassword, role: 'MEMBER', name: 'Demo Member' }),
    memberAreas: ['PARTNERS'],
    memberServiceIds: null,
  };
  const globexAdmin = createUser({ tenantId: globex.id, email: 'admin@globex.test' });
  const accessTokens = [
    createAccessToken({ ownerId: masterAdmin.id, name: 'CI deploys', scopes: ['ACCOUNT_MANAGEMENT'], permission: 'READ_WRITE' }),
    createAccessToken({
      ownerId: masterAdmin.id,
      name: 'Billing export',
      scopes: ['BILLING', 'ANALYTICS'],
      lastUsedAt: '2026-02-01T10:00:00.000Z',
    }),
    createAccessToken({ ownerId: acmeAdmin.id, name: 'Acme analytics', scopes: ['ANALYTICS'] }),
  ];
  // The server's demo catalog for Acme (its default "API" first); every other tenant but the master
  // has the default service createTenant gives it.
  const acmeCatalog = seedDemoCatalog(acme.id);
  const globexCatalog = seedDefaultService(globex.id);
  // Their plans: the default account plan, each service's default plans, and the server's demo plans.
  const acmePlans = seedPlans(acmeCatalog, acme.id);
  const globexPlans = seedPlans({ services: [globexCatalog.service], metrics: globexCatalog.metrics, mappingRules: globexCatalog.mappingRules }, globex.id);
  const catalogAndPlans = {
    services: [...acmeCatalog.services, globexCatalog.service],
    metrics: [...acmeCatalog.metrics, ...globexCatalog.metrics],
    mappingRules: [...acmeCatalog.mappingRules, ...globexCatalog.mappingRules],
    plans: [...acmePlans.plans, ...globexPlans.plans],
    usageLimits: [...acmePlans.usageLimits, ...globexPlans.usageLimits],
    pricingRules: [...acmePlans.pricingRules, ...globexPlans.pricingRules],
    tierModes: [...acmePlans.tierModes, ...globexPlans.tierModes],
    features: [...acmePlans.features, ...globexPlans.features],
    planFeatures: [...acmePlans.planFeatures, ...globexPlans.planFeatures],
  };
  const tenants = [master, acme, globex];
  const users = [masterAdmin, acmeAdmin, acmeMember, globexAdmin];
  // What the server's log holds after its first start (each tenant's setup, Acme's demo seed), with
  // the notifications and mail of the product the demo seed retires.
  const seeded = seedAuditLog({ tenants, users, ...catalogAndPlans }, [
    { tenant: acme, adminEmail: acmeAdmin.email, demo: true },
    { tenant: globex, adminEmail: globexAdmin.email, demo: false },
  ]);
  // And a little more for the demo's bell: reports of bulk operations Acme's admin ran (the mock's own).
  const extra = seedDemoNotifications(acme, acmeAdmin);
  // And a webhook for the demo's Settings → Webhooks, with deliveries in each state (the mock's own).
  const webhooks = seedDemoWebhooks(acme);
  // Acme's 200 developer accounts in every state, with their admin users, as the server's demo seed writes them.
  const accounts = seedDemoAccounts(acme, catalogAndPlans.plans);
  // And their 400 applications, two each across Acme's products, with their subscriptions (the server's demo seed).
  const applications = seedDemoApplications(acme, accounts.accounts, catalogAndPlans.services, catalogAndPlans.plans);
  // And a 30-day traffic history of 36 of them, up to the current hour (the server's demo seed), with a few alerts (the mock's own).
  const usage = seedDemoUsage(acme, applications.applications, catalogAndPlans.metrics, catalogAndPlans, new Date());
  return {
    tenants,
    users,
    accessTokens,
    sessionUserId: null,
    loginFailures: [],
    jobs: [],
    jobFailures: [],
    holdJobs: false,
    exports: [],
    ...catalogAndPlans,
    auditEntries: seeded.auditEntries,
    notifications: [...seeded.notifications, ...extra.notifications].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt)),
    notificationPreferences: [],
    outboxMessages: [...seeded.outboxMessages, ...extra.outboxMessages].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt)),
    ...webhooks,
    ...accounts,
    ...applications,
    // The server's demo seed makes no service tokens: a gateway's is created when it is set up.
    serviceTokens: [],
    ...usage,
  };
}

export let state: MockState = seed();

/** Back to the seed: called between tests. */
export function resetMockState(overrides: Partial<MockState> = {}): MockState {
  state = { ...seed(), ...overrides };
  return state;
}

/** The signed-in user, if any. */
export function viewer(): UserFixture | null {
  return state.users.find((u) => u.id === state.sessionUserId) ?? null;
}
