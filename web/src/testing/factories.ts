import { subdomainForName } from '@gatehouse/schema/subdomain';
import { deriveMetricSystemName, deriveServiceSystemName, HITS } from '@gatehouse/schema/catalog';
import type {
  AccessToken,
  AuditChange,
  AuditEntry,
  Feature,
  HttpMethod,
  Job,
  JobFailure,
  MappingRule,
  Metric,
  Plan,
  PlanKind,
  PricingRule,
  Service,
  ServiceToken,
  Tenant,
  TierMode,
  UsageAlert,
  UsageLimit,
  User,
} from '../gql/schema-types';
import { toGlobalId } from '../mocks/global-id';

/**
 * Schema-typed fixtures for the MSW store, component tests and e2e seeds. Relations are held by id
 * (the store resolves them), so each fixture is the object's own fields plus the ids it points at.
 * Ids are the server's: base64url of `<Type>:<uuid>`.
 */
// adminDomain is not stored: the mock derives it from its base domain, as the server does.
export type TenantFixture = Omit<Tenant, 'users' | 'adminDomain'>;
export type UserFixture = Omit<User, 'tenant'> & { tenantId: string; password: string };
export type AccessTokenFixture = Omit<AccessToken, 'owner'> & { ownerId: string };
/** A durable job as the server's `jobs` row holds it: its failures are rows of their own. */
export type JobFixture = Omit<Job, 'failures'> & {
  tenantId: string;
  /** The user the job acts for: the server stores the actor who asked for it. */
  actorUserId: string;
  /** The request that asked for it (stored with the actor): the audit entries of its items name it. */
  actorRequestId: string | null;
  /** The job kind's parameters, JSON in and out. */
  params: unknown;
  /** The row key of the last item processed (the keyset cursor); null before the first chunk. */
  cursor: string | null;
};
/** An item a job could not apply; `itemId` is a row key, shown as a global ID of `itemType` when there is one. */
export type JobFailureFixture = Omit<JobFailure, '__typename'> & {
  /** The row key (a UUID): failures are not Nodes. */
  id: string;
  jobId: string;
  /** The item's place in the job (0-based): failures list in the order the job met them. */
  position: number;
  itemType: string | null;
};

/** A service (product) of a tenant; its metrics, counts, mapping rules, plans and features are rows of their own. */
export type ServiceFixture = Omit<Service, 'metrics' | 'mappingRules' | 'matchPath' | 'metricCount' | 'methodCount' | 'applicationPlans' | 'servicePlans' | 'features'> & {
  tenantId: string;
};
/**
 * A metric or method of a service: a method is a child of the service's `hits` (`parentId`). `kind`,
 * `builtin` and `mapped` are derived, as on the server.
 */
export type MetricFixture = Omit<Metric, 'kind' | 'builtin' | 'parent' | 'mapped' | 'service'> & { serviceId: string; parentId: string | null };
/** A mapping rule of a service; positions of one service's rules are 1..n. */
export type MappingRuleFixture = Omit<MappingRule, 'metric' | 'service'> & { serviceId: string; metricId: string };
/** A gateway's service token of one product: only its prefix is kept, as on the server (the token is shown once). */
export type ServiceTokenFixture = Omit<ServiceToken, 'service'> & { tenantId: string; serviceId: string };
/**
 * What a gateway reported for one application at one moment, as the usage endpoint counts it: the
 * units by metric global ID with methods already rolled up into their parent (`hits`), and the
 * upstream response codes with how many responses had each. The mock derives every counter, rollup
 * and response-code count of analytics from these (src/mocks/usage/usage-store.ts, `recordUsage`
 * takes system names and rolls them up). `wholeHour`: an hour of calls reported at once (the demo's
 * history), counted from the hour up but in no minute's counter, as the server's demo seed does.
 */
export interface UsageReportFixture {
  tenantId: string;
  serviceId: string;
  accountId: string;
  applicationId: string;
  at: string;
  usage: Record<string, number>;
  responseCodes: Record<string, number>;
  wholeHour: boolean;
}
/** A usage alert of an application's limit (its product, account and metric held by id). */
export type UsageAlertFixture = Omit<UsageAlert, 'application' | 'account' | 'service' | 'metric'> & {
  tenantId: string;
  serviceId: string;
  applicationId: string;
  accountId: string;
  metricId: string;
};

/**
 * An account plan of a tenant (`serviceId` null), or a service or application plan of a service.
 * Its metrics (limits, pricing) and features are rows of their own. Money is held as the server's
 * numeric columns return it: fees with 2 decimals ("9.95", "0.00").
 */
