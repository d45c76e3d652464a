import type { PlanFixture, ServiceFixture, TenantFixture } from '../../testing/factories';
import {
  isBuiltin,
  mappingRuleCreated,
  metricCreated,
  metricsOfService,
  retiredDemoService,
  serviceCreated,
  serviceDeleted,
  type CatalogState,
} from '../catalog/catalog';
import { toGlobalId } from '../global-id';
import type { NotificationsState } from '../notifications/notifications';
import {
  DEFAULT_ACCOUNT_PLAN,
  DEFAULT_SERVICE_PLANS,
  featureCreated,
  featureSwitched,
  planCreated,
  planDeleted,
  planMadeDefault,
  pricingRuleCreated,
  usageLimitSet,
  type PlansState,
} from '../plans/plan-store';
import type { UsersState } from '../team/users';
import { tenantCreated, tenantSetup } from '../tenants/tenants';
import { emit, systemActor, type AuditState, type DomainEvent, type MockActor } from './events';

type SeedState = CatalogState & PlansState & UsersState & { tenants: TenantFixture[] };

/** Stable row keys for what the seed records (and for the plans the demo seed deleted), as the factories' are. */
const seedKey = (kind: 'a' | 'b' | 'f', n: number) => `00000000-0000-4000-${kind}000-${String(n).padStart(12, '0')}`;

/** What the seed's events leave: the log, and the notifications and mail of those that notify. */
export type SeededEvents = AuditState & Pick<NotificationsState, 'notifications' | 'outboxMessages'>;

/**
 * A seeded tenant's audit log as the server's would read after its first start with the demo data:
 * its setup ("tenant setup": the tenant, its first service "API" with that service's default plans,
 * its default account plan) and, for the demo tenant, the demo seed ("demo-seed":
 * server/src/modules/catalog/catalog.seed.ts and plans/plans.seed.ts) — the Email API and Echo API
 * with their default plans, metrics, methods and mapping rules, the Legacy SMS API created with its
 * default plans and deleted at once, then their demo plans, limits, pricing rules and feature, in
 * the server's order. Entries are a millisecond apart from the tenant's creation on. The deletion
 * notifies, as any does: Acme's admin and member get a notification and HELD mail (returned too,
 * with stable ids).
 */