export type PlanFixture = Omit<Plan, 'service' | 'metrics' | 'features'> & { tenantId: string; serviceId: string | null };
/** A limit of one metric over one period on an application plan; `value` is a whole number as a string ("600"). */
export type UsageLimitFixture = Omit<UsageLimit, 'plan' | 'metric'> & { planId: string; metricId: string; createdAt: string };
/**
 * A price for a range of a metric's monthly units on an application plan: `from`/`to` whole numbers
 * as strings, `costPerUnit` with the 4 decimals of its numeric column ("0.0010").
 */
export type PricingRuleFixture = Omit<PricingRule, 'plan' | 'metric'> & { planId: string; metricId: string; createdAt: string };
/** How a plan prices one metric's tiers; a plan × metric without one is GRADUATED. */
export interface TierModeFixture {
  planId: string;
  metricId: string;
  tierMode: TierMode;
}
/** A feature plans of one kind can include: a service's (service and application plans) or the tenant's (account plans). */
export type FeatureFixture = Omit<Feature, 'service'> & { tenantId: string; serviceId: string | null; createdAt: string };
/** A feature a plan includes. */
export interface PlanFeatureFixture {
  planId: string;
  featureId: string;
}

/**
 * One entry of the audit log as the server's `audit_entries` row holds it: the kind and action of
 * the event (`event` is `<type>.<action>`), the acting user's id (null for the system), and the
 * target's global ID, kept after the target is deleted. `actor` and `tenant` are resolved from ids.
 */
export type AuditEntryFixture = Omit<AuditEntry, 'actor' | 'tenant' | 'event' | 'targetId' | 'changes'> & {
  tenantId: string;
  type: string;
  action: string;
  actorUserId: string | null;
  targetId: string | null;
  changes: Omit<AuditChange, '__typename'>[];
};

let sequence = 0;
const next = () => ++sequence;

/** Restarts numbering so every test sees the same ids. */
export function resetFactorySequence(): void {
  sequence = 0;
}