export function seedAuditLog(state: SeedState, seeded: { tenant: TenantFixture; adminEmail: string; demo: boolean }[]): SeededEvents {
  // The events are recorded as any request's are: those that notify write notifications and mail through the sink.
  const log: AuditState & NotificationsState & UsersState & { tenants: TenantFixture[] } = {
    auditEntries: [],
    users: state.users,
    tenants: state.tenants,
    notifications: [],
    notificationPreferences: [],
    outboxMessages: [],
  };
  let deletedPlans = 0;
  for (const { tenant, adminEmail, demo } of seeded) {
    const now = new Date(tenant.createdAt);
    const record = (actor: MockActor, event: DomainEvent) => emit(log, actor, event, now);
    const services = state.services.filter((s) => s.tenantId === tenant.id);
    const serviceNamed = (systemName: string) => services.find((s) => s.systemName === systemName);
    const planOf = (service: ServiceFixture | null, kind: PlanFixture['kind'], systemName: string) =>
      state.plans.find((p) => p.tenantId === tenant.id && p.serviceId === (service?.id ?? null) && p.kind === kind && p.systemName === systemName);
    /** A plan the demo seed deleted (the Email API's Basic and Unlimited): gone from the state, still in the log. */
    const deletedPlan = (service: ServiceFixture, spec: (typeof DEFAULT_SERVICE_PLANS)[number]): PlanFixture => ({
      __typename: 'Plan',
      id: toGlobalId('Plan', seedKey('b', ++deletedPlans)),
      tenantId: tenant.id,
      serviceId: service.id,
      kind: spec.kind,
      name: spec.name,
      systemName: spec.systemName,
      description: null,
      setupFee: '0.00',
      costPerMonth: '0.00',
      trialPeriodDays: null,
      approvalRequired: false,
      state: spec.state,
      isDefault: spec.isDefault,
      createdAt: tenant.createdAt,
      updatedAt: tenant.createdAt,
    });
    /** A new service and its default plans (the deleted ones stand in for those the state no longer has). */
    const serviceWithPlans = (actor: MockActor, service: ServiceFixture): Map<string, PlanFixture> => {
      record(actor, serviceCreated(service));
      const plans = new Map<string, PlanFixture>();
      for (const spec of DEFAULT_SERVICE_PLANS) {
        const plan = planOf(service, spec.kind, spec.systemName) ?? deletedPlan(service, spec);
        // As it was created: the default plans' own state, whatever became of them since.
        record(actor, planCreated({ ...plan, state: spec.state, isDefault: spec.isDefault }, service));
        plans.set(`${spec.kind} ${spec.systemName}`, plan);
      }
      return plans;
    };

    const setup = tenantSetup(tenant);
    record(setup, tenantCreated(tenant, adminEmail, false));
    const api = serviceNamed('api');
    if (api) serviceWithPlans(setup, api);
    const accountPlan = planOf(null, 'ACCOUNT', DEFAULT_ACCOUNT_PLAN.systemName);
    if (accountPlan) record(setup, planCreated({ ...accountPlan, state: DEFAULT_ACCOUNT_PLAN.state, isDefault: DEFAULT_ACCOUNT_PLAN.isDefault }, null));
    if (!demo) continue;

    const seed = systemActor(tenant.id, 'demo-seed');
    const email = serviceNamed('email_api');
    const echo = serviceNamed('echo_api');
    const defaults = new Map<ServiceFixture, Map<string, PlanFixture>>();
    for (const service of [email, echo]) {
      if (!service) continue;
      defaults.set(service, serviceWithPlans(seed, service));
      for (const metric of metricsOfService(state, service.id).filter((m) => !isBuiltin(m))) {
        record(seed, metricCreated(metric, service));
        for (const rule of state.mappingRules.filter((r) => r.metricId === metric.id).sort((a, b) => a.position - b.position)) {
          record(seed, mappingRuleCreated(rule, metric, service));
        }
      }
    }
    // The product the demo seed retires at once (with its default plans): its team is told, and mailed.
    if (email && echo) {
      const retired = retiredDemoService(tenant.id, tenant.createdAt);
      serviceWithPlans(seed, retired);
      record(seed, serviceDeleted(retired, seed));
    }
    const metric = (id: string) => state.metrics.find((m) => m.id === id)!;
    const limitsOf = (plan: PlanFixture) => state.usageLimits.filter((l) => l.planId === plan.id);
    if (email) {
      const basic = defaults.get(email)!.get('APPLICATION basic')!;
      for (const name of ['Bronze', 'Silver', 'Gold', 'Platinum']) {
        const plan = state.plans.find((p) => p.serviceId === email.id && p.name === name);
        if (!plan) continue;
        record(seed, planCreated({ ...plan, isDefault: false }, email));
        for (const limit of limitsOf(plan)) record(seed, usageLimitSet(limit, metric(limit.metricId), plan, email));
        if (plan.isDefault) record(seed, planMadeDefault(plan, email, basic));
      }
      for (const key of ['APPLICATION basic', 'APPLICATION unlimited']) record(seed, planDeleted(defaults.get(email)!.get(key)!, email));
    }
    if (echo) {
      const basic = planOf(echo, 'APPLICATION', 'basic');
      for (const limit of basic ? limitsOf(basic) : []) record(seed, usageLimitSet(limit, metric(limit.metricId), basic!, echo));
      const payg = state.plans.find((p) => p.serviceId === echo.id && p.systemName === 'pay_as_you_go');
      if (payg) {
        record(seed, planCreated(payg, echo));
        for (const rule of state.pricingRules.filter((r) => r.planId === payg.id)) record(seed, pricingRuleCreated(rule, metric(rule.metricId), payg, echo));
        for (const feature of state.features.filter((f) => f.serviceId === echo.id)) {
          record(seed, featureCreated(feature, echo));
          if (state.planFeatures.some((f) => f.planId === payg.id && f.featureId === feature.id)) record(seed, featureSwitched(feature, payg, echo, true));
        }
      }
    }
  }
  // Stable ids, as every seeded row has.
  const entryIds = new Map(log.auditEntries.map((entry, i) => [entry.id, toGlobalId('AuditEntry', seedKey('a', i + 1))]));
  const notificationIds = new Map(log.notifications.map((n, i) => [n.id, toGlobalId('Notification', seedKey('f', i + 1))]));
  return {
    auditEntries: log.auditEntries.map((entry) => ({ ...entry, id: entryIds.get(entry.id)! })),
    notifications: log.notifications.map((n) => ({ ...n, id: notificationIds.get(n.id)!, auditEntryId: n.auditEntryId && (entryIds.get(n.auditEntryId) ?? null) })),
    outboxMessages: log.outboxMessages.map((m, i) => ({
      ...m,
      id: toGlobalId('OutboxMessage', seedKey('f', i + 1)),
      notificationId: m.notificationId && (notificationIds.get(m.notificationId) ?? null),
    })),
  };
}