/** A row key in the server's form (a UUID), stable per sequence number. */
function rowKey(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

const BASE_TIME = Date.parse('2026-01-15T09:00:00.000Z');
const isoMinutesAfterBase = (minutes: number) => new Date(BASE_TIME + minutes * 60_000).toISOString();

export function createTenant(overrides: Partial<TenantFixture> = {}): TenantFixture {
  const n = next();
  const name = overrides.name ?? `Tenant ${n}`;
  return {
    __typename: 'Tenant',
    id: toGlobalId('Tenant', rowKey(n)),
    name,
    subdomain: subdomainForName(name),
    isMaster: false,
    timeZone: 'UTC',
    createdAt: isoMinutesAfterBase(n),
    ...overrides,
  };
}

export function createUser(overrides: Partial<UserFixture> & { tenantId: string }): UserFixture {
  const n = next();
  return {
    __typename: 'User',
    id: toGlobalId('User', rowKey(n)),
    email: `user${n}@example.test`,
    name: null,
    role: 'ADMIN',
    password: 'correct horse battery staple',
    createdAt: isoMinutesAfterBase(n),
    lastLoginAt: null,
    ...overrides,
  };
}

/**
 * A token in a consistent state: `state: 'REVOKED'` comes with a `revokedAt`, `state: 'EXPIRED'`
 * with an `expiresAt` in the past, as the server would return them.
 */
export function createAccessToken(overrides: Partial<AccessTokenFixture> & { ownerId: string }): AccessTokenFixture {
  const n = next();
  const createdAt = overrides.createdAt ?? isoMinutesAfterBase(n);
  return {
    __typename: 'AccessToken',
    id: toGlobalId('AccessToken', rowKey(n)),
    name: `Token ${n}`,
    scopes: ['ACCOUNT_MANAGEMENT'],
    permission: 'READ_ONLY',
    // The server keeps the first 10 characters: `gha_` and 6 of the secret.
    prefix: `gha_${String(n).padStart(6, '0')}`,
    state: 'ACTIVE',
    expiresAt: overrides.state === 'EXPIRED' ? createdAt : null,
    lastUsedAt: null,
    revokedAt: overrides.state === 'REVOKED' ? createdAt : null,
    createdAt,
    ...overrides,
  };
}

/** A queued job of a tenant, acting for one of its users; pass `status` and the counts for a later state. */
export function createJob(overrides: Partial<JobFixture> & { tenantId: string; actorUserId: string }): JobFixture {
  const n = next();
  return {
    __typename: 'Job',
    id: toGlobalId('Job', rowKey(n)),
    kind: 'test.record',
    actorRequestId: null,
    status: 'QUEUED',
    params: {},
    total: null,
    processed: 0,
    succeeded: 0,
    failed: 0,
    cancelRequested: false,
    error: null,
    cursor: null,
    createdAt: isoMinutesAfterBase(n),
    startedAt: null,
    finishedAt: null,
    ...overrides,
  };
}

/** A service with the server's defaults (USER_KEY, `user_key`/`app_id`/`app_key`, ACTIVE); no metrics (see `createCatalog`). */
export function createService(overrides: Partial<ServiceFixture> & { tenantId: string }): ServiceFixture {
  const n = next();
  const name = overrides.name ?? `Service ${n}`;
  const createdAt = overrides.createdAt ?? isoMinutesAfterBase(n);
  return {
    __typename: 'Service',
    id: toGlobalId('Service', rowKey(n)),
    name,
    systemName: deriveServiceSystemName(name) || `service_${n}`,
    description: null,
    authMode: 'USER_KEY',
    userKeyParameter: 'user_key',
    appIdParameter: 'app_id',
    appKeyParameter: 'app_key',
    customKeysAllowed: false,
    emailDevelopersOnUsageAlerts: false,
    state: 'ACTIVE',
    createdAt,
    updatedAt: createdAt,
    ...overrides,
  };
}

/** A top-level metric of a service unless `parentId` (the service's `hits`) makes it a method. */
export function createMetric(overrides: Partial<MetricFixture> & { serviceId: string }): MetricFixture {
  const n = next();
  const friendlyName = overrides.friendlyName ?? `Metric ${n}`;
  return {
    __typename: 'Metric',
    id: toGlobalId('Metric', rowKey(n)),
    parentId: null,
    systemName: deriveMetricSystemName(friendlyName) || `metric_${n}`,
    friendlyName,
    unit: overrides.parentId ? 'hit' : 'call',
    description: null,
    createdAt: isoMinutesAfterBase(n),
    ...overrides,
  };
}

/** The built-in metric every service has, as the server creates it. */
export function createHitsMetric(serviceId: string, overrides: Partial<MetricFixture> = {}): MetricFixture {
  return createMetric({ serviceId, systemName: HITS, friendlyName: 'Hits', unit: 'hit', description: 'Number of API hits', ...overrides });
}

/** A mapping rule: GET, increment 1, not last; give `position` (1..n within its service). */
export function createMappingRule(overrides: Partial<MappingRuleFixture> & { serviceId: string; metricId: string }): MappingRuleFixture {
  const n = next();
  return {
    __typename: 'MappingRule',
    id: toGlobalId('MappingRule', rowKey(n)),
    httpMethod: 'GET',
    pattern: '/',
    delta: 1,
    position: 1,
    last: false,
    createdAt: isoMinutesAfterBase(n),
    ...overrides,
  };
}

/** A service token of a product, never used: the prefix is `ghs_` and 6 characters, as the server keeps it. */
export function createServiceToken(overrides: Partial<ServiceTokenFixture> & { tenantId: string; serviceId: string }): ServiceTokenFixture {
  const n = next();
  return {
    __typename: 'ServiceToken',
    id: toGlobalId('ServiceToken', rowKey(n)),
    name: `Gateway ${n}`,
    prefix: `ghs_${String(n).padStart(6, '0')}`,
    createdAt: isoMinutesAfterBase(n),
    lastUsedAt: null,
    ...overrides,
  };
}

/** A report of one call at the base time, on no metric unless given: set `usage` (metric ID → units) and `at`. */
export function createUsageReport(
  overrides: Partial<UsageReportFixture> & { tenantId: string; serviceId: string; accountId: string; applicationId: string },
): UsageReportFixture {
  return { at: isoMinutesAfterBase(0), usage: {}, responseCodes: {}, wholeHour: false, ...overrides };
}

/** An unread usage alert at 80 % of 1000 units a day unless given; its kind follows its level (VIOLATION from 100 %). */
export function createUsageAlert(
  overrides: Partial<UsageAlertFixture> & { tenantId: string; serviceId: string; applicationId: string; accountId: string; metricId: string },
): UsageAlertFixture {
  const n = next();
  const level = overrides.level ?? 80;
  return {
    __typename: 'UsageAlert',
    id: toGlobalId('UsageAlert', rowKey(n)),
    kind: level >= 100 ? 'VIOLATION' : 'ALERT',
    level,
    period: 'DAY',
    max: '1000',
    current: String(Math.ceil((1000 * level) / 100)),
    raisedAt: isoMinutesAfterBase(n),
    readAt: null,
    ...overrides,
  };
}

export interface CatalogMetricSpec {
  kind: 'metric' | 'method';
  friendlyName: string;
  systemName?: string;
  /** Metrics only (a method counts hits); `call` when omitted. */
  unit?: string;
  description?: string | null;
  /** Its mapping rules, appended to the service's in this order. */
  rules?: [HttpMethod, string][];
}

/**
 * A whole service as the server would hold it: the service, `hits` and the given metrics and methods
 * (`hits` first, then in order), and their mapping rules at positions 1..n. Push the three lists into
 * the mock's `state` (`services`, `metrics`, `mappingRules`).
 */
export function createCatalog(
  service: Partial<ServiceFixture> & { tenantId: string },
  metrics: CatalogMetricSpec[] = [],
): { service: ServiceFixture; metrics: MetricFixture[]; mappingRules: MappingRuleFixture[] } {
  const created = createService(service);
  const hits = createHitsMetric(created.id);
  const all = [hits];
  const mappingRules: MappingRuleFixture[] = [];
  for (const spec of metrics) {
    const metric = createMetric({
      serviceId: created.id,
      parentId: spec.kind === 'method' ? hits.id : null,
      friendlyName: spec.friendlyName,
      ...(spec.systemName ? { systemName: spec.systemName } : {}),
      unit: spec.kind === 'method' ? 'hit' : (spec.unit ?? 'call'),
      description: spec.description ?? null,
    });
    all.push(metric);
    for (const [httpMethod, pattern] of spec.rules ?? []) {
      mappingRules.push(createMappingRule({ serviceId: created.id, metricId: metric.id, httpMethod, pattern, position: mappingRules.length + 1 }));
    }
  }
  return { service: created, metrics: all, mappingRules };
}

/**
 * A plan with the server's defaults (free, no trial, HIDDEN, not the default): an application plan of
 * `serviceId`, or an account plan with `kind: 'ACCOUNT'` and no service.
 */
export function createPlan(overrides: Partial<PlanFixture> & { tenantId: string }): PlanFixture {
  const n = next();
  const name = overrides.name ?? `Plan ${n}`;
  const createdAt = overrides.createdAt ?? isoMinutesAfterBase(n);
  const kind: PlanKind = overrides.kind ?? 'APPLICATION';
  return {
    __typename: 'Plan',
    id: toGlobalId('Plan', rowKey(n)),
    kind,
    serviceId: null,
    name,
    systemName: deriveServiceSystemName(name) || `plan_${n}`,
    description: null,
    setupFee: '0.00',
    costPerMonth: '0.00',
    trialPeriodDays: null,
    approvalRequired: false,
    state: 'HIDDEN',
    isDefault: false,
    createdAt,
    updatedAt: createdAt,
    ...overrides,
  };
}

/** A usage limit: per day, 1000 units unless given. */
export function createUsageLimit(overrides: Partial<UsageLimitFixture> & { planId: string; metricId: string }): UsageLimitFixture {
  const n = next();
  return {
    __typename: 'UsageLimit',
    id: toGlobalId('UsageLimit', rowKey(n)),
    period: 'DAY',
    value: '1000',
    createdAt: isoMinutesAfterBase(n),
    ...overrides,
  };
}

/** A pricing rule: from 1, no end, free unless given (`costPerUnit` with 4 decimals, as stored). */
export function createPricingRule(overrides: Partial<PricingRuleFixture> & { planId: string; metricId: string }): PricingRuleFixture {
  const n = next();
  return {
    __typename: 'PricingRule',
    id: toGlobalId('PricingRule', rowKey(n)),
    from: '1',
    to: null,
    costPerUnit: '0.0000',
    createdAt: isoMinutesAfterBase(n),
    ...overrides,
  };
}

/** A feature of application plans of `serviceId` unless `scope` (and no service, for ACCOUNT) say otherwise. */
export function createFeature(overrides: Partial<FeatureFixture> & { tenantId: string }): FeatureFixture {
  const n = next();
  const name = overrides.name ?? `Feature ${n}`;
  return {
    __typename: 'Feature',
    id: toGlobalId('Feature', rowKey(n)),
    scope: 'APPLICATION',
    serviceId: null,
    name,
    systemName: deriveServiceSystemName(name) || `feature_${n}`,
    description: null,
    createdAt: isoMinutesAfterBase(n),
    ...overrides,
  };
}

/** An audit entry of a tenant: by the system unless an actor is given, about no object unless a target is. */
export function createAuditEntry(overrides: Partial<AuditEntryFixture> & { tenantId: string }): AuditEntryFixture {
  const n = next();
  return {
    __typename: 'AuditEntry',
    id: toGlobalId('AuditEntry', rowKey(n)),
    occurredAt: isoMinutesAfterBase(n),
    type: 'service',
    action: 'created',
    actorKind: 'SYSTEM',
    actorUserId: null,
    actorName: 'tenant setup',
    targetType: null,
    targetId: null,
    targetName: null,
    summary: `Entry ${n}.`,
    changes: [],
    requestId: null,
    ...overrides,
  };
}
