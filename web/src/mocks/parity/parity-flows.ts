import { MAX_EMAIL_LENGTH, MAX_LONG_TEXT_LENGTH, MAX_SEARCH_TEXT_LENGTH, MAX_SERVICE_TOKEN_NAME_LENGTH, MAX_STRING_INPUT_LENGTH } from '@gatehouse/schema/lengths';
import { toGlobalId } from '../global-id';
import { demo } from '../store';
import { MAX_SERVICE_TOKENS } from '../usage/service-tokens';

/**
 * The main flows of the admin, as one sequence of requests (a browser session: each login
 * replaces the previous one), run once against the mock and once against the real server. Each
 * step says what it is for — data, an error code, or userError codes — and that is checked on both
 * sides, so parity can never be two identical failures. Steps read ids and cursors that earlier
 * steps kept (`keep`: ref name → path in `data`), since the two sides' ids differ.
 */
export type Refs = Record<string, string>;

export type Expectation = 'data' | { error: string } | { userErrors: string[] };

export interface ParityStep {
  name: string;
  query: string;
  variables?: (refs: Refs) => Record<string, unknown>;
  expect: Expectation;
  keep?: Record<string, string>;
  /** Keys whose values are deterministic in this flow and must match (names, subdomains). */
  values?: string[];
  /** Compare lists item by item, in order (a sorted listing). */
  ordered?: boolean;
  /**
   * Ask again (every 100 ms, for up to 10 s) until the answer's `data` passes: a job runs in the
   * background on the server, and is compared once it has finished.
   */
  until?: (data: Record<string, unknown> | null | undefined) => boolean;
}

const fragments: Record<string, string> = {
  TenantParts: 'fragment TenantParts on Tenant { __typename id name subdomain isMaster timeZone adminDomain createdAt }',
  UserParts: 'fragment UserParts on User { __typename id email name role createdAt lastLoginAt tenant { ...TenantParts } }',
  TokenParts:
    'fragment TokenParts on AccessToken { __typename id name scopes permission prefix state expiresAt lastUsedAt revokedAt createdAt owner { id email } }',
  PageParts: 'fragment PageParts on PageInfo { hasNextPage hasPreviousPage startCursor endCursor }',
  JobParts:
    'fragment JobParts on Job { __typename id kind status total processed succeeded failed cancelRequested error createdAt startedAt finishedAt }',
  ServiceParts:
    'fragment ServiceParts on Service { __typename id name systemName description authMode userKeyParameter appIdParameter appKeyParameter customKeysAllowed emailDevelopersOnUsageAlerts state createdAt updatedAt metricCount methodCount }',
  MetricParts:
    'fragment MetricParts on Metric { __typename id systemName friendlyName unit description kind builtin mapped createdAt parent { id systemName } service { id systemName } }',
  RuleParts:
    'fragment RuleParts on MappingRule { __typename id httpMethod pattern delta position last createdAt metric { id systemName } service { id systemName } }',
  PlanParts:
    'fragment PlanParts on Plan { __typename id kind name systemName description setupFee costPerMonth trialPeriodDays approvalRequired state isDefault createdAt updatedAt service { id systemName } }',
  FeatureParts: 'fragment FeatureParts on Feature { __typename id scope name systemName description service { id systemName } }',
  AuditParts:
    'fragment AuditParts on AuditEntry { __typename id occurredAt event actorKind actorName actor { id email } targetType targetId targetName summary changes { __typename field from to } requestId tenant { id subdomain } }',
  NotificationParts:
    'fragment NotificationParts on Notification { __typename id type category title summary targetType targetId targetName read readAt createdAt }',
  PreferenceParts: 'fragment PreferenceParts on NotificationPreference { __typename type category title description email emailByDefault }',
  OutboxParts:
    'fragment OutboxParts on OutboxMessage { __typename id type toAddress subject textBody htmlBody status attempts nextAttemptAt lastError createdAt sentAt }',
  WebhookSettingsParts: 'fragment WebhookSettingsParts on WebhookSettings { __typename url enabled adminActionsFire events secret previousSecretExpiresAt }',
  // What the server answers alike whatever its delivery workers did meanwhile (attempts, last error, log, next attempt: see the ping's payload).
  DeliveryParts: 'fragment DeliveryParts on WebhookDelivery { __typename id eventId event url body status createdAt deliveredAt }',
  AccountUserParts:
    'fragment AccountUserParts on AccountUser { __typename id username email role state createdAt fields { __typename name label value } account { id orgName } }',
  AccountParts:
    'fragment AccountParts on Account { __typename id orgName state vatRate createdAt updatedAt stateChangedAt availableActions plan { id name } fields { __typename name label value } adminUser { ...AccountUserParts } }',
  FieldDefinitionParts: 'fragment FieldDefinitionParts on FieldDefinition { __typename target name label required hidden builtin fixed kind choices position }',
  ApplicationParts:
    'fragment ApplicationParts on Application { __typename id name description state userKey appId clientId clientSecret redirectUrl trialEndsAt firstTrafficAt lastTrafficAt paid availableActions createdAt updatedAt plan { id name customForApplication { id } } service { id name } account { id orgName } keys { __typename id value createdAt } }',
  SubscriptionParts: 'fragment SubscriptionParts on ServiceSubscription { __typename id state availableActions createdAt updatedAt plan { id name } service { id name } account { id orgName } }',
  PlanChangeRequestParts:
    'fragment PlanChangeRequestParts on PlanChangeRequest { __typename id state message reason createdAt decidedAt fromPlan { id name } toPlan { id name } application { id name plan { name } } }',
  InvitationParts: 'fragment InvitationParts on AccountInvitation { __typename id email role state sentAt expiresAt acceptedAt createdAt account { id orgName } }',
  MessageParts: 'fragment MessageParts on AccountMessage { __typename id direction subject body createdAt }',
  ServiceTokenParts: 'fragment ServiceTokenParts on ServiceToken { __typename id name prefix createdAt lastUsedAt service { id systemName } }',
  UsageAlertParts:
    'fragment UsageAlertParts on UsageAlert { __typename id kind level period max current raisedAt readAt application { id name } account { id orgName } service { id systemName } metric { id systemName } }',
  PlanMetricParts:
    'fragment PlanMetricParts on PlanMetric { __typename enabled tierMode metric { id systemName } usageLimits { __typename id period value plan { id } metric { id systemName } } pricingRules { __typename id from to costPerUnit plan { id } metric { id systemName } } }',
};

/** The operation with the fragments it spreads (transitively): unused fragments are invalid GraphQL. */
function op(source: string): string {
  const used = new Set<string>();
  const collect = (text: string) => {
    for (const [, name] of text.matchAll(/\.\.\.\s*([A-Za-z]+)/g)) {
      if (name && fragments[name] && !used.has(name)) {
        used.add(name);
        collect(fragments[name]);
      }
    }
  };
  collect(source);
  return [source, ...[...used].map((name) => fragments[name])].join('\n');
}

const LOGIN = op(`mutation Login($input: LoginInput!) { login(input: $input) { user { ...UserParts } userErrors { __typename field message code } } }`);
const LOGOUT = op(`mutation Logout($input: LogoutInput) { logout(input: $input) { loggedOut clientMutationId } }`);
const VIEWER = op(`query Viewer { viewer { ...UserParts } }`);
const TOKENS = op(`query Tokens($first: Int, $after: String, $last: Int, $before: String, $filter: AccessTokenFilter, $orderBy: AccessTokenOrder) {
  accessTokens(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { ...PageParts } edges { cursor node { ...TokenParts } } nodes { id name }
  }
}`);
const CREATE_TOKEN = op(`mutation CreateToken($input: CreateAccessTokenInput!) {
  createAccessToken(input: $input) { token accessToken { ...TokenParts } userErrors { __typename field message code } }
}`);
const REVOKE_TOKEN = op(`mutation RevokeToken($input: RevokeAccessTokenInput!) {
  revokeAccessToken(input: $input) { accessToken { ...TokenParts } userErrors { __typename field message code } }
}`);
const TENANTS = op(`query Tenants($first: Int, $after: String, $filter: TenantFilter, $orderBy: TenantOrder) {
  tenants(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { ...PageParts } edges { cursor node { ...TenantParts } } nodes { id name }
  }
}`);
const TENANT = op(`query Tenant($id: ID!) {
  tenant(id: $id) { ...TenantParts users(first: 5) { totalCount pageInfo { ...PageParts } edges { cursor node { id email role } } } }
}`);
const CREATE_TENANT = op(`mutation CreateTenant($input: CreateTenantInput!) {
  createTenant(input: $input) { tenant { ...TenantParts } adminUser { ...UserParts } generatedAdminPassword userErrors { __typename field message code } }
}`);
const CHANGE_PASSWORD = op(`mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input) { user { id email } userErrors { __typename field message code } }
}`);
const NODE = op(
  `query Node($id: ID!) { node(id: $id) { __typename id ... on AccessToken { name state } ... on Tenant { subdomain } ... on User { email } ... on Job { status kind } } }`,
);
const NODES = op(`query Nodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`);
const UNLOCK_LOGIN = op(`mutation UnlockLogin($input: UnlockLoginInput!) {
  unlockLogin(input: $input) { user { id email } cleared userErrors { __typename field message code } }
}`);
const ACME_USERS = `query AcmeUsers { tenants(filter: { search: "acme" }) { nodes { subdomain users(first: 10, orderBy: { field: EMAIL, direction: ASC }) { nodes { id email } } } } }`;

const REVOKE_TOKENS = op(`mutation RevokeTokens($input: RevokeAccessTokensInput!) {
  revokeAccessTokens(input: $input) {
    results { __typename id status error { __typename code field message } }
    job { ...JobParts failures(first: 10) { totalCount edges { cursor node { itemId code message } } pageInfo { ...PageParts } } }
    userErrors { __typename field message code }
  }
}`);
const JOB = op(`query Job($id: ID!, $first: Int, $after: String) {
  job(id: $id) { ...JobParts failures(first: $first, after: $after) { totalCount edges { cursor node { itemId code message } } pageInfo { ...PageParts } } }
}`);
const CANCEL_JOB = op(`mutation CancelJob($input: CancelJobInput!) {
  cancelJob(input: $input) { job { ...JobParts } userErrors { __typename field message code } }
}`);

const masterLogin = { email: demo.masterEmail, password: demo.masterPassword };
const inOneYear = () => new Date(Date.now() + 365 * 24 * 3600 * 1000).toISOString();
const unknownToken = toGlobalId('AccessToken', '00000000-0000-4000-8000-00000000dead');
const unknownTenant = toGlobalId('Tenant', '00000000-0000-4000-8000-00000000dead');
const unknownJob = toGlobalId('Job', '00000000-0000-4000-8000-00000000dead');
const unknownUser = toGlobalId('User', '00000000-0000-4000-8000-00000000dead');
/** One character over a bound; the messages name the bound, so they are compared as values. */
const tooLongSearch = 's'.repeat(MAX_SEARCH_TEXT_LENGTH + 1);
const tooLongEmail = `${'a'.repeat(MAX_EMAIL_LENGTH)}@example.com`;
const unknownTokens = (count: number) =>
  Array.from({ length: count }, (_, i) => toGlobalId('AccessToken', `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`));
const finished = (job: unknown) => {
  const status = (job as { status?: unknown } | null | undefined)?.status;
  return typeof status === 'string' && !['QUEUED', 'RUNNING'].includes(status);
};
/** A job's counts are deterministic in these flows: compared as values. */
const jobCounts = ['kind', 'total', 'processed', 'succeeded', 'failed', 'totalCount'];

/** Every root field an anonymous caller must be refused, with the smallest selection. */
const anonymousRefusals: [string, string, Record<string, unknown>?][] = [
  ['accessTokens', 'query { accessTokens { totalCount } }'],
  ['tenants', 'query { tenants { totalCount } }'],
  ['tenant', 'query { tenant(id: "x") { id } }'],
  ['node', 'query { node(id: "x") { id } }'],
  ['createAccessToken', 'mutation { createAccessToken(input: { name: "x", scopes: [BILLING], permission: READ_ONLY }) { token } }'],
  ['revokeAccessToken', 'mutation { revokeAccessToken(input: { id: "x" }) { accessToken { id } } }'],
  ['changePassword', 'mutation { changePassword(input: { currentPassword: "x", newPassword: "y" }) { user { id } } }'],
  ['createTenant', 'mutation { createTenant(input: { name: "x", adminEmail: "a@b.test" }) { tenant { id } } }'],
  ['updateTenantSettings', 'mutation { updateTenantSettings(input: { timeZone: "UTC" }) { tenant { id } } }'],
  ['revokeAccessTokens', 'mutation { revokeAccessTokens(input: { ids: ["x"] }) { userErrors { code } } }'],
  ['job', 'query { job(id: "x") { id } }'],
  ['cancelJob', 'mutation { cancelJob(input: { id: "x" }) { userErrors { code } } }'],
  ['services', 'query { services { totalCount } }'],
  ['service', 'query { service(id: "x") { id } }'],
  ['createService', 'mutation { createService(input: { name: "x" }) { userErrors { code } } }'],
  ['deleteMappingRule', 'mutation { deleteMappingRule(input: { id: "x" }) { userErrors { code } } }'],
  ['importOpenApi', 'mutation { importOpenApi(input: { serviceId: "x", document: "x", dryRun: true }) { userErrors { code } } }'],
  ['serviceTokens', 'query { serviceTokens(serviceId: "x") { id } }'],
  ['createServiceToken', 'mutation { createServiceToken(input: { serviceId: "x", name: "x" }) { token } }'],
  ['revokeServiceToken', 'mutation { revokeServiceToken(input: { id: "x" }) { userErrors { code } } }'],
  ['auditLog', 'query { auditLog { totalCount } }'],
  ['notifications', 'query { notifications { totalCount } }'],
  ['unreadNotificationCount', 'query { unreadNotificationCount }'],
  ['notificationPreferences', 'query { notificationPreferences { type } }'],
  ['outbox', 'query { outbox { totalCount } }'],
  ['markNotificationsRead', 'mutation { markNotificationsRead(input: { all: true }) { markedCount } }'],
  ['updateNotificationPreferences', 'mutation { updateNotificationPreferences(input: { preferences: [] }) { userErrors { code } } }'],
  ['webhookSettings', 'query { webhookSettings { url } }'],
  ['webhookDeliveries', 'query { webhookDeliveries { totalCount } }'],
  ['updateWebhookSettings', 'mutation { updateWebhookSettings(input: { enabled: false }) { userErrors { code } } }'],
  ['rotateWebhookSecret', 'mutation { rotateWebhookSecret { userErrors { code } } }'],
  ['pingWebhook', 'mutation { pingWebhook { userErrors { code } } }'],
  ['retryWebhookDeliveries', 'mutation { retryWebhookDeliveries(input: { ids: ["x"] }) { userErrors { code } } }'],
  ['deleteWebhookDeliveries', 'mutation { deleteWebhookDeliveries(input: { ids: ["x"] }) { userErrors { code } } }'],
];

// ── the catalog (server/src/modules/catalog) ─────────────────────────────────────────────
const SERVICES = op(`query Services($first: Int, $after: String, $last: Int, $before: String, $filter: ServiceFilter, $orderBy: ServiceOrder) {
  services(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { ...PageParts } edges { cursor node { ...ServiceParts } } nodes { id name }
  }
}`);
const SERVICE = op(`query Service($id: ID!, $method: HttpMethod!, $path: String!) {
  service(id: $id) {
    ...ServiceParts metrics { ...MetricParts } mappingRules { ...RuleParts }
    matchPath(httpMethod: $method, path: $path) { matchedRules { id pattern position } increments { metric { id systemName } value } }
  }
}`);
/** Only what is in a deterministic order: the rules by position, the matched rules and their increments. */
const RULES = `query Rules($id: ID!, $method: HttpMethod!, $path: String!) {
  service(id: $id) {
    id mappingRules { id httpMethod pattern delta position last metric { id systemName } }
    matchPath(httpMethod: $method, path: $path) { matchedRules { id pattern position } increments { metric { id systemName } value } }
  }
}`;
const CATALOG_NODE = `query CatalogNode($id: ID!) {
  node(id: $id) { __typename id ... on Service { systemName } ... on Metric { systemName kind } ... on MappingRule { pattern position } }
}`;
const CATALOG_ERRORS = 'userErrors { __typename field message code }';
const CREATE_SERVICE = op(`mutation CreateService($input: CreateServiceInput!) {
  createService(input: $input) { service { ...ServiceParts metrics { ...MetricParts } } ${CATALOG_ERRORS} }
}`);
const UPDATE_SERVICE = op(`mutation UpdateService($input: UpdateServiceInput!) { updateService(input: $input) { service { ...ServiceParts } ${CATALOG_ERRORS} } }`);
const DELETE_SERVICE = `mutation DeleteService($input: DeleteServiceInput!) { deleteService(input: $input) { deletedServiceId ${CATALOG_ERRORS} } }`;
const CREATE_METRIC = op(`mutation CreateMetric($input: CreateMetricInput!) { createMetric(input: $input) { metric { ...MetricParts } ${CATALOG_ERRORS} } }`);
const CREATE_METHOD = op(`mutation CreateMethod($input: CreateMethodInput!) { createMethod(input: $input) { metric { ...MetricParts } ${CATALOG_ERRORS} } }`);
const UPDATE_METRIC = op(`mutation UpdateMetric($input: UpdateMetricInput!) { updateMetric(input: $input) { metric { ...MetricParts } ${CATALOG_ERRORS} } }`);
const DELETE_METRIC = `mutation DeleteMetric($input: DeleteMetricInput!) {
  deleteMetric(input: $input) { deletedMetricId deletedMappingRuleIds ${CATALOG_ERRORS} }
}`;
const CREATE_RULE = op(`mutation CreateRule($input: CreateMappingRuleInput!) { createMappingRule(input: $input) { mappingRule { ...RuleParts } ${CATALOG_ERRORS} } }`);
const UPDATE_RULE = op(`mutation UpdateRule($input: UpdateMappingRuleInput!) { updateMappingRule(input: $input) { mappingRule { ...RuleParts } ${CATALOG_ERRORS} } }`);
const DELETE_RULE = `mutation DeleteRule($input: DeleteMappingRuleInput!) { deleteMappingRule(input: $input) { deletedMappingRuleId ${CATALOG_ERRORS} } }`;

const PARITY_ADMIN_PASSWORD = 'long enough password';
const unknownService = toGlobalId('Service', '00000000-0000-4000-8000-00000000dead');
const unknownMetric = toGlobalId('Metric', '00000000-0000-4000-8000-00000000dead');
const unknownRule = toGlobalId('MappingRule', '00000000-0000-4000-8000-00000000dead');
/** Names, counts, positions and patterns of the catalog are deterministic in these flows. */
const catalogValues = [
  'name',
  'systemName',
  'description',
  'userKeyParameter',
  'appIdParameter',
  'appKeyParameter',
  'metricCount',
  'methodCount',
  'totalCount',
  'friendlyName',
  'unit',
  'pattern',
  'position',
  'delta',
  'value',
];
const byName = (direction: 'ASC' | 'DESC') => ({ field: 'NAME', direction });
const parity = (refs: Refs) => refs['paritySvc'];
/**
 * `Service.matchPath` arguments, always sent: the server (graphql-jit) refuses a non-null variable
 * left to its default value (GraphQL allows it), so the queries declare none.
 */
const matchAt = (method = 'GET', path = '/') => ({ method, path });

/**
 * The Acme admin (demo.acmeEmail) over the demo catalog — API, Echo API, Email API — and a service
 * of its own ("Parity Service") with metrics, methods and mapping rules.
 */
const catalogAdminSteps: ParityStep[] = [
  {
    name: 'services: by name (the default order), the demo catalog',
    query: SERVICES,
    expect: 'data',
    values: catalogValues,
    ordered: true,
    keep: { apiService: 'services.nodes.0.id', echoService: 'services.nodes.1.id', emailService: 'services.nodes.2.id' },
  },
  {
    name: 'services: by name, descending, first 2',
    query: SERVICES,
    variables: () => ({ first: 2, orderBy: byName('DESC') }),
    expect: 'data',
    values: catalogValues,
    ordered: true,
    keep: { servicesCursor: 'services.pageInfo.endCursor' },
  },
  {
    name: 'services: the page after the cursor',
    query: SERVICES,
    variables: (refs) => ({ first: 2, after: refs['servicesCursor'], orderBy: byName('DESC') }),
    expect: 'data',
    values: catalogValues,
    ordered: true,
  },
  // The demo services were created in one transaction: same creation time, so their order is the row ids'.
  {
    name: 'services: by creation time',
    query: SERVICES,
    variables: () => ({ first: 3, orderBy: { field: 'CREATED_AT', direction: 'DESC' } }),
    expect: 'data',
    keep: { createdCursor: 'services.pageInfo.endCursor' },
  },
  {
    name: 'services: a cursor of another sort order: BAD_USER_INPUT',
    query: SERVICES,
    variables: (refs) => ({ first: 2, after: refs['createdCursor'], orderBy: byName('ASC') }),
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  {
    name: 'services: a text cursor for a time order: BAD_USER_INPUT',
    query: SERVICES,
    variables: (refs) => ({ first: 2, after: refs['servicesCursor'], orderBy: { field: 'CREATED_AT', direction: 'ASC' } }),
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  {
    name: 'services: search "_API" matches system names (LIKE characters are literal), any case',
    query: SERVICES,
    variables: () => ({ filter: { search: '_API' } }),
    expect: 'data',
    values: catalogValues,
    ordered: true,
  },
  {
    name: 'services: search on the name, trimmed',
    query: SERVICES,
    variables: () => ({ filter: { search: '  echo ', states: [] } }),
    expect: 'data',
    values: catalogValues,
    ordered: true,
  },
  {
    name: 'services: states [SUSPENDED], none yet',
    query: SERVICES,
    variables: () => ({ filter: { states: ['SUSPENDED'] } }),
    expect: 'data',
    values: ['totalCount'],
  },
  {
    name: `services: a search over ${MAX_SEARCH_TEXT_LENGTH} characters: BAD_USER_INPUT`,
    query: SERVICES,
    variables: () => ({ filter: { search: tooLongSearch } }),
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  {
    name: 'service: Echo API, its metrics, methods and rules; matchPath GET /echo/hello',
    query: SERVICE,
    variables: (refs) => ({ id: refs['echoService'], method: 'GET', path: '/echo/hello?x=1' }),
    expect: 'data',
    values: catalogValues,
    keep: { echoRule: 'service.mappingRules.0.id', echoMethod: 'service.mappingRules.0.metric.id' },
  },
  {
    name: 'service: Echo API rules in order; matchPath GET /search?q=mail',
    query: RULES,
    variables: (refs) => ({ id: refs['echoService'], method: 'GET', path: '/search?q=mail' }),
    expect: 'data',
    values: catalogValues,
    ordered: true,
  },
  {
    name: 'service: Email API; matchPath POST /smtp/send (an anchored pattern)',
    query: SERVICE,
    variables: (refs) => ({ id: refs['emailService'], method: 'POST', path: '/smtp/send' }),
    expect: 'data',
    values: catalogValues,
  },
  {
    name: 'service: matchPath with a path over 8192 characters: BAD_USER_INPUT',
    query: RULES,
    variables: (refs) => ({ ...matchAt('GET', `/${'a'.repeat(8192)}`), id: refs['echoService'] }),
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  { name: 'service: unknown: NOT_FOUND', query: SERVICE, variables: () => ({ ...matchAt(), id: unknownService }), expect: { error: 'NOT_FOUND' }, values: ['message'] },
  { name: 'service: malformed id: NOT_FOUND', query: SERVICE, variables: () => ({ ...matchAt(), id: 'nope' }), expect: { error: 'NOT_FOUND' } },
  {
    name: 'service: a metric id is no service id: NOT_FOUND',
    query: SERVICE,
    variables: (refs) => ({ ...matchAt(), id: refs['echoMethod'] }),
    expect: { error: 'NOT_FOUND' },
  },
  { name: 'node: a service', query: CATALOG_NODE, variables: (refs) => ({ id: refs['echoService'] }), expect: 'data', values: catalogValues },
  { name: 'node: a method', query: CATALOG_NODE, variables: (refs) => ({ id: refs['echoMethod'] }), expect: 'data', values: catalogValues },
  { name: 'node: a mapping rule', query: CATALOG_NODE, variables: (refs) => ({ id: refs['echoRule'] }), expect: 'data', values: catalogValues },
  { name: 'node: unknown metric: NOT_FOUND', query: CATALOG_NODE, variables: () => ({ id: unknownMetric }), expect: { error: 'NOT_FOUND' } },

  // createService
  {
    name: 'createService: derived system name, trimmed name and description, APP_ID_APP_KEY, with hits',
    query: CREATE_SERVICE,
    variables: () => ({
      input: { name: ' Parity Service ', description: '  Parity.  ', authMode: 'APP_ID_APP_KEY', appIdParameter: ' pid ', customKeysAllowed: true },
    }),
    expect: 'data',
    values: catalogValues,
    keep: { paritySvc: 'createService.service.id', parityHits: 'createService.service.metrics.0.id' },
  },
  {
    name: 'createService: the same name again gets a suffixed system name',
    query: CREATE_SERVICE,
    variables: () => ({ input: { name: 'Parity Service' } }),
    expect: 'data',
    values: catalogValues,
    keep: { paritySvc2: 'createService.service.id' },
  },
  {
    name: 'createService: a given system name that is taken: TAKEN',
    query: CREATE_SERVICE,
    variables: () => ({ input: { name: 'Other', systemName: 'email_api' } }),
    expect: { userErrors: ['TAKEN'] },
  },
  {
    name: 'createService: blank name, bad parameter, bad system name (all at once)',
    query: CREATE_SERVICE,
    variables: () => ({ input: { name: ' ', systemName: 'Bad Name', userKeyParameter: 'a b' } }),
    expect: { userErrors: ['BLANK', 'INVALID', 'INVALID'] },
  },
  {
    name: 'createService: name too long: TOO_LONG',
    query: CREATE_SERVICE,
    variables: () => ({ input: { name: 'x'.repeat(201) } }),
    expect: { userErrors: ['TOO_LONG'] },
  },
  {
    name: 'createService: nothing to derive a system name from: INVALID',
    query: CREATE_SERVICE,
    variables: () => ({ input: { name: '!!!' } }),
    expect: { userErrors: ['INVALID'] },
  },
  {
    name: 'createService: unknown auth mode (enum): BAD_USER_INPUT',
    query: CREATE_SERVICE,
    variables: () => ({ input: { name: 'Basic', authMode: 'BASIC' } }),
    expect: { error: 'BAD_USER_INPUT' },
  },

  // updateService and deleteService
  {
    name: 'updateService: rename, suspend, custom keys, usage alerts emailed to developers, clear the description',
    query: UPDATE_SERVICE,
    variables: (refs) => ({ input: { id: refs['paritySvc2'], name: ' Parity Service Two ', state: 'SUSPENDED', customKeysAllowed: true, emailDevelopersOnUsageAlerts: true, description: '' } }),
    expect: 'data',
    values: [...catalogValues, 'customKeysAllowed', 'emailDevelopersOnUsageAlerts'],
  },
  {
    name: 'services: states [SUSPENDED]',
    query: SERVICES,
    variables: () => ({ filter: { states: ['SUSPENDED', 'SUSPENDED'] } }),
    expect: 'data',
    values: catalogValues,
    ordered: true,
  },
  {
    name: 'updateService: description too long, blank parameter (all at once)',
    query: UPDATE_SERVICE,
    variables: (refs) => ({ input: { id: refs['paritySvc2'], appKeyParameter: ' ', description: 'd'.repeat(2001) } }),
    expect: { userErrors: ['TOO_LONG', 'BLANK'] },
  },
  { name: 'updateService: nothing to change', query: UPDATE_SERVICE, variables: (refs) => ({ input: { id: refs['paritySvc2'] } }), expect: 'data', values: catalogValues },
  {
    name: 'updateService: unknown: NOT_FOUND',
    query: UPDATE_SERVICE,
    variables: () => ({ input: { id: unknownService, name: 'x' } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  {
    name: 'updateService: the system name cannot change (no such input field): BAD_USER_INPUT',
    query: UPDATE_SERVICE,
    variables: (refs) => ({ input: { id: refs['paritySvc2'], systemName: 'other' } }),
    expect: { error: 'BAD_USER_INPUT' },
  },
  { name: 'deleteService: Parity Service Two', query: DELETE_SERVICE, variables: (refs) => ({ input: { id: refs['paritySvc2'] } }), expect: 'data' },
  {
    name: 'deleteService: again: NOT_FOUND',
    query: DELETE_SERVICE,
    variables: (refs) => ({ input: { id: refs['paritySvc2'] } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  { name: 'node: a deleted service: NOT_FOUND', query: CATALOG_NODE, variables: (refs) => ({ id: refs['paritySvc2'] }), expect: { error: 'NOT_FOUND' } },

  // metrics and methods
  {
    name: 'createMethod: derived system name, under hits',
    query: CREATE_METHOD,
    variables: (refs) => ({ input: { serviceId: parity(refs), friendlyName: 'Send mail', description: ' Sends. ' } }),
    expect: 'data',
    values: catalogValues,
    keep: { sendMethod: 'createMethod.metric.id' },
  },
  {
    name: 'createMetric: with a unit',
    query: CREATE_METRIC,
    variables: (refs) => ({ input: { serviceId: parity(refs), friendlyName: 'Data transfer', unit: ' kb ' } }),
    expect: 'data',
    values: catalogValues,
    keep: { bytesMetric: 'createMetric.metric.id' },
  },
  {
    name: 'createMethod: a derived system name that is taken gets a suffix',
    query: CREATE_METHOD,
    variables: (refs) => ({ input: { serviceId: parity(refs), friendlyName: 'Send mail!' } }),
    expect: 'data',
    values: catalogValues,
    keep: { sendMethod2: 'createMethod.metric.id' },
  },
  {
    name: 'createMethod: friendly name (any case) and system name taken: TAKEN, TAKEN',
    query: CREATE_METHOD,
    variables: (refs) => ({ input: { serviceId: parity(refs), friendlyName: 'send MAIL', systemName: 'Send_mail' } }),
    expect: { userErrors: ['TAKEN', 'TAKEN'] },
  },
  {
    name: 'createMetric: a system name with a space: INVALID',
    query: CREATE_METRIC,
    variables: (refs) => ({ input: { serviceId: parity(refs), friendlyName: 'Bytes out', systemName: 'bytes out', unit: 'b' } }),
    expect: { userErrors: ['INVALID'] },
  },
  {
    name: 'createMetric: blank name and unit: BLANK, BLANK',
    query: CREATE_METRIC,
    variables: (refs) => ({ input: { serviceId: parity(refs), friendlyName: ' ', unit: '' } }),
    expect: { userErrors: ['BLANK', 'BLANK'] },
  },
  {
    name: 'createMetric: unknown service: NOT_FOUND',
    query: CREATE_METRIC,
    variables: () => ({ input: { serviceId: unknownService, friendlyName: 'X', unit: 'x' } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  {
    name: 'createMethod: a metric id is no service id: NOT_FOUND',
    query: CREATE_METHOD,
    variables: (refs) => ({ input: { serviceId: refs['sendMethod'], friendlyName: 'X' } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },

  // mapping rules: positions 1..n through inserts, moves and deletes
  {
    name: 'createMappingRule: the first, pattern trimmed',
    query: CREATE_RULE,
    variables: (refs) => ({ input: { serviceId: parity(refs), httpMethod: 'POST', pattern: ' /mail/{id}/send ', metricId: refs['sendMethod'] } }),
    expect: 'data',
    values: catalogValues,
    keep: { sendRule: 'createMappingRule.mappingRule.id' },
  },
  {
    name: 'createMappingRule: increment 5, last',
    query: CREATE_RULE,
    variables: (refs) => ({ input: { serviceId: parity(refs), httpMethod: 'GET', pattern: '/bytes', metricId: refs['bytesMetric'], delta: 5, last: true } }),
    expect: 'data',
    values: catalogValues,
    keep: { bytesRule: 'createMappingRule.mappingRule.id' },
  },
  {
    name: 'createMappingRule: inserted at position 1',
    query: CREATE_RULE,
    variables: (refs) => ({ input: { serviceId: parity(refs), httpMethod: 'POST', pattern: '/mail/', metricId: refs['bytesMetric'], delta: 2, position: 1 } }),
    expect: 'data',
    values: catalogValues,
    keep: { mailRule: 'createMappingRule.mappingRule.id' },
  },
  {
    name: 'createMappingRule: a position past the end goes last',
    query: CREATE_RULE,
    variables: (refs) => ({ input: { serviceId: parity(refs), httpMethod: 'GET', pattern: '/status$', metricId: refs['sendMethod2'], position: 99 } }),
    expect: 'data',
    values: catalogValues,
    keep: { statusRule: 'createMappingRule.mappingRule.id' },
  },
  {
    name: 'service: the rules at 1..4; matchPath POST /mail/42/send?x=1',
    query: RULES,
    variables: (refs) => ({ id: parity(refs), method: 'POST', path: '/mail/42/send?x=1' }),
    expect: 'data',
    values: catalogValues,
    ordered: true,
  },
  {
    name: 'createMappingRule: a pattern without a leading slash: INVALID',
    query: CREATE_RULE,
    variables: (refs) => ({ input: { serviceId: parity(refs), httpMethod: 'GET', pattern: 'no-slash', metricId: refs['sendMethod'] } }),
    expect: { userErrors: ['INVALID'] },
  },
  {
    name: 'createMappingRule: a blank pattern: BLANK',
    query: CREATE_RULE,
    variables: (refs) => ({ input: { serviceId: parity(refs), httpMethod: 'GET', pattern: '  ', metricId: refs['sendMethod'] } }),
    expect: { userErrors: ['BLANK'] },
  },
  {
    name: 'createMappingRule: increment 0 and position 0: INVALID, INVALID',
    query: CREATE_RULE,
    variables: (refs) => ({ input: { serviceId: parity(refs), httpMethod: 'GET', pattern: '/ok', metricId: refs['sendMethod'], delta: 0, position: 0 } }),
    expect: { userErrors: ['INVALID', 'INVALID'] },
  },
  {
    name: 'createMappingRule: a metric of another service: WRONG_SERVICE',
    query: CREATE_RULE,
    variables: (refs) => ({ input: { serviceId: parity(refs), httpMethod: 'GET', pattern: '/ok', metricId: refs['echoMethod'] } }),
    expect: { userErrors: ['WRONG_SERVICE'] },
  },
  {
    name: 'createMappingRule: unknown metric: NOT_FOUND',
    query: CREATE_RULE,
    variables: (refs) => ({ input: { serviceId: parity(refs), httpMethod: 'GET', pattern: '/ok', metricId: 'nope' } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  {
    name: 'createMappingRule: unknown service: NOT_FOUND',
    query: CREATE_RULE,
    variables: (refs) => ({ input: { serviceId: unknownService, httpMethod: 'GET', pattern: '/ok', metricId: refs['sendMethod'] } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  {
    name: 'createMappingRule: unknown verb (enum): BAD_USER_INPUT',
    query: CREATE_RULE,
    variables: (refs) => ({ input: { serviceId: parity(refs), httpMethod: 'TRACE', pattern: '/ok', metricId: refs['sendMethod'] } }),
    expect: { error: 'BAD_USER_INPUT' },
  },
  {
    name: 'updateMappingRule: move the first rule down to 3',
    query: UPDATE_RULE,
    variables: (refs) => ({ input: { id: refs['mailRule'], position: 3 } }),
    expect: 'data',
    values: catalogValues,
  },
  {
    name: 'updateMappingRule: move the last rule to the front, with another verb and increment',
    query: UPDATE_RULE,
    variables: (refs) => ({ input: { id: refs['statusRule'], position: 1, httpMethod: 'HEAD', delta: 3 } }),
    expect: 'data',
    values: catalogValues,
  },
  {
    name: 'updateMappingRule: a position past the end moves it last',
    query: UPDATE_RULE,
    variables: (refs) => ({ input: { id: refs['sendRule'], position: 50 } }),
    expect: 'data',
    values: catalogValues,
  },
  {
    name: 'service: the rules after the moves',
    query: RULES,
    variables: (refs) => ({ id: parity(refs), method: 'POST', path: '/mail/42/send' }),
    expect: 'data',
    values: catalogValues,
    ordered: true,
  },
  {
    name: 'updateMappingRule: a metric of another service and position 0: WRONG_SERVICE, INVALID',
    query: UPDATE_RULE,
    variables: (refs) => ({ input: { id: refs['sendRule'], metricId: refs['echoMethod'], position: 0 } }),
    expect: { userErrors: ['WRONG_SERVICE', 'INVALID'] },
  },
  { name: 'updateMappingRule: unknown: NOT_FOUND', query: UPDATE_RULE, variables: () => ({ input: { id: unknownRule, last: true } }), expect: { userErrors: ['NOT_FOUND'] } },
  { name: 'deleteMappingRule: the rule at 2', query: DELETE_RULE, variables: (refs) => ({ input: { id: refs['bytesRule'] } }), expect: 'data' },
  {
    name: 'deleteMappingRule: again: NOT_FOUND',
    query: DELETE_RULE,
    variables: (refs) => ({ input: { id: refs['bytesRule'] } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  { name: 'service: the rules after the delete, 1..3', query: RULES, variables: (refs) => ({ ...matchAt(), id: parity(refs) }), expect: 'data', values: catalogValues, ordered: true },

  // updateMetric and deleteMetric
  {
    name: 'updateMetric: hits keeps its system name: BUILTIN',
    query: UPDATE_METRIC,
    variables: (refs) => ({ input: { id: refs['parityHits'], systemName: 'calls' } }),
    expect: { userErrors: ['BUILTIN'] },
  },
  {
    name: 'updateMetric: hits may get another friendly name and description',
    query: UPDATE_METRIC,
    variables: (refs) => ({ input: { id: refs['parityHits'], friendlyName: 'API calls', description: '', systemName: 'hits' } }),
    expect: 'data',
    values: catalogValues,
  },
  {
    name: 'updateMetric: renaming a mapped method: HAS_DEPENDENTS',
    query: UPDATE_METRIC,
    variables: (refs) => ({ input: { id: refs['sendMethod'], systemName: 'send_v2' } }),
    expect: { userErrors: ['HAS_DEPENDENTS'] },
  },
  {
    name: 'updateMetric: renamed once confirmed',
    query: UPDATE_METRIC,
    variables: (refs) => ({ input: { id: refs['sendMethod'], systemName: 'send_v2', confirm: true } }),
    expect: 'data',
    values: catalogValues,
  },
  {
    name: 'updateMetric: a method has no unit: INVALID',
    query: UPDATE_METRIC,
    variables: (refs) => ({ input: { id: refs['sendMethod'], unit: 'mb' } }),
    expect: { userErrors: ['INVALID'] },
  },
  {
    name: "updateMetric: another metric's names: TAKEN, TAKEN",
    query: UPDATE_METRIC,
    variables: (refs) => ({ input: { id: refs['sendMethod'], friendlyName: 'DATA TRANSFER', systemName: 'Data_transfer' } }),
    expect: { userErrors: ['TAKEN', 'TAKEN'] },
  },
  {
    name: 'updateMetric: blank name, blank unit, bad system name (all at once)',
    query: UPDATE_METRIC,
    variables: (refs) => ({ input: { id: refs['bytesMetric'], friendlyName: ' ', unit: ' ', systemName: 'a b' } }),
    expect: { userErrors: ['BLANK', 'BLANK', 'INVALID'] },
  },
  { name: 'updateMetric: unknown: NOT_FOUND', query: UPDATE_METRIC, variables: () => ({ input: { id: unknownMetric, unit: 'x' } }), expect: { userErrors: ['NOT_FOUND'] } },
  {
    name: 'deleteMetric: hits: BUILTIN',
    query: DELETE_METRIC,
    variables: (refs) => ({ input: { id: refs['parityHits'], confirm: true } }),
    expect: { userErrors: ['BUILTIN'] },
  },
  {
    name: 'deleteMetric: a mapped metric: HAS_DEPENDENTS',
    query: DELETE_METRIC,
    variables: (refs) => ({ input: { id: refs['bytesMetric'] } }),
    expect: { userErrors: ['HAS_DEPENDENTS'] },
  },
  {
    name: 'deleteMetric: confirmed, its rules go with it',
    query: DELETE_METRIC,
    variables: (refs) => ({ input: { id: refs['bytesMetric'], confirm: true } }),
    expect: 'data',
  },
  {
    name: 'deleteMetric: again: NOT_FOUND',
    query: DELETE_METRIC,
    variables: (refs) => ({ input: { id: refs['bytesMetric'] } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  { name: 'node: a rule deleted with its metric: NOT_FOUND', query: CATALOG_NODE, variables: (refs) => ({ id: refs['mailRule'] }), expect: { error: 'NOT_FOUND' } },
  { name: 'service: the rules left, 1..2', query: RULES, variables: (refs) => ({ ...matchAt(), id: parity(refs) }), expect: 'data', values: catalogValues, ordered: true },
  {
    name: 'service: Parity Service after the changes (metrics, counts, rules)',
    query: SERVICE,
    variables: (refs) => ({ id: parity(refs), method: 'HEAD', path: '/status' }),
    expect: 'data',
    values: catalogValues,
  },
  {
    name: 'too costly: 250 services with their rules matched and 20 plans each: QUERY_TOO_COSTLY',
    query:
      'query { services(first: 250) { nodes { id metrics { id } matchPath(httpMethod: GET, path: "/") { matchedRules { id } increments { metric { id } value } } applicationPlans(first: 20) { nodes { id } } } } }',
    expect: { error: 'QUERY_TOO_COSTLY' },
  },
  { name: 'services: by name, after the changes', query: SERVICES, expect: 'data', values: catalogValues, ordered: true },
];

// ── importOpenApi (server/src/modules/catalog/openapi-import.service.ts) ──────────────────
const IMPORT_OPENAPI = op(`mutation ImportOpenApi($input: ImportOpenApiInput!) {
  importOpenApi(input: $input) {
    dryRun specification title methodsCreated mappingRulesCreated
    operations {
      __typename httpMethod path operationId pattern methodSystemName methodFriendlyName action note
      metric { id systemName friendlyName kind unit description parent { systemName } }
      mappingRule { id httpMethod pattern delta position last metric { id systemName } }
    }
    service { ...ServiceParts }
    ${CATALOG_ERRORS}
  }
}`);
/** The operations are listed in document order, the errors in the order found: compared item by item. */
const importValues = [...catalogValues, 'httpMethod', 'path', 'operationId', 'methodSystemName', 'methodFriendlyName', 'note', 'specification', 'title', 'methodsCreated', 'mappingRulesCreated'];
/**
 * Small documents both sides read alike. The mock does not validate against the OpenAPI schema
 * (the server does, with @readme/openapi-parser): every document here is valid, or refused before
 * that step (syntax, shape), so both give the same answer.
 */
const PETS_OPENAPI = `openapi: 3.0.3
info:
  title: Parity Pets
  version: 1.0.0
servers:
  - url: https://pets.example.com/v1/
paths:
  /pets:
    get:
      operationId: listPets
      summary: List all pets
      responses:
        "200":
          description: A page of pets
    post:
      operationId: createPet
      summary: Create a pet
      description: Adds a pet to the store.
      responses:
        "201":
          description: Created
    head:
      summary: Hits
      responses:
        "200":
          description: Whether there are pets
  /pets/{petId}:
    parameters:
      - name: petId
        in: path
        required: true
        schema:
          type: string
    get:
      summary: Info for a pet
      responses:
        "200":
          description: The pet
    delete:
      operationId: deletePet
      responses:
        "204":
          description: Deleted
    trace:
      operationId: tracePet
      responses:
        "200":
          description: Echo
`;
const PETS_SWAGGER = JSON.stringify({
  swagger: '2.0',
  info: { title: 'Parity Pets (Swagger)', version: '1.0.0' },
  basePath: '/api',
  paths: {
    '/pets': { get: { operationId: 'listPets', summary: 'List all pets', responses: { '200': { description: 'ok' } } } },
    '/pets/{petId}/photos': {
      put: {
        operationId: 'uploadPhoto',
        parameters: [{ name: 'petId', in: 'path', required: true, type: 'string' }],
        responses: { '200': { description: 'ok' } },
      },
    },
  },
});
/** A valid document longer than any String argument may be: its type, LongText, lets it through. */
const longOpenApi = () =>
  JSON.stringify({
    openapi: '3.1.0',
    info: { title: 'Long', version: '1' },
    paths: { '/long': { get: { operationId: 'longRead', description: 'd'.repeat(MAX_STRING_INPUT_LENGTH + 1), responses: { '200': { description: 'ok' } } } } },
  });
/** Aliases nested to expand a billion times: refused, not expanded. */
const billionLaughs = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)].join('\n');
const importInto = (serviceId: string | undefined, document: string, dryRun?: boolean) => ({ input: { serviceId, document, ...(dryRun === undefined ? {} : { dryRun }) } });
const importSvc = (refs: Refs) => refs['importSvc'];

/**
 * The Acme admin imports into a service of its own ("OpenAPI Import", deleted at the end, so the
 * flows after these see the catalog as before): a rule made by hand first, a dry run, the import
 * (after that rule), the same document again (all UNCHANGED), a Swagger 2.0 document with a
 * basePath, and the documents and services refused.
 */
const catalogImportSteps: ParityStep[] = [
  {
    name: 'createService: OpenAPI Import',
    query: CREATE_SERVICE,
    variables: () => ({ input: { name: 'OpenAPI Import' } }),
    expect: 'data',
    values: catalogValues,
    keep: { importSvc: 'createService.service.id', importHits: 'createService.service.metrics.0.id' },
  },
  {
    name: 'createMappingRule: OpenAPI Import, a rule of its own first',
    query: CREATE_RULE,
    variables: (refs) => ({ input: { serviceId: importSvc(refs), httpMethod: 'GET', pattern: '/', metricId: refs['importHits'] } }),
    expect: 'data',
    values: catalogValues,
  },
  {
    name: 'importOpenApi: a dry run of OpenAPI 3.0 YAML says what it would do and writes nothing',
    query: IMPORT_OPENAPI,
    variables: (refs) => importInto(importSvc(refs), PETS_OPENAPI, true),
    expect: 'data',
    values: importValues,
    ordered: true,
  },
  { name: 'service: OpenAPI Import after the dry run, one rule', query: RULES, variables: (refs) => ({ ...matchAt(), id: importSvc(refs) }), expect: 'data', values: catalogValues, ordered: true },
  {
    name: 'importOpenApi: the import: methods under hits, rules after the service\'s (TRACE skipped, a taken friendly name numbered)',
    query: IMPORT_OPENAPI,
    variables: (refs) => importInto(importSvc(refs), PETS_OPENAPI),
    expect: 'data',
    values: importValues,
    ordered: true,
    keep: { importedMethod: 'importOpenApi.operations.0.metric.id' },
  },
  {
    name: 'service: OpenAPI Import, the imported rules at 2..6; matchPath DELETE /v1/pets/7',
    query: RULES,
    variables: (refs) => ({ id: importSvc(refs), method: 'DELETE', path: '/v1/pets/7' }),
    expect: 'data',
    values: catalogValues,
    ordered: true,
  },
  {
    name: 'service: OpenAPI Import, its metrics and methods',
    query: SERVICE,
    variables: (refs) => ({ id: importSvc(refs), method: 'HEAD', path: '/v1/pets' }),
    expect: 'data',
    values: catalogValues,
  },
  {
    name: 'importOpenApi: the same document again changes nothing (all UNCHANGED)',
    query: IMPORT_OPENAPI,
    variables: (refs) => importInto(importSvc(refs), PETS_OPENAPI, false),
    expect: 'data',
    values: importValues,
    ordered: true,
  },
  {
    name: 'importOpenApi: a dry run of the same document, all UNCHANGED',
    query: IMPORT_OPENAPI,
    variables: (refs) => importInto(importSvc(refs), PETS_OPENAPI, true),
    expect: 'data',
    values: importValues,
    ordered: true,
  },
  {
    name: 'importOpenApi: Swagger 2.0 JSON with a basePath: a rule for the existing listPets, a new method',
    query: IMPORT_OPENAPI,
    variables: (refs) => importInto(importSvc(refs), PETS_SWAGGER),
    expect: 'data',
    values: importValues,
    ordered: true,
  },
  { name: 'service: OpenAPI Import, the rules after both imports', query: RULES, variables: (refs) => ({ id: importSvc(refs), method: 'GET', path: '/api/pets' }), expect: 'data', values: catalogValues, ordered: true },
  {
    name: `importOpenApi: a document over ${MAX_STRING_INPUT_LENGTH} characters (LongText), dry run`,
    query: IMPORT_OPENAPI,
    variables: (refs) => importInto(importSvc(refs), longOpenApi(), true),
    expect: 'data',
    values: importValues,
    ordered: true,
  },
  {
    name: `importOpenApi: a document over ${MAX_STRING_INPUT_LENGTH} characters as a literal (LongText), dry run`,
    query: `mutation($id: ID!) { importOpenApi(input: { serviceId: $id, dryRun: true, document: """${longOpenApi()}""" }) { dryRun methodsCreated operations { methodSystemName action } ${CATALOG_ERRORS} } }`,
    variables: (refs) => ({ id: importSvc(refs) }),
    expect: 'data',
    values: importValues,
    ordered: true,
  },
  {
    name: `importOpenApi: a document over ${MAX_LONG_TEXT_LENGTH} characters: BAD_USER_INPUT`,
    query: IMPORT_OPENAPI,
    variables: (refs) => importInto(importSvc(refs), 'x'.repeat(MAX_LONG_TEXT_LENGTH + 1), true),
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  {
    name: `importOpenApi: a service id over ${MAX_STRING_INPUT_LENGTH} characters (not LongText): BAD_USER_INPUT`,
    query: IMPORT_OPENAPI,
    variables: () => importInto('x'.repeat(MAX_STRING_INPUT_LENGTH + 1), PETS_OPENAPI, true),
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  {
    name: 'importOpenApi: a YAML syntax error, with its line and column: INVALID_DOCUMENT',
    query: IMPORT_OPENAPI,
    variables: (refs) => importInto(importSvc(refs), 'openapi: 3.0.3\ninfo:\n  title: [unclosed\n'),
    expect: { userErrors: ['INVALID_DOCUMENT'] },
    ordered: true,
  },
  {
    name: 'importOpenApi: a JSON syntax error found twice: INVALID_DOCUMENT, INVALID_DOCUMENT',
    query: IMPORT_OPENAPI,
    variables: (refs) => importInto(importSvc(refs), '{"openapi": "3.0.3",\n  "info": {"title": "x" "version": "1"}}'),
    expect: { userErrors: ['INVALID_DOCUMENT', 'INVALID_DOCUMENT'] },
    ordered: true,
  },
  {
    name: 'importOpenApi: a key given twice: INVALID_DOCUMENT',
    query: IMPORT_OPENAPI,
    variables: (refs) => importInto(importSvc(refs), '{"openapi": "3.0.3", "openapi": "3.0.3"}'),
    expect: { userErrors: ['INVALID_DOCUMENT'] },
  },
  {
    name: 'importOpenApi: aliases that would expand without end: INVALID_DOCUMENT',
    query: IMPORT_OPENAPI,
    variables: (refs) => importInto(importSvc(refs), billionLaughs),
    expect: { userErrors: ['INVALID_DOCUMENT'] },
  },
  {
    name: 'importOpenApi: text that is no OpenAPI object: INVALID_DOCUMENT',
    query: IMPORT_OPENAPI,
    variables: (refs) => importInto(importSvc(refs), 'just text'),
    expect: { userErrors: ['INVALID_DOCUMENT'] },
  },
  {
    name: 'importOpenApi: Swagger 1.2 (no supported version): INVALID_DOCUMENT',
    query: IMPORT_OPENAPI,
    variables: (refs) => importInto(importSvc(refs), "swagger: '1.2'\npaths: {}\n"),
    expect: { userErrors: ['INVALID_DOCUMENT'] },
  },
  {
    name: 'importOpenApi: no operations: INVALID_DOCUMENT',
    query: IMPORT_OPENAPI,
    variables: (refs) => importInto(importSvc(refs), "openapi: 3.0.3\ninfo: { title: t, version: '1' }\npaths: {}\n"),
    expect: { userErrors: ['INVALID_DOCUMENT'] },
  },
  { name: 'importOpenApi: a blank document: BLANK', query: IMPORT_OPENAPI, variables: (refs) => importInto(importSvc(refs), ' \n\t'), expect: { userErrors: ['BLANK'] } },
  {
    name: 'importOpenApi: unknown service: NOT_FOUND',
    query: IMPORT_OPENAPI,
    variables: () => importInto(unknownService, PETS_OPENAPI, true),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  {
    name: 'importOpenApi: a method id is no service id: NOT_FOUND',
    query: IMPORT_OPENAPI,
    variables: (refs) => importInto(refs['importedMethod'], PETS_OPENAPI),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  {
    name: 'importOpenApi: unknown service and a bad document: the document is read first, INVALID_DOCUMENT',
    query: IMPORT_OPENAPI,
    variables: () => importInto('nope', 'just text'),
    expect: { userErrors: ['INVALID_DOCUMENT'] },
  },
  {
    name: 'service: OpenAPI Import, nothing changed by the refused imports',
    query: SERVICE,
    variables: (refs) => ({ id: importSvc(refs), method: 'PUT', path: '/api/pets/7/photos' }),
    expect: 'data',
    values: catalogValues,
  },
  { name: 'deleteService: OpenAPI Import', query: DELETE_SERVICE, variables: (refs) => ({ input: { id: importSvc(refs) } }), expect: 'data' },
];

/** The admin of a new tenant: its one default service, and nothing of Acme's. */
const catalogOtherTenantSteps: ParityStep[] = [
  {
    name: "login: the second parity tenant's admin",
    query: LOGIN,
    variables: (refs) => ({ input: { tenant: refs['parityTenant2Subdomain'], email: 'boss@parity.test', password: PARITY_ADMIN_PASSWORD } }),
    expect: 'data',
  },
  {
    name: 'services: a new tenant has its default service "API"',
    query: SERVICES,
    expect: 'data',
    values: catalogValues,
    ordered: true,
    keep: { otherApi: 'services.nodes.0.id' },
  },
  { name: 'service: the default service, with hits', query: SERVICE, variables: (refs) => ({ ...matchAt(), id: refs['otherApi'] }), expect: 'data', values: catalogValues },
  {
    name: "deleteService: the tenant's only service: LAST_SERVICE",
    query: DELETE_SERVICE,
    variables: (refs) => ({ input: { id: refs['otherApi'] } }),
    expect: { userErrors: ['LAST_SERVICE'] },
  },
  { name: "service: another tenant's: NOT_FOUND", query: SERVICE, variables: (refs) => ({ ...matchAt(), id: refs['echoService'] }), expect: { error: 'NOT_FOUND' } },
  { name: "node: another tenant's service: NOT_FOUND", query: CATALOG_NODE, variables: (refs) => ({ id: refs['echoService'] }), expect: { error: 'NOT_FOUND' } },
  { name: "node: another tenant's method: NOT_FOUND", query: CATALOG_NODE, variables: (refs) => ({ id: refs['echoMethod'] }), expect: { error: 'NOT_FOUND' } },
  { name: "node: another tenant's rule: NOT_FOUND", query: CATALOG_NODE, variables: (refs) => ({ id: refs['echoRule'] }), expect: { error: 'NOT_FOUND' } },
  {
    name: "updateService: another tenant's: NOT_FOUND",
    query: UPDATE_SERVICE,
    variables: (refs) => ({ input: { id: refs['echoService'], name: 'Mine' } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  {
    name: "deleteService: another tenant's: NOT_FOUND",
    query: DELETE_SERVICE,
    variables: (refs) => ({ input: { id: refs['echoService'] } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  {
    name: "createMethod: on another tenant's service: NOT_FOUND",
    query: CREATE_METHOD,
    variables: (refs) => ({ input: { serviceId: refs['echoService'], friendlyName: 'Mine' } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  {
    name: "createMappingRule: another tenant's metric: NOT_FOUND",
    query: CREATE_RULE,
    variables: (refs) => ({ input: { serviceId: refs['otherApi'], httpMethod: 'GET', pattern: '/x', metricId: refs['echoMethod'] } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  {
    name: "updateMetric: another tenant's: NOT_FOUND",
    query: UPDATE_METRIC,
    variables: (refs) => ({ input: { id: refs['echoMethod'], friendlyName: 'Mine' } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  {
    name: "deleteMetric: another tenant's: NOT_FOUND",
    query: DELETE_METRIC,
    variables: (refs) => ({ input: { id: refs['echoMethod'], confirm: true } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  {
    name: "updateMappingRule: another tenant's: NOT_FOUND",
    query: UPDATE_RULE,
    variables: (refs) => ({ input: { id: refs['echoRule'], position: 1 } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  {
    name: "deleteMappingRule: another tenant's: NOT_FOUND",
    query: DELETE_RULE,
    variables: (refs) => ({ input: { id: refs['echoRule'] } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  {
    name: "importOpenApi: into another tenant's service: NOT_FOUND",
    query: IMPORT_OPENAPI,
    variables: (refs) => importInto(refs['echoService'], PETS_OPENAPI),
    expect: { userErrors: ['NOT_FOUND'] },
  },
];

/** Members read the catalog; every catalog mutation is refused to them before it runs. */
const catalogMemberSteps: ParityStep[] = [
  { name: 'services, member: reads the catalog', query: SERVICES, expect: 'data', values: catalogValues, ordered: true },
  { name: 'service, member', query: RULES, variables: (refs) => ({ ...matchAt(), id: refs['echoService'] }), expect: 'data', values: catalogValues, ordered: true },
  {
    name: 'createService, member: FORBIDDEN',
    query: CREATE_SERVICE,
    variables: () => ({ input: { name: 'Member service' } }),
    expect: { error: 'FORBIDDEN' },
    values: ['message'],
  },
  {
    name: 'deleteMappingRule, member: FORBIDDEN',
    query: DELETE_RULE,
    variables: (refs) => ({ input: { id: refs['echoRule'] } }),
    expect: { error: 'FORBIDDEN' },
    values: ['message'],
  },
  {
    name: 'updateMetric, member: FORBIDDEN',
    query: UPDATE_METRIC,
    variables: (refs) => ({ input: { id: refs['echoMethod'], friendlyName: 'Mine' } }),
    expect: { error: 'FORBIDDEN' },
    values: ['message'],
  },  {
    name: 'importOpenApi, member, even a dry run: FORBIDDEN',
    query: IMPORT_OPENAPI,
    variables: (refs) => importInto(refs['echoService'], PETS_OPENAPI, true),
    expect: { error: 'FORBIDDEN' },
    values: ['message'],
  },
];

// ── plans (server/src/modules/plans) ─────────────────────────────────────────────────────
const PLAN_ERRORS = 'userErrors { __typename field message code }';
const SERVICE_PLANS = op(`query ServicePlans($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $filter: PlanFilter, $orderBy: PlanOrder) {
  service(id: $id) {
    id systemName
    applicationPlans(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
      totalCount pageInfo { ...PageParts } edges { cursor node { ...PlanParts } } nodes { id name }
    }
    servicePlans(orderBy: { field: NAME, direction: ASC }) { totalCount nodes { ...PlanParts } }
  }
}`);
const ACCOUNT_PLANS = op(`query AccountPlans($first: Int, $after: String, $last: Int, $before: String, $filter: PlanFilter, $orderBy: PlanOrder) {
  accountPlans(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { ...PageParts } edges { cursor node { ...PlanParts } } nodes { id name }
  }
}`);
/** A plan editor's data: the plan, each metric with its limits, pricing rules and tier mode, and the features. */
const PLAN_EDITOR = 'metrics { ...PlanMetricParts } features { __typename enabled feature { ...FeatureParts } }';
const PLAN = op(`query Plan($id: ID!) { plan(id: $id) { ...PlanParts ${PLAN_EDITOR} } }`);
const PLANS_NODE = `query PlansNode($id: ID!) {
  node(id: $id) {
    __typename id ... on Plan { name kind systemName } ... on UsageLimit { period value } ... on PricingRule { from to costPerUnit } ... on Feature { name scope systemName }
  }
}`;
const COST_PREVIEW = `query CostPreview($planId: ID!, $usage: [MetricUsageInput!]!) {
  costPreview(planId: $planId, usage: $usage) { __typename setupFee costPerMonth total variable { __typename quantity cost metric { id systemName } } }
}`;
const CREATE_APP_PLAN = op(`mutation CreateApplicationPlan($input: CreateApplicationPlanInput!) { createApplicationPlan(input: $input) { plan { ...PlanParts } ${PLAN_ERRORS} } }`);
const CREATE_SERVICE_PLAN = op(`mutation CreateServicePlan($input: CreateServicePlanInput!) { createServicePlan(input: $input) { plan { ...PlanParts } ${PLAN_ERRORS} } }`);
const CREATE_ACCOUNT_PLAN = op(`mutation CreateAccountPlan($input: CreateAccountPlanInput!) { createAccountPlan(input: $input) { plan { ...PlanParts } ${PLAN_ERRORS} } }`);
const UPDATE_PLAN = op(`mutation UpdatePlan($input: UpdatePlanInput!) { updatePlan(input: $input) { plan { ...PlanParts } ${PLAN_ERRORS} } }`);
const COPY_PLAN = op(`mutation CopyPlan($input: CopyPlanInput!) { copyPlan(input: $input) { plan { ...PlanParts ${PLAN_EDITOR} } ${PLAN_ERRORS} } }`);
const PUBLISH_PLAN = op(`mutation PublishPlan($input: PlanIdInput!) { publishPlan(input: $input) { plan { ...PlanParts } ${PLAN_ERRORS} } }`);
const HIDE_PLAN = op(`mutation HidePlan($input: PlanIdInput!) { hidePlan(input: $input) { plan { ...PlanParts } ${PLAN_ERRORS} } }`);
const SET_DEFAULT_PLAN = op(`mutation SetDefaultPlan($input: PlanIdInput!) { setDefaultPlan(input: $input) { plan { ...PlanParts } ${PLAN_ERRORS} } }`);
const DELETE_PLAN = `mutation DeletePlan($input: PlanIdInput!) { deletePlan(input: $input) { deletedPlanId ${PLAN_ERRORS} } }`;
const SET_USAGE_LIMIT = `mutation SetUsageLimit($input: SetUsageLimitInput!) {
  setUsageLimit(input: $input) { usageLimit { __typename id period value plan { id name } metric { id systemName } } ${PLAN_ERRORS} }
}`;
const DELETE_USAGE_LIMIT = `mutation DeleteUsageLimit($input: DeleteUsageLimitInput!) { deleteUsageLimit(input: $input) { deletedUsageLimitId ${PLAN_ERRORS} } }`;
const PRICING_RULE = 'pricingRule { __typename id from to costPerUnit plan { id name } metric { id systemName } }';
const CREATE_PRICING_RULE = `mutation CreatePricingRule($input: CreatePricingRuleInput!) { createPricingRule(input: $input) { ${PRICING_RULE} ${PLAN_ERRORS} } }`;
const UPDATE_PRICING_RULE = `mutation UpdatePricingRule($input: UpdatePricingRuleInput!) { updatePricingRule(input: $input) { ${PRICING_RULE} ${PLAN_ERRORS} } }`;
const DELETE_PRICING_RULE = `mutation DeletePricingRule($input: DeletePricingRuleInput!) { deletePricingRule(input: $input) { deletedPricingRuleId ${PLAN_ERRORS} } }`;
const SET_TIER_MODE = `mutation SetTierMode($input: SetTierModeInput!) {
  setTierMode(input: $input) { plan { id name updatedAt metrics { tierMode metric { id systemName } } } ${PLAN_ERRORS} }
}`;
const CREATE_FEATURE = op(`mutation CreateFeature($input: CreateFeatureInput!) { createFeature(input: $input) { feature { ...FeatureParts } ${PLAN_ERRORS} } }`);
const UPDATE_FEATURE = op(`mutation UpdateFeature($input: UpdateFeatureInput!) { updateFeature(input: $input) { feature { ...FeatureParts } ${PLAN_ERRORS} } }`);
const DELETE_FEATURE = `mutation DeleteFeature($input: DeleteFeatureInput!) { deleteFeature(input: $input) { deletedFeatureId ${PLAN_ERRORS} } }`;
/** The features a service offers on its application and service plans, and the tenant's on account plans: both by creation. */
const FEATURES = op(`query Features($id: ID!) { service(id: $id) { id systemName features { ...FeatureParts } } accountFeatures { ...FeatureParts } }`);
const ACCOUNT_FEATURES = op(`query AccountFeatures { accountFeatures { ...FeatureParts } }`);
const PLAN_FEATURES = 'plan { id name features { enabled feature { id systemName } } }';
const ENABLE_FEATURE = `mutation EnableFeature($input: PlanFeatureInput!) { enableFeature(input: $input) { ${PLAN_FEATURES} ${PLAN_ERRORS} } }`;
const DISABLE_FEATURE = `mutation DisableFeature($input: PlanFeatureInput!) { disableFeature(input: $input) { ${PLAN_FEATURES} ${PLAN_ERRORS} } }`;

const deadRow = '00000000-0000-4000-8000-00000000dead';
const unknownPlan = toGlobalId('Plan', deadRow);
const unknownLimit = toGlobalId('UsageLimit', deadRow);
const unknownPricingRule = toGlobalId('PricingRule', deadRow);
const unknownFeature = toGlobalId('Feature', deadRow);
/** Names, money, counts, ranges and prices of plans are deterministic in these flows. */
const planValues = [
  'name',
  'systemName',
  'description',
  'setupFee',
  'costPerMonth',
  'trialPeriodDays',
  'totalCount',
  'period',
  'value',
  'from',
  'to',
  'costPerUnit',
  'quantity',
  'cost',
  'total',
];
const plansOf = (id: string | undefined, extra: Record<string, unknown> = {}) => ({ id, orderBy: byName('ASC'), ...extra });
const gold = (refs: Refs) => refs['parityGold'];
const usage = (metricId: string | undefined, quantity: unknown) => ({ metricId, quantity });

/**
 * The Acme admin over the demo plans (the Email API's Bronze to Platinum, the Echo API's Basic and
 * Pay as you go, the account plan Default) and the plans of its own "Parity Service": settings,
 * states and defaults, copies, usage limits, pricing rules and their cost, features, and what
 * deleting a metric or a service takes along. Lists are compared in order only where the order is
 * deterministic in both: by name, or by creation across separate requests (rows created in one
 * request may share a millisecond on the server, and then sort by random ids).
 */
const plansAdminSteps: ParityStep[] = [
  // the demo plans
  {
    name: "service plans: the Email API's by name, Bronze the default; its service plan Default",
    query: SERVICE_PLANS,
    variables: (refs) => plansOf(refs['emailService']),
    expect: 'data',
    values: planValues,
    ordered: true,
    keep: { emailBronze: 'service.applicationPlans.nodes.0.id', emailGold: 'service.applicationPlans.nodes.1.id', emailServicePlan: 'service.servicePlans.nodes.0.id' },
  },
  {
    name: "service plans: the Echo API's, by creation (the default order)",
    query: SERVICE_PLANS,
    variables: (refs) => ({ id: refs['echoService'] }),
    expect: 'data',
    values: planValues,
  },
  {
    name: "service plans: the Echo API's by name",
    query: SERVICE_PLANS,
    variables: (refs) => plansOf(refs['echoService']),
    expect: 'data',
    values: planValues,
    ordered: true,
    keep: { echoBasic: 'service.applicationPlans.nodes.0.id', echoPayg: 'service.applicationPlans.nodes.1.id', echoServicePlan: 'service.servicePlans.nodes.0.id' },
  },
  {
    name: 'accountPlans: the default account plan every tenant gets',
    query: ACCOUNT_PLANS,
    expect: 'data',
    values: planValues,
    ordered: true,
    keep: { acmeAccountPlan: 'accountPlans.nodes.0.id' },
  },
  { name: 'plan: Bronze, its throttle on hits and the APIs it leaves out', query: PLAN, variables: (refs) => ({ id: refs['emailBronze'] }), expect: 'data', values: planValues },
  { name: 'plan: Gold, one API left out', query: PLAN, variables: (refs) => ({ id: refs['emailGold'] }), expect: 'data', values: planValues },
  {
    name: 'plan: Pay as you go, its tiers on echo and the feature it includes',
    query: PLAN,
    variables: (refs) => ({ id: refs['echoPayg'] }),
    expect: 'data',
    values: planValues,
    keep: { emailSupport: 'plan.features.0.feature.id' },
  },
  { name: "plan: the Echo API's Basic, a daily limit on hits", query: PLAN, variables: (refs) => ({ id: refs['echoBasic'] }), expect: 'data', values: planValues },
  { name: 'plan: a service plan: no metrics', query: PLAN, variables: (refs) => ({ id: refs['echoServicePlan'] }), expect: 'data', values: planValues },
  { name: 'plan: the account plan: no service, no metrics', query: PLAN, variables: (refs) => ({ id: refs['acmeAccountPlan'] }), expect: 'data', values: planValues },
  {
    name: 'costPreview: 150,000 echoes on Pay as you go (graduated tiers)',
    query: COST_PREVIEW,
    variables: (refs) => ({ planId: refs['echoPayg'], usage: [usage(refs['echoMethod'], '150000')] }),
    expect: 'data',
    values: planValues,
  },
  {
    name: 'costPreview: the account plan, no usage',
    query: COST_PREVIEW,
    variables: (refs) => ({ planId: refs['acmeAccountPlan'], usage: [] }),
    expect: 'data',
    values: planValues,
  },
  {
    name: 'service plans: by name, descending, first 2',
    query: SERVICE_PLANS,
    variables: (refs) => ({ id: refs['emailService'], first: 2, orderBy: byName('DESC') }),
    expect: 'data',
    values: planValues,
    ordered: true,
    keep: { planCursor: 'service.applicationPlans.pageInfo.endCursor' },
  },
  {
    name: 'service plans: the page after the cursor',
    query: SERVICE_PLANS,
    variables: (refs) => ({ id: refs['emailService'], first: 2, after: refs['planCursor'], orderBy: byName('DESC') }),
    expect: 'data',
    values: planValues,
    ordered: true,
    keep: { planPageStart: 'service.applicationPlans.pageInfo.startCursor' },
  },
  {
    name: 'service plans: last 1 before a cursor',
    query: SERVICE_PLANS,
    variables: (refs) => ({ id: refs['emailService'], last: 1, before: refs['planPageStart'], orderBy: byName('DESC') }),
    expect: 'data',
    values: planValues,
    ordered: true,
  },
  {
    name: 'service plans: a cursor of another sort order: BAD_USER_INPUT',
    query: SERVICE_PLANS,
    variables: (refs) => ({ id: refs['emailService'], first: 2, after: refs['planCursor'] }),
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  {
    name: 'service plans: search " GOLD " (name or system name, any case, trimmed)',
    query: SERVICE_PLANS,
    variables: (refs) => plansOf(refs['emailService'], { filter: { search: ' GOLD ' } }),
    expect: 'data',
    values: planValues,
    ordered: true,
  },
  {
    name: 'service plans: states [HIDDEN], none',
    query: SERVICE_PLANS,
    variables: (refs) => plansOf(refs['emailService'], { filter: { states: ['HIDDEN'] } }),
    expect: 'data',
    values: planValues,
  },
  {
    name: `service plans: a search over ${MAX_SEARCH_TEXT_LENGTH} characters: BAD_USER_INPUT`,
    query: SERVICE_PLANS,
    variables: (refs) => plansOf(refs['emailService'], { filter: { search: tooLongSearch } }),
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  {
    name: 'service plans: first 251: BAD_USER_INPUT',
    query: SERVICE_PLANS,
    variables: (refs) => ({ id: refs['emailService'], first: 251 }),
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  {
    name: `accountPlans: a search over ${MAX_SEARCH_TEXT_LENGTH} characters: BAD_USER_INPUT`,
    query: ACCOUNT_PLANS,
    variables: () => ({ filter: { search: tooLongSearch } }),
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  { name: 'plan: unknown: NOT_FOUND', query: PLAN, variables: () => ({ id: unknownPlan }), expect: { error: 'NOT_FOUND' }, values: ['message'] },
  { name: 'plan: malformed id: NOT_FOUND', query: PLAN, variables: () => ({ id: 'nope' }), expect: { error: 'NOT_FOUND' } },
  { name: 'plan: a service id is no plan id: NOT_FOUND', query: PLAN, variables: (refs) => ({ id: refs['echoService'] }), expect: { error: 'NOT_FOUND' } },
  { name: 'node: a plan', query: PLANS_NODE, variables: (refs) => ({ id: refs['echoPayg'] }), expect: 'data', values: planValues },
  { name: 'node: a feature', query: PLANS_NODE, variables: (refs) => ({ id: refs['emailSupport'] }), expect: 'data', values: planValues },
  { name: 'node: unknown plan: NOT_FOUND', query: PLANS_NODE, variables: () => ({ id: unknownPlan }), expect: { error: 'NOT_FOUND' } },

  // plans of the Parity Service: create, update, publish, hide, default
  {
    name: "service plans: a new service's own: Basic (the default) and Unlimited; the service plan Default",
    query: SERVICE_PLANS,
    variables: (refs) => plansOf(parity(refs)),
    expect: 'data',
    values: planValues,
    ordered: true,
    keep: { parityBasic: 'service.applicationPlans.nodes.0.id', parityServicePlan: 'service.servicePlans.nodes.0.id' },
  },
  {
    name: 'createApplicationPlan: every setting, trimmed; fees with 2 decimals; hidden, not the default',
    query: CREATE_APP_PLAN,
    variables: (refs) => ({
      input: { serviceId: parity(refs), name: ' Gold ', description: ' Our best. ', setupFee: '100', costPerMonth: '49.9', trialPeriodDays: 30, approvalRequired: true },
    }),
    expect: 'data',
    values: planValues,
    keep: { parityGold: 'createApplicationPlan.plan.id' },
  },
  {
    name: 'createApplicationPlan: the same name gets a suffixed system name; fees as JSON whole numbers',
    query: CREATE_APP_PLAN,
    variables: (refs) => ({ input: { serviceId: parity(refs), name: 'Gold', setupFee: 0, costPerMonth: 25 } }),
    expect: 'data',
    values: planValues,
    keep: { paritySilver: 'createApplicationPlan.plan.id' },
  },
  {
    name: 'createApplicationPlan: a given system name that is taken: TAKEN',
    query: CREATE_APP_PLAN,
    variables: (refs) => ({ input: { serviceId: parity(refs), name: 'Other', systemName: 'gold' } }),
    expect: { userErrors: ['TAKEN'] },
  },
  {
    name: 'createApplicationPlan: blank name, bad fees, a long trial, a bad system name (all at once)',
    query: CREATE_APP_PLAN,
    variables: (refs) => ({ input: { serviceId: parity(refs), name: ' ', setupFee: '1.234', costPerMonth: '-1', trialPeriodDays: 4000, systemName: 'Bad Name' } }),
    expect: { userErrors: ['BLANK', 'INVALID', 'INVALID', 'INVALID', 'INVALID'] },
  },
  {
    name: 'createApplicationPlan: no name (required by the input type): BAD_USER_INPUT',
    query: CREATE_APP_PLAN,
    // The message quotes the value: no id that differs between the two sides.
    variables: () => ({ input: { serviceId: unknownService, description: 'Nameless.' } }),
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  {
    name: 'createServicePlan: a null name (required by the input type): BAD_USER_INPUT',
    query: CREATE_SERVICE_PLAN,
    variables: () => ({ input: { serviceId: unknownService, name: null } }),
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  {
    name: 'createApplicationPlan: name and description too long: TOO_LONG, TOO_LONG',
    query: CREATE_APP_PLAN,
    variables: (refs) => ({ input: { serviceId: parity(refs), name: 'x'.repeat(201), description: 'd'.repeat(2001) } }),
    expect: { userErrors: ['TOO_LONG', 'TOO_LONG'] },
  },
  {
    name: 'createApplicationPlan: nothing to derive a system name from: INVALID',
    query: CREATE_APP_PLAN,
    variables: (refs) => ({ input: { serviceId: parity(refs), name: '!!!' } }),
    expect: { userErrors: ['INVALID'] },
  },
  {
    name: 'createApplicationPlan: a fee as a JSON fraction (Decimal): BAD_USER_INPUT',
    query: CREATE_APP_PLAN,
    variables: (refs) => ({ input: { serviceId: parity(refs), name: 'Float', costPerMonth: 9.95 } }),
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  {
    name: 'createApplicationPlan: a fee with an exponent (Decimal): BAD_USER_INPUT',
    query: CREATE_APP_PLAN,
    variables: (refs) => ({ input: { serviceId: parity(refs), name: 'Exponent', setupFee: '1e3' } }),
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  {
    name: 'createApplicationPlan: a fee as a literal fraction (Decimal): BAD_USER_INPUT',
    query: 'mutation { createApplicationPlan(input: { serviceId: "x", name: "Literal", setupFee: 1.5 }) { userErrors { code } } }',
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  {
    name: 'createApplicationPlan: no service (required by the input type): BAD_USER_INPUT',
    query: CREATE_APP_PLAN,
    variables: () => ({ input: { name: 'Orphan', setupFee: '-1' } }),
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  {
    name: 'createServicePlan: no service, as a literal (required by the input type): BAD_USER_INPUT',
    query: 'mutation { createServicePlan(input: { name: "Orphan" }) { userErrors { code } } }',
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  {
    name: 'createApplicationPlan: a malformed service id, checked before the settings: NOT_FOUND',
    query: CREATE_APP_PLAN,
    variables: () => ({ input: { serviceId: 'nope', name: 'Orphan', setupFee: '-1' } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  {
    name: 'createApplicationPlan: a metric id is no service id: NOT_FOUND',
    query: CREATE_APP_PLAN,
    variables: (refs) => ({ input: { serviceId: refs['parityHits'], name: 'Orphan' } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  {
    name: 'createServicePlan: a service plan',
    query: CREATE_SERVICE_PLAN,
    variables: (refs) => ({ input: { serviceId: parity(refs), name: 'Premium support', costPerMonth: '0.5', trialPeriodDays: 7 } }),
    expect: 'data',
    values: planValues,
    keep: { premium: 'createServicePlan.plan.id' },
  },
  {
    name: 'createServicePlan: the system name of the default service plan: TAKEN',
    query: CREATE_SERVICE_PLAN,
    variables: (refs) => ({ input: { serviceId: parity(refs), name: 'Another default', systemName: 'default' } }),
    expect: { userErrors: ['TAKEN'] },
  },
  {
    name: 'createServicePlan: unknown service: NOT_FOUND',
    query: CREATE_SERVICE_PLAN,
    variables: () => ({ input: { serviceId: unknownService, name: 'X' } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  {
    name: 'createAccountPlan: an account plan',
    query: CREATE_ACCOUNT_PLAN,
    variables: () => ({ input: { name: 'Enterprise', costPerMonth: '1000', approvalRequired: true } }),
    expect: 'data',
    values: planValues,
    keep: { enterprise: 'createAccountPlan.plan.id' },
  },
  {
    name: 'createAccountPlan: a trial (no such input field): BAD_USER_INPUT',
    query: CREATE_ACCOUNT_PLAN,
    variables: () => ({ input: { name: 'Trial', trialPeriodDays: 10 } }),
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  {
    name: 'createAccountPlan: a service (no such input field): BAD_USER_INPUT',
    query: CREATE_ACCOUNT_PLAN,
    variables: () => ({ input: { name: ' ', serviceId: unknownService } }),
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  {
    name: 'createAccountPlan: a service and a trial as literals (no such input fields): BAD_USER_INPUT',
    query: 'mutation { createAccountPlan(input: { name: "Odd", serviceId: "x", trialPeriodDays: 10 }) { userErrors { code } } }',
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  {
    name: 'createAccountPlan: no name (required by the input type): BAD_USER_INPUT',
    query: CREATE_ACCOUNT_PLAN,
    variables: () => ({ input: { costPerMonth: '1' } }),
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  {
    name: 'createAccountPlan: a blank name: BLANK',
    query: CREATE_ACCOUNT_PLAN,
    variables: () => ({ input: { name: '  ', setupFee: '0.001' } }),
    expect: { userErrors: ['BLANK', 'INVALID'] },
  },
  {
    name: 'createAccountPlan: the system name of the default account plan: TAKEN',
    query: CREATE_ACCOUNT_PLAN,
    variables: () => ({ input: { name: 'Default again', systemName: 'default' } }),
    expect: { userErrors: ['TAKEN'] },
  },
  {
    name: 'updatePlan: rename, reprice, end the trial, clear the description',
    query: UPDATE_PLAN,
    variables: (refs) => ({ input: { id: refs['paritySilver'], name: ' Silver ', costPerMonth: '19.5', trialPeriodDays: 0, description: '', approvalRequired: true } }),
    expect: 'data',
    values: planValues,
  },
  {
    name: 'updatePlan: a trial on a plan that had none',
    query: UPDATE_PLAN,
    variables: (refs) => ({ input: { id: refs['paritySilver'], trialPeriodDays: 3650, setupFee: 5 } }),
    expect: 'data',
    values: planValues,
  },
  { name: 'updatePlan: nothing to change', query: UPDATE_PLAN, variables: (refs) => ({ input: { id: refs['paritySilver'] } }), expect: 'data', values: planValues },
  {
    name: 'updatePlan: blank name, a third decimal, a negative trial (all at once)',
    query: UPDATE_PLAN,
    variables: (refs) => ({ input: { id: refs['paritySilver'], name: '  ', setupFee: '1.001', trialPeriodDays: -1 } }),
    expect: { userErrors: ['BLANK', 'INVALID', 'INVALID'] },
  },
  {
    name: 'updatePlan: a trial of 0 days on an account plan: INVALID',
    query: UPDATE_PLAN,
    variables: (refs) => ({ input: { id: refs['enterprise'], trialPeriodDays: 0 } }),
    expect: { userErrors: ['INVALID'] },
  },
  {
    name: 'updatePlan: a trial on an account plan, with a blank name: BLANK, INVALID',
    query: UPDATE_PLAN,
    variables: (refs) => ({ input: { id: refs['enterprise'], name: ' ', trialPeriodDays: 10 } }),
    expect: { userErrors: ['BLANK', 'INVALID'] },
  },
  { name: 'updatePlan: unknown: NOT_FOUND', query: UPDATE_PLAN, variables: () => ({ input: { id: unknownPlan, name: 'x' } }), expect: { userErrors: ['NOT_FOUND'] } },
  { name: 'updatePlan: malformed id: NOT_FOUND', query: UPDATE_PLAN, variables: () => ({ input: { id: 'nope', name: 'x' } }), expect: { userErrors: ['NOT_FOUND'] } },
  {
    name: 'updatePlan: the system name cannot change (no such input field): BAD_USER_INPUT',
    query: UPDATE_PLAN,
    variables: (refs) => ({ input: { id: refs['paritySilver'], systemName: 'silver' } }),
    expect: { error: 'BAD_USER_INPUT' },
  },
  { name: 'publishPlan: Gold', query: PUBLISH_PLAN, variables: (refs) => ({ input: { id: gold(refs) } }), expect: 'data', values: planValues },
  { name: 'publishPlan: Gold again, nothing changes', query: PUBLISH_PLAN, variables: (refs) => ({ input: { id: gold(refs) } }), expect: 'data', values: planValues },
  { name: 'hidePlan: Silver, already hidden', query: HIDE_PLAN, variables: (refs) => ({ input: { id: refs['paritySilver'] } }), expect: 'data', values: planValues },
  { name: 'publishPlan: Silver', query: PUBLISH_PLAN, variables: (refs) => ({ input: { id: refs['paritySilver'] } }), expect: 'data', values: planValues },
  { name: 'hidePlan: Silver', query: HIDE_PLAN, variables: (refs) => ({ input: { id: refs['paritySilver'] } }), expect: 'data', values: planValues },
  { name: 'setDefaultPlan: Gold', query: SET_DEFAULT_PLAN, variables: (refs) => ({ input: { id: gold(refs) } }), expect: 'data', values: planValues },
  { name: 'setDefaultPlan: Gold again', query: SET_DEFAULT_PLAN, variables: (refs) => ({ input: { id: gold(refs) } }), expect: 'data', values: planValues },
  { name: 'setDefaultPlan: an account plan', query: SET_DEFAULT_PLAN, variables: (refs) => ({ input: { id: refs['enterprise'] } }), expect: 'data', values: planValues },
  { name: 'accountPlans: Enterprise is the default now', query: ACCOUNT_PLANS, variables: () => ({ orderBy: byName('ASC') }), expect: 'data', values: planValues, ordered: true },
  {
    name: 'setDefaultPlan: the account plan Default again',
    query: SET_DEFAULT_PLAN,
    variables: (refs) => ({ input: { id: refs['acmeAccountPlan'] } }),
    expect: 'data',
    values: planValues,
  },
  {
    name: 'service plans: Gold the default, Basic no longer; by name',
    query: SERVICE_PLANS,
    variables: (refs) => plansOf(parity(refs)),
    expect: 'data',
    values: planValues,
    ordered: true,
  },
  {
    name: 'service plans: states [PUBLISHED, PUBLISHED], by name',
    query: SERVICE_PLANS,
    variables: (refs) => plansOf(parity(refs), { filter: { states: ['PUBLISHED', 'PUBLISHED'] } }),
    expect: 'data',
    values: planValues,
    ordered: true,
  },
  {
    name: 'createApplicationPlan: Temp',
    query: CREATE_APP_PLAN,
    variables: (refs) => ({ input: { serviceId: parity(refs), name: 'Temp' } }),
    expect: 'data',
    values: planValues,
    keep: { tempPlan: 'createApplicationPlan.plan.id' },
  },
  { name: 'setDefaultPlan: Temp', query: SET_DEFAULT_PLAN, variables: (refs) => ({ input: { id: refs['tempPlan'] } }), expect: 'data', values: planValues },
  { name: 'deletePlan: Temp, the default: DEFAULT_PLAN', query: DELETE_PLAN, variables: (refs) => ({ input: { id: refs['tempPlan'] } }), expect: { userErrors: ['DEFAULT_PLAN'] } },
  { name: 'setDefaultPlan: Gold once more', query: SET_DEFAULT_PLAN, variables: (refs) => ({ input: { id: gold(refs) } }), expect: 'data', values: planValues },
  { name: 'deletePlan: Temp, no longer the default (nobody is on it)', query: DELETE_PLAN, variables: (refs) => ({ input: { id: refs['tempPlan'] } }), expect: 'data' },
  {
    name: 'service plans: Gold is the default again',
    query: SERVICE_PLANS,
    variables: (refs) => plansOf(parity(refs)),
    expect: 'data',
    values: planValues,
    ordered: true,
  },
  { name: 'deletePlan: again: NOT_FOUND', query: DELETE_PLAN, variables: (refs) => ({ input: { id: refs['tempPlan'] } }), expect: { userErrors: ['NOT_FOUND'] } },
  { name: 'node: a deleted plan: NOT_FOUND', query: PLANS_NODE, variables: (refs) => ({ id: refs['tempPlan'] }), expect: { error: 'NOT_FOUND' } },
  { name: 'publishPlan: unknown: NOT_FOUND', query: PUBLISH_PLAN, variables: () => ({ input: { id: unknownPlan } }), expect: { userErrors: ['NOT_FOUND'] } },
  { name: 'hidePlan: malformed id: NOT_FOUND', query: HIDE_PLAN, variables: () => ({ input: { id: 'nope' } }), expect: { userErrors: ['NOT_FOUND'] } },
  { name: 'setDefaultPlan: unknown: NOT_FOUND', query: SET_DEFAULT_PLAN, variables: () => ({ input: { id: unknownPlan } }), expect: { userErrors: ['NOT_FOUND'] } },
  {
    name: 'deletePlan: a service id is no plan id: NOT_FOUND',
    query: DELETE_PLAN,
    variables: (refs) => ({ input: { id: parity(refs) } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },

  // usage limits
  {
    name: 'createMethod: Metered, for the limits and pricing rules below',
    query: CREATE_METHOD,
    variables: (refs) => ({ input: { serviceId: parity(refs), friendlyName: 'Metered' } }),
    expect: 'data',
    values: catalogValues,
    keep: { metered: 'createMethod.metric.id' },
  },
  {
    name: 'setUsageLimit: 600 hits a minute on Gold',
    query: SET_USAGE_LIMIT,
    variables: (refs) => ({ input: { planId: gold(refs), metricId: refs['parityHits'], period: 'MINUTE', value: '600' } }),
    expect: 'data',
    values: planValues,
    keep: { goldHitsLimit: 'setUsageLimit.usageLimit.id' },
  },
  {
    name: 'setUsageLimit: the same metric and period replaces the value (a JSON whole number)',
    query: SET_USAGE_LIMIT,
    variables: (refs) => ({ input: { planId: gold(refs), metricId: refs['parityHits'], period: 'MINUTE', value: 900 } }),
    expect: 'data',
    values: planValues,
  },
  {
    name: 'setUsageLimit: another period of the same metric',
    query: SET_USAGE_LIMIT,
    variables: (refs) => ({ input: { planId: gold(refs), metricId: refs['parityHits'], period: 'DAY', value: '100000' } }),
    expect: 'data',
    values: planValues,
    keep: { goldDayLimit: 'setUsageLimit.usageLimit.id' },
  },
  {
    name: 'setUsageLimit: 0 disables a method on the plan',
    query: SET_USAGE_LIMIT,
    variables: (refs) => ({ input: { planId: gold(refs), metricId: refs['sendMethod'], period: 'ETERNITY', value: '0' } }),
    expect: 'data',
    values: planValues,
  },
  {
    name: 'setUsageLimit: the largest value, 2^53 − 1, as a string',
    query: SET_USAGE_LIMIT,
    variables: (refs) => ({ input: { planId: gold(refs), metricId: refs['metered'], period: 'MONTH', value: '9007199254740991' } }),
    expect: 'data',
    values: planValues,
    keep: { goldMeteredLimit: 'setUsageLimit.usageLimit.id' },
  },
  ...['9007199254740992', '-1', '1.5', '00000000000000001'].map((value) => ({
    name: `setUsageLimit: value ${value}: INVALID`,
    query: SET_USAGE_LIMIT,
    variables: (refs: Refs) => ({ input: { planId: gold(refs), metricId: refs['parityHits'], period: 'DAY', value } }),
    expect: { userErrors: ['INVALID'] } as Expectation,
  })),
  {
    name: 'setUsageLimit: value as a JSON fraction (Decimal): BAD_USER_INPUT',
    query: SET_USAGE_LIMIT,
    variables: (refs) => ({ input: { planId: gold(refs), metricId: refs['parityHits'], period: 'DAY', value: 1.5 } }),
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  {
    name: 'setUsageLimit: an empty value (Decimal): BAD_USER_INPUT',
    query: SET_USAGE_LIMIT,
    variables: (refs) => ({ input: { planId: gold(refs), metricId: refs['parityHits'], period: 'DAY', value: '' } }),
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  {
    name: 'setUsageLimit: unknown period (enum): BAD_USER_INPUT',
    query: SET_USAGE_LIMIT,
    variables: (refs) => ({ input: { planId: gold(refs), metricId: refs['parityHits'], period: 'FORTNIGHT', value: '1' } }),
    expect: { error: 'BAD_USER_INPUT' },
  },
  {
    name: 'setUsageLimit: a service plan: WRONG_KIND',
    query: SET_USAGE_LIMIT,
    variables: (refs) => ({ input: { planId: refs['premium'], metricId: refs['echoMethod'], period: 'DAY', value: '1' } }),
    expect: { userErrors: ['WRONG_KIND'] },
  },
  {
    name: 'setUsageLimit: an account plan: WRONG_KIND',
    query: SET_USAGE_LIMIT,
    variables: (refs) => ({ input: { planId: refs['enterprise'], metricId: refs['parityHits'], period: 'DAY', value: '1' } }),
    expect: { userErrors: ['WRONG_KIND'] },
  },
  {
    name: 'setUsageLimit: a value that is no number (Decimal): BAD_USER_INPUT',
    query: SET_USAGE_LIMIT,
    variables: (refs) => ({ input: { planId: gold(refs), metricId: refs['echoMethod'], period: 'DAY', value: 'x' } }),
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  {
    name: 'setUsageLimit: a metric of another service, checked before the value: WRONG_SERVICE',
    query: SET_USAGE_LIMIT,
    variables: (refs) => ({ input: { planId: gold(refs), metricId: refs['echoMethod'], period: 'DAY', value: '-5' } }),
    expect: { userErrors: ['WRONG_SERVICE'] },
  },
  {
    name: 'setUsageLimit: unknown metric: NOT_FOUND',
    query: SET_USAGE_LIMIT,
    variables: (refs) => ({ input: { planId: gold(refs), metricId: unknownMetric, period: 'DAY', value: '1' } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  {
    name: 'setUsageLimit: unknown plan and metric: NOT_FOUND once, for the plan',
    query: SET_USAGE_LIMIT,
    variables: () => ({ input: { planId: unknownPlan, metricId: 'nope', period: 'DAY', value: '1' } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  { name: 'plan: Gold with its limits (metrics in order: hits, then by creation)', query: PLAN, variables: (refs) => ({ id: gold(refs) }), expect: 'data', values: planValues, ordered: true },
  { name: 'node: a usage limit', query: PLANS_NODE, variables: (refs) => ({ id: refs['goldHitsLimit'] }), expect: 'data', values: planValues },
  { name: 'deleteUsageLimit: the daily one', query: DELETE_USAGE_LIMIT, variables: (refs) => ({ input: { id: refs['goldDayLimit'] } }), expect: 'data' },
  {
    name: 'deleteUsageLimit: again: NOT_FOUND',
    query: DELETE_USAGE_LIMIT,
    variables: (refs) => ({ input: { id: refs['goldDayLimit'] } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  { name: 'deleteUsageLimit: unknown: NOT_FOUND', query: DELETE_USAGE_LIMIT, variables: () => ({ input: { id: unknownLimit } }), expect: { userErrors: ['NOT_FOUND'] } },
  {
    name: 'deleteUsageLimit: a plan id is no limit id: NOT_FOUND',
    query: DELETE_USAGE_LIMIT,
    variables: (refs) => ({ input: { id: gold(refs) } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  { name: 'node: a deleted usage limit: NOT_FOUND', query: PLANS_NODE, variables: (refs) => ({ id: refs['goldDayLimit'] }), expect: { error: 'NOT_FOUND' } },

  // pricing rules and cost
  {
    name: 'createPricingRule: 1–120 at 0.5 (4 decimals)',
    query: CREATE_PRICING_RULE,
    variables: (refs) => ({ input: { planId: gold(refs), metricId: refs['metered'], from: '1', to: '120', costPerUnit: '0.5' } }),
    expect: 'data',
    values: planValues,
    keep: { ruleLow: 'createPricingRule.pricingRule.id' },
  },
  {
    name: 'createPricingRule: 121–1121 at 0.3',
    query: CREATE_PRICING_RULE,
    variables: (refs) => ({ input: { planId: gold(refs), metricId: refs['metered'], from: '121', to: '1121', costPerUnit: '0.3' } }),
    expect: 'data',
    values: planValues,
    keep: { ruleMiddle: 'createPricingRule.pricingRule.id' },
  },
  {
    name: 'createPricingRule: from 1122, no end, at 0.1',
    query: CREATE_PRICING_RULE,
    variables: (refs) => ({ input: { planId: gold(refs), metricId: refs['metered'], from: '1122', costPerUnit: '0.1' } }),
    expect: 'data',
    values: planValues,
    keep: { ruleHigh: 'createPricingRule.pricingRule.id' },
  },
  {
    name: 'createPricingRule: 1000–1100 overlaps 121–1121: OVERLAPPING_RANGE',
    query: CREATE_PRICING_RULE,
    variables: (refs) => ({ input: { planId: gold(refs), metricId: refs['metered'], from: '1000', to: '1100', costPerUnit: '1' } }),
    expect: { userErrors: ['OVERLAPPING_RANGE'] },
  },
  {
    name: 'createPricingRule: from 5000, no end, overlaps the open rule: OVERLAPPING_RANGE',
    query: CREATE_PRICING_RULE,
    variables: (refs) => ({ input: { planId: gold(refs), metricId: refs['metered'], from: 5000, costPerUnit: '1' } }),
    expect: { userErrors: ['OVERLAPPING_RANGE'] },
  },
  {
    name: 'createPricingRule: from 0: INVALID',
    query: CREATE_PRICING_RULE,
    variables: (refs) => ({ input: { planId: gold(refs), metricId: refs['sendMethod2'], from: '0', costPerUnit: '1' } }),
    expect: { userErrors: ['INVALID'] },
  },
  {
    name: 'createPricingRule: to before from: INVALID',
    query: CREATE_PRICING_RULE,
    variables: (refs) => ({ input: { planId: gold(refs), metricId: refs['sendMethod2'], from: '10', to: '5', costPerUnit: '1' } }),
    expect: { userErrors: ['INVALID'] },
  },
  {
    name: 'createPricingRule: a fractional from, to and a negative price (all at once)',
    query: CREATE_PRICING_RULE,
    variables: (refs) => ({ input: { planId: gold(refs), metricId: refs['sendMethod2'], from: '1.5', to: '2.5', costPerUnit: '-0.5' } }),
    expect: { userErrors: ['INVALID', 'INVALID', 'INVALID'] },
  },
  {
    name: 'createPricingRule: 0.00005 is rounded half up to 0.0001',
    query: CREATE_PRICING_RULE,
    variables: (refs) => ({ input: { planId: gold(refs), metricId: refs['sendMethod2'], from: '1', to: '10', costPerUnit: '0.00005' } }),
    expect: 'data',
    values: planValues,
    keep: { ruleRounded: 'createPricingRule.pricingRule.id' },
  },
  {
    name: 'createPricingRule: whole numbers as JSON numbers, free',
    query: CREATE_PRICING_RULE,
    variables: (refs) => ({ input: { planId: gold(refs), metricId: refs['sendMethod2'], from: 20, to: 30, costPerUnit: 0 } }),
    expect: 'data',
    values: planValues,
  },
  {
    name: 'createPricingRule: a price rounded up to 16 digits before the point: INVALID',
    query: CREATE_PRICING_RULE,
    variables: (refs) => ({ input: { planId: gold(refs), metricId: refs['sendMethod2'], from: '100', costPerUnit: '999999999999999.99995' } }),
    expect: { userErrors: ['INVALID'] },
  },
  {
    name: 'createPricingRule: a price with 11 decimals (Decimal): BAD_USER_INPUT',
    query: CREATE_PRICING_RULE,
    variables: (refs) => ({ input: { planId: gold(refs), metricId: refs['sendMethod2'], from: '100', costPerUnit: '0.12345678901' } }),
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  {
    name: 'createPricingRule: a service plan: WRONG_KIND',
    query: CREATE_PRICING_RULE,
    variables: (refs) => ({ input: { planId: refs['parityServicePlan'], metricId: refs['parityHits'], from: '1', costPerUnit: '1' } }),
    expect: { userErrors: ['WRONG_KIND'] },
  },
  {
    name: 'createPricingRule: a metric of another service: WRONG_SERVICE',
    query: CREATE_PRICING_RULE,
    variables: (refs) => ({ input: { planId: gold(refs), metricId: refs['echoMethod'], from: '0', costPerUnit: '1' } }),
    expect: { userErrors: ['WRONG_SERVICE'] },
  },
  {
    name: 'createPricingRule: unknown plan: NOT_FOUND',
    query: CREATE_PRICING_RULE,
    variables: (refs) => ({ input: { planId: unknownPlan, metricId: refs['metered'], from: '1', costPerUnit: '1' } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  {
    name: 'updatePricingRule: 121–1200 overlaps the open rule: OVERLAPPING_RANGE',
    query: UPDATE_PRICING_RULE,
    variables: (refs) => ({ input: { id: refs['ruleMiddle'], to: '1200' } }),
    expect: { userErrors: ['OVERLAPPING_RANGE'] },
  },
  {
    name: 'updatePricingRule: a new price, the range kept',
    query: UPDATE_PRICING_RULE,
    variables: (refs) => ({ input: { id: refs['ruleMiddle'], costPerUnit: '0.25' } }),
    expect: 'data',
    values: planValues,
  },
  {
    name: 'updatePricingRule: unbounded wins over to',
    query: UPDATE_PRICING_RULE,
    variables: (refs) => ({ input: { id: refs['ruleHigh'], to: '5000', unbounded: true } }),
    expect: 'data',
    values: planValues,
  },
  {
    name: 'updatePricingRule: an end for the open rule',
    query: UPDATE_PRICING_RULE,
    variables: (refs) => ({ input: { id: refs['ruleHigh'], to: '5000' } }),
    expect: 'data',
    values: planValues,
  },
  {
    name: 'updatePricingRule: to before the kept from: INVALID',
    query: UPDATE_PRICING_RULE,
    variables: (refs) => ({ input: { id: refs['ruleMiddle'], to: '100' } }),
    expect: { userErrors: ['INVALID'] },
  },
  {
    name: 'updatePricingRule: from 0 and a bad price: INVALID, INVALID',
    query: UPDATE_PRICING_RULE,
    variables: (refs) => ({ input: { id: refs['ruleMiddle'], from: '0', costPerUnit: '-1' } }),
    expect: { userErrors: ['INVALID', 'INVALID'] },
  },
  { name: 'updatePricingRule: nothing to change', query: UPDATE_PRICING_RULE, variables: (refs) => ({ input: { id: refs['ruleMiddle'] } }), expect: 'data', values: planValues },
  {
    name: 'updatePricingRule: unknown: NOT_FOUND',
    query: UPDATE_PRICING_RULE,
    variables: () => ({ input: { id: unknownPricingRule, costPerUnit: '1' } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  {
    name: 'updatePricingRule: malformed id: NOT_FOUND',
    query: UPDATE_PRICING_RULE,
    variables: () => ({ input: { id: 'nope', from: '0' } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  { name: 'node: a pricing rule', query: PLANS_NODE, variables: (refs) => ({ id: refs['ruleRounded'] }), expect: 'data', values: planValues },
  {
    name: 'costPreview: Gold, graduated: 2000 Metered and 10 hits (whole numbers as JSON numbers)',
    query: COST_PREVIEW,
    variables: (refs) => ({ planId: gold(refs), usage: [usage(refs['metered'], '2000'), usage(refs['parityHits'], 10)] }),
    expect: 'data',
    values: planValues,
    ordered: true,
  },
  {
    name: 'setTierMode: Metered on Gold by volume',
    query: SET_TIER_MODE,
    variables: (refs) => ({ input: { planId: gold(refs), metricId: refs['metered'], tierMode: 'VOLUME' } }),
    expect: 'data',
    values: planValues,
    ordered: true,
  },
  {
    name: 'costPreview: Gold, by volume: 2000 Metered',
    query: COST_PREVIEW,
    variables: (refs) => ({ planId: gold(refs), usage: [usage(refs['metered'], '2000')] }),
    expect: 'data',
    values: planValues,
  },
  {
    name: 'setTierMode: a service plan: WRONG_KIND',
    query: SET_TIER_MODE,
    variables: (refs) => ({ input: { planId: refs['premium'], metricId: refs['metered'], tierMode: 'VOLUME' } }),
    expect: { userErrors: ['WRONG_KIND'] },
  },
  {
    name: 'setTierMode: a metric of another service: WRONG_SERVICE',
    query: SET_TIER_MODE,
    variables: (refs) => ({ input: { planId: gold(refs), metricId: refs['echoMethod'], tierMode: 'VOLUME' } }),
    expect: { userErrors: ['WRONG_SERVICE'] },
  },
  {
    name: 'setTierMode: unknown plan: NOT_FOUND',
    query: SET_TIER_MODE,
    variables: (refs) => ({ input: { planId: unknownPlan, metricId: refs['metered'], tierMode: 'GRADUATED' } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  {
    name: 'setTierMode: unknown mode (enum): BAD_USER_INPUT',
    query: SET_TIER_MODE,
    variables: (refs) => ({ input: { planId: gold(refs), metricId: refs['metered'], tierMode: 'FLAT' } }),
    expect: { error: 'BAD_USER_INPUT' },
  },
  {
    name: 'costPreview: a negative quantity: BAD_USER_INPUT',
    query: COST_PREVIEW,
    variables: (refs) => ({ planId: gold(refs), usage: [usage(refs['metered'], '-3')] }),
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  {
    name: 'costPreview: a fractional quantity: BAD_USER_INPUT',
    query: COST_PREVIEW,
    variables: (refs) => ({ planId: gold(refs), usage: [usage(refs['parityHits'], '1'), usage(refs['metered'], '1.5')] }),
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  {
    name: 'costPreview: a quantity as a JSON fraction (Decimal): BAD_USER_INPUT',
    query: COST_PREVIEW,
    variables: (refs) => ({ planId: gold(refs), usage: [usage(refs['metered'], 1.5)] }),
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  {
    name: 'costPreview: a metric of another service: BAD_USER_INPUT',
    query: COST_PREVIEW,
    variables: (refs) => ({ planId: gold(refs), usage: [usage(refs['echoMethod'], '1')] }),
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  {
    name: 'costPreview: a malformed metric id: BAD_USER_INPUT',
    query: COST_PREVIEW,
    variables: (refs) => ({ planId: gold(refs), usage: [usage(refs['metered'], '1'), usage('nope', '1')] }),
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  {
    name: 'costPreview: a metric twice: BAD_USER_INPUT',
    query: COST_PREVIEW,
    variables: (refs) => ({ planId: gold(refs), usage: [usage(refs['metered'], '1'), usage(refs['metered'], '2')] }),
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  {
    name: 'costPreview: 101 usage lines: BAD_USER_INPUT',
    query: COST_PREVIEW,
    variables: (refs) => ({ planId: gold(refs), usage: Array.from({ length: 101 }, () => usage(refs['metered'], '1')) }),
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  { name: 'costPreview: unknown plan: NOT_FOUND', query: COST_PREVIEW, variables: () => ({ planId: unknownPlan, usage: [] }), expect: { error: 'NOT_FOUND' }, values: ['message'] },
  { name: 'costPreview: malformed plan id: NOT_FOUND', query: COST_PREVIEW, variables: () => ({ planId: 'nope', usage: [] }), expect: { error: 'NOT_FOUND' } },
  { name: 'deletePricingRule: 121–1121', query: DELETE_PRICING_RULE, variables: (refs) => ({ input: { id: refs['ruleMiddle'] } }), expect: 'data' },
  {
    name: 'deletePricingRule: again: NOT_FOUND',
    query: DELETE_PRICING_RULE,
    variables: (refs) => ({ input: { id: refs['ruleMiddle'] } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  { name: 'node: a deleted pricing rule: NOT_FOUND', query: PLANS_NODE, variables: (refs) => ({ id: refs['ruleMiddle'] }), expect: { error: 'NOT_FOUND' } },
  {
    name: 'costPreview: by volume, 500 Metered falls in the gap the deleted rule left; 25 send_mail_2, graduated',
    query: COST_PREVIEW,
    variables: (refs) => ({ planId: gold(refs), usage: [usage(refs['metered'], '500'), usage(refs['sendMethod2'], '25')] }),
    expect: 'data',
    values: planValues,
    ordered: true,
  },

  // features
  {
    name: 'createFeature: an application plan feature of the service',
    query: CREATE_FEATURE,
    variables: (refs) => ({ input: { scope: 'APPLICATION', serviceId: parity(refs), name: ' 24/7 support ', description: ' Always. ' } }),
    expect: 'data',
    values: planValues,
    keep: { appFeature: 'createFeature.feature.id' },
  },
  {
    name: 'createFeature: the same name gets a suffixed system name',
    query: CREATE_FEATURE,
    variables: (refs) => ({ input: { scope: 'APPLICATION', serviceId: parity(refs), name: '24/7 support' } }),
    expect: 'data',
    values: planValues,
    keep: { appFeature2: 'createFeature.feature.id' },
  },
  {
    name: 'createFeature: an account plan feature of the tenant',
    query: CREATE_FEATURE,
    variables: () => ({ input: { scope: 'ACCOUNT', name: 'Invoicing', systemName: 'invoicing' } }),
    expect: 'data',
    values: planValues,
    keep: { accountFeature: 'createFeature.feature.id' },
  },
  {
    name: 'createFeature: a service plan feature',
    query: CREATE_FEATURE,
    variables: (refs) => ({ input: { scope: 'SERVICE', serviceId: parity(refs), name: 'Priority' } }),
    expect: 'data',
    values: planValues,
    keep: { serviceFeature: 'createFeature.feature.id' },
  },
  {
    name: 'createFeature: an account plan feature with a service, checked first: INVALID',
    query: CREATE_FEATURE,
    variables: (refs) => ({ input: { scope: 'ACCOUNT', serviceId: parity(refs), name: ' ' } }),
    expect: { userErrors: ['INVALID'] },
  },
  { name: 'createFeature: a service plan feature without a service: NOT_FOUND', query: CREATE_FEATURE, variables: () => ({ input: { scope: 'SERVICE', name: 'X' } }), expect: { userErrors: ['NOT_FOUND'] } },
  {
    name: 'createFeature: a given system name that is taken: TAKEN',
    query: CREATE_FEATURE,
    variables: (refs) => ({ input: { scope: 'APPLICATION', serviceId: parity(refs), name: 'Dup', systemName: '24_7_support' } }),
    expect: { userErrors: ['TAKEN'] },
  },
  {
    name: 'createFeature: the same system name for another scope is free',
    query: CREATE_FEATURE,
    variables: (refs) => ({ input: { scope: 'SERVICE', serviceId: parity(refs), name: 'Round the clock', systemName: '24_7_support' } }),
    expect: 'data',
    values: planValues,
  },
  {
    name: 'createFeature: blank name, long description, bad system name (all at once)',
    query: CREATE_FEATURE,
    variables: (refs) => ({ input: { scope: 'APPLICATION', serviceId: parity(refs), name: ' ', description: 'd'.repeat(2001), systemName: 'Bad Name' } }),
    expect: { userErrors: ['BLANK', 'TOO_LONG', 'INVALID'] },
  },
  {
    name: 'createFeature: name too long: TOO_LONG',
    query: CREATE_FEATURE,
    variables: () => ({ input: { scope: 'ACCOUNT', name: 'n'.repeat(201) } }),
    expect: { userErrors: ['TOO_LONG'] },
  },
  {
    name: 'createFeature: nothing to derive a system name from: INVALID',
    query: CREATE_FEATURE,
    variables: () => ({ input: { scope: 'ACCOUNT', name: '!!!' } }),
    expect: { userErrors: ['INVALID'] },
  },
  {
    name: 'createFeature: unknown scope (enum): BAD_USER_INPUT',
    query: CREATE_FEATURE,
    variables: () => ({ input: { scope: 'TENANT', name: 'X' } }),
    expect: { error: 'BAD_USER_INPUT' },
  },
  {
    name: 'enableFeature: 24/7 support on Gold',
    query: ENABLE_FEATURE,
    variables: (refs) => ({ input: { planId: gold(refs), featureId: refs['appFeature'] } }),
    expect: 'data',
    values: planValues,
    ordered: true,
  },
  {
    name: 'enableFeature: again, nothing changes',
    query: ENABLE_FEATURE,
    variables: (refs) => ({ input: { planId: gold(refs), featureId: refs['appFeature'] } }),
    expect: 'data',
    values: planValues,
    ordered: true,
  },
  {
    name: 'enableFeature: an account plan feature on an application plan: WRONG_KIND',
    query: ENABLE_FEATURE,
    variables: (refs) => ({ input: { planId: gold(refs), featureId: refs['accountFeature'] } }),
    expect: { userErrors: ['WRONG_KIND'] },
  },
  {
    name: "enableFeature: another service's feature: WRONG_SERVICE",
    query: ENABLE_FEATURE,
    variables: (refs) => ({ input: { planId: gold(refs), featureId: refs['emailSupport'] } }),
    expect: { userErrors: ['WRONG_SERVICE'] },
  },
  {
    name: "enableFeature: another service's feature of another kind: WRONG_KIND first",
    query: ENABLE_FEATURE,
    variables: (refs) => ({ input: { planId: refs['echoServicePlan'], featureId: refs['appFeature'] } }),
    expect: { userErrors: ['WRONG_KIND'] },
  },
  {
    name: 'enableFeature: a service plan feature on a service plan',
    query: ENABLE_FEATURE,
    variables: (refs) => ({ input: { planId: refs['premium'], featureId: refs['serviceFeature'] } }),
    expect: 'data',
    values: planValues,
    ordered: true,
  },
  {
    name: 'enableFeature: an account plan feature on an account plan',
    query: ENABLE_FEATURE,
    variables: (refs) => ({ input: { planId: refs['enterprise'], featureId: refs['accountFeature'] } }),
    expect: 'data',
    values: planValues,
  },
  {
    name: 'enableFeature: unknown plan: NOT_FOUND',
    query: ENABLE_FEATURE,
    variables: (refs) => ({ input: { planId: unknownPlan, featureId: refs['appFeature'] } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  {
    name: 'enableFeature: unknown feature: NOT_FOUND',
    query: ENABLE_FEATURE,
    variables: (refs) => ({ input: { planId: gold(refs), featureId: unknownFeature } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  {
    name: 'disableFeature: 24/7 support off Gold',
    query: DISABLE_FEATURE,
    variables: (refs) => ({ input: { planId: gold(refs), featureId: refs['appFeature'] } }),
    expect: 'data',
    values: planValues,
    ordered: true,
  },
  {
    name: 'disableFeature: again, nothing changes',
    query: DISABLE_FEATURE,
    variables: (refs) => ({ input: { planId: gold(refs), featureId: refs['appFeature'] } }),
    expect: 'data',
    values: planValues,
    ordered: true,
  },
  {
    name: 'disableFeature: a malformed feature id: NOT_FOUND',
    query: DISABLE_FEATURE,
    variables: (refs) => ({ input: { planId: gold(refs), featureId: 'nope' } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  {
    name: 'enableFeature: the second 24/7 support on Gold',
    query: ENABLE_FEATURE,
    variables: (refs) => ({ input: { planId: gold(refs), featureId: refs['appFeature2'] } }),
    expect: 'data',
    values: planValues,
    ordered: true,
  },
  { name: 'plan: Gold with limits, pricing and features', query: PLAN, variables: (refs) => ({ id: gold(refs) }), expect: 'data', values: planValues, ordered: true },
  { name: 'plan: Enterprise, Invoicing included', query: PLAN, variables: (refs) => ({ id: refs['enterprise'] }), expect: 'data', values: planValues, ordered: true },
  { name: 'plan: the account plan Default, Invoicing offered', query: PLAN, variables: (refs) => ({ id: refs['acmeAccountPlan'] }), expect: 'data', values: planValues, ordered: true },
  { name: 'node: a feature of the service', query: PLANS_NODE, variables: (refs) => ({ id: refs['appFeature'] }), expect: 'data', values: planValues },
  {
    name: "service features: the Parity Service's application and service plan features by creation; the tenant's account plan features",
    query: FEATURES,
    variables: (refs) => ({ id: parity(refs) }),
    expect: 'data',
    values: planValues,
    ordered: true,
  },
  { name: "service features: the Echo API's Email support", query: FEATURES, variables: (refs) => ({ id: refs['echoService'] }), expect: 'data', values: planValues, ordered: true },
  { name: 'service features: the Email API offers none', query: FEATURES, variables: (refs) => ({ id: refs['emailService'] }), expect: 'data', values: planValues, ordered: true },
  {
    name: 'updateFeature: rename and describe, trimmed; the system name stays',
    query: UPDATE_FEATURE,
    variables: (refs) => ({ input: { id: refs['appFeature2'], name: ' Round-the-clock support ', description: ' Day and night. ' } }),
    expect: 'data',
    values: planValues,
  },
  {
    name: 'updateFeature: an empty description clears it',
    query: UPDATE_FEATURE,
    variables: (refs) => ({ input: { id: refs['appFeature2'], description: '' } }),
    expect: 'data',
    values: planValues,
  },
  { name: 'updateFeature: nothing given, nothing changes', query: UPDATE_FEATURE, variables: (refs) => ({ input: { id: refs['appFeature2'] } }), expect: 'data', values: planValues },
  {
    name: 'updateFeature: null name and description, nothing changes',
    query: UPDATE_FEATURE,
    variables: (refs) => ({ input: { id: refs['appFeature2'], name: null, description: null } }),
    expect: 'data',
    values: planValues,
  },
  {
    name: 'updateFeature: a blank description clears it, of an account plan feature',
    query: UPDATE_FEATURE,
    variables: (refs) => ({ input: { id: refs['accountFeature'], description: '   ' } }),
    expect: 'data',
    values: planValues,
  },
  {
    name: 'updateFeature: describe an account plan feature',
    query: UPDATE_FEATURE,
    variables: (refs) => ({ input: { id: refs['accountFeature'], description: 'Monthly invoices.' } }),
    expect: 'data',
    values: planValues,
  },
  {
    name: 'updateFeature: blank name, description too long (all at once): BLANK, TOO_LONG',
    query: UPDATE_FEATURE,
    variables: (refs) => ({ input: { id: refs['appFeature2'], name: ' ', description: 'd'.repeat(2001) } }),
    expect: { userErrors: ['BLANK', 'TOO_LONG'] },
  },
  {
    name: 'updateFeature: name too long, a fine description (nothing changes): TOO_LONG',
    query: UPDATE_FEATURE,
    variables: (refs) => ({ input: { id: refs['appFeature2'], name: 'n'.repeat(201), description: 'Kept?' } }),
    expect: { userErrors: ['TOO_LONG'] },
  },
  { name: 'updateFeature: unknown: NOT_FOUND', query: UPDATE_FEATURE, variables: () => ({ input: { id: unknownFeature, name: 'x' } }), expect: { userErrors: ['NOT_FOUND'] } },
  {
    name: 'updateFeature: malformed id, checked before the name: NOT_FOUND',
    query: UPDATE_FEATURE,
    variables: () => ({ input: { id: 'nope', name: ' ' } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  { name: 'updateFeature: a plan id is no feature id: NOT_FOUND', query: UPDATE_FEATURE, variables: (refs) => ({ input: { id: gold(refs), name: 'x' } }), expect: { userErrors: ['NOT_FOUND'] } },
  {
    name: 'updateFeature: the system name cannot change (no such input field): BAD_USER_INPUT',
    query: UPDATE_FEATURE,
    variables: () => ({ input: { id: unknownFeature, systemName: 'renamed' } }),
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  { name: 'plan: Gold lists the renamed feature, its description cleared', query: PLAN, variables: (refs) => ({ id: gold(refs) }), expect: 'data', values: planValues, ordered: true },
  {
    name: 'service features: the Parity Service after the changes',
    query: FEATURES,
    variables: (refs) => ({ id: parity(refs) }),
    expect: 'data',
    values: planValues,
    ordered: true,
  },
  {
    name: 'createFeature: Short-lived, to be deleted',
    query: CREATE_FEATURE,
    variables: (refs) => ({ input: { scope: 'APPLICATION', serviceId: parity(refs), name: 'Short-lived' } }),
    expect: 'data',
    values: planValues,
    keep: { shortLived: 'createFeature.feature.id' },
  },
  {
    name: 'enableFeature: Short-lived on Gold (the copies below include it too)',
    query: ENABLE_FEATURE,
    variables: (refs) => ({ input: { planId: gold(refs), featureId: refs['shortLived'] } }),
    expect: 'data',
    values: planValues,
    ordered: true,
  },

  // copies
  {
    name: 'copyPlan: Gold with its limits, pricing rules, tier modes and features; hidden, not the default',
    query: COPY_PLAN,
    variables: (refs) => ({ input: { id: gold(refs) } }),
    expect: 'data',
    values: planValues,
    ordered: true,
    keep: { goldCopy: 'copyPlan.plan.id' },
  },
  {
    name: 'copyPlan: with a name, trimmed',
    query: COPY_PLAN,
    variables: (refs) => ({ input: { id: gold(refs), name: ' Gold 3 ' } }),
    expect: 'data',
    values: planValues,
    ordered: true,
    keep: { goldCopy2: 'copyPlan.plan.id' },
  },
  {
    name: 'copyPlan: a long name is cut to 200 characters',
    query: COPY_PLAN,
    variables: (refs) => ({ input: { id: refs['paritySilver'], name: `Silver ${'x'.repeat(250)}` } }),
    expect: 'data',
    values: planValues,
    ordered: true,
  },
  {
    name: 'copyPlan: nothing to derive a system name from: INVALID',
    query: COPY_PLAN,
    variables: (refs) => ({ input: { id: gold(refs), name: '!!!' } }),
    expect: { userErrors: ['INVALID'] },
  },
  { name: 'copyPlan: an account plan', query: COPY_PLAN, variables: (refs) => ({ input: { id: refs['enterprise'] } }), expect: 'data', values: planValues, ordered: true },
  { name: 'copyPlan: a service plan', query: COPY_PLAN, variables: (refs) => ({ input: { id: refs['premium'] } }), expect: 'data', values: planValues, ordered: true },
  { name: 'copyPlan: Pay as you go', query: COPY_PLAN, variables: (refs) => ({ input: { id: refs['echoPayg'] } }), expect: 'data', values: planValues },
  { name: 'copyPlan: unknown: NOT_FOUND', query: COPY_PLAN, variables: () => ({ input: { id: unknownPlan } }), expect: { userErrors: ['NOT_FOUND'] } },
  {
    name: 'setUsageLimit: Gold again; the copy keeps its own',
    query: SET_USAGE_LIMIT,
    variables: (refs) => ({ input: { planId: gold(refs), metricId: refs['parityHits'], period: 'MINUTE', value: '5' } }),
    expect: 'data',
    values: planValues,
  },
  { name: 'plan: the copy of Gold, unchanged', query: PLAN, variables: (refs) => ({ id: refs['goldCopy'] }), expect: 'data', values: planValues, ordered: true },

  // deleting a feature takes it off every plan that includes it
  { name: 'deleteFeature: Short-lived, on Gold and its copies', query: DELETE_FEATURE, variables: (refs) => ({ input: { id: refs['shortLived'] } }), expect: 'data' },
  { name: 'plan: Gold no longer lists the deleted feature', query: PLAN, variables: (refs) => ({ id: gold(refs) }), expect: 'data', values: planValues, ordered: true },
  { name: 'plan: nor does the copy of Gold', query: PLAN, variables: (refs) => ({ id: refs['goldCopy2'] }), expect: 'data', values: planValues, ordered: true },
  { name: 'service features: the Parity Service without it', query: FEATURES, variables: (refs) => ({ id: parity(refs) }), expect: 'data', values: planValues, ordered: true },
  { name: 'deleteFeature: again: NOT_FOUND', query: DELETE_FEATURE, variables: (refs) => ({ input: { id: refs['shortLived'] } }), expect: { userErrors: ['NOT_FOUND'] } },
  { name: 'deleteFeature: malformed id: NOT_FOUND', query: DELETE_FEATURE, variables: () => ({ input: { id: 'nope' } }), expect: { userErrors: ['NOT_FOUND'] } },
  { name: 'deleteFeature: a plan id is no feature id: NOT_FOUND', query: DELETE_FEATURE, variables: (refs) => ({ input: { id: gold(refs) } }), expect: { userErrors: ['NOT_FOUND'] } },
  { name: 'node: a deleted feature: NOT_FOUND', query: PLANS_NODE, variables: (refs) => ({ id: refs['shortLived'] }), expect: { error: 'NOT_FOUND' } },
  {
    name: 'enableFeature: a deleted feature: NOT_FOUND',
    query: ENABLE_FEATURE,
    variables: (refs) => ({ input: { planId: gold(refs), featureId: refs['shortLived'] } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  {
    name: 'createFeature: a short-lived account plan feature',
    query: CREATE_FEATURE,
    variables: () => ({ input: { scope: 'ACCOUNT', name: 'Short-lived perk', description: 'Gone soon.' } }),
    expect: 'data',
    values: planValues,
    keep: { shortLivedPerk: 'createFeature.feature.id' },
  },
  {
    name: 'enableFeature: the short-lived perk on Enterprise',
    query: ENABLE_FEATURE,
    variables: (refs) => ({ input: { planId: refs['enterprise'], featureId: refs['shortLivedPerk'] } }),
    expect: 'data',
    values: planValues,
    ordered: true,
  },
  { name: 'deleteFeature: the short-lived perk', query: DELETE_FEATURE, variables: (refs) => ({ input: { id: refs['shortLivedPerk'] } }), expect: 'data' },
  { name: 'plan: Enterprise, Invoicing only', query: PLAN, variables: (refs) => ({ id: refs['enterprise'] }), expect: 'data', values: planValues, ordered: true },
  { name: 'accountFeatures: Invoicing only', query: ACCOUNT_FEATURES, expect: 'data', values: planValues, ordered: true },

  // what a metric's plans use keeps from renaming or deleting it
  {
    name: 'updateMetric: renaming a method limits and pricing rules use: HAS_DEPENDENTS',
    query: UPDATE_METRIC,
    variables: (refs) => ({ input: { id: refs['metered'], systemName: 'metered_v2' } }),
    expect: { userErrors: ['HAS_DEPENDENTS'] },
  },
  {
    name: 'updateMetric: renaming a method mapping rules and limits use: HAS_DEPENDENTS',
    query: UPDATE_METRIC,
    variables: (refs) => ({ input: { id: refs['sendMethod'], systemName: 'send_v3' } }),
    expect: { userErrors: ['HAS_DEPENDENTS'] },
  },
  {
    name: 'deleteMetric: a method limits and pricing rules use: HAS_DEPENDENTS',
    query: DELETE_METRIC,
    variables: (refs) => ({ input: { id: refs['metered'] } }),
    expect: { userErrors: ['HAS_DEPENDENTS'] },
  },
  {
    name: 'deleteMetric: confirmed, its limits and pricing rules go with it',
    query: DELETE_METRIC,
    variables: (refs) => ({ input: { id: refs['metered'], confirm: true } }),
    expect: 'data',
  },
  { name: 'node: a limit deleted with its metric: NOT_FOUND', query: PLANS_NODE, variables: (refs) => ({ id: refs['goldMeteredLimit'] }), expect: { error: 'NOT_FOUND' } },
  { name: 'node: a pricing rule deleted with its metric: NOT_FOUND', query: PLANS_NODE, variables: (refs) => ({ id: refs['ruleLow'] }), expect: { error: 'NOT_FOUND' } },
  { name: 'plan: Gold without the deleted method', query: PLAN, variables: (refs) => ({ id: gold(refs) }), expect: 'data', values: planValues, ordered: true },
  { name: 'deletePlan: the copy of Gold', query: DELETE_PLAN, variables: (refs) => ({ input: { id: refs['goldCopy'] } }), expect: 'data' },
  {
    name: 'service plans: the Parity Service after the changes, by name',
    query: SERVICE_PLANS,
    variables: (refs) => plansOf(parity(refs)),
    expect: 'data',
    values: planValues,
    ordered: true,
  },
  { name: 'accountPlans: by name, after the changes', query: ACCOUNT_PLANS, variables: () => ({ orderBy: byName('ASC') }), expect: 'data', values: planValues, ordered: true },

  // a deleted service takes its plans and its features along
  {
    name: 'createService: Doomed, with its default plans',
    query: op(`mutation CreateService($input: CreateServiceInput!) {
      createService(input: $input) {
        service { id metrics { id } applicationPlans(orderBy: { field: NAME, direction: ASC }) { nodes { ...PlanParts } } servicePlans { nodes { ...PlanParts } } }
        ${CATALOG_ERRORS}
      }
    }`),
    variables: () => ({ input: { name: 'Doomed' } }),
    expect: 'data',
    values: planValues,
    ordered: true,
    keep: { doomed: 'createService.service.id', doomedHits: 'createService.service.metrics.0.id', doomedBasic: 'createService.service.applicationPlans.nodes.0.id' },
  },
  // Not yet with usage limits or pricing rules on its plans: the server then fails (INTERNAL_SERVER_ERROR) on
  // their metric foreign keys; the mock's unit test covers that cascade (plans/plans.test.ts).
  {
    name: 'setTierMode: on Doomed',
    query: SET_TIER_MODE,
    variables: (refs) => ({ input: { planId: refs['doomedBasic'], metricId: refs['doomedHits'], tierMode: 'VOLUME' } }),
    expect: 'data',
    values: planValues,
  },
  {
    name: 'createFeature: on Doomed',
    query: CREATE_FEATURE,
    variables: (refs) => ({ input: { scope: 'APPLICATION', serviceId: refs['doomed'], name: 'Doomed feature' } }),
    expect: 'data',
    values: planValues,
    keep: { doomedFeature: 'createFeature.feature.id' },
  },
  {
    name: 'enableFeature: on Doomed',
    query: ENABLE_FEATURE,
    variables: (refs) => ({ input: { planId: refs['doomedBasic'], featureId: refs['doomedFeature'] } }),
    expect: 'data',
    values: planValues,
  },
  { name: 'deleteService: Doomed', query: DELETE_SERVICE, variables: (refs) => ({ input: { id: refs['doomed'] } }), expect: 'data' },
  ...(['doomedBasic', 'doomedFeature'] as const).map((ref) => ({
    name: `node: ${ref}, gone with its service: NOT_FOUND`,
    query: PLANS_NODE,
    variables: (refs: Refs) => ({ id: refs[ref] }),
    expect: { error: 'NOT_FOUND' } as Expectation,
  })),
  {
    name: 'too costly: 250 services with 250 plans each: QUERY_TOO_COSTLY',
    query: 'query { services(first: 250) { nodes { id applicationPlans(first: 250) { nodes { id } } } } }',
    expect: { error: 'QUERY_TOO_COSTLY' },
  },
];

/** The admin of a new tenant: its default account plan and its service's default plans, and nothing of Acme's. */
const plansOtherTenantSteps: ParityStep[] = [
  { name: 'accountPlans: a new tenant has its default account plan', query: ACCOUNT_PLANS, expect: 'data', values: planValues, ordered: true, keep: { otherAccountPlan: 'accountPlans.nodes.0.id' } },
  {
    name: "service plans: the default service's default plans",
    query: SERVICE_PLANS,
    variables: (refs) => plansOf(refs['otherApi']),
    expect: 'data',
    values: planValues,
    ordered: true,
    keep: { otherBasic: 'service.applicationPlans.nodes.0.id' },
  },
  { name: 'plan: its Basic, with hits', query: PLAN, variables: (refs) => ({ id: refs['otherBasic'] }), expect: 'data', values: planValues, ordered: true, keep: { otherHits: 'plan.metrics.0.metric.id' } },
  {
    name: "createAccountPlan: a system name Acme uses is this tenant's to take",
    query: CREATE_ACCOUNT_PLAN,
    variables: () => ({ input: { name: 'Enterprise' } }),
    expect: 'data',
    values: planValues,
  },
  {
    name: "createFeature: a system name Acme uses is this tenant's to take",
    query: CREATE_FEATURE,
    variables: () => ({ input: { scope: 'ACCOUNT', name: 'Invoicing' } }),
    expect: 'data',
    values: planValues,
  },
  { name: "plan: another tenant's: NOT_FOUND", query: PLAN, variables: (refs) => ({ id: refs['echoPayg'] }), expect: { error: 'NOT_FOUND' } },
  ...(['parityGold', 'goldHitsLimit', 'ruleRounded', 'emailSupport'] as const).map((ref) => ({
    name: `node: another tenant's ${ref}: NOT_FOUND`,
    query: PLANS_NODE,
    variables: (refs: Refs) => ({ id: refs[ref] }),
    expect: { error: 'NOT_FOUND' } as Expectation,
  })),
  { name: "costPreview: another tenant's plan: NOT_FOUND", query: COST_PREVIEW, variables: (refs) => ({ planId: refs['echoPayg'], usage: [] }), expect: { error: 'NOT_FOUND' } },
  {
    name: "updatePlan: another tenant's: NOT_FOUND",
    query: UPDATE_PLAN,
    variables: (refs) => ({ input: { id: refs['echoPayg'], name: 'Mine' } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  { name: "copyPlan: another tenant's: NOT_FOUND", query: COPY_PLAN, variables: (refs) => ({ input: { id: gold(refs) } }), expect: { userErrors: ['NOT_FOUND'] } },
  { name: "publishPlan: another tenant's: NOT_FOUND", query: PUBLISH_PLAN, variables: (refs) => ({ input: { id: refs['paritySilver'] } }), expect: { userErrors: ['NOT_FOUND'] } },
  { name: "hidePlan: another tenant's: NOT_FOUND", query: HIDE_PLAN, variables: (refs) => ({ input: { id: gold(refs) } }), expect: { userErrors: ['NOT_FOUND'] } },
  {
    name: "setDefaultPlan: another tenant's: NOT_FOUND",
    query: SET_DEFAULT_PLAN,
    variables: (refs) => ({ input: { id: refs['enterprise'] } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  { name: "deletePlan: another tenant's: NOT_FOUND", query: DELETE_PLAN, variables: (refs) => ({ input: { id: gold(refs) } }), expect: { userErrors: ['NOT_FOUND'] } },
  {
    name: "createApplicationPlan: on another tenant's service: NOT_FOUND",
    query: CREATE_APP_PLAN,
    variables: (refs) => ({ input: { serviceId: parity(refs), name: 'Mine' } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  {
    name: "createServicePlan: on another tenant's service: NOT_FOUND",
    query: CREATE_SERVICE_PLAN,
    variables: (refs) => ({ input: { serviceId: refs['echoService'], name: 'Mine' } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  {
    name: "setUsageLimit: another tenant's metric on its own plan: NOT_FOUND",
    query: SET_USAGE_LIMIT,
    variables: (refs) => ({ input: { planId: refs['otherBasic'], metricId: refs['parityHits'], period: 'DAY', value: '1' } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  {
    name: "setUsageLimit: its own metric on another tenant's plan: NOT_FOUND",
    query: SET_USAGE_LIMIT,
    variables: (refs) => ({ input: { planId: gold(refs), metricId: refs['otherHits'], period: 'DAY', value: '1' } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  {
    name: "deleteUsageLimit: another tenant's: NOT_FOUND",
    query: DELETE_USAGE_LIMIT,
    variables: (refs) => ({ input: { id: refs['goldHitsLimit'] } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  {
    name: "createPricingRule: on another tenant's plan: NOT_FOUND",
    query: CREATE_PRICING_RULE,
    variables: (refs) => ({ input: { planId: gold(refs), metricId: refs['otherHits'], from: '1', costPerUnit: '1' } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  {
    name: "updatePricingRule: another tenant's: NOT_FOUND",
    query: UPDATE_PRICING_RULE,
    variables: (refs) => ({ input: { id: refs['ruleRounded'], costPerUnit: '9' } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  {
    name: "deletePricingRule: another tenant's: NOT_FOUND",
    query: DELETE_PRICING_RULE,
    variables: (refs) => ({ input: { id: refs['ruleRounded'] } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  {
    name: "setTierMode: another tenant's plan: NOT_FOUND",
    query: SET_TIER_MODE,
    variables: (refs) => ({ input: { planId: gold(refs), metricId: refs['otherHits'], tierMode: 'VOLUME' } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  {
    name: "createFeature: on another tenant's service: NOT_FOUND",
    query: CREATE_FEATURE,
    variables: (refs) => ({ input: { scope: 'APPLICATION', serviceId: refs['echoService'], name: 'Mine' } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  {
    name: "enableFeature: another tenant's feature on its own plan: NOT_FOUND",
    query: ENABLE_FEATURE,
    variables: (refs) => ({ input: { planId: refs['otherAccountPlan'], featureId: refs['accountFeature'] } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  {
    name: "disableFeature: another tenant's plan: NOT_FOUND",
    query: DISABLE_FEATURE,
    variables: (refs) => ({ input: { planId: gold(refs), featureId: refs['appFeature'] } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  {
    name: "service features: its default service's, none; its own account plan feature, not Acme's",
    query: FEATURES,
    variables: (refs) => ({ id: refs['otherApi'] }),
    expect: 'data',
    values: planValues,
    ordered: true,
  },
  { name: "service features: another tenant's service: NOT_FOUND", query: FEATURES, variables: (refs) => ({ id: parity(refs) }), expect: { error: 'NOT_FOUND' } },
  {
    name: "updateFeature: another tenant's: NOT_FOUND",
    query: UPDATE_FEATURE,
    variables: (refs) => ({ input: { id: refs['accountFeature'], name: 'Mine' } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  { name: "deleteFeature: another tenant's: NOT_FOUND", query: DELETE_FEATURE, variables: (refs) => ({ input: { id: refs['appFeature'] } }), expect: { userErrors: ['NOT_FOUND'] } },
  { name: "deleteFeature: another tenant's seeded feature: NOT_FOUND", query: DELETE_FEATURE, variables: (refs) => ({ input: { id: refs['emailSupport'] } }), expect: { userErrors: ['NOT_FOUND'] } },
];

/** The plans' root query fields, with the smallest selection. */
const planQueries: [string, string][] = [
  ['plan', 'query { plan(id: "x") { id } }'],
  ['accountPlans', 'query { accountPlans { totalCount } }'],
  ['costPreview', 'query { costPreview(planId: "x", usage: [{ metricId: "y", quantity: 3 }]) { total } }'],
  ['accountFeatures', 'query { accountFeatures { id } }'],
];

/** Every plans mutation, with the smallest valid selection: refused to members and to anonymous callers. */
const planMutations: [string, string][] = [
  ['createApplicationPlan', 'mutation { createApplicationPlan(input: { serviceId: "x", name: "x" }) { userErrors { code } } }'],
  ['createServicePlan', 'mutation { createServicePlan(input: { serviceId: "x", name: "x" }) { userErrors { code } } }'],
  ['createAccountPlan', 'mutation { createAccountPlan(input: { name: "x", setupFee: "1.50" }) { userErrors { code } } }'],
  ['updatePlan', 'mutation { updatePlan(input: { id: "x", costPerMonth: 5 }) { userErrors { code } } }'],
  ['copyPlan', 'mutation { copyPlan(input: { id: "x" }) { userErrors { code } } }'],
  ['publishPlan', 'mutation { publishPlan(input: { id: "x" }) { userErrors { code } } }'],
  ['hidePlan', 'mutation { hidePlan(input: { id: "x" }) { userErrors { code } } }'],
  ['setDefaultPlan', 'mutation { setDefaultPlan(input: { id: "x" }) { userErrors { code } } }'],
  ['deletePlan', 'mutation { deletePlan(input: { id: "x" }) { userErrors { code } } }'],
  ['setUsageLimit', 'mutation { setUsageLimit(input: { planId: "x", metricId: "y", period: DAY, value: "1" }) { userErrors { code } } }'],
  ['deleteUsageLimit', 'mutation { deleteUsageLimit(input: { id: "x" }) { userErrors { code } } }'],
  ['createPricingRule', 'mutation { createPricingRule(input: { planId: "x", metricId: "y", from: 1, costPerUnit: "0.5" }) { userErrors { code } } }'],
  ['updatePricingRule', 'mutation { updatePricingRule(input: { id: "x", unbounded: true }) { userErrors { code } } }'],
  ['deletePricingRule', 'mutation { deletePricingRule(input: { id: "x" }) { userErrors { code } } }'],
  ['setTierMode', 'mutation { setTierMode(input: { planId: "x", metricId: "y", tierMode: VOLUME }) { userErrors { code } } }'],
  ['createFeature', 'mutation { createFeature(input: { scope: ACCOUNT, name: "x" }) { userErrors { code } } }'],
  ['enableFeature', 'mutation { enableFeature(input: { planId: "x", featureId: "y" }) { userErrors { code } } }'],
  ['disableFeature', 'mutation { disableFeature(input: { planId: "x", featureId: "y" }) { userErrors { code } } }'],
  ['updateFeature', 'mutation { updateFeature(input: { id: "x", name: "y" }) { userErrors { code } } }'],
  ['deleteFeature', 'mutation { deleteFeature(input: { id: "x" }) { deletedFeatureId } }'],
];

/** Members read plans and their cost; every plans mutation is refused to them before it runs. */
const plansMemberSteps: ParityStep[] = [
  { name: 'service plans, member', query: SERVICE_PLANS, variables: (refs) => plansOf(refs['echoService']), expect: 'data', values: planValues, ordered: true },
  { name: 'plan, member', query: PLAN, variables: (refs) => ({ id: refs['echoPayg'] }), expect: 'data', values: planValues },
  { name: 'accountPlans, member', query: ACCOUNT_PLANS, variables: () => ({ orderBy: byName('ASC') }), expect: 'data', values: planValues, ordered: true },
  {
    name: 'costPreview, member',
    query: COST_PREVIEW,
    variables: (refs) => ({ planId: refs['echoPayg'], usage: [usage(refs['echoMethod'], '1000')] }),
    expect: 'data',
    values: planValues,
  },
  { name: 'node: a plan, member', query: PLANS_NODE, variables: (refs) => ({ id: gold(refs) }), expect: 'data', values: planValues },
  { name: 'service features and accountFeatures, member', query: FEATURES, variables: (refs) => ({ id: parity(refs) }), expect: 'data', values: planValues, ordered: true },
  {
    name: 'updateFeature, member, a real feature: FORBIDDEN',
    query: UPDATE_FEATURE,
    variables: (refs) => ({ input: { id: refs['appFeature'], name: 'Member rename' } }),
    expect: { error: 'FORBIDDEN' },
    values: ['message'],
  },
  { name: 'deleteFeature, member, a real feature: FORBIDDEN', query: DELETE_FEATURE, variables: (refs) => ({ input: { id: refs['appFeature'] } }), expect: { error: 'FORBIDDEN' }, values: ['message'] },
  { name: 'service features, member: nothing was changed', query: FEATURES, variables: (refs) => ({ id: parity(refs) }), expect: 'data', values: planValues, ordered: true },
  ...planMutations.map(([field, query]) => ({ name: `${field}, member: FORBIDDEN`, query, expect: { error: 'FORBIDDEN' } as Expectation, values: ['message'] })),
];

// ── the audit log (server/src/modules/events) ────────────────────────────────────────────
const AUDIT_LOG = op(`query AuditLog($first: Int, $after: String, $last: Int, $before: String, $filter: AuditEntryFilter, $orderBy: AuditEntryOrder) {
  auditLog(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { ...PageParts } edges { cursor node { ...AuditParts } } nodes { id event }
  }
}`);
const AUDIT_NODE = `query AuditNode($id: ID!) { node(id: $id) { __typename id ... on AuditEntry { event actorKind actorName targetType targetName summary } } }`;
/**
 * What an entry says is deterministic in these flows, but for its id, time and request id (and the
 * address of a sign-in, "Signed in from …": the steps over sign-ins leave `summary` out).
 */
const auditValues = ['event', 'actorName', 'targetType', 'targetName', 'summary', 'from', 'to', 'totalCount', 'subdomain', 'email'];
const signInValues = auditValues.filter((key) => key !== 'summary');
const log = (filter: (refs: Refs) => Record<string, unknown>, extra: Record<string, unknown> = {}) => (refs: Refs) => ({ first: 50, filter: filter(refs), ...extra });
const tooLongFilter = 'e'.repeat(MAX_SEARCH_TEXT_LENGTH + 1);

/**
 * The master's log, after its token, job, unlock and tenant steps: every tenant's entries, by actor,
 * target, event kind or action, time and text. Lists are compared in order only where each entry
 * comes from a request of its own (entries of one request may share a millisecond on the server).
 */
const masterAuditSteps: ParityStep[] = [
  {
    name: "auditLog, master: its own access tokens, created and revoked (one by one, by ids, by the jobs), newest first",
    query: AUDIT_LOG,
    variables: log((refs) => ({ actorId: refs['masterId'], event: 'access_token' })),
    expect: 'data',
    values: auditValues,
    ordered: true,
  },
  {
    name: 'auditLog, master: one token by its targetId, revoked then created',
    query: AUDIT_LOG,
    variables: log((refs) => ({ targetId: refs['beta'] })),
    expect: 'data',
    values: auditValues,
    ordered: true,
    keep: { betaRevokedEntry: 'auditLog.edges.0.node.id', betaRevokedAt: 'auditLog.edges.0.node.occurredAt' },
  },
  {
    name: 'auditLog, master: the same, oldest first',
    query: AUDIT_LOG,
    variables: log((refs) => ({ targetId: refs['beta'] }), { orderBy: { field: 'OCCURRED_AT', direction: 'ASC' } }),
    expect: 'data',
    values: auditValues,
    ordered: true,
  },
  { name: 'node: an audit entry, master', query: AUDIT_NODE, variables: (refs) => ({ id: refs['betaRevokedEntry'] }), expect: 'data', values: auditValues },
  {
    name: 'auditLog, master: one action (access_token.revoked), first 2',
    query: AUDIT_LOG,
    variables: (refs) => ({ first: 2, filter: { actorId: refs['masterId'], event: 'access_token.revoked' } }),
    expect: 'data',
    values: auditValues,
    ordered: true,
    keep: { revokedCursor: 'auditLog.pageInfo.endCursor' },
  },
  {
    name: 'auditLog, master: the page after the cursor',
    query: AUDIT_LOG,
    variables: (refs) => ({ first: 2, after: refs['revokedCursor'], filter: { actorId: refs['masterId'], event: 'access_token.revoked' } }),
    expect: 'data',
    values: auditValues,
    ordered: true,
    keep: { revokedStart: 'auditLog.pageInfo.startCursor' },
  },
  {
    name: 'auditLog, master: last 1 before a cursor',
    query: AUDIT_LOG,
    variables: (refs) => ({ last: 1, before: refs['revokedStart'], filter: { actorId: refs['masterId'], event: 'access_token.revoked' } }),
    expect: 'data',
    values: auditValues,
    ordered: true,
  },
  {
    name: 'auditLog, master: to the time of a revoke (inclusive)',
    query: AUDIT_LOG,
    variables: log((refs) => ({ actorId: refs['masterId'], event: 'access_token', to: refs['betaRevokedAt'] })),
    expect: 'data',
    values: auditValues,
    ordered: true,
  },
  {
    name: 'auditLog, master: from the time of a revoke (inclusive)',
    query: AUDIT_LOG,
    variables: log((refs) => ({ actorId: refs['masterId'], event: 'access_token', from: refs['betaRevokedAt'] })),
    expect: 'data',
    values: auditValues,
    ordered: true,
  },
  {
    name: 'auditLog, master: from and to one instant',
    query: AUDIT_LOG,
    variables: log((refs) => ({ event: 'access_token', from: refs['betaRevokedAt'], to: refs['betaRevokedAt'] })),
    expect: 'data',
    values: auditValues,
  },
  {
    name: "auditLog, master: unlockLogin, recorded in the user's tenant (Acme) by the master",
    query: AUDIT_LOG,
    variables: log(() => ({ event: 'user.login_unlocked' })),
    expect: 'data',
    values: auditValues,
    ordered: true,
  },
  {
    name: "auditLog, master: createTenant, in the new tenant's log by its setup and in the master's by the master",
    query: AUDIT_LOG,
    variables: log((refs) => ({ event: 'tenant.created', targetId: refs['parityTenant'] })),
    expect: 'data',
    values: auditValues,
  },
  {
    name: "auditLog, master: every tenant's entries — Acme's demo seed, by its actor's name (any case)",
    query: AUDIT_LOG,
    variables: log(() => ({ event: 'service.created', search: 'DEMO-SEED' })),
    expect: 'data',
    values: auditValues,
  },
  {
    name: "auditLog, master: Acme's seeded pricing rules, by the target's name",
    query: AUDIT_LOG,
    variables: log(() => ({ event: 'pricing_rule', search: '  echo 1001 ' })),
    expect: 'data',
    values: auditValues,
  },
  {
    name: 'auditLog, master: search on the summary, "%" and "_" literal',
    query: AUDIT_LOG,
    variables: log(() => ({ search: 'parity_alpha%' })),
    expect: 'data',
    values: auditValues,
  },
  {
    name: 'auditLog, master: a kind no event has',
    query: AUDIT_LOG,
    variables: log(() => ({ event: 'invoice' })),
    expect: 'data',
    values: auditValues,
  },
  {
    name: 'auditLog, master: an actorId of another type (a tenant) names nobody',
    query: AUDIT_LOG,
    variables: log((refs) => ({ actorId: refs['masterTenantId'] })),
    expect: 'data',
    values: auditValues,
  },
  { name: 'auditLog, master: a malformed targetId names nothing', query: AUDIT_LOG, variables: log(() => ({ targetId: 'nope' })), expect: 'data', values: auditValues },
  {
    name: 'auditLog, master: an empty event and search narrow nothing (with a target)',
    query: AUDIT_LOG,
    variables: log((refs) => ({ targetId: refs['beta'], event: '  ', search: '' })),
    expect: 'data',
    values: auditValues,
    ordered: true,
  },
  {
    name: `auditLog: an event over ${MAX_SEARCH_TEXT_LENGTH} characters, and a search: BAD_USER_INPUT on the event`,
    query: AUDIT_LOG,
    variables: () => ({ filter: { search: tooLongFilter, event: tooLongFilter } }),
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  {
    name: `auditLog: a search over ${MAX_SEARCH_TEXT_LENGTH} characters: BAD_USER_INPUT`,
    query: AUDIT_LOG,
    variables: () => ({ filter: { search: tooLongFilter } }),
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  {
    name: 'auditLog: a cursor of another listing (tokens by name): BAD_USER_INPUT',
    query: AUDIT_LOG,
    variables: (refs) => ({ first: 2, after: refs['nameCursor'] }),
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  { name: 'auditLog: first 0: BAD_USER_INPUT', query: AUDIT_LOG, variables: () => ({ first: 0 }), expect: { error: 'BAD_USER_INPUT' } },
  { name: 'auditLog: a malformed time (scalar): BAD_USER_INPUT', query: AUDIT_LOG, variables: () => ({ filter: { from: 'yesterday' } }), expect: { error: 'BAD_USER_INPUT' } },
  { name: 'auditLog: unknown order field (enum): BAD_USER_INPUT', query: AUDIT_LOG, variables: () => ({ orderBy: { field: 'EVENT', direction: 'ASC' } }), expect: { error: 'BAD_USER_INPUT' } },
];

/** After the refused password changes: no entry for them, nor for the refused logins. */
const masterAuditAfterPasswordSteps: ParityStep[] = [
  {
    name: "auditLog, master: its own user events: one sign-in; no failed login nor refused password change",
    query: AUDIT_LOG,
    variables: log((refs) => ({ actorId: refs['masterId'], event: 'user' })),
    expect: 'data',
    values: signInValues,
    ordered: true,
  },
  { name: 'auditLog, master: no password change at all yet', query: AUDIT_LOG, variables: log(() => ({ event: 'user.password_changed' })), expect: 'data', values: auditValues },
];

/** The Acme admin's log after the catalog and plans flows: each object's story by its targetId, deleted ones included. */
const adminAuditSteps: ParityStep[] = [
  {
    name: 'auditLog: a deleted service by its targetId: deleted, changed (name, custom keys, state), created',
    query: AUDIT_LOG,
    variables: log((refs) => ({ targetId: refs['paritySvc2'] })),
    expect: 'data',
    values: auditValues,
    ordered: true,
    keep: { acmeEntry: 'auditLog.edges.0.node.id' },
  },
  {
    name: 'auditLog: service events about the Parity Services (search on the target name)',
    query: AUDIT_LOG,
    variables: log(() => ({ event: 'service', search: 'parity service' })),
    expect: 'data',
    values: auditValues,
    ordered: true,
  },
  { name: 'auditLog: a metric deleted with its rule', query: AUDIT_LOG, variables: log((refs) => ({ targetId: refs['bytesMetric'] })), expect: 'data', values: auditValues, ordered: true },
  {
    name: 'auditLog: a method renamed once confirmed (event method)',
    query: AUDIT_LOG,
    variables: log((refs) => ({ targetId: refs['sendMethod'], event: 'method' })),
    expect: 'data',
    values: auditValues,
    ordered: true,
  },
  {
    name: 'auditLog: the same method is no metric (event metric)',
    query: AUDIT_LOG,
    variables: log((refs) => ({ targetId: refs['sendMethod'], event: 'metric' })),
    expect: 'data',
    values: auditValues,
  },
  { name: 'auditLog: hits renamed and its description cleared', query: AUDIT_LOG, variables: log((refs) => ({ targetId: refs['parityHits'] })), expect: 'data', values: auditValues, ordered: true },
  {
    name: "auditLog: the Parity Service's mapping rules: created, moved, deleted (not those deleted with their metric)",
    query: AUDIT_LOG,
    variables: log(() => ({ event: 'mapping_rule', search: 'of Parity Service.' })),
    expect: 'data',
    values: auditValues,
    ordered: true,
  },
  {
    name: 'auditLog: OpenAPI Import: created, two imports that added something, deleted',
    query: AUDIT_LOG,
    variables: log((refs) => ({ targetId: refs['importSvc'] })),
    expect: 'data',
    values: auditValues,
    ordered: true,
  },
  { name: 'auditLog: the plan Gold', query: AUDIT_LOG, variables: log((refs) => ({ targetId: refs['parityGold'] })), expect: 'data', values: auditValues, ordered: true },
  {
    name: 'auditLog: the plan Silver: created, changed twice, published, hidden (no-ops left out)',
    query: AUDIT_LOG,
    variables: log((refs) => ({ targetId: refs['paritySilver'] })),
    expect: 'data',
    values: auditValues,
    ordered: true,
  },
  { name: 'auditLog: a deleted plan, Temp', query: AUDIT_LOG, variables: log((refs) => ({ targetId: refs['tempPlan'] })), expect: 'data', values: auditValues, ordered: true },
  {
    name: 'auditLog: the account plans made the default (Enterprise, then Default again)',
    query: AUDIT_LOG,
    variables: log(() => ({ event: 'plan.made_default', search: 'account plan' })),
    expect: 'data',
    values: auditValues,
    ordered: true,
  },
  { name: 'auditLog: the plans copied', query: AUDIT_LOG, variables: log(() => ({ event: 'plan.copied' })), expect: 'data', values: auditValues, ordered: true },
  {
    name: 'auditLog: a usage limit set, set again with a new value, the same value left out',
    query: AUDIT_LOG,
    variables: log((refs) => ({ targetId: refs['goldHitsLimit'] })),
    expect: 'data',
    values: auditValues,
    ordered: true,
  },
  { name: 'auditLog: a usage limit set and removed', query: AUDIT_LOG, variables: log((refs) => ({ targetId: refs['goldDayLimit'] })), expect: 'data', values: auditValues, ordered: true },
  {
    name: "auditLog: usage limits on plans named Gold (Acme's seed and the Parity Service's)",
    query: AUDIT_LOG,
    variables: log(() => ({ event: 'usage_limit', search: '"Gold"' })),
    expect: 'data',
    values: auditValues,
  },
  {
    name: 'auditLog: a pricing rule created, repriced, deleted',
    query: AUDIT_LOG,
    variables: log((refs) => ({ targetId: refs['ruleMiddle'] })),
    expect: 'data',
    values: auditValues,
    ordered: true,
  },
  {
    name: 'auditLog: an open pricing rule given an end (unbounded again changed nothing)',
    query: AUDIT_LOG,
    variables: log((refs) => ({ targetId: refs['ruleHigh'] })),
    expect: 'data',
    values: auditValues,
    ordered: true,
  },
  {
    name: 'auditLog: the tier mode set on Gold (event plan.tier_mode_set)',
    query: AUDIT_LOG,
    variables: log(() => ({ event: 'plan.tier_mode_set' })),
    expect: 'data',
    values: auditValues,
    ordered: true,
  },
  {
    name: 'auditLog: a feature created, enabled, disabled (repeats left out)',
    query: AUDIT_LOG,
    variables: log((refs) => ({ targetId: refs['appFeature'] })),
    expect: 'data',
    values: auditValues,
    ordered: true,
  },
  {
    name: 'auditLog: a feature renamed, its description cleared (no-op updates left out), enabled',
    query: AUDIT_LOG,
    variables: log((refs) => ({ targetId: refs['appFeature2'] })),
    expect: 'data',
    values: auditValues,
    ordered: true,
  },
  { name: 'auditLog: a deleted feature', query: AUDIT_LOG, variables: log((refs) => ({ targetId: refs['shortLived'] })), expect: 'data', values: auditValues, ordered: true },
  { name: 'auditLog: a deleted service, Doomed', query: AUDIT_LOG, variables: log((refs) => ({ targetId: refs['doomed'] })), expect: 'data', values: auditValues, ordered: true },
  {
    name: "auditLog: a plan gone with its service: created with it, its tier mode set",
    query: AUDIT_LOG,
    variables: log((refs) => ({ targetId: refs['doomedBasic'] })),
    expect: 'data',
    values: auditValues,
    ordered: true,
  },
  {
    name: "auditLog: the seeded feature, by the actor's name (both in one transaction of the seed)",
    query: AUDIT_LOG,
    variables: log(() => ({ event: 'feature', search: 'demo-seed' })),
    expect: 'data',
    values: auditValues,
  },
  {
    name: "auditLog: what the Acme admin published (actorId; the seed's system actor is no user)",
    query: AUDIT_LOG,
    variables: log((refs) => ({ actorId: refs['acmeAdmin'], event: 'plan.published' })),
    expect: 'data',
    values: auditValues,
    ordered: true,
  },
  {
    name: "auditLog: the master's unlocks in Acme's log; the master is no user Acme sees (actor null)",
    query: AUDIT_LOG,
    variables: log(() => ({ event: 'user.login_unlocked' })),
    expect: 'data',
    values: auditValues,
    ordered: true,
  },
  {
    name: "auditLog: the Acme admin's sign-in (not the failed one)",
    query: AUDIT_LOG,
    variables: log((refs) => ({ actorId: refs['acmeAdmin'], event: 'user' })),
    expect: 'data',
    values: signInValues,
    ordered: true,
  },
  { name: "auditLog: none of the master's token events in Acme's log", query: AUDIT_LOG, variables: log(() => ({ event: 'access_token' })), expect: 'data', values: auditValues },
  { name: "auditLog: none of the master's tenant events in Acme's log", query: AUDIT_LOG, variables: log((refs) => ({ targetId: refs['parityTenant'] })), expect: 'data', values: auditValues },
  { name: 'node: an audit entry, tenant admin', query: AUDIT_NODE, variables: (refs) => ({ id: refs['acmeEntry'] }), expect: 'data', values: auditValues },
  { name: "node: the master's audit entry: NOT_FOUND", query: AUDIT_NODE, variables: (refs) => ({ id: refs['betaRevokedEntry'] }), expect: { error: 'NOT_FOUND' } },
];

/** Another tenant's admin: its own setup and changes; nothing of Acme's. */
const otherTenantAuditSteps: ParityStep[] = [
  {
    name: 'auditLog, another tenant: its setup, its sign-in, its own changes',
    query: AUDIT_LOG,
    expect: 'data',
    values: signInValues,
  },
  {
    name: 'auditLog, another tenant: its plans, by the setup and by its admin',
    query: AUDIT_LOG,
    variables: log(() => ({ event: 'plan' })),
    expect: 'data',
    values: auditValues,
  },
  {
    name: "auditLog, another tenant: its tenant's creation, by its setup only",
    query: AUDIT_LOG,
    variables: log(() => ({ event: 'tenant' })),
    expect: 'data',
    values: auditValues,
  },
  { name: "auditLog, another tenant: Acme's service by its targetId: none", query: AUDIT_LOG, variables: log((refs) => ({ targetId: refs['paritySvc'] })), expect: 'data', values: auditValues },
  { name: "auditLog, another tenant: Acme's seed: none", query: AUDIT_LOG, variables: log(() => ({ search: 'demo-seed' })), expect: 'data', values: auditValues },
  { name: "node: another tenant's audit entry: NOT_FOUND", query: AUDIT_NODE, variables: (refs) => ({ id: refs['acmeEntry'] }), expect: { error: 'NOT_FOUND' } },
];

/** Members read everything else, not the log. */
const memberAuditSteps: ParityStep[] = [
  { name: 'auditLog, member: FORBIDDEN', query: AUDIT_LOG, expect: { error: 'FORBIDDEN' }, values: ['message'] },
  { name: 'node: an audit entry, member: FORBIDDEN', query: AUDIT_NODE, variables: (refs) => ({ id: refs['acmeEntry'] }), expect: { error: 'FORBIDDEN' }, values: ['message'] },
];

/** The Acme admin again, over what the member did. */
const finalAuditSteps: ParityStep[] = [
  {
    name: 'login: the Acme admin again',
    query: LOGIN,
    variables: () => ({ input: { tenant: demo.acmeSubdomain, email: demo.acmeEmail, password: demo.acmePassword } }),
    expect: 'data',
  },
  {
    name: "auditLog: the member's sign-ins, password change and sign-out (not the refused login)",
    query: AUDIT_LOG,
    variables: log((refs) => ({ actorId: refs['memberId'], event: 'user' })),
    expect: 'data',
    values: signInValues,
    ordered: true,
  },
  {
    name: "auditLog: the member's own token, created and revoked by ids",
    query: AUDIT_LOG,
    variables: log((refs) => ({ actorId: refs['memberId'], event: 'access_token' })),
    expect: 'data',
    values: auditValues,
    ordered: true,
  },
  {
    name: 'auditLog: the password change, by its summary',
    query: AUDIT_LOG,
    variables: log(() => ({ event: 'user.password_changed', search: 'their other sessions' })),
    expect: 'data',
    values: auditValues,
  },
];

// ── notifications (server/src/modules/notifications) ───────────────────────────────────────────
const NOTIFICATIONS = op(`query Notifications($first: Int, $after: String, $last: Int, $before: String, $filter: NotificationFilter, $orderBy: NotificationOrder) {
  unreadNotificationCount
  notifications(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { ...PageParts } edges { cursor node { ...NotificationParts } } nodes { id type }
  }
}`);
const UNREAD_COUNT = `query UnreadCount { unreadNotificationCount }`;
const MARK_READ = `mutation MarkRead($input: MarkNotificationsReadInput!) {
  markNotificationsRead(input: $input) { markedCount unreadCount userErrors { __typename field message code } }
}`;
const PREFERENCES = op(`query Preferences { notificationPreferences { ...PreferenceParts } }`);
const UPDATE_PREFERENCES = op(`mutation UpdatePreferences($input: UpdateNotificationPreferencesInput!) {
  updateNotificationPreferences(input: $input) { preferences { ...PreferenceParts } userErrors { __typename field message code } }
}`);
const OUTBOX = op(`query Outbox($first: Int, $after: String, $last: Int, $before: String, $filter: OutboxMessageFilter, $orderBy: OutboxMessageOrder) {
  outbox(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { ...PageParts } edges { cursor node { ...OutboxParts } } nodes { id status }
  }
}`);
const NOTIFICATION_NODE = `query NotificationNode($id: ID!) {
  node(id: $id) { __typename id ... on Notification { type title summary targetType targetName read } ... on OutboxMessage { mailType: type toAddress subject status } }
}`;
const NOTIFICATION_RECEIVED = op(`subscription NotificationReceived { notificationReceived { ...NotificationParts } }`);
const unknownNotification = toGlobalId('Notification', '00000000-0000-4000-8000-00000000dead');
/** What a notification, a preference and a mail say is deterministic in these flows, but for ids and times. */
const notificationValues = ['type', 'category', 'title', 'summary', 'targetType', 'targetName', 'totalCount', 'unreadNotificationCount', 'markedCount', 'unreadCount'];
const preferenceValues = ['type', 'category', 'title', 'description'];
/** Mail bodies too: the mock renders them as the server does, links to the tenant's admin included. */
const outboxValues = ['type', 'mailType', 'toAddress', 'subject', 'textBody', 'htmlBody', 'status', 'attempts', 'lastError', 'totalCount'];
const markRead = (input: (refs: Refs) => Record<string, unknown>) => (refs: Refs) => ({ input: input(refs) });
const preferences = (...choices: [string, boolean][]) => () => ({ input: { preferences: choices.map(([type, email]) => ({ type, email })) } });

/** The master's email choices, before its bulk operations: reports by email. */
const masterPreferenceSteps: ParityStep[] = [
  { name: 'notificationPreferences, master: every type, each by its default', query: PREFERENCES, expect: 'data', values: preferenceValues, ordered: true },
  { name: 'notifications, master: none yet', query: NOTIFICATIONS, expect: 'data', values: notificationValues },
  {
    name: 'updateNotificationPreferences: a type given twice: DUPLICATE, nothing changed',
    query: UPDATE_PREFERENCES,
    variables: preferences(['BULK_OPERATION_FINISHED', true], ['EXPORT_READY', false], ['BULK_OPERATION_FINISHED', false]),
    expect: { userErrors: ['DUPLICATE'] },
  },
  {
    name: 'updateNotificationPreferences: an unknown type (enum): BAD_USER_INPUT',
    query: UPDATE_PREFERENCES,
    variables: preferences(['NEW_PLANET', true]),
    expect: { error: 'BAD_USER_INPUT' },
  },
  { name: 'updateNotificationPreferences: none given: all as they are', query: UPDATE_PREFERENCES, variables: preferences(), expect: 'data', values: preferenceValues, ordered: true },
  {
    name: 'updateNotificationPreferences, master: reports by email; a default given again changes nothing',
    query: UPDATE_PREFERENCES,
    variables: preferences(['BULK_OPERATION_FINISHED', true], ['EXPORT_READY', true]),
    expect: 'data',
    values: preferenceValues,
    ordered: true,
  },
  {
    name: 'updateNotificationPreferences, master: the same again (recorded once only)',
    query: UPDATE_PREFERENCES,
    variables: preferences(['BULK_OPERATION_FINISHED', true]),
    expect: 'data',
    values: preferenceValues,
    ordered: true,
  },
  { name: 'notificationPreferences, master: as chosen', query: PREFERENCES, expect: 'data', values: preferenceValues, ordered: true },
  { name: 'markNotificationsRead, master: all, with none unread', query: MARK_READ, variables: markRead(() => ({ all: true })), expect: 'data', values: notificationValues },
];

/** The master after its two bulk operations finished: each reported to it, and mailed as it chose. */
const masterNotificationSteps: ParityStep[] = [
  {
    name: 'notifications, master: the reports of its two bulk operations, newest first',
    query: NOTIFICATIONS,
    variables: () => ({ first: 10 }),
    expect: 'data',
    values: notificationValues,
    ordered: true,
    keep: { masterReport: 'notifications.nodes.0.id', olderReport: 'notifications.nodes.1.id' },
  },
  { name: 'unreadNotificationCount, master', query: UNREAD_COUNT, expect: 'data', values: notificationValues },
  {
    name: 'notifications, master: first 1',
    query: NOTIFICATIONS,
    variables: () => ({ first: 1 }),
    expect: 'data',
    values: notificationValues,
    ordered: true,
    keep: { reportCursor: 'notifications.pageInfo.endCursor' },
  },
  {
    name: 'notifications, master: the page after the cursor',
    query: NOTIFICATIONS,
    variables: (refs) => ({ first: 1, after: refs['reportCursor'] }),
    expect: 'data',
    values: notificationValues,
    ordered: true,
    keep: { lastReportCursor: 'notifications.pageInfo.startCursor' },
  },
  {
    name: 'notifications, master: last 1 before a cursor',
    query: NOTIFICATIONS,
    variables: (refs) => ({ last: 1, before: refs['lastReportCursor'] }),
    expect: 'data',
    values: notificationValues,
    ordered: true,
  },
  {
    name: 'notifications, master: oldest first',
    query: NOTIFICATIONS,
    variables: () => ({ orderBy: { field: 'CREATED_AT', direction: 'ASC' } }),
    expect: 'data',
    values: notificationValues,
    ordered: true,
  },
  {
    name: 'notifications: a cursor of another listing (tokens by name): BAD_USER_INPUT',
    query: NOTIFICATIONS,
    variables: (refs) => ({ first: 1, after: refs['nameCursor'] }),
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  { name: 'notifications: first 251: BAD_USER_INPUT', query: NOTIFICATIONS, variables: () => ({ first: 251 }), expect: { error: 'BAD_USER_INPUT' } },
  {
    name: 'notifications, master: category REPORTS',
    query: NOTIFICATIONS,
    variables: () => ({ filter: { categories: ['REPORTS'] } }),
    expect: 'data',
    values: notificationValues,
    ordered: true,
  },
  {
    name: 'notifications, master: categories BILLING and USAGE_ALERTS: none',
    query: NOTIFICATIONS,
    variables: () => ({ filter: { categories: ['BILLING', 'USAGE_ALERTS'] } }),
    expect: 'data',
    values: notificationValues,
  },
  {
    name: 'notifications, master: one type, in its category',
    query: NOTIFICATIONS,
    variables: () => ({ filter: { types: ['BULK_OPERATION_FINISHED', 'BULK_OPERATION_FINISHED'], categories: ['REPORTS', 'ACCOUNTS'] } }),
    expect: 'data',
    values: notificationValues,
    ordered: true,
  },
  {
    name: 'notifications, master: a type of another category than the one asked: none',
    query: NOTIFICATIONS,
    variables: () => ({ filter: { types: ['BULK_OPERATION_FINISHED'], categories: ['ACCOUNTS'] } }),
    expect: 'data',
    values: notificationValues,
  },
  {
    name: 'notifications, master: empty lists narrow nothing',
    query: NOTIFICATIONS,
    variables: () => ({ filter: { types: [], categories: [], unread: null } }),
    expect: 'data',
    values: notificationValues,
    ordered: true,
  },
  { name: 'notifications, master: unread ones', query: NOTIFICATIONS, variables: () => ({ filter: { unread: true } }), expect: 'data', values: notificationValues, ordered: true },
  { name: 'notifications, master: read ones: none yet', query: NOTIFICATIONS, variables: () => ({ filter: { unread: false } }), expect: 'data', values: notificationValues },
  {
    name: 'notifications: an unknown category (enum): BAD_USER_INPUT',
    query: NOTIFICATIONS,
    variables: () => ({ filter: { categories: ['GOSSIP'] } }),
    expect: { error: 'BAD_USER_INPUT' },
  },
  { name: 'node: my notification, master', query: NOTIFICATION_NODE, variables: (refs) => ({ id: refs['masterReport'] }), expect: 'data', values: notificationValues },
  { name: 'node: an unknown notification: NOT_FOUND', query: NOTIFICATION_NODE, variables: () => ({ id: unknownNotification }), expect: { error: 'NOT_FOUND' } },
  {
    name: 'markNotificationsRead, master: one of mine, with an unknown id, a malformed one and a token id (ignored)',
    query: MARK_READ,
    variables: markRead((refs) => ({ ids: [refs['masterReport'], unknownNotification, 'nope', refs['beta']] })),
    expect: 'data',
    values: notificationValues,
  },
  {
    name: 'markNotificationsRead, master: the same again: nothing to mark',
    query: MARK_READ,
    variables: markRead((refs) => ({ ids: [refs['masterReport']] })),
    expect: 'data',
    values: notificationValues,
  },
  {
    name: 'notifications, master: read ones: the one marked',
    query: NOTIFICATIONS,
    variables: () => ({ filter: { unread: false } }),
    expect: 'data',
    values: notificationValues,
    ordered: true,
  },
  { name: 'notifications, master: unread ones: the other', query: NOTIFICATIONS, variables: () => ({ filter: { unread: true } }), expect: 'data', values: notificationValues, ordered: true },
  { name: 'markNotificationsRead: neither ids nor all: INVALID', query: MARK_READ, variables: markRead(() => ({})), expect: { userErrors: ['INVALID'] } },
  { name: 'markNotificationsRead: null ids and all: INVALID', query: MARK_READ, variables: markRead(() => ({ ids: null, all: null })), expect: { userErrors: ['INVALID'] } },
  {
    name: 'markNotificationsRead: ids and all: INVALID',
    query: MARK_READ,
    variables: markRead((refs) => ({ ids: [refs['olderReport']], all: true })),
    expect: { userErrors: ['INVALID'] },
  },
  { name: 'markNotificationsRead: all false: INVALID', query: MARK_READ, variables: markRead(() => ({ all: false })), expect: { userErrors: ['INVALID'] } },
  {
    name: 'markNotificationsRead: ids with all false: INVALID',
    query: MARK_READ,
    variables: markRead((refs) => ({ ids: [refs['olderReport']], all: false })),
    expect: { userErrors: ['INVALID'] },
  },
  {
    name: 'markNotificationsRead: 251 ids: TOO_MANY',
    query: MARK_READ,
    variables: markRead((refs) => ({ ids: Array.from({ length: 251 }, () => refs['olderReport']) })),
    expect: { userErrors: ['TOO_MANY'] },
  },
  { name: 'markNotificationsRead: no ids: nothing to mark', query: MARK_READ, variables: markRead(() => ({ ids: [] })), expect: 'data', values: notificationValues },
  { name: 'unreadNotificationCount, master: still one', query: UNREAD_COUNT, expect: 'data', values: notificationValues },
  { name: 'markNotificationsRead, master: all', query: MARK_READ, variables: markRead(() => ({ all: true })), expect: 'data', values: notificationValues },
  { name: 'markNotificationsRead, master: all again: none left', query: MARK_READ, variables: markRead(() => ({ all: true })), expect: 'data', values: notificationValues },
  {
    name: "outbox, master: every tenant's mail — Acme's demo seed's and its own reports, HELD without a mail server",
    query: OUTBOX,
    variables: () => ({ first: 50 }),
    expect: 'data',
    values: outboxValues,
  },
  {
    name: 'outbox, master: the newest, its bodies as the server renders them',
    query: OUTBOX,
    variables: () => ({ first: 1 }),
    expect: 'data',
    values: outboxValues,
    keep: { masterMail: 'outbox.nodes.0.id' },
  },
  {
    name: "outbox, master: its own address, oldest first, the subject names its tenant",
    query: OUTBOX,
    variables: () => ({ filter: { search: ` ${demo.masterEmail.toUpperCase()} ` }, orderBy: { field: 'CREATED_AT', direction: 'ASC' } }),
    expect: 'data',
    values: outboxValues,
    ordered: true,
  },
  { name: 'outbox: a search on the subject', query: OUTBOX, variables: () => ({ filter: { search: '[acme api] product' } }), expect: 'data', values: outboxValues },
  { name: 'outbox: HELD ones', query: OUTBOX, variables: () => ({ filter: { statuses: ['HELD'], search: '' } }), expect: 'data', values: outboxValues },
  {
    name: 'outbox: PENDING, SENT or FAILED ones: none',
    query: OUTBOX,
    variables: () => ({ filter: { statuses: ['PENDING', 'SENT', 'FAILED'] } }),
    expect: 'data',
    values: outboxValues,
  },
  { name: 'outbox: "%" and "_" are literal', query: OUTBOX, variables: () => ({ filter: { search: '%_' } }), expect: 'data', values: outboxValues },
  {
    name: `outbox: a search over ${MAX_SEARCH_TEXT_LENGTH} characters: BAD_USER_INPUT`,
    query: OUTBOX,
    variables: () => ({ filter: { search: tooLongSearch } }),
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  { name: 'outbox: an unknown status (enum): BAD_USER_INPUT', query: OUTBOX, variables: () => ({ filter: { statuses: ['LOST'] } }), expect: { error: 'BAD_USER_INPUT' } },
  { name: 'node: an outbox message, master', query: NOTIFICATION_NODE, variables: (refs) => ({ id: refs['masterMail'] }), expect: 'data', values: outboxValues },
  {
    name: 'notificationReceived over HTTP: BAD_USER_INPUT',
    query: NOTIFICATION_RECEIVED,
    expect: { error: 'BAD_USER_INPUT' },
  },
  {
    name: 'auditLog, master: its notifications marked read, once per change',
    query: AUDIT_LOG,
    variables: log((refs) => ({ actorId: refs['masterId'], event: 'notification' })),
    expect: 'data',
    values: auditValues,
    ordered: true,
  },
  {
    name: 'auditLog, master: its email choices, once per change',
    query: AUDIT_LOG,
    variables: log(() => ({ event: 'notification_preferences.updated' })),
    expect: 'data',
    values: auditValues,
    ordered: true,
  },
  {
    // The system's name for a job (`job:<id>`) differs between the two: compared by format.
    name: 'auditLog, master: the ends of its bulk operations, recorded by the system on its behalf',
    query: AUDIT_LOG,
    variables: log(() => ({ event: 'job.finished' })),
    expect: 'data',
    values: auditValues.filter((key) => key !== 'actorName'),
    ordered: true,
  },
];

/** The Acme admin, before the catalog flows: told of the product the demo seed retired. */
const adminNotificationSteps: ParityStep[] = [
  {
    name: 'notifications, tenant admin: the product the demo seed retired',
    query: NOTIFICATIONS,
    expect: 'data',
    values: notificationValues,
    ordered: true,
    keep: { adminSeedNotification: 'notifications.nodes.0.id' },
  },
  { name: "node: the master's notification: NOT_FOUND", query: NOTIFICATION_NODE, variables: (refs) => ({ id: refs['masterReport'] }), expect: { error: 'NOT_FOUND' } },
  { name: "node: the master's mail, another tenant's: NOT_FOUND", query: NOTIFICATION_NODE, variables: (refs) => ({ id: refs['masterMail'] }), expect: { error: 'NOT_FOUND' } },
  {
    name: "markNotificationsRead: the master's notification: nothing of mine changes",
    query: MARK_READ,
    variables: markRead((refs) => ({ ids: [refs['masterReport']] })),
    expect: 'data',
    values: notificationValues,
  },
];

/** The Acme admin, after deleting three products: the member was told of each, and mailed. */
const adminOutboxSteps: ParityStep[] = [
  { name: 'notifications, tenant admin: none of the products it deleted itself', query: NOTIFICATIONS, expect: 'data', values: notificationValues, ordered: true },
  { name: "outbox, tenant admin: its tenant's mail only, HELD", query: OUTBOX, variables: () => ({ first: 50 }), expect: 'data', values: outboxValues },
  {
    name: 'outbox, tenant admin: the newest, to the member, as the server renders it',
    query: OUTBOX,
    variables: () => ({ first: 1 }),
    expect: 'data',
    values: outboxValues,
    keep: { acmeMail: 'outbox.nodes.0.id' },
  },
  {
    name: "outbox, tenant admin: the member's mail",
    query: OUTBOX,
    variables: () => ({ filter: { search: demo.memberEmail, statuses: ['HELD'] } }),
    expect: 'data',
    values: outboxValues,
  },
  { name: 'node: an outbox message, tenant admin', query: NOTIFICATION_NODE, variables: (refs) => ({ id: refs['acmeMail'] }), expect: 'data', values: outboxValues },
];

/** The member (PARTNERS, every product): told of each product deleted; its own choices and marks. */
const memberNotificationSteps: ParityStep[] = [
  {
    name: 'notifications, member: each product deleted, by whom',
    query: NOTIFICATIONS,
    expect: 'data',
    values: notificationValues,
    ordered: true,
    keep: { memberNotification: 'notifications.nodes.0.id' },
  },
  {
    name: 'notifications, member: category SERVICE_SUBSCRIPTIONS',
    query: NOTIFICATIONS,
    variables: () => ({ first: 2, filter: { categories: ['SERVICE_SUBSCRIPTIONS'] } }),
    expect: 'data',
    values: notificationValues,
    ordered: true,
  },
  { name: 'notifications, member: type ACCOUNT_CREATED: none', query: NOTIFICATIONS, variables: () => ({ filter: { types: ['ACCOUNT_CREATED'] } }), expect: 'data', values: notificationValues },
  { name: 'node: my notification, member', query: NOTIFICATION_NODE, variables: (refs) => ({ id: refs['memberNotification'] }), expect: 'data', values: notificationValues },
  { name: "node: the admin's notification, member: NOT_FOUND", query: NOTIFICATION_NODE, variables: (refs) => ({ id: refs['adminSeedNotification'] }), expect: { error: 'NOT_FOUND' } },
  {
    name: 'markNotificationsRead, member (a personal mutation): one',
    query: MARK_READ,
    variables: markRead((refs) => ({ ids: [refs['memberNotification']] })),
    expect: 'data',
    values: notificationValues,
  },
  {
    name: "markNotificationsRead, member: the admin's notification: nothing",
    query: MARK_READ,
    variables: markRead((refs) => ({ ids: [refs['adminSeedNotification']] })),
    expect: 'data',
    values: notificationValues,
  },
  {
    name: 'notificationPreferences, member: the types of its area (PARTNERS) and its reports',
    query: PREFERENCES,
    expect: 'data',
    values: preferenceValues,
    ordered: true,
  },
  {
    name: 'updateNotificationPreferences, member: a type of an area it was not given: NOT_ALLOWED, nothing changed',
    query: UPDATE_PREFERENCES,
    variables: preferences(['SERVICE_DELETED', false], ['INVOICES_TO_REVIEW', true]),
    expect: { userErrors: ['NOT_ALLOWED'] },
  },
  {
    name: 'updateNotificationPreferences, member (a personal mutation): no mail of deleted products',
    query: UPDATE_PREFERENCES,
    variables: preferences(['SERVICE_DELETED', false], ['BULK_OPERATION_FINISHED', false]),
    expect: 'data',
    values: preferenceValues,
    ordered: true,
  },
  { name: 'outbox, member: FORBIDDEN', query: OUTBOX, expect: { error: 'FORBIDDEN' }, values: ['message'] },
  { name: 'node: an outbox message, member: FORBIDDEN', query: NOTIFICATION_NODE, variables: (refs) => ({ id: refs['acmeMail'] }), expect: { error: 'FORBIDDEN' }, values: ['message'] },
  { name: 'markNotificationsRead, member: all', query: MARK_READ, variables: markRead(() => ({ all: true })), expect: 'data', values: notificationValues },
];

/** The Acme admin again: the member's notifications are not its own; the member's choice holds. */
const finalNotificationSteps: ParityStep[] = [
  { name: "node: the member's notification, tenant admin: NOT_FOUND", query: NOTIFICATION_NODE, variables: (refs) => ({ id: refs['memberNotification'] }), expect: { error: 'NOT_FOUND' } },
  {
    name: "auditLog: the member's notifications marked read",
    query: AUDIT_LOG,
    variables: log((refs) => ({ actorId: refs['memberId'], event: 'notification.read' })),
    expect: 'data',
    values: auditValues,
    ordered: true,
  },
  {
    name: "auditLog: the member's email choice",
    query: AUDIT_LOG,
    variables: log((refs) => ({ actorId: refs['memberId'], event: 'notification_preferences' })),
    expect: 'data',
    values: auditValues,
    ordered: true,
  },
  {
    name: 'createService: Quiet API',
    query: CREATE_SERVICE,
    variables: () => ({ input: { name: 'Quiet API' } }),
    expect: 'data',
    keep: { quietSvc: 'createService.service.id' },
  },
  { name: 'deleteService: Quiet API', query: DELETE_SERVICE, variables: (refs) => ({ input: { id: refs['quietSvc'] } }), expect: 'data' },
  {
    name: "outbox, tenant admin: no mail to the member of Quiet API's deletion, as it chose",
    query: OUTBOX,
    variables: () => ({ filter: { search: demo.memberEmail } }),
    expect: 'data',
    values: outboxValues,
  },
];

// ── webhooks (server/src/modules/webhooks) ───────────────────────────────────────────────────────
const WEBHOOK_ERRORS = 'userErrors { __typename field message code }';
const WEBHOOK_SETTINGS = op(`query WebhookSettings { webhookSettings { ...WebhookSettingsParts } }`);
const UPDATE_WEBHOOK = op(`mutation UpdateWebhookSettings($input: UpdateWebhookSettingsInput!) {
  updateWebhookSettings(input: $input) { settings { ...WebhookSettingsParts } ${WEBHOOK_ERRORS} }
}`);
const ROTATE_WEBHOOK_SECRET = op(`mutation RotateWebhookSecret($input: RotateWebhookSecretInput) {
  rotateWebhookSecret(input: $input) { settings { ...WebhookSettingsParts } ${WEBHOOK_ERRORS} }
}`);
/** What the server answers in the request itself: the delivery as queued, before any worker posts it. */
const PING_WEBHOOK = op(`mutation PingWebhook {
  pingWebhook {
    delivery { ...DeliveryParts attempts nextAttemptAt lastStatusCode lastError attemptLog { __typename attemptedAt statusCode durationMs response error } }
    ${WEBHOOK_ERRORS}
  }
}`);
const WEBHOOK_DELIVERIES = op(`query WebhookDeliveries($first: Int, $after: String, $last: Int, $before: String, $filter: WebhookDeliveryFilter, $orderBy: WebhookDeliveryOrder) {
  webhookDeliveries(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { ...PageParts } edges { cursor node { ...DeliveryParts } } nodes { id event }
  }
}`);
const DELIVERIES_RESULT = `results { __typename id status error { __typename code field message } }
    job { ...JobParts failures(first: 10) { totalCount edges { cursor node { itemId code message } } pageInfo { ...PageParts } } }
    ${WEBHOOK_ERRORS}`;
const RETRY_DELIVERIES = op(`mutation RetryWebhookDeliveries($input: RetryWebhookDeliveriesInput!) { retryWebhookDeliveries(input: $input) { ${DELIVERIES_RESULT} } }`);
const DELETE_DELIVERIES = op(`mutation DeleteWebhookDeliveries($input: DeleteWebhookDeliveriesInput!) { deleteWebhookDeliveries(input: $input) { ${DELIVERIES_RESULT} } }`);
const DELIVERY_NODE = op(`query DeliveryNode($id: ID!) { node(id: $id) { __typename id ... on WebhookDelivery { ...DeliveryParts } } }`);
const unknownDelivery = toGlobalId('WebhookDelivery', '00000000-0000-4000-8000-00000000dead');
const unknownDeliveries = (count: number) =>
  Array.from({ length: count }, (_, i) => toGlobalId('WebhookDelivery', `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`));
/**
 * The parity webhook: a name that never resolves (RFC 6761), so the server's workers fail every
 * attempt at it — its deliveries stay PENDING, between retries, for the five minutes of the
 * server's default retries — and post nothing anywhere. A public IPv6 literal is saved first (and
 * never pinged).
 */
const PARITY_HOOK = 'https://hooks.parity.invalid/gatehouse';
const PUBLIC_V6_HOOK = 'https://[2606:4700:4700::1111]/gatehouse';
/**
 * Deterministic in these flows: the settings, what a delivery is and holds (the body's type, action,
 * tenant and message), item messages, and counts. The events of the settings are kept in the order
 * given: those steps compare lists in order.
 */
const webhookValues = ['url', 'event', 'status', 'type', 'action', 'name', 'subdomain', 'message', 'totalCount', 'attempts', 'lastError', ...jobCounts];
const hook = (input: (refs: Refs) => Record<string, unknown>) => (refs: Refs) => ({ input: input(refs) });
const deliveriesOf = (filter: Record<string, unknown>, extra: Record<string, unknown> = {}) => () => ({ filter, ...extra });
const privateUrls: [string, string][] = [
  ['a loopback address with a port', 'http://127.0.0.1:8080/hook'],
  ['loopback written in hex', 'http://0x7f.1/hook'],
  ['localhost', 'http://localhost/hook'],
  ['a subdomain of localhost', 'https://hooks.LOCALHOST/hook'],
  ['the IPv6 loopback', 'http://[::1]/hook'],
  ['a private address', 'https://10.20.30.40/hook'],
  ['the cloud metadata address', 'http://169.254.169.254/latest/meta-data'],
  ['an IPv4-mapped IPv6 loopback', 'http://[::ffff:127.0.0.1]/hook'],
  ['a unique-local IPv6 address', 'http://[fd12:3456::1]/hook'],
];

/**
 * The Acme admin's webhook: the settings' errors and saves, the secret's rotation, a ping, the
 * deliveries listed, filtered, retried and deleted — by ids, answered at once, and by filter, as
 * jobs. Nothing here waits for the server's workers: each step reads what the request itself made.
 */
const webhookAdminSteps: ParityStep[] = [
  { name: 'webhookSettings, tenant admin: none yet, disabled, no secret', query: WEBHOOK_SETTINGS, expect: 'data', values: webhookValues, ordered: true },
  { name: 'webhookDeliveries, tenant admin: none yet', query: WEBHOOK_DELIVERIES, expect: 'data', values: webhookValues },
  { name: 'pingWebhook with no URL: URL_REQUIRED', query: PING_WEBHOOK, expect: { userErrors: ['URL_REQUIRED'] } },
  {
    name: 'updateWebhookSettings: enabled with no URL: URL_REQUIRED (on `enabled`)',
    query: UPDATE_WEBHOOK,
    variables: hook(() => ({ enabled: true, events: ['ACCOUNT_CREATED'] })),
    expect: { userErrors: ['URL_REQUIRED'] },
  },
  {
    name: 'updateWebhookSettings: the URL removed, enabled: URL_REQUIRED (on `url`)',
    query: UPDATE_WEBHOOK,
    variables: hook(() => ({ url: null, enabled: true })),
    expect: { userErrors: ['URL_REQUIRED'] },
  },
  {
    name: 'updateWebhookSettings: an ftp URL and events listed twice (all at once)',
    query: UPDATE_WEBHOOK,
    variables: hook(() => ({ url: 'ftp://hooks.example.com/in', events: ['USER_CREATED', 'KEY_CREATED', 'USER_CREATED', 'USER_CREATED'] })),
    expect: { userErrors: ['INVALID_URL', 'DUPLICATE_EVENT', 'DUPLICATE_EVENT'] },
  },
  { name: 'updateWebhookSettings: not a URL: INVALID_URL', query: UPDATE_WEBHOOK, variables: hook(() => ({ url: 'hooks.example.com/in' })), expect: { userErrors: ['INVALID_URL'] } },
  {
    name: 'updateWebhookSettings: credentials in the URL: INVALID_URL',
    query: UPDATE_WEBHOOK,
    variables: hook(() => ({ url: 'https://user:secret@hooks.example.com/in' })),
    expect: { userErrors: ['INVALID_URL'] },
  },
  {
    name: 'updateWebhookSettings: a URL over 2000 characters: INVALID_URL',
    query: UPDATE_WEBHOOK,
    variables: hook(() => ({ url: `https://hooks.example.com/${'a'.repeat(2000)}` })),
    expect: { userErrors: ['INVALID_URL'] },
  },
  { name: 'updateWebhookSettings: a blank URL: INVALID_URL', query: UPDATE_WEBHOOK, variables: hook(() => ({ url: '   ' })), expect: { userErrors: ['INVALID_URL'] } },
  ...privateUrls.map(([what, url]) => ({
    name: `updateWebhookSettings: ${what}: PRIVATE_ADDRESS`,
    query: UPDATE_WEBHOOK,
    variables: hook(() => ({ url })),
    expect: { userErrors: ['PRIVATE_ADDRESS'] } as Expectation,
  })),
  {
    name: 'updateWebhookSettings: an unknown event (enum): BAD_USER_INPUT',
    query: UPDATE_WEBHOOK,
    variables: hook(() => ({ events: ['PLANET_CREATED'] })),
    expect: { error: 'BAD_USER_INPUT' },
  },
  {
    name: 'updateWebhookSettings: the first save (a public IPv6 address, trimmed) makes the secret',
    query: UPDATE_WEBHOOK,
    variables: hook(() => ({ url: ` ${PUBLIC_V6_HOOK} ` })),
    expect: 'data',
    values: webhookValues,
    ordered: true,
  },
  {
    name: 'updateWebhookSettings: the parity hook, enabled, three events in the order given',
    query: UPDATE_WEBHOOK,
    variables: hook(() => ({ url: PARITY_HOOK, enabled: true, events: ['APPLICATION_CREATED', 'ACCOUNT_CREATED', 'KEY_DELETED'] })),
    expect: 'data',
    values: webhookValues,
    ordered: true,
  },
  {
    name: 'updateWebhookSettings: the same again, nulls kept as they are (nothing recorded)',
    query: UPDATE_WEBHOOK,
    variables: hook(() => ({ url: PARITY_HOOK, enabled: null, adminActionsFire: null, events: ['APPLICATION_CREATED', 'ACCOUNT_CREATED', 'KEY_DELETED'] })),
    expect: 'data',
    values: webhookValues,
    ordered: true,
  },
  {
    name: 'updateWebhookSettings: admin actions fire it, one event; the URL is kept',
    query: UPDATE_WEBHOOK,
    variables: hook(() => ({ adminActionsFire: true, events: ['ACCOUNT_CREATED'] })),
    expect: 'data',
    values: webhookValues,
    ordered: true,
  },
  { name: 'updateWebhookSettings: the URL removed while enabled: URL_REQUIRED', query: UPDATE_WEBHOOK, variables: hook(() => ({ url: null })), expect: { userErrors: ['URL_REQUIRED'] } },
  { name: 'rotateWebhookSecret: 169 hours: INVALID', query: ROTATE_WEBHOOK_SECRET, variables: hook(() => ({ keepPreviousHours: 169 })), expect: { userErrors: ['INVALID'] } },
  { name: 'rotateWebhookSecret: -1 hours: INVALID', query: ROTATE_WEBHOOK_SECRET, variables: hook(() => ({ keepPreviousHours: -1 })), expect: { userErrors: ['INVALID'] } },
  {
    name: 'rotateWebhookSecret: by default the previous secret signs for 24 hours more',
    query: ROTATE_WEBHOOK_SECRET,
    expect: 'data',
    values: webhookValues,
    ordered: true,
  },
  {
    name: 'rotateWebhookSecret: the previous one for 1 hour',
    query: ROTATE_WEBHOOK_SECRET,
    variables: hook(() => ({ keepPreviousHours: 1 })),
    expect: 'data',
    values: webhookValues,
    ordered: true,
  },
  {
    name: 'rotateWebhookSecret: the previous one stops at once',
    query: ROTATE_WEBHOOK_SECRET,
    variables: hook(() => ({ keepPreviousHours: 0 })),
    expect: 'data',
    values: webhookValues,
    ordered: true,
  },
  { name: 'webhookSettings, tenant admin: as saved', query: WEBHOOK_SETTINGS, expect: 'data', values: webhookValues, ordered: true },
  {
    name: 'pingWebhook: a test delivery, PENDING, not attempted yet, its body as queued',
    query: PING_WEBHOOK,
    expect: 'data',
    values: webhookValues,
    keep: { acmePing: 'pingWebhook.delivery.id' },
  },
  { name: 'pingWebhook again while the first is pending: PING_PENDING', query: PING_WEBHOOK, expect: { userErrors: ['PING_PENDING'] }, values: ['message'] },
  { name: 'webhookDeliveries, tenant admin: the ping', query: WEBHOOK_DELIVERIES, expect: 'data', values: webhookValues, keep: { pingCursor: 'webhookDeliveries.pageInfo.endCursor' } },
  { name: 'webhookDeliveries: after the last cursor: none', query: WEBHOOK_DELIVERIES, variables: (refs) => ({ first: 1, after: refs['pingCursor'] }), expect: 'data', values: webhookValues },
  { name: 'webhookDeliveries: the kind `webhook`', query: WEBHOOK_DELIVERIES, variables: deliveriesOf({ event: 'webhook' }), expect: 'data', values: webhookValues },
  {
    name: 'webhookDeliveries: one event, trimmed, PENDING ones, oldest first',
    query: WEBHOOK_DELIVERIES,
    variables: deliveriesOf({ event: ' webhook.ping ', statuses: ['PENDING', 'PENDING'] }, { orderBy: { field: 'CREATED_AT', direction: 'ASC' } }),
    expect: 'data',
    values: webhookValues,
  },
  { name: 'webhookDeliveries: part of an event: none', query: WEBHOOK_DELIVERIES, variables: deliveriesOf({ event: 'webhook.pin' }), expect: 'data', values: webhookValues },
  { name: 'webhookDeliveries: part of a kind: none', query: WEBHOOK_DELIVERIES, variables: deliveriesOf({ event: 'web' }), expect: 'data', values: webhookValues },
  { name: 'webhookDeliveries: "%" and "_" are literal: none', query: WEBHOOK_DELIVERIES, variables: deliveriesOf({ event: 'web%' }), expect: 'data', values: webhookValues },
  { name: 'webhookDeliveries: the kind `account`: none', query: WEBHOOK_DELIVERIES, variables: deliveriesOf({ event: 'account' }), expect: 'data', values: webhookValues },
  { name: 'webhookDeliveries: DELIVERED or FAILED: none', query: WEBHOOK_DELIVERIES, variables: deliveriesOf({ statuses: ['DELIVERED', 'FAILED'] }), expect: 'data', values: webhookValues },
  { name: 'webhookDeliveries: empty filters narrow nothing', query: WEBHOOK_DELIVERIES, variables: deliveriesOf({ statuses: [], event: '  ' }), expect: 'data', values: webhookValues },
  {
    name: 'webhookDeliveries: from 2000 to 2100',
    query: WEBHOOK_DELIVERIES,
    variables: deliveriesOf({ from: '2000-01-01T00:00:00.000Z', to: '2100-01-01T00:00:00.000Z' }),
    expect: 'data',
    values: webhookValues,
  },
  { name: 'webhookDeliveries: from 2100: none', query: WEBHOOK_DELIVERIES, variables: deliveriesOf({ from: '2100-01-01T00:00:00.000Z' }), expect: 'data', values: webhookValues },
  { name: 'webhookDeliveries: up to 2000: none', query: WEBHOOK_DELIVERIES, variables: deliveriesOf({ to: '2000-01-01T00:00:00.000Z' }), expect: 'data', values: webhookValues },
  {
    name: `webhookDeliveries: an event over ${MAX_SEARCH_TEXT_LENGTH} characters: BAD_USER_INPUT`,
    query: WEBHOOK_DELIVERIES,
    variables: deliveriesOf({ event: tooLongSearch }),
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  { name: 'webhookDeliveries: an unknown status (enum): BAD_USER_INPUT', query: WEBHOOK_DELIVERIES, variables: deliveriesOf({ statuses: ['LOST'] }), expect: { error: 'BAD_USER_INPUT' } },
  { name: 'webhookDeliveries: a malformed time (scalar): BAD_USER_INPUT', query: WEBHOOK_DELIVERIES, variables: deliveriesOf({ from: 'yesterday' }), expect: { error: 'BAD_USER_INPUT' } },
  { name: 'webhookDeliveries: first 251: BAD_USER_INPUT', query: WEBHOOK_DELIVERIES, variables: () => ({ first: 251 }), expect: { error: 'BAD_USER_INPUT' } },
  {
    name: 'webhookDeliveries: a cursor of another listing (tokens by name): BAD_USER_INPUT',
    query: WEBHOOK_DELIVERIES,
    variables: (refs) => ({ first: 1, after: refs['nameCursor'] }),
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  { name: 'node: the ping, tenant admin', query: DELIVERY_NODE, variables: (refs) => ({ id: refs['acmePing'] }), expect: 'data', values: webhookValues },
  { name: 'node: an unknown delivery: NOT_FOUND', query: DELIVERY_NODE, variables: () => ({ id: unknownDelivery }), expect: { error: 'NOT_FOUND' } },
  {
    name: 'retryWebhookDeliveries by ids: a pending one NOT_RETRYABLE; unknown, malformed and token ids NOT_FOUND; a repeat once',
    query: RETRY_DELIVERIES,
    variables: hook((refs) => ({ ids: [refs['acmePing'], unknownDelivery, 'nope', refs['beta'], refs['acmePing']] })),
    expect: 'data',
    values: webhookValues,
    ordered: true,
  },
  { name: 'retryWebhookDeliveries: no ids: NO_SELECTION', query: RETRY_DELIVERIES, variables: hook(() => ({ ids: [] })), expect: { userErrors: ['NO_SELECTION'] } },
  { name: 'retryWebhookDeliveries: no selection: NO_SELECTION', query: RETRY_DELIVERIES, variables: hook(() => ({})), expect: { userErrors: ['NO_SELECTION'] } },
  { name: 'retryWebhookDeliveries: 251 ids: TOO_MANY_IDS', query: RETRY_DELIVERIES, variables: hook(() => ({ ids: unknownDeliveries(251) })), expect: { userErrors: ['TOO_MANY_IDS'] } },
  {
    name: 'retryWebhookDeliveries: ids and a filter: AMBIGUOUS_SELECTION',
    query: RETRY_DELIVERIES,
    variables: hook((refs) => ({ ids: [refs['acmePing']], filter: { statuses: ['FAILED'] } })),
    expect: { userErrors: ['AMBIGUOUS_SELECTION'] },
  },
  {
    name: 'retryWebhookDeliveries: exceptIds without a filter: AMBIGUOUS_SELECTION',
    query: RETRY_DELIVERIES,
    variables: hook((refs) => ({ exceptIds: [refs['acmePing']] })),
    expect: { userErrors: ['AMBIGUOUS_SELECTION'] },
  },
  {
    name: 'retryWebhookDeliveries: 10001 excepted ids: TOO_MANY_IDS',
    query: RETRY_DELIVERIES,
    variables: hook(() => ({ filter: {}, exceptIds: unknownDeliveries(10_001) })),
    expect: { userErrors: ['TOO_MANY_IDS'] },
  },
  {
    name: `retryWebhookDeliveries by a filter whose event is over ${MAX_SEARCH_TEXT_LENGTH} characters: BAD_USER_INPUT at once`,
    query: RETRY_DELIVERIES,
    variables: hook(() => ({ filter: { event: tooLongSearch } })),
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  {
    name: 'retryWebhookDeliveries by filter: every failed one, a job, QUEUED',
    query: RETRY_DELIVERIES,
    variables: hook(() => ({ filter: { statuses: ['FAILED'] } })),
    expect: 'data',
    values: webhookValues,
    keep: { retryJob: 'retryWebhookDeliveries.job.id' },
  },
  {
    name: 'job: the retry job, finished with nothing to retry',
    query: JOB,
    variables: (refs) => ({ id: refs['retryJob'], first: 10 }),
    expect: 'data',
    values: webhookValues,
    until: (data) => finished(data?.['job']),
  },
  {
    name: 'deleteWebhookDeliveries by ids: an unknown one NOT_FOUND, the ping done',
    query: DELETE_DELIVERIES,
    variables: hook((refs) => ({ ids: [unknownDelivery, refs['acmePing']] })),
    expect: 'data',
    values: webhookValues,
    ordered: true,
  },
  {
    name: 'deleteWebhookDeliveries: the ping again: NOT_FOUND',
    query: DELETE_DELIVERIES,
    variables: hook((refs) => ({ ids: [refs['acmePing']] })),
    expect: 'data',
    values: webhookValues,
  },
  { name: 'deleteWebhookDeliveries: no selection: NO_SELECTION', query: DELETE_DELIVERIES, variables: hook(() => ({})), expect: { userErrors: ['NO_SELECTION'] } },
  { name: 'pingWebhook: another, once the first is gone', query: PING_WEBHOOK, expect: 'data', values: webhookValues },
  {
    name: 'deleteWebhookDeliveries by filter: pending pings, a job, QUEUED',
    query: DELETE_DELIVERIES,
    variables: hook(() => ({ filter: { event: 'webhook.ping', statuses: ['PENDING'] }, exceptIds: [unknownDelivery, 'nope'] })),
    expect: 'data',
    values: webhookValues,
    keep: { deleteJob: 'deleteWebhookDeliveries.job.id' },
  },
  {
    name: 'job: the delete job, once it has finished: one deleted',
    query: JOB,
    variables: (refs) => ({ id: refs['deleteJob'], first: 10 }),
    expect: 'data',
    values: webhookValues,
    until: (data) => finished(data?.['job']),
  },
  { name: 'webhookDeliveries, tenant admin: none left', query: WEBHOOK_DELIVERIES, expect: 'data', values: webhookValues },
  {
    name: 'pingWebhook: a third, kept for the other callers',
    query: PING_WEBHOOK,
    expect: 'data',
    values: webhookValues,
    keep: { acmeDelivery: 'pingWebhook.delivery.id' },
  },
  {
    name: 'auditLog: the webhook set up, changed, its secret rotated and pinged',
    query: AUDIT_LOG,
    variables: log(() => ({ event: 'webhook' })),
    expect: 'data',
    values: auditValues,
    ordered: true,
  },
  {
    name: 'auditLog: the deliveries deleted, by ids and by the job',
    query: AUDIT_LOG,
    variables: log(() => ({ event: 'webhook_delivery' })),
    expect: 'data',
    values: auditValues,
    ordered: true,
  },
];

/** Another tenant's admin: its own webhook only; Acme's delivery is nothing of its. */
const webhookOtherTenantSteps: ParityStep[] = [
  { name: 'webhookSettings, another tenant: none', query: WEBHOOK_SETTINGS, expect: 'data', values: webhookValues, ordered: true },
  { name: 'webhookDeliveries, another tenant: none of Acme\'s', query: WEBHOOK_DELIVERIES, expect: 'data', values: webhookValues },
  { name: "node: Acme's delivery, another tenant: NOT_FOUND", query: DELIVERY_NODE, variables: (refs) => ({ id: refs['acmeDelivery'] }), expect: { error: 'NOT_FOUND' } },
  {
    name: "retryWebhookDeliveries: Acme's delivery, another tenant: NOT_FOUND",
    query: RETRY_DELIVERIES,
    variables: hook((refs) => ({ ids: [refs['acmeDelivery']] })),
    expect: 'data',
    values: webhookValues,
  },
  {
    name: "deleteWebhookDeliveries: Acme's delivery, another tenant: NOT_FOUND",
    query: DELETE_DELIVERIES,
    variables: hook((refs) => ({ ids: [refs['acmeDelivery']] })),
    expect: 'data',
    values: webhookValues,
  },
  {
    name: 'deleteWebhookDeliveries by filter, another tenant: every one of its own (none)',
    query: DELETE_DELIVERIES,
    variables: hook(() => ({ filter: {} })),
    expect: 'data',
    values: webhookValues,
    keep: { otherDeleteJob: 'deleteWebhookDeliveries.job.id' },
  },
  {
    name: 'job: the other tenant\'s delete job, finished with nothing to delete',
    query: JOB,
    variables: (refs) => ({ id: refs['otherDeleteJob'], first: 10 }),
    expect: 'data',
    values: webhookValues,
    until: (data) => finished(data?.['job']),
  },
  { name: 'pingWebhook, another tenant, no URL: URL_REQUIRED', query: PING_WEBHOOK, expect: { userErrors: ['URL_REQUIRED'] }, values: ['message'] },
  {
    name: 'rotateWebhookSecret before any save: a disabled webhook with a secret, no previous one',
    query: ROTATE_WEBHOOK_SECRET,
    variables: hook(() => ({ keepPreviousHours: 5 })),
    expect: 'data',
    values: webhookValues,
    ordered: true,
  },
  { name: 'updateWebhookSettings: nothing given, nothing changed', query: UPDATE_WEBHOOK, variables: hook(() => ({})), expect: 'data', values: webhookValues, ordered: true },
  {
    name: 'updateWebhookSettings: one event, a change (not a set-up)',
    query: UPDATE_WEBHOOK,
    variables: hook(() => ({ events: ['USER_CREATED'] })),
    expect: 'data',
    values: webhookValues,
    ordered: true,
  },
  { name: 'auditLog, another tenant: its webhook, rotated then changed', query: AUDIT_LOG, variables: log(() => ({ event: 'webhook' })), expect: 'data', values: auditValues, ordered: true },
];

/** Every webhook field is the admins': members are refused each, and a delivery by `node(id:)`. */
const webhookMemberSteps: ParityStep[] = [
  { name: 'webhookSettings, member: FORBIDDEN', query: WEBHOOK_SETTINGS, expect: { error: 'FORBIDDEN' }, values: ['message'] },
  { name: 'webhookDeliveries, member: FORBIDDEN', query: WEBHOOK_DELIVERIES, expect: { error: 'FORBIDDEN' }, values: ['message'] },
  { name: 'updateWebhookSettings, member: FORBIDDEN', query: UPDATE_WEBHOOK, variables: hook(() => ({ enabled: false })), expect: { error: 'FORBIDDEN' }, values: ['message'] },
  { name: 'rotateWebhookSecret, member: FORBIDDEN', query: ROTATE_WEBHOOK_SECRET, expect: { error: 'FORBIDDEN' }, values: ['message'] },
  { name: 'pingWebhook, member: FORBIDDEN', query: PING_WEBHOOK, expect: { error: 'FORBIDDEN' }, values: ['message'] },
  {
    name: 'retryWebhookDeliveries, member: FORBIDDEN',
    query: RETRY_DELIVERIES,
    variables: hook((refs) => ({ ids: [refs['acmeDelivery']] })),
    expect: { error: 'FORBIDDEN' },
    values: ['message'],
  },
  {
    name: 'deleteWebhookDeliveries, member: FORBIDDEN',
    query: DELETE_DELIVERIES,
    variables: hook((refs) => ({ ids: [refs['acmeDelivery']] })),
    expect: { error: 'FORBIDDEN' },
    values: ['message'],
  },
  { name: "node: Acme's delivery, member: FORBIDDEN", query: DELIVERY_NODE, variables: (refs) => ({ id: refs['acmeDelivery'] }), expect: { error: 'FORBIDDEN' }, values: ['message'] },
];

/** The Acme admin again: its delivery is still there, as it was queued. */
const finalWebhookSteps: ParityStep[] = [
  { name: 'webhookDeliveries, tenant admin: the last ping, untouched by the others', query: WEBHOOK_DELIVERIES, expect: 'data', values: webhookValues },
  { name: 'node: the last ping, tenant admin', query: DELIVERY_NODE, variables: (refs) => ({ id: refs['acmeDelivery'] }), expect: 'data', values: webhookValues },
];

// ── accounts (server/src/modules/accounts) ───────────────────────────────────────────────────────
const ACCOUNT_ERRORS = 'userErrors { __typename field message code }';
const ACCOUNTS = op(`query Accounts($first: Int, $after: String, $last: Int, $before: String, $filter: AccountFilter, $orderBy: AccountOrder) {
  accounts(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { ...PageParts } edges { cursor node { ...AccountParts } } nodes { id orgName }
  }
}`);
/** A long listing, light: names and states only. */
const ACCOUNT_NAMES = op(`query AccountNames($first: Int, $after: String, $filter: AccountFilter, $orderBy: AccountOrder) {
  accounts(first: $first, after: $after, filter: $filter, orderBy: $orderBy) { totalCount pageInfo { ...PageParts } nodes { orgName state } }
}`);
/** By state, ties broken by random row ids on the server: only the states are in a deterministic order. */
const ACCOUNT_STATES = op(`query AccountStates($first: Int, $after: String, $orderBy: AccountOrder) {
  accounts(first: $first, after: $after, orderBy: $orderBy) { totalCount pageInfo { ...PageParts } nodes { state } }
}`);
const ACCOUNT = op(`query Account($id: ID!, $usersOrder: AccountUserOrder) {
  account(id: $id) { ...AccountParts users(first: 5, orderBy: $usersOrder) { totalCount pageInfo { ...PageParts } edges { cursor node { ...AccountUserParts } } } }
}`);
const ACCOUNTS_NODE = `query AccountsNode($id: ID!) {
  node(id: $id) { __typename id ... on Account { orgName state plan { name } } ... on AccountUser { username email role account { orgName } } }
}`;
const FIELD_DEFINITIONS = op(`query FieldDefinitions($target: FieldTarget!) { fieldDefinitions(target: $target) { ...FieldDefinitionParts } }`);
const CREATE_ACCOUNT = op(`mutation CreateAccount($input: CreateAccountInput!) {
  createAccount(input: $input) { account { ...AccountParts } user { ...AccountUserParts } ${ACCOUNT_ERRORS} }
}`);
const UPDATE_ACCOUNT = op(`mutation UpdateAccount($input: UpdateAccountInput!) { updateAccount(input: $input) { account { ...AccountParts } ${ACCOUNT_ERRORS} } }`);
const ACCOUNT_STEP = 'account { __typename id orgName state updatedAt stateChangedAt availableActions }';
const APPROVE_ACCOUNT = `mutation ApproveAccount($input: AccountIdInput!) { approveAccount(input: $input) { ${ACCOUNT_STEP} ${ACCOUNT_ERRORS} } }`;
const REJECT_ACCOUNT = `mutation RejectAccount($input: AccountIdInput!) { rejectAccount(input: $input) { ${ACCOUNT_STEP} ${ACCOUNT_ERRORS} } }`;
const MAKE_ACCOUNT_PENDING = `mutation MakeAccountPending($input: AccountIdInput!) { makeAccountPending(input: $input) { ${ACCOUNT_STEP} ${ACCOUNT_ERRORS} } }`;
const SUSPEND_ACCOUNT = `mutation SuspendAccount($input: AccountIdInput!) { suspendAccount(input: $input) { ${ACCOUNT_STEP} ${ACCOUNT_ERRORS} } }`;
const RESUME_ACCOUNT = `mutation ResumeAccount($input: AccountIdInput!) { resumeAccount(input: $input) { ${ACCOUNT_STEP} ${ACCOUNT_ERRORS} } }`;
const CHANGE_ACCOUNT_PLAN = `mutation ChangeAccountPlan($input: ChangeAccountPlanInput!) {
  changeAccountPlan(input: $input) { account { __typename id orgName updatedAt plan { id name } } ${ACCOUNT_ERRORS} }
}`;
const DELETE_ACCOUNT = `mutation DeleteAccount($input: AccountIdInput!) { deleteAccount(input: $input) { deletedAccountId ${ACCOUNT_ERRORS} } }`;
const CREATE_FIELD = op(`mutation CreateFieldDefinition($input: CreateFieldDefinitionInput!) {
  createFieldDefinition(input: $input) { fieldDefinition { ...FieldDefinitionParts } ${ACCOUNT_ERRORS} }
}`);
const UPDATE_FIELD = op(`mutation UpdateFieldDefinition($input: UpdateFieldDefinitionInput!) {
  updateFieldDefinition(input: $input) { fieldDefinition { ...FieldDefinitionParts } ${ACCOUNT_ERRORS} }
}`);
const DELETE_FIELD = op(`mutation DeleteFieldDefinition($input: DeleteFieldDefinitionInput!) {
  deleteFieldDefinition(input: $input) { fieldDefinition { ...FieldDefinitionParts } ${ACCOUNT_ERRORS} }
}`);
/** `count` extra fields of developer users in one request (one alias each), named `field_<from>`…. */
const createUserFields = (from: number, count: number) => `mutation CreateUserFields {
  ${Array.from({ length: count }, (_, i) => `f${from + i}: createFieldDefinition(input: { target: USER, name: "field_${from + i}", label: "Field ${from + i}" }) { fieldDefinition { name position } userErrors { code } }`).join('\n  ')}
}`;

/** Application plans `Crowd <from>`… of the product `$serviceId`, `count` in one request (one alias each). */
const createAppPlans = (from: number, count: number) => `mutation CreateAppPlans($serviceId: ID!) {
  ${Array.from({ length: count }, (_, i) => `p${from + i}: createApplicationPlan(input: { serviceId: $serviceId, name: "Crowd ${from + i}" }) { plan { name } userErrors { code message } }`).join('\n  ')}
}`;

const unknownAccount = toGlobalId('Account', deadRow);
/** Names, states, values, users and counts of accounts are deterministic in these flows (the demo seed's and ours). */
const accountValues = ['orgName', 'name', 'label', 'value', 'username', 'email', 'vatRate', 'choices', 'position', 'totalCount'];
/** A webhook delivery's body: its account or user too. */
const accountHookValues = [...webhookValues, 'orgName', 'vatRate', 'username', 'email', 'country', 'city', 'vat_rate', 'industry', 'first_name', 'last_name'];
const account = (input: (refs: Refs) => Record<string, unknown>) => (refs: Refs) => ({ input: input(refs) });
const byAccountId = (ref: string) => account((refs) => ({ id: refs[ref] }));
const accountsBy = (field: 'CREATED_AT' | 'ORG_NAME' | 'STATE', direction: 'ASC' | 'DESC', extra: Record<string, unknown> = {}) => ({ orderBy: { field, direction }, ...extra });
const named = (filter: (refs: Refs) => Record<string, unknown>, first = 50) => (refs: Refs) => ({ first, filter: filter(refs), ...accountsBy('ORG_NAME', 'ASC') });
/** Every event an account's or a user's change posts: the webhook listens to them all from here on. */
const ACCOUNT_HOOK_EVENTS = ['USER_CREATED', 'ACCOUNT_CREATED', 'ACCOUNT_UPDATED', 'ACCOUNT_PLAN_CHANGED', 'ACCOUNT_DELETED'];
const rocketInput = {
  orgName: '  Rocket Labs  ',
  email: 'Ada@Rocket.example',
  fields: [
    { name: 'vat_rate', value: ' 21 ' },
    { name: 'country', value: 'ES' },
    { name: 'industry', value: 'Health' },
  ],
  userFields: [
    { name: 'first_name', value: 'Ada' },
    { name: 'last_name', value: 'Parity' },
    { name: 'nickname', value: ' ada ' },
  ],
};
const fine = { orgName: 'Fine', email: 'fine@parity.example' };

/**
 * The Acme admin over the demo seed's 200 developer accounts and its own: the fields of accounts and
 * users (built-in and extra, their settings, values and deletion), accounts listed, searched, filtered,
 * sorted and paged; created with their admin users (usernames derived, taken, given), changed, moved
 * along porta's state machine and between account plans — a plan with accounts cannot be deleted —
 * and deleted; what the audit log, the webhook and the team's mail say of it. The webhook listens to
 * every account and user event from the first step, and admin actions fire it.
 */
const accountsAdminSteps: ParityStep[] = [
  {
    name: 'updateWebhookSettings: every account and user event',
    query: UPDATE_WEBHOOK,
    variables: hook(() => ({ events: ACCOUNT_HOOK_EVENTS })),
    expect: 'data',
    values: webhookValues,
    ordered: true,
  },
  // the demo accounts and the built-in fields
  { name: 'fieldDefinitions ACCOUNT: the built-in fields in form order', query: FIELD_DEFINITIONS, variables: () => ({ target: 'ACCOUNT' }), expect: 'data', values: accountValues, ordered: true },
  { name: 'fieldDefinitions USER: the built-in fields in form order', query: FIELD_DEFINITIONS, variables: () => ({ target: 'USER' }), expect: 'data', values: accountValues, ordered: true },
  { name: 'fieldDefinitions: an unknown target (enum): BAD_USER_INPUT', query: FIELD_DEFINITIONS, variables: () => ({ target: 'PLANET' }), expect: { error: 'BAD_USER_INPUT' } },
  {
    name: 'accounts: the demo seed, newest first (the default order), first 5, with plan, fields and admin user',
    query: ACCOUNTS,
    variables: () => ({ first: 5 }),
    expect: 'data',
    values: accountValues,
    ordered: true,
    keep: { accountsCursor: 'accounts.pageInfo.endCursor', fifthSignup: 'accounts.edges.4.node.createdAt' },
  },
  {
    name: 'accounts: the page after the cursor',
    query: ACCOUNTS,
    variables: (refs) => ({ first: 5, after: refs['accountsCursor'] }),
    expect: 'data',
    values: accountValues,
    ordered: true,
    keep: { accountsPageStart: 'accounts.pageInfo.startCursor' },
  },
  { name: 'accounts: last 2 before a cursor', query: ACCOUNTS, variables: (refs) => ({ last: 2, before: refs['accountsPageStart'] }), expect: 'data', values: accountValues, ordered: true },
  { name: 'accounts: oldest first, first 3', query: ACCOUNTS, variables: () => ({ first: 3, ...accountsBy('CREATED_AT', 'ASC') }), expect: 'data', values: accountValues, ordered: true },
  {
    name: 'accounts: by org name, first 5',
    query: ACCOUNTS,
    variables: () => ({ first: 5, ...accountsBy('ORG_NAME', 'ASC') }),
    expect: 'data',
    values: accountValues,
    ordered: true,
    keep: { orgNameCursor: 'accounts.pageInfo.endCursor' },
  },
  {
    name: 'accounts: by org name, the 20 after the cursor',
    query: ACCOUNT_NAMES,
    variables: (refs) => ({ first: 20, after: refs['orgNameCursor'], ...accountsBy('ORG_NAME', 'ASC') }),
    expect: 'data',
    values: accountValues,
    ordered: true,
  },
  { name: 'accounts: by org name, descending, first 10', query: ACCOUNT_NAMES, variables: () => ({ first: 10, ...accountsBy('ORG_NAME', 'DESC') }), expect: 'data', values: accountValues, ordered: true },
  {
    name: "accounts: by state, all of them (mostly approved, then created, pending, rejected, suspended)",
    query: ACCOUNT_STATES,
    variables: () => ({ first: 250, ...accountsBy('STATE', 'ASC') }),
    expect: 'data',
    values: accountValues,
    ordered: true,
  },
  {
    name: 'accounts: by state, descending, first 40',
    query: ACCOUNT_STATES,
    variables: () => ({ first: 40, ...accountsBy('STATE', 'DESC') }),
    expect: 'data',
    values: accountValues,
    ordered: true,
    keep: { stateCursor: 'accounts.pageInfo.endCursor' },
  },
  {
    name: 'accounts: by state, descending, after the cursor (the rejected, then the pending)',
    query: ACCOUNT_STATES,
    variables: (refs) => ({ first: 40, after: refs['stateCursor'], ...accountsBy('STATE', 'DESC') }),
    expect: 'data',
    values: accountValues,
    ordered: true,
  },
  {
    name: 'accounts: a cursor of another sort order (org name, for state): BAD_USER_INPUT',
    query: ACCOUNTS,
    variables: (refs) => ({ first: 2, after: refs['orgNameCursor'], ...accountsBy('STATE', 'ASC') }),
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  { name: 'accounts: a malformed cursor: BAD_USER_INPUT', query: ACCOUNTS, variables: () => ({ after: 'not-a-cursor' }), expect: { error: 'BAD_USER_INPUT' }, values: ['message'] },
  { name: 'accounts: first 251: BAD_USER_INPUT', query: ACCOUNTS, variables: () => ({ first: 251 }), expect: { error: 'BAD_USER_INPUT' }, values: ['message'] },
  { name: 'accounts: first and last: BAD_USER_INPUT', query: ACCOUNTS, variables: () => ({ first: 1, last: 1 }), expect: { error: 'BAD_USER_INPUT' }, values: ['message'] },
  { name: 'accounts: search "acme" (org names), by name', query: ACCOUNT_NAMES, variables: named(() => ({ search: 'acme' })), expect: 'data', values: accountValues, ordered: true },
  { name: 'accounts: search " LOVELACE " (a user\'s last name, any case, trimmed)', query: ACCOUNT_NAMES, variables: named(() => ({ search: ' LOVELACE ' })), expect: 'data', values: accountValues, ordered: true },
  { name: 'accounts: search "ada lovelace" (a user\'s first and last name)', query: ACCOUNT_NAMES, variables: named(() => ({ search: 'ada lovelace' })), expect: 'data', values: accountValues, ordered: true },
  { name: "accounts: search a user's email", query: ACCOUNT_NAMES, variables: named(() => ({ search: 'Hugo.Dubois199@summit' })), expect: 'data', values: accountValues, ordered: true },
  { name: "accounts: search a user's username", query: ACCOUNT_NAMES, variables: named(() => ({ search: 'grace.hopper1' })), expect: 'data', values: accountValues, ordered: true },
  { name: 'accounts: "%" is literal: none', query: ACCOUNT_NAMES, variables: named(() => ({ search: '%' })), expect: 'data', values: accountValues },
  { name: 'accounts: "_" is literal: none', query: ACCOUNT_NAMES, variables: named(() => ({ search: 'a_a' })), expect: 'data', values: accountValues },
  { name: 'accounts: a blank search narrows nothing', query: ACCOUNT_NAMES, variables: named(() => ({ search: '   ' }), 3), expect: 'data', values: accountValues, ordered: true },
  { name: 'accounts: states [CREATED, PENDING], by name', query: ACCOUNT_NAMES, variables: named(() => ({ states: ['CREATED', 'PENDING'] })), expect: 'data', values: accountValues, ordered: true },
  { name: 'accounts: states [SUSPENDED, SUSPENDED], search "studio"', query: ACCOUNT_NAMES, variables: named(() => ({ states: ['SUSPENDED', 'SUSPENDED'], search: 'studio' })), expect: 'data', values: accountValues, ordered: true },
  { name: 'accounts: no states narrow nothing', query: ACCOUNT_NAMES, variables: named(() => ({ states: [] }), 3), expect: 'data', values: accountValues, ordered: true },
  { name: 'accounts: an unknown state (enum): BAD_USER_INPUT', query: ACCOUNT_NAMES, variables: named(() => ({ states: ['GONE'] })), expect: { error: 'BAD_USER_INPUT' } },
  { name: 'accounts: on the account plan Default: all of them', query: ACCOUNT_NAMES, variables: named((refs) => ({ plan: refs['acmeAccountPlan'] }), 3), expect: 'data', values: accountValues, ordered: true },
  { name: 'accounts: on an unknown plan: none', query: ACCOUNT_NAMES, variables: named(() => ({ plan: unknownPlan })), expect: 'data', values: accountValues },
  { name: 'accounts: on a malformed plan id: none', query: ACCOUNT_NAMES, variables: named(() => ({ plan: 'nope' })), expect: 'data', values: accountValues },
  { name: 'accounts: on a service id (no plan): none', query: ACCOUNT_NAMES, variables: named((refs) => ({ plan: refs['echoService'] })), expect: 'data', values: accountValues },
  { name: 'accounts: signed up from the fifth newest on: five', query: ACCOUNT_NAMES, variables: named((refs) => ({ signedUpFrom: refs['fifthSignup'] })), expect: 'data', values: accountValues, ordered: true },
  { name: 'accounts: signed up before the fifth newest: the rest', query: ACCOUNT_NAMES, variables: named((refs) => ({ signedUpTo: refs['fifthSignup'] }), 3), expect: 'data', values: accountValues, ordered: true },
  {
    name: 'accounts: signed up from and to the same time: none',
    query: ACCOUNT_NAMES,
    variables: named((refs) => ({ signedUpFrom: refs['fifthSignup'], signedUpTo: refs['fifthSignup'] })),
    expect: 'data',
    values: accountValues,
  },
  { name: 'accounts: signed up from 2100: none', query: ACCOUNT_NAMES, variables: named(() => ({ signedUpFrom: '2100-01-01T00:00:00.000Z' })), expect: 'data', values: accountValues },
  { name: 'accounts: a malformed time (scalar): BAD_USER_INPUT', query: ACCOUNT_NAMES, variables: named(() => ({ signedUpFrom: 'last year' })), expect: { error: 'BAD_USER_INPUT' } },
  {
    name: `accounts: a search over ${MAX_SEARCH_TEXT_LENGTH} characters: BAD_USER_INPUT`,
    query: ACCOUNT_NAMES,
    variables: named(() => ({ search: tooLongSearch })),
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  {
    name: 'accounts: search "summit studio", keeping it and its admin user',
    query: ACCOUNTS,
    variables: named(() => ({ search: 'summit studio' })),
    expect: 'data',
    values: accountValues,
    ordered: true,
    keep: { summitStudio: 'accounts.nodes.0.id', summitAdmin: 'accounts.edges.0.node.adminUser.id' },
  },
  {
    name: 'account: Summit Studio, its users by username, descending',
    query: ACCOUNT,
    variables: (refs) => ({ id: refs['summitStudio'], usersOrder: { field: 'USERNAME', direction: 'DESC' } }),
    expect: 'data',
    values: accountValues,
    ordered: true,
  },
  { name: 'account: unknown: NOT_FOUND', query: ACCOUNT, variables: () => ({ id: unknownAccount }), expect: { error: 'NOT_FOUND' }, values: ['message'] },
  { name: 'account: malformed id: NOT_FOUND', query: ACCOUNT, variables: () => ({ id: 'nope' }), expect: { error: 'NOT_FOUND' } },
  { name: "account: a user's id is no account id: NOT_FOUND", query: ACCOUNT, variables: (refs) => ({ id: refs['summitAdmin'] }), expect: { error: 'NOT_FOUND' } },
  { name: 'accounts: on an account id (no plan): none', query: ACCOUNT_NAMES, variables: named((refs) => ({ plan: refs['summitStudio'] })), expect: 'data', values: accountValues },
  { name: 'node: an account', query: ACCOUNTS_NODE, variables: (refs) => ({ id: refs['summitStudio'] }), expect: 'data', values: accountValues },
  { name: "node: an account's user", query: ACCOUNTS_NODE, variables: (refs) => ({ id: refs['summitAdmin'] }), expect: 'data', values: accountValues },
  { name: 'node: unknown account: NOT_FOUND', query: ACCOUNTS_NODE, variables: () => ({ id: unknownAccount }), expect: { error: 'NOT_FOUND' } },

  // field definitions
  {
    name: 'createFieldDefinition: an extra field of accounts with choices (trimmed, once each, blanks dropped), after the built-in ones',
    query: CREATE_FIELD,
    variables: account(() => ({ target: 'ACCOUNT', name: ' industry ', label: ' Industry ', choices: ['Retail', 'Health', ' Retail ', ' '] })),
    expect: 'data',
    values: accountValues,
  },
  {
    name: 'createFieldDefinition: an extra field of users, hidden',
    query: CREATE_FIELD,
    variables: account(() => ({ target: 'USER', name: 'nickname', label: 'Nickname', hidden: true, required: false })),
    expect: 'data',
    values: accountValues,
  },
  { name: 'createFieldDefinition: its name again: TAKEN', query: CREATE_FIELD, variables: account(() => ({ target: 'ACCOUNT', name: 'industry', label: 'Again' })), expect: { userErrors: ['TAKEN'] } },
  { name: "createFieldDefinition: a built-in field's name: TAKEN", query: CREATE_FIELD, variables: account(() => ({ target: 'ACCOUNT', name: 'vat_rate', label: 'Mine' })), expect: { userErrors: ['TAKEN'] } },
  {
    name: 'createFieldDefinition: a bad name, a long label, a negative position, required and hidden (all at once)',
    query: CREATE_FIELD,
    variables: account(() => ({ target: 'ACCOUNT', name: 'Bad Name', label: 'l'.repeat(101), position: -1, required: true, hidden: true })),
    expect: { userErrors: ['INVALID', 'TOO_LONG', 'INVALID', 'INVALID'] },
  },
  { name: 'createFieldDefinition: a blank name and label: BLANK, BLANK', query: CREATE_FIELD, variables: account(() => ({ target: 'USER', name: '  ', label: '  ' })), expect: { userErrors: ['BLANK', 'BLANK'] } },
  {
    name: 'createFieldDefinition: 51 choices: TOO_LONG',
    query: CREATE_FIELD,
    variables: account(() => ({ target: 'ACCOUNT', name: 'size', label: 'Size', choices: Array.from({ length: 51 }, (_, i) => `c${i}`) })),
    expect: { userErrors: ['TOO_LONG'] },
  },
  {
    name: 'createFieldDefinition: a choice over 100 characters: TOO_LONG',
    query: CREATE_FIELD,
    variables: account(() => ({ target: 'ACCOUNT', name: 'size', label: 'Size', choices: ['S', 'c'.repeat(101)] })),
    expect: { userErrors: ['TOO_LONG'] },
  },
  {
    name: 'createFieldDefinition: a name over 40 characters: INVALID',
    query: CREATE_FIELD,
    variables: account(() => ({ target: 'ACCOUNT', name: `a${'b'.repeat(40)}`, label: 'Long' })),
    expect: { userErrors: ['INVALID'] },
  },
  { name: 'createFieldDefinition: an unknown target (enum): BAD_USER_INPUT', query: CREATE_FIELD, variables: account(() => ({ target: 'PLANET', name: 'x', label: 'X' })), expect: { error: 'BAD_USER_INPUT' } },
  {
    name: 'updateFieldDefinition: a built-in field relabelled (trimmed) and required',
    query: UPDATE_FIELD,
    variables: account(() => ({ target: 'ACCOUNT', name: 'vat_code', label: ' Tax ID ', required: true })),
    expect: 'data',
    values: accountValues,
  },
  {
    name: 'updateFieldDefinition: the same again, nothing changed (nothing recorded)',
    query: UPDATE_FIELD,
    variables: account(() => ({ target: 'ACCOUNT', name: 'vat_code', label: 'Tax ID', required: true, hidden: false })),
    expect: 'data',
    values: accountValues,
  },
  { name: 'updateFieldDefinition: nothing given', query: UPDATE_FIELD, variables: account(() => ({ target: 'ACCOUNT', name: 'zip' })), expect: 'data', values: accountValues },
  { name: 'updateFieldDefinition: the organization name optional: BUILTIN', query: UPDATE_FIELD, variables: account(() => ({ target: 'ACCOUNT', name: 'org_name', required: false })), expect: { userErrors: ['BUILTIN'] } },
  {
    name: 'updateFieldDefinition: the organization name hidden: BUILTIN, and hidden while required: INVALID',
    query: UPDATE_FIELD,
    variables: account(() => ({ target: 'ACCOUNT', name: 'org_name', hidden: true })),
    expect: { userErrors: ['BUILTIN', 'INVALID'] },
  },
  {
    name: "updateFieldDefinition: a user's username optional and hidden: BUILTIN (on `required`)",
    query: UPDATE_FIELD,
    variables: account(() => ({ target: 'USER', name: 'username', required: false, hidden: true })),
    expect: { userErrors: ['BUILTIN'] },
  },
  { name: 'updateFieldDefinition: choices on a built-in field: BUILTIN', query: UPDATE_FIELD, variables: account(() => ({ target: 'ACCOUNT', name: 'city', choices: [] })), expect: { userErrors: ['BUILTIN'] } },
  {
    name: 'updateFieldDefinition: required and hidden, a blank label, position 10001 (all at once)',
    query: UPDATE_FIELD,
    variables: account(() => ({ target: 'ACCOUNT', name: 'city', required: true, hidden: true, label: ' ', position: 10_001 })),
    expect: { userErrors: ['BLANK', 'INVALID', 'INVALID'] },
  },
  { name: 'updateFieldDefinition: a label over 100: TOO_LONG', query: UPDATE_FIELD, variables: account(() => ({ target: 'ACCOUNT', name: 'city', label: 'l'.repeat(101) })), expect: { userErrors: ['TOO_LONG'] } },
  { name: 'updateFieldDefinition: an unknown field: NOT_FOUND', query: UPDATE_FIELD, variables: account(() => ({ target: 'ACCOUNT', name: 'planet', label: 'X' })), expect: { userErrors: ['NOT_FOUND'] } },
  { name: "updateFieldDefinition: a user's field as an account's: NOT_FOUND", query: UPDATE_FIELD, variables: account(() => ({ target: 'ACCOUNT', name: 'nickname', label: 'X' })), expect: { userErrors: ['NOT_FOUND'] } },
  {
    name: 'updateFieldDefinition: the extra field moved beside the city (after it, a built-in one) and hidden',
    query: UPDATE_FIELD,
    variables: account(() => ({ target: 'ACCOUNT', name: 'industry', position: 3, hidden: true })),
    expect: 'data',
    values: accountValues,
  },
  { name: 'updateFieldDefinition: the hidden extra field required: INVALID', query: UPDATE_FIELD, variables: account(() => ({ target: 'ACCOUNT', name: 'industry', required: true })), expect: { userErrors: ['INVALID'] } },
  { name: 'deleteFieldDefinition: a built-in field: BUILTIN', query: DELETE_FIELD, variables: account(() => ({ target: 'ACCOUNT', name: 'city' })), expect: { userErrors: ['BUILTIN'] } },
  { name: "deleteFieldDefinition: a user's username: BUILTIN", query: DELETE_FIELD, variables: account(() => ({ target: 'USER', name: 'username' })), expect: { userErrors: ['BUILTIN'] } },
  { name: 'deleteFieldDefinition: an unknown field: NOT_FOUND', query: DELETE_FIELD, variables: account(() => ({ target: 'USER', name: 'industry' })), expect: { userErrors: ['NOT_FOUND'] } },
  { name: 'fieldDefinitions ACCOUNT: Tax ID required, the extra field after the city', query: FIELD_DEFINITIONS, variables: () => ({ target: 'ACCOUNT' }), expect: 'data', values: accountValues, ordered: true },
  { name: 'fieldDefinitions USER: the nickname last', query: FIELD_DEFINITIONS, variables: () => ({ target: 'USER' }), expect: 'data', values: accountValues, ordered: true },

  // creating accounts
  {
    name: 'createAccount: name trimmed, fields (VAT as a decimal), the admin user with its fields; on the default plan, APPROVED; username from the email',
    query: CREATE_ACCOUNT,
    variables: account(() => rocketInput),
    expect: 'data',
    values: accountValues,
    keep: { rocket: 'createAccount.account.id', rocketAdmin: 'createAccount.user.id' },
  },
  {
    name: 'createAccount: the derived username is taken in another case: a suffix',
    query: CREATE_ACCOUNT,
    variables: account(() => ({ orgName: 'Ada Two', email: 'ada@other.example' })),
    expect: 'data',
    values: accountValues,
    keep: { adaTwo: 'createAccount.account.id', adaTwoUser: 'createAccount.user.id' },
  },
  { name: 'createAccount: an email taken in another case: TAKEN', query: CREATE_ACCOUNT, variables: account(() => ({ orgName: 'Copy', email: 'ADA@rocket.example' })), expect: { userErrors: ['TAKEN'] } },
  {
    name: 'createAccount: a given username taken in another case: TAKEN',
    query: CREATE_ACCOUNT,
    variables: account(() => ({ orgName: 'Copy', email: 'copy@parity.example', username: 'ADA2' })),
    expect: { userErrors: ['TAKEN'] },
  },
  {
    name: "createAccount: the account's problems all at once (its user's are not looked at yet)",
    query: CREATE_ACCOUNT,
    variables: account(() => ({
      ...fine,
      orgName: ' ',
      username: 'a b',
      fields: [
        { name: 'vat_rate', value: '101' },
        { name: 'planet', value: '1' },
        { name: 'org_name', value: 'x' },
        { name: 'industry', value: 'Mining' },
        { name: 'country', value: 'x'.repeat(1001) },
      ],
      userFields: [{ name: 'planet', value: '1' }],
      planId: unknownPlan,
    })),
    expect: { userErrors: ['BLANK', 'INVALID', 'NOT_FOUND', 'NOT_FOUND', 'INVALID', 'TOO_LONG', 'WRONG_PLAN'] },
  },
  { name: 'createAccount: a name over 255 characters: TOO_LONG', query: CREATE_ACCOUNT, variables: account(() => ({ ...fine, orgName: 'o'.repeat(256) })), expect: { userErrors: ['TOO_LONG'] } },
  { name: 'createAccount: a VAT rate with three decimals: INVALID', query: CREATE_ACCOUNT, variables: account(() => ({ ...fine, fields: [{ name: 'vat_rate', value: '7.125' }] })), expect: { userErrors: ['INVALID'] } },
  {
    name: "createAccount: the user's problems all at once",
    query: CREATE_ACCOUNT,
    variables: account(() => ({
      ...fine,
      username: 'a b',
      userFields: [
        { name: 'planet', value: '1' },
        { name: 'first_name', value: 'x'.repeat(1001) },
        { name: 'email', value: 'x@parity.example' },
      ],
    })),
    expect: { userErrors: ['INVALID', 'NOT_FOUND', 'TOO_LONG', 'NOT_FOUND'] },
  },
  { name: 'createAccount: a username of 2 characters: INVALID', query: CREATE_ACCOUNT, variables: account(() => ({ ...fine, username: 'ab' })), expect: { userErrors: ['INVALID'] } },
  { name: 'createAccount: an application plan: WRONG_PLAN', query: CREATE_ACCOUNT, variables: account((refs) => ({ ...fine, planId: refs['emailBronze'] })), expect: { userErrors: ['WRONG_PLAN'] } },
  { name: 'createAccount: a malformed plan id: WRONG_PLAN', query: CREATE_ACCOUNT, variables: account(() => ({ ...fine, planId: 'nope' })), expect: { userErrors: ['WRONG_PLAN'] } },
  { name: 'createAccount: a malformed email (scalar): BAD_USER_INPUT', query: CREATE_ACCOUNT, variables: account(() => ({ ...fine, email: 'nobody' })), expect: { error: 'BAD_USER_INPUT' } },
  { name: 'createAccount: no name (required by the input type): BAD_USER_INPUT', query: CREATE_ACCOUNT, variables: account(() => ({ email: 'x@parity.example' })), expect: { error: 'BAD_USER_INPUT' }, values: ['message'] },
  {
    name: 'createAccountPlan: Partners, for accounts',
    query: CREATE_ACCOUNT_PLAN,
    variables: () => ({ input: { name: 'Partners' } }),
    expect: 'data',
    values: planValues,
    keep: { partners: 'createAccountPlan.plan.id' },
  },
  {
    name: 'createAccount: on another account plan, a given username (trimmed)',
    query: CREATE_ACCOUNT,
    variables: account((refs) => ({ orgName: 'Parity Devs', email: 'dev@parity.example', username: ' parity.dev@1 ', planId: refs['partners'], userFields: [{ name: 'first_name', value: 'Dev' }] })),
    expect: 'data',
    values: accountValues,
    keep: { parityDevs: 'createAccount.account.id' },
  },
  {
    name: 'createAccount: a one-letter email name gives a padded username',
    query: CREATE_ACCOUNT,
    variables: account(() => ({ orgName: 'X Corp', email: 'x@short.example' })),
    expect: 'data',
    values: accountValues,
  },
  {
    name: 'createAccount: odd characters of the email name become `_`',
    query: CREATE_ACCOUNT,
    variables: account(() => ({ orgName: 'Tagged', email: 'sam+tag@tagged.example' })),
    expect: 'data',
    values: accountValues,
  },
  { name: 'accounts: ours, newest first', query: ACCOUNTS, variables: () => ({ first: 5 }), expect: 'data', values: accountValues, ordered: true },
  { name: 'accounts: search "parity" (an email, a username, a last name)', query: ACCOUNT_NAMES, variables: named(() => ({ search: 'parity' })), expect: 'data', values: accountValues, ordered: true },
  { name: 'accounts: on Partners', query: ACCOUNT_NAMES, variables: named((refs) => ({ plan: refs['partners'] })), expect: 'data', values: accountValues, ordered: true },
  { name: 'account: Rocket Labs, its fields and its admin user with theirs', query: ACCOUNT, variables: (refs) => ({ id: refs['rocket'] }), expect: 'data', values: accountValues, ordered: true },
  { name: 'node: Rocket Labs\' admin user', query: ACCOUNTS_NODE, variables: (refs) => ({ id: refs['rocketAdmin'] }), expect: 'data', values: accountValues },

  // changing accounts
  {
    name: 'updateAccount: renamed (trimmed), VAT 7.5, a city, the country removed, another choice',
    query: UPDATE_ACCOUNT,
    variables: account((refs) => ({
      id: refs['rocket'],
      orgName: ' Rocket Labs Intl ',
      fields: [
        { name: 'vat_rate', value: '7.5' },
        { name: 'city', value: 'Madrid' },
        { name: 'country', value: '' },
        { name: 'industry', value: 'Retail' },
      ],
    })),
    expect: 'data',
    values: accountValues,
    ordered: true,
  },
  {
    name: 'updateAccount: the same name and values: nothing changed (nothing recorded)',
    query: UPDATE_ACCOUNT,
    variables: account((refs) => ({ id: refs['rocket'], orgName: 'Rocket Labs Intl', fields: [{ name: 'vat_rate', value: '7.5' }, { name: 'country', value: ' ' }] })),
    expect: 'data',
    values: accountValues,
    ordered: true,
  },
  { name: 'updateAccount: nothing given', query: UPDATE_ACCOUNT, variables: account((refs) => ({ id: refs['rocket'], fields: [] })), expect: 'data', values: accountValues, ordered: true },
  {
    name: 'updateAccount: a blank name, a bad VAT rate, a value not among the choices (all at once)',
    query: UPDATE_ACCOUNT,
    variables: account((refs) => ({ id: refs['rocket'], orgName: '', fields: [{ name: 'vat_rate', value: 'abc' }, { name: 'industry', value: 'Mining' }] })),
    expect: { userErrors: ['BLANK', 'INVALID', 'INVALID'] },
  },
  { name: 'updateAccount: unknown: NOT_FOUND', query: UPDATE_ACCOUNT, variables: account(() => ({ id: unknownAccount, orgName: 'x' })), expect: { userErrors: ['NOT_FOUND'] } },
  { name: 'updateAccount: malformed id: NOT_FOUND', query: UPDATE_ACCOUNT, variables: account(() => ({ id: 'nope', orgName: '' })), expect: { userErrors: ['NOT_FOUND'] } },
  { name: "updateAccount: a user's id: NOT_FOUND", query: UPDATE_ACCOUNT, variables: account((refs) => ({ id: refs['rocketAdmin'], orgName: 'x' })), expect: { userErrors: ['NOT_FOUND'] } },

  // porta's state machine
  { name: 'resumeAccount: an approved account: INVALID_STATE', query: RESUME_ACCOUNT, variables: byAccountId('rocket'), expect: { userErrors: ['INVALID_STATE'] } },
  { name: 'approveAccount: an approved account: INVALID_STATE', query: APPROVE_ACCOUNT, variables: byAccountId('rocket'), expect: { userErrors: ['INVALID_STATE'] } },
  { name: 'makeAccountPending: approved → PENDING', query: MAKE_ACCOUNT_PENDING, variables: byAccountId('rocket'), expect: 'data', values: accountValues },
  { name: 'makeAccountPending: a pending account: INVALID_STATE', query: MAKE_ACCOUNT_PENDING, variables: byAccountId('rocket'), expect: { userErrors: ['INVALID_STATE'] } },
  { name: 'rejectAccount: pending → REJECTED', query: REJECT_ACCOUNT, variables: byAccountId('rocket'), expect: 'data', values: accountValues },
  { name: 'rejectAccount: a rejected account: INVALID_STATE', query: REJECT_ACCOUNT, variables: byAccountId('rocket'), expect: { userErrors: ['INVALID_STATE'] } },
  { name: 'approveAccount: rejected → APPROVED', query: APPROVE_ACCOUNT, variables: byAccountId('rocket'), expect: 'data', values: accountValues },
  { name: 'suspendAccount: approved → SUSPENDED', query: SUSPEND_ACCOUNT, variables: byAccountId('rocket'), expect: 'data', values: accountValues },
  { name: 'suspendAccount: a suspended account: INVALID_STATE', query: SUSPEND_ACCOUNT, variables: byAccountId('rocket'), expect: { userErrors: ['INVALID_STATE'] } },
  { name: 'approveAccount: a suspended account: INVALID_STATE', query: APPROVE_ACCOUNT, variables: byAccountId('rocket'), expect: { userErrors: ['INVALID_STATE'] } },
  { name: 'rejectAccount: a suspended account: INVALID_STATE', query: REJECT_ACCOUNT, variables: byAccountId('rocket'), expect: { userErrors: ['INVALID_STATE'] } },
  { name: 'makeAccountPending: a suspended account: INVALID_STATE', query: MAKE_ACCOUNT_PENDING, variables: byAccountId('rocket'), expect: { userErrors: ['INVALID_STATE'] } },
  { name: 'resumeAccount: suspended → APPROVED', query: RESUME_ACCOUNT, variables: byAccountId('rocket'), expect: 'data', values: accountValues },
  {
    name: 'accounts: the first created one of the demo, by name',
    query: ACCOUNTS,
    variables: named(() => ({ states: ['CREATED'] }), 1),
    expect: 'data',
    values: accountValues,
    keep: { createdOne: 'accounts.nodes.0.id' },
  },
  { name: 'rejectAccount: created → REJECTED', query: REJECT_ACCOUNT, variables: byAccountId('createdOne'), expect: 'data', values: accountValues },
  { name: 'makeAccountPending: rejected → PENDING', query: MAKE_ACCOUNT_PENDING, variables: byAccountId('createdOne'), expect: 'data', values: accountValues },
  { name: 'suspendAccount: pending → SUSPENDED', query: SUSPEND_ACCOUNT, variables: byAccountId('createdOne'), expect: 'data', values: accountValues },
  { name: 'approveAccount: unknown: NOT_FOUND', query: APPROVE_ACCOUNT, variables: account(() => ({ id: unknownAccount })), expect: { userErrors: ['NOT_FOUND'] } },
  { name: 'rejectAccount: malformed id: NOT_FOUND', query: REJECT_ACCOUNT, variables: account(() => ({ id: 'nope' })), expect: { userErrors: ['NOT_FOUND'] } },
  { name: "makeAccountPending: a user's id: NOT_FOUND", query: MAKE_ACCOUNT_PENDING, variables: byAccountId('rocketAdmin'), expect: { userErrors: ['NOT_FOUND'] } },
  { name: 'suspendAccount: unknown: NOT_FOUND', query: SUSPEND_ACCOUNT, variables: account(() => ({ id: unknownAccount })), expect: { userErrors: ['NOT_FOUND'] } },
  { name: 'resumeAccount: unknown: NOT_FOUND', query: RESUME_ACCOUNT, variables: account(() => ({ id: unknownAccount })), expect: { userErrors: ['NOT_FOUND'] } },
  { name: 'accounts: states [SUSPENDED] now, by name', query: ACCOUNT_NAMES, variables: named(() => ({ states: ['SUSPENDED'] })), expect: 'data', values: accountValues, ordered: true },

  // account plans
  { name: 'changeAccountPlan: to Partners', query: CHANGE_ACCOUNT_PLAN, variables: account((refs) => ({ id: refs['rocket'], planId: refs['partners'] })), expect: 'data', values: accountValues },
  { name: 'changeAccountPlan: the plan it is on (nothing recorded)', query: CHANGE_ACCOUNT_PLAN, variables: account((refs) => ({ id: refs['rocket'], planId: refs['partners'] })), expect: 'data', values: accountValues },
  { name: 'changeAccountPlan: unknown account: NOT_FOUND', query: CHANGE_ACCOUNT_PLAN, variables: account((refs) => ({ id: unknownAccount, planId: refs['partners'] })), expect: { userErrors: ['NOT_FOUND'] } },
  { name: 'changeAccountPlan: unknown plan: WRONG_PLAN', query: CHANGE_ACCOUNT_PLAN, variables: account((refs) => ({ id: refs['rocket'], planId: unknownPlan })), expect: { userErrors: ['WRONG_PLAN'] } },
  { name: 'changeAccountPlan: a service plan: WRONG_PLAN', query: CHANGE_ACCOUNT_PLAN, variables: account((refs) => ({ id: refs['rocket'], planId: refs['emailServicePlan'] })), expect: { userErrors: ['WRONG_PLAN'] } },
  { name: "changeAccountPlan: an account's id as the plan: WRONG_PLAN", query: CHANGE_ACCOUNT_PLAN, variables: account((refs) => ({ id: refs['rocket'], planId: refs['rocket'] })), expect: { userErrors: ['WRONG_PLAN'] } },
  { name: 'changeAccountPlan: unknown account and plan: NOT_FOUND first', query: CHANGE_ACCOUNT_PLAN, variables: account(() => ({ id: 'nope', planId: 'nope' })), expect: { userErrors: ['NOT_FOUND'] } },
  { name: 'accounts: on Partners now', query: ACCOUNT_NAMES, variables: named((refs) => ({ plan: refs['partners'] })), expect: 'data', values: accountValues, ordered: true },
  { name: 'deletePlan: Partners, 2 accounts on it: PLAN_IN_USE', query: DELETE_PLAN, variables: (refs) => ({ input: { id: refs['partners'] } }), expect: { userErrors: ['PLAN_IN_USE'] } },
  { name: 'changeAccountPlan: Parity Devs to Default', query: CHANGE_ACCOUNT_PLAN, variables: account((refs) => ({ id: refs['parityDevs'], planId: refs['acmeAccountPlan'] })), expect: 'data', values: accountValues },
  { name: 'deletePlan: Partners, 1 account on it: PLAN_IN_USE', query: DELETE_PLAN, variables: (refs) => ({ input: { id: refs['partners'] } }), expect: { userErrors: ['PLAN_IN_USE'] } },
  { name: 'changeAccountPlan: Rocket Labs to Default', query: CHANGE_ACCOUNT_PLAN, variables: account((refs) => ({ id: refs['rocket'], planId: refs['acmeAccountPlan'] })), expect: 'data', values: accountValues },
  { name: 'deletePlan: Partners, no account on it', query: DELETE_PLAN, variables: (refs) => ({ input: { id: refs['partners'] } }), expect: 'data' },

  // deleting accounts and fields
  { name: 'deleteAccount: Ada Two, with its user', query: DELETE_ACCOUNT, variables: byAccountId('adaTwo'), expect: 'data' },
  { name: 'deleteAccount: again: NOT_FOUND', query: DELETE_ACCOUNT, variables: byAccountId('adaTwo'), expect: { userErrors: ['NOT_FOUND'] } },
  { name: 'deleteAccount: malformed id: NOT_FOUND', query: DELETE_ACCOUNT, variables: account(() => ({ id: 'nope' })), expect: { userErrors: ['NOT_FOUND'] } },
  { name: 'account: a deleted one: NOT_FOUND', query: ACCOUNT, variables: (refs) => ({ id: refs['adaTwo'] }), expect: { error: 'NOT_FOUND' } },
  { name: "node: a deleted account's user: NOT_FOUND", query: ACCOUNTS_NODE, variables: (refs) => ({ id: refs['adaTwoUser'] }), expect: { error: 'NOT_FOUND' } },
  {
    name: "createAccount: the deleted user's email and username are free again",
    query: CREATE_ACCOUNT,
    variables: account(() => ({ orgName: 'Ada Again', email: 'ada@other.example' })),
    expect: 'data',
    values: accountValues,
  },
  { name: 'deleteFieldDefinition: the extra field of accounts, with its values', query: DELETE_FIELD, variables: account(() => ({ target: 'ACCOUNT', name: 'industry' })), expect: 'data', values: accountValues },
  { name: 'deleteFieldDefinition: again: NOT_FOUND', query: DELETE_FIELD, variables: account(() => ({ target: 'ACCOUNT', name: 'industry' })), expect: { userErrors: ['NOT_FOUND'] } },
  {
    name: 'createFieldDefinition: the same name again, at the end',
    query: CREATE_FIELD,
    variables: account(() => ({ target: 'ACCOUNT', name: 'industry', label: 'Industry' })),
    expect: 'data',
    values: accountValues,
  },
  { name: 'account: Rocket Labs, its old value not back', query: ACCOUNT, variables: (refs) => ({ id: refs['rocket'] }), expect: 'data', values: accountValues, ordered: true },
  { name: 'deleteFieldDefinition: the extra field of users', query: DELETE_FIELD, variables: account(() => ({ target: 'USER', name: 'nickname' })), expect: 'data', values: accountValues },
  { name: 'account: Rocket Labs, its admin user without the nickname', query: ACCOUNT, variables: (refs) => ({ id: refs['rocket'] }), expect: 'data', values: accountValues, ordered: true },

  // what was recorded, posted and mailed
  {
    name: 'auditLog: Rocket Labs by its targetId, each change with its fields',
    query: AUDIT_LOG,
    variables: log((refs) => ({ targetId: refs['rocket'] })),
    expect: 'data',
    values: auditValues,
    ordered: true,
  },
  { name: 'auditLog: every account event', query: AUDIT_LOG, variables: log(() => ({ event: 'account' })), expect: 'data', values: auditValues, ordered: true },
  { name: 'auditLog: the users added', query: AUDIT_LOG, variables: log(() => ({ event: 'account_user.created' })), expect: 'data', values: auditValues, ordered: true },
  { name: 'auditLog: the field definitions, added, changed and deleted', query: AUDIT_LOG, variables: log(() => ({ event: 'field_definition' })), expect: 'data', values: auditValues, ordered: true },
  { name: 'auditLog: the accounts moved to another plan', query: AUDIT_LOG, variables: log(() => ({ event: 'account.plan_changed' })), expect: 'data', values: auditValues, ordered: true },
  { name: 'webhookDeliveries: every account event, as queued', query: WEBHOOK_DELIVERIES, variables: deliveriesOf({ event: 'account' }, { first: 50 }), expect: 'data', values: accountHookValues },
  { name: 'webhookDeliveries: the users created', query: WEBHOOK_DELIVERIES, variables: deliveriesOf({ event: 'user.created' }), expect: 'data', values: accountHookValues },
  { name: 'webhookDeliveries: the plan changes', query: WEBHOOK_DELIVERIES, variables: deliveriesOf({ event: 'account.plan_changed' }), expect: 'data', values: accountHookValues },
  { name: 'notifications, tenant admin: none of the accounts it made itself', query: NOTIFICATIONS, variables: () => ({ filter: { categories: ['ACCOUNTS'] } }), expect: 'data', values: notificationValues },
  { name: 'outbox, tenant admin: the mail of new accounts, to the member', query: OUTBOX, variables: () => ({ filter: { search: 'New account' } }), expect: 'data', values: outboxValues },
  {
    name: 'too costly: 250 accounts with 250 users each: QUERY_TOO_COSTLY',
    query: 'query { accounts(first: 250) { nodes { id users(first: 250) { nodes { id } } } } }',
    expect: { error: 'QUERY_TOO_COSTLY' },
  },
];

/** Another tenant's admin: none of Acme's accounts or fields, to see or change; its own, with the same emails; the bound on extra fields. */
const accountsOtherTenantSteps: ParityStep[] = [
  {
    name: "login: the second parity tenant's admin, for its accounts",
    query: LOGIN,
    variables: (refs) => ({ input: { tenant: refs['parityTenant2Subdomain'], email: 'boss@parity.test', password: PARITY_ADMIN_PASSWORD } }),
    expect: 'data',
  },
  { name: 'accounts, another tenant: none', query: ACCOUNTS, expect: 'data', values: accountValues },
  { name: "fieldDefinitions ACCOUNT, another tenant: the defaults (Acme's changes are Acme's)", query: FIELD_DEFINITIONS, variables: () => ({ target: 'ACCOUNT' }), expect: 'data', values: accountValues, ordered: true },
  { name: "account: Acme's, another tenant: NOT_FOUND", query: ACCOUNT, variables: (refs) => ({ id: refs['rocket'] }), expect: { error: 'NOT_FOUND' } },
  { name: "node: Acme's account, another tenant: NOT_FOUND", query: ACCOUNTS_NODE, variables: (refs) => ({ id: refs['rocket'] }), expect: { error: 'NOT_FOUND' } },
  { name: "node: Acme's account user, another tenant: NOT_FOUND", query: ACCOUNTS_NODE, variables: (refs) => ({ id: refs['rocketAdmin'] }), expect: { error: 'NOT_FOUND' } },
  { name: "updateAccount: Acme's, another tenant: NOT_FOUND", query: UPDATE_ACCOUNT, variables: account((refs) => ({ id: refs['rocket'], orgName: 'Mine' })), expect: { userErrors: ['NOT_FOUND'] } },
  { name: "suspendAccount: Acme's, another tenant: NOT_FOUND", query: SUSPEND_ACCOUNT, variables: byAccountId('rocket'), expect: { userErrors: ['NOT_FOUND'] } },
  {
    name: "changeAccountPlan: Acme's account, another tenant: NOT_FOUND",
    query: CHANGE_ACCOUNT_PLAN,
    variables: account((refs) => ({ id: refs['rocket'], planId: refs['otherAccountPlan'] })),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  { name: "deleteAccount: Acme's, another tenant: NOT_FOUND", query: DELETE_ACCOUNT, variables: byAccountId('rocket'), expect: { userErrors: ['NOT_FOUND'] } },
  { name: "createAccount: Acme's extra field: NOT_FOUND", query: CREATE_ACCOUNT, variables: account(() => ({ ...fine, fields: [{ name: 'industry', value: 'Retail' }] })), expect: { userErrors: ['NOT_FOUND'] } },
  { name: "createAccount: Acme's account plan: WRONG_PLAN", query: CREATE_ACCOUNT, variables: account((refs) => ({ ...fine, planId: refs['acmeAccountPlan'] })), expect: { userErrors: ['WRONG_PLAN'] } },
  {
    name: "createAccount: the email and username of an Acme account's user are this tenant's to take",
    query: CREATE_ACCOUNT,
    variables: account(() => ({ orgName: 'Rocket Labs', email: 'Ada@Rocket.example' })),
    expect: 'data',
    values: accountValues,
    keep: { otherRocket: 'createAccount.account.id' },
  },
  {
    name: "changeAccountPlan: its own account to Acme's plan: WRONG_PLAN",
    query: CHANGE_ACCOUNT_PLAN,
    variables: account((refs) => ({ id: refs['otherRocket'], planId: refs['acmeAccountPlan'] })),
    expect: { userErrors: ['WRONG_PLAN'] },
  },
  { name: "accounts, another tenant: on Acme's plan: none", query: ACCOUNT_NAMES, variables: named((refs) => ({ plan: refs['acmeAccountPlan'] })), expect: 'data', values: accountValues },
  { name: 'accounts, another tenant: its own', query: ACCOUNTS, expect: 'data', values: accountValues },
  { name: "updateFieldDefinition: Acme's extra field, another tenant: NOT_FOUND", query: UPDATE_FIELD, variables: account(() => ({ target: 'ACCOUNT', name: 'industry', label: 'Mine' })), expect: { userErrors: ['NOT_FOUND'] } },
  { name: "deleteFieldDefinition: Acme's extra field, another tenant: NOT_FOUND", query: DELETE_FIELD, variables: account(() => ({ target: 'ACCOUNT', name: 'industry' })), expect: { userErrors: ['NOT_FOUND'] } },
  { name: 'createFieldDefinition: 20 extra fields of users in one request', query: createUserFields(1, 20), expect: 'data', values: accountValues, ordered: true },
  { name: 'createFieldDefinition: 20 more', query: createUserFields(21, 20), expect: 'data', values: accountValues, ordered: true },
  { name: 'createFieldDefinition: 10 more, 50 in all', query: createUserFields(41, 10), expect: 'data', values: accountValues, ordered: true },
  { name: 'createFieldDefinition: the 51st extra field of users: LIMIT_REACHED', query: CREATE_FIELD, variables: account(() => ({ target: 'USER', name: 'one_more', label: 'One more' })), expect: { userErrors: ['LIMIT_REACHED'] } },
  {
    name: 'createFieldDefinition: accounts have room still, at a given position',
    query: CREATE_FIELD,
    variables: account(() => ({ target: 'ACCOUNT', name: 'one_more', label: 'One more', position: 0, required: true })),
    expect: 'data',
    values: accountValues,
  },
  { name: 'updateFieldDefinition, another tenant: the ZIP code moved down, past every other field', query: UPDATE_FIELD, variables: account(() => ({ target: 'ACCOUNT', name: 'zip', position: 40 })), expect: 'data', values: accountValues },
  {
    name: 'createFieldDefinition, another tenant: a new field goes after every field, the moved ZIP code included',
    query: CREATE_FIELD,
    variables: account(() => ({ target: 'ACCOUNT', name: 'referral', label: 'Referral' })),
    expect: 'data',
    values: accountValues,
  },
  { name: 'fieldDefinitions USER, another tenant: the built-in ones and its 50', query: FIELD_DEFINITIONS, variables: () => ({ target: 'USER' }), expect: 'data', values: accountValues, ordered: true },
  { name: 'fieldDefinitions ACCOUNT, another tenant: its field at position 0, after the organization name (built-in first); the ZIP code and the new field last', query: FIELD_DEFINITIONS, variables: () => ({ target: 'ACCOUNT' }), expect: 'data', values: accountValues, ordered: true },
  { name: 'account, another tenant: its own, with its new field', query: ACCOUNT, variables: (refs) => ({ id: refs['otherRocket'] }), expect: 'data', values: accountValues, ordered: true },
  { name: 'auditLog, another tenant: its field definitions', query: AUDIT_LOG, variables: log(() => ({ event: 'field_definition' }), { first: 1 }), expect: 'data', values: auditValues },
];

/** The accounts' root query fields, with the smallest selection. */
const accountQueries: [string, string][] = [
  ['accounts', 'query { accounts { totalCount } }'],
  ['account', 'query { account(id: "x") { id } }'],
  ['fieldDefinitions', 'query { fieldDefinitions(target: ACCOUNT) { name } }'],
];

/** Every accounts mutation, with the smallest valid selection: refused to members and to anonymous callers. */
const accountMutations: [string, string][] = [
  ['createAccount', 'mutation { createAccount(input: { orgName: "x", email: "x@example.com" }) { userErrors { code } } }'],
  ['updateAccount', 'mutation { updateAccount(input: { id: "x", orgName: "y" }) { userErrors { code } } }'],
  ['approveAccount', 'mutation { approveAccount(input: { id: "x" }) { userErrors { code } } }'],
  ['rejectAccount', 'mutation { rejectAccount(input: { id: "x" }) { userErrors { code } } }'],
  ['makeAccountPending', 'mutation { makeAccountPending(input: { id: "x" }) { userErrors { code } } }'],
  ['suspendAccount', 'mutation { suspendAccount(input: { id: "x" }) { userErrors { code } } }'],
  ['resumeAccount', 'mutation { resumeAccount(input: { id: "x" }) { userErrors { code } } }'],
  ['changeAccountPlan', 'mutation { changeAccountPlan(input: { id: "x", planId: "y" }) { userErrors { code } } }'],
  ['deleteAccount', 'mutation { deleteAccount(input: { id: "x" }) { deletedAccountId } }'],
  ['createFieldDefinition', 'mutation { createFieldDefinition(input: { target: ACCOUNT, name: "x", label: "X" }) { userErrors { code } } }'],
  ['updateFieldDefinition', 'mutation { updateFieldDefinition(input: { target: ACCOUNT, name: "city", label: "Town" }) { userErrors { code } } }'],
  ['deleteFieldDefinition', 'mutation { deleteFieldDefinition(input: { target: USER, name: "x" }) { userErrors { code } } }'],
];

/** The master tenant has no account plan: no account of its own can be made. */
const accountsMasterSteps: ParityStep[] = [
  { name: 'accounts, master: none (not even of other tenants)', query: ACCOUNTS, expect: 'data', values: accountValues },
  { name: 'fieldDefinitions ACCOUNT, master: the built-in ones', query: FIELD_DEFINITIONS, variables: () => ({ target: 'ACCOUNT' }), expect: 'data', values: accountValues, ordered: true },
  { name: 'createAccount, master: no default account plan: WRONG_PLAN', query: CREATE_ACCOUNT, variables: account(() => fine), expect: { userErrors: ['WRONG_PLAN'] } },
];

/** Members read accounts, their users and fields, and hear of new and deleted ones; every accounts mutation is refused to them. */
const accountsMemberSteps: ParityStep[] = [
  {
    name: 'login: the member, for accounts',
    query: LOGIN,
    variables: () => ({ input: { tenant: demo.acmeSubdomain, email: demo.memberEmail, password: 'a new member password' } }),
    expect: 'data',
  },
  { name: 'accounts, member: by org name, first 5', query: ACCOUNTS, variables: () => ({ first: 5, ...accountsBy('ORG_NAME', 'ASC') }), expect: 'data', values: accountValues, ordered: true },
  { name: 'account, member: Rocket Labs', query: ACCOUNT, variables: (refs) => ({ id: refs['rocket'] }), expect: 'data', values: accountValues, ordered: true },
  { name: "node: an account's user, member", query: ACCOUNTS_NODE, variables: (refs) => ({ id: refs['rocketAdmin'] }), expect: 'data', values: accountValues },
  { name: 'fieldDefinitions ACCOUNT, member', query: FIELD_DEFINITIONS, variables: () => ({ target: 'ACCOUNT' }), expect: 'data', values: accountValues, ordered: true },
  {
    name: 'notifications, member: the new and deleted accounts',
    query: NOTIFICATIONS,
    variables: () => ({ filter: { types: ['ACCOUNT_CREATED', 'ACCOUNT_DELETED'] } }),
    expect: 'data',
    values: notificationValues,
    ordered: true,
  },
  { name: 'suspendAccount, member, a real account: FORBIDDEN', query: SUSPEND_ACCOUNT, variables: byAccountId('rocket'), expect: { error: 'FORBIDDEN' }, values: ['message'] },
  {
    name: 'createFieldDefinition, member, a real field: FORBIDDEN',
    query: CREATE_FIELD,
    variables: account(() => ({ target: 'ACCOUNT', name: 'member_field', label: 'Mine' })),
    expect: { error: 'FORBIDDEN' },
    values: ['message'],
  },
  { name: 'account, member: nothing was changed', query: ACCOUNT, variables: (refs) => ({ id: refs['rocket'] }), expect: 'data', values: accountValues, ordered: true },
  ...accountMutations.map(([field, query]) => ({ name: `${field}, member: FORBIDDEN`, query, expect: { error: 'FORBIDDEN' } as Expectation, values: ['message'] })),
];

// ── applications (server/src/modules/applications) and what the accounts module gained with them ──
const APP_ERRORS = 'userErrors { __typename field message code }';
const APPLICATIONS = op(`query Applications($first: Int, $after: String, $last: Int, $before: String, $filter: ApplicationFilter, $orderBy: ApplicationOrder) {
  applications(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { ...PageParts } edges { cursor node { ...ApplicationParts } } nodes { id name }
  }
}`);
/** A long listing, light: what is deterministic of each (by creation: no ties). */
const APPLICATION_ROWS = op(`query ApplicationRows($first: Int, $after: String, $filter: ApplicationFilter, $orderBy: ApplicationOrder) {
  applications(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { ...PageParts } nodes { name state paid plan { name } service { systemName } account { orgName } }
  }
}`);
/** By name or state, ties broken by random row ids on the server: only the key itself is in a deterministic order. */
const APPLICATION_NAMES = op(`query ApplicationNames($first: Int, $after: String, $filter: ApplicationFilter, $orderBy: ApplicationOrder) {
  applications(first: $first, after: $after, filter: $filter, orderBy: $orderBy) { totalCount pageInfo { ...PageParts } nodes { name } }
}`);
const APPLICATION_STATES = op(`query ApplicationStates($first: Int, $after: String, $orderBy: ApplicationOrder) {
  applications(first: $first, after: $after, orderBy: $orderBy) { totalCount pageInfo { ...PageParts } nodes { state } }
}`);
const APPLICATION_COUNT = `query ApplicationCount($filter: ApplicationFilter) { applications(filter: $filter) { totalCount } }`;
const APPLICATION = op(`query Application($id: ID!) { application(id: $id) { ...ApplicationParts } }`);
const APPS_NODE = `query AppsNode($id: ID!) {
  node(id: $id) {
    __typename id
    ... on Application { name appState: state plan { name } }
    ... on ApplicationKey { createdAt }
    ... on ServiceSubscription { subscriptionState: state plan { name } service { name } }
    ... on PlanChangeRequest { requestState: state message fromPlan { name } toPlan { name } }
    ... on AccountMessage { direction subject body }
  }
}`;
const SUBSCRIPTIONS = op(`query Subscriptions($first: Int, $after: String, $last: Int, $before: String, $filter: ServiceSubscriptionFilter, $orderBy: ServiceSubscriptionOrder) {
  serviceSubscriptions(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { ...PageParts } edges { cursor node { ...SubscriptionParts } } nodes { id state }
  }
}`);
const SUBSCRIPTION_ONLY_STATES = op(`query SubscriptionOnlyStates($first: Int, $orderBy: ServiceSubscriptionOrder) {
  serviceSubscriptions(first: $first, orderBy: $orderBy) { totalCount pageInfo { ...PageParts } nodes { state } }
}`);
const SUBSCRIPTION_STATES = op(`query SubscriptionStates($first: Int, $after: String, $filter: ServiceSubscriptionFilter, $orderBy: ServiceSubscriptionOrder) {
  serviceSubscriptions(first: $first, after: $after, filter: $filter, orderBy: $orderBy) { totalCount pageInfo { ...PageParts } nodes { id state account { orgName } } }
}`);
/** An account with what the applications module and the messages add to it. */
const ACCOUNT_APPS = op(`query AccountApps($id: ID!, $appFilter: ApplicationFilter, $messageFilter: AccountMessageFilter) {
  account(id: $id) {
    id orgName applicationCount
    applications(first: 10, filter: $appFilter) { totalCount nodes { ...ApplicationParts } }
    serviceSubscriptions(first: 10) { totalCount nodes { ...SubscriptionParts } }
    messages(first: 10, filter: $messageFilter) { totalCount pageInfo { ...PageParts } edges { cursor node { ...MessageParts } } }
  }
}`);
const PLAN_CHANGE_REQUESTS = op(`query PlanChangeRequests($first: Int, $after: String, $filter: PlanChangeRequestFilter, $orderBy: PlanChangeRequestOrder) {
  planChangeRequests(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { ...PageParts } edges { cursor node { ...PlanChangeRequestParts } }
  }
}`);
const SIGNUP_SETTINGS = `query SignupSettings { signupSettings { __typename selfSignupEnabled accountApprovalRequired } }`;
const CUSTOM_PLAN = op(`query CustomPlan($id: ID!) { plan(id: $id) { __typename id kind name state isDefault setupFee costPerMonth customForApplication { id name } service { id name } ${PLAN_EDITOR} } }`);
/** The application plans a service lists (by name), without system names (a custom plan's names its application). */
const LISTED_PLANS = `query ListedPlans($id: ID!) { service(id: $id) { applicationPlans(orderBy: { field: NAME, direction: ASC }) { totalCount nodes { name isDefault customForApplication { id } } } } }`;
const PLAN_NAMED = `query PlanNamed($id: ID!, $search: String!) {
  service(id: $id) { applicationPlans(filter: { search: $search }) { nodes { id name } } servicePlans(filter: { search: $search }) { nodes { id name } } }
}`;

const APP_STEP = 'application { __typename id name state availableActions updatedAt plan { name } }';
const CREATE_APPLICATION = op(`mutation CreateApplication($input: CreateApplicationInput!) { createApplication(input: $input) { application { ...ApplicationParts } ${APP_ERRORS} } }`);
const UPDATE_APPLICATION = op(`mutation UpdateApplication($input: UpdateApplicationInput!) { updateApplication(input: $input) { application { ...ApplicationParts } ${APP_ERRORS} } }`);
const ACCEPT_APPLICATION = `mutation AcceptApplication($input: ApplicationIdInput!) { acceptApplication(input: $input) { ${APP_STEP} ${APP_ERRORS} } }`;
const SUSPEND_APPLICATION = `mutation SuspendApplication($input: ApplicationIdInput!) { suspendApplication(input: $input) { ${APP_STEP} ${APP_ERRORS} } }`;
const RESUME_APPLICATION = `mutation ResumeApplication($input: ApplicationIdInput!) { resumeApplication(input: $input) { ${APP_STEP} ${APP_ERRORS} } }`;
const REJECT_APPLICATION = `mutation RejectApplication($input: ApplicationIdInput!) { rejectApplication(input: $input) { deletedApplicationId ${APP_ERRORS} } }`;
const DELETE_APPLICATION = `mutation DeleteApplication($input: ApplicationIdInput!) { deleteApplication(input: $input) { deletedApplicationId ${APP_ERRORS} } }`;
const CHANGE_APPLICATION_PLAN = `mutation ChangeApplicationPlan($input: ChangeApplicationPlanInput!) {
  changeApplicationPlan(input: $input) { application { __typename id name updatedAt paid plan { id name customForApplication { id } } } ${APP_ERRORS} }
}`;
const CUSTOM_STEP = 'application { __typename id name plan { __typename id name state isDefault customForApplication { id name } service { id name } } }';
const CUSTOMIZE_PLAN = `mutation CustomizePlan($input: ApplicationIdInput!) { customizeApplicationPlan(input: $input) { ${CUSTOM_STEP} ${APP_ERRORS} } }`;
const DECUSTOMIZE_PLAN = `mutation DecustomizePlan($input: DecustomizeApplicationPlanInput!) { decustomizeApplicationPlan(input: $input) { ${CUSTOM_STEP} ${APP_ERRORS} } }`;
const CREDENTIALS = 'application { __typename id name userKey appId clientId clientSecret updatedAt keys { __typename id value createdAt } }';
const REGENERATE_USER_KEY = `mutation RegenerateUserKey($input: ApplicationIdInput!) { regenerateUserKey(input: $input) { ${CREDENTIALS} ${APP_ERRORS} } }`;
const SET_USER_KEY = `mutation SetUserKey($input: SetUserKeyInput!) { setUserKey(input: $input) { ${CREDENTIALS} ${APP_ERRORS} } }`;
const REGENERATE_SECRET = `mutation RegenerateClientSecret($input: ApplicationIdInput!) { regenerateClientSecret(input: $input) { ${CREDENTIALS} ${APP_ERRORS} } }`;
const CREATE_KEY = `mutation CreateApplicationKey($input: CreateApplicationKeyInput!) {
  createApplicationKey(input: $input) { key { __typename id value createdAt } ${CREDENTIALS} ${APP_ERRORS} }
}`;
const DELETE_KEY = `mutation DeleteApplicationKey($input: DeleteApplicationKeyInput!) {
  deleteApplicationKey(input: $input) { key { __typename id value createdAt } ${CREDENTIALS} ${APP_ERRORS} }
}`;
const CREATE_SUBSCRIPTION = op(`mutation CreateSubscription($input: CreateServiceSubscriptionInput!) {
  createServiceSubscription(input: $input) { serviceSubscription { ...SubscriptionParts } ${APP_ERRORS} }
}`);
const SUB_STEP = 'serviceSubscription { __typename id state availableActions updatedAt plan { name } }';
const ACCEPT_SUBSCRIPTION = `mutation AcceptSubscription($input: ServiceSubscriptionIdInput!) { acceptServiceSubscription(input: $input) { ${SUB_STEP} ${APP_ERRORS} } }`;
const SUSPEND_SUBSCRIPTION = `mutation SuspendSubscription($input: ServiceSubscriptionIdInput!) { suspendServiceSubscription(input: $input) { ${SUB_STEP} ${APP_ERRORS} } }`;
const RESUME_SUBSCRIPTION = `mutation ResumeSubscription($input: ServiceSubscriptionIdInput!) { resumeServiceSubscription(input: $input) { ${SUB_STEP} ${APP_ERRORS} } }`;
const CHANGE_SUBSCRIPTION_PLAN = `mutation ChangeSubscriptionPlan($input: ChangeServiceSubscriptionPlanInput!) { changeServiceSubscriptionPlan(input: $input) { ${SUB_STEP} ${APP_ERRORS} } }`;
const DELETE_SUBSCRIPTION = `mutation DeleteSubscription($input: ServiceSubscriptionIdInput!) { deleteServiceSubscription(input: $input) { deletedServiceSubscriptionId ${APP_ERRORS} } }`;
const BULK_RESULT = `results { __typename id status error { __typename code field message } }
    job { ...JobParts failures(first: 10) { totalCount edges { cursor node { itemId code message } } pageInfo { ...PageParts } } }
    ${APP_ERRORS}`;
const BULK_APPLICATIONS = op(`mutation BulkApplications($input: RunBulkApplicationOperationInput!) { runBulkApplicationOperation(input: $input) { ${BULK_RESULT} } }`);
const BULK_SUBSCRIPTIONS = op(`mutation BulkSubscriptions($input: RunBulkServiceSubscriptionOperationInput!) { runBulkServiceSubscriptionOperation(input: $input) { ${BULK_RESULT} } }`);
const BULK_ACCOUNTS = op(`mutation BulkAccounts($input: RunBulkAccountOperationInput!) { runBulkAccountOperation(input: $input) { ${BULK_RESULT} } }`);
/** A bulk job's failures, whichever order the server's random row ids give them. */
const JOB_FAILURES = op(`query JobFailures($id: ID!) { job(id: $id) { ...JobParts failures(first: 100) { totalCount nodes { itemId code message } } } }`);
const SEND_MESSAGE = op(`mutation SendMessage($input: SendMessageInput!) { sendMessage(input: $input) { message { ...MessageParts } ${APP_ERRORS} } }`);
const UPDATE_SIGNUP_SETTINGS = `mutation UpdateSignupSettings($input: UpdateSignupSettingsInput!) { updateSignupSettings(input: $input) { __typename selfSignupEnabled accountApprovalRequired } }`;
const SIGNUP = op(`mutation SignupExpress($input: SignupExpressInput!) {
  signupExpress(input: $input) {
    account { __typename id orgName state plan { name } fields { name value } applicationCount }
    user { __typename id username email role state fields { name value } }
    applications { __typename id name state trialEndsAt plan { name } service { name } keys { id } }
    serviceSubscriptions { __typename id state plan { name } service { name } }
    ${APP_ERRORS}
  }
}`);
const REQUEST_PLAN_CHANGE = op(`mutation RequestPlanChange($input: RequestApplicationPlanChangeInput!) {
  requestApplicationPlanChange(input: $input) { planChangeRequest { ...PlanChangeRequestParts } ${APP_ERRORS} }
}`);
const APPROVE_PLAN_CHANGE = op(`mutation ApprovePlanChange($input: PlanChangeRequestIdInput!) {
  approvePlanChangeRequest(input: $input) { planChangeRequest { ...PlanChangeRequestParts } ${APP_ERRORS} }
}`);
const REJECT_PLAN_CHANGE = op(`mutation RejectPlanChange($input: RejectPlanChangeRequestInput!) {
  rejectPlanChangeRequest(input: $input) { planChangeRequest { ...PlanChangeRequestParts } ${APP_ERRORS} }
}`);

const unknownApplication = toGlobalId('Application', deadRow);
const unknownKey = toGlobalId('ApplicationKey', deadRow);
const unknownSubscription = toGlobalId('ServiceSubscription', deadRow);
const unknownRequest = toGlobalId('PlanChangeRequest', deadRow);
const unknownApplications = (count: number) => Array.from({ length: count }, (_, i) => toGlobalId('Application', `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`));
/**
 * Deterministic in these flows: names (never a system name: a custom plan's names its application),
 * states, org names, texts, counts; never a credential.
 */
const appValues = ['name', 'orgName', 'description', 'redirectUrl', 'totalCount', 'applicationCount', 'subject', 'body', 'direction', 'reason', 'toAddress', ...jobCounts];
/** A plan change request's message too (`message` names a message object elsewhere). */
const requestValues = [...appValues, 'message'];
/** What the log says of app keys names them by their last four characters: random. */
const keyAuditValues = auditValues.filter((key) => key !== 'summary');
/** A webhook delivery's body: its application (names, states). */
const appHookValues = [...webhookValues, 'orgName', 'description'];
const input = (values: (refs: Refs) => Record<string, unknown>) => (refs: Refs) => ({ input: values(refs) });
const byId = (ref: string) => input((refs) => ({ id: refs[ref] }));
const appsBy = (field: 'CREATED_AT' | 'NAME' | 'STATE', direction: 'ASC' | 'DESC') => ({ orderBy: { field, direction } });
const appsWhere = (filter: (refs: Refs) => Record<string, unknown>, first = 5) => (refs: Refs) => ({ first, filter: filter(refs) });
const jobOf = (ref: string) => (refs: Refs) => ({ id: refs[ref] });
/** Every event an application's or a key's change posts, and a deleted account's users: the webhook listens to them from here on. */
const APP_HOOK_EVENTS = [
  ...ACCOUNT_HOOK_EVENTS,
  'USER_DELETED',
  'APPLICATION_CREATED',
  'APPLICATION_UPDATED',
  'APPLICATION_SUSPENDED',
  'APPLICATION_PLAN_CHANGED',
  'APPLICATION_USER_KEY_CHANGED',
  'APPLICATION_DELETED',
  'KEY_CREATED',
  'KEY_DELETED',
];
const longText = (n: number) => 'x'.repeat(n);
/** What a developer signing up to Acme must fill in: the Tax ID (made required with the fields) and the user's Phone. */
const signupFields = { fields: [{ name: 'vat_code', value: 'PT500100200' }], userFields: [{ name: 'phone', value: '+351 210 000 000' }] };

/**
 * The Acme admin over the demo seed's 400 applications and 400 subscriptions, and its own: listed,
 * searched (never by an app key or secret), filtered, sorted and paged; created on a product's default
 * or a given plan (subscribing the account first), with custom keys where the product allows them; its
 * credentials regenerated, its app keys added up to five and deleted down to the last one a product
 * needs; moved along its states and between plans, given a custom plan and back; subscriptions made,
 * changed and deleted only without applications; messages; bulk operations by ids and by filter;
 * signups and their rollback; plan change requests; what the log, the webhook and the team's mail say.
 */
const applicationsAdminSteps: ParityStep[] = [
  { name: 'login: the Acme admin, for applications', query: LOGIN, variables: () => ({ input: { tenant: demo.acmeSubdomain, email: demo.acmeEmail, password: demo.acmePassword } }), expect: 'data' },
  { name: 'updateWebhookSettings: every application and key event too', query: UPDATE_WEBHOOK, variables: hook(() => ({ events: APP_HOOK_EVENTS })), expect: 'data', values: webhookValues, ordered: true },
  {
    name: "the Echo API's Unlimited, by search",
    query: PLAN_NAMED,
    variables: (refs) => ({ id: refs['echoService'], search: 'unlimited' }),
    expect: 'data',
    values: ['name'],
    keep: { echoUnlimited: 'service.applicationPlans.nodes.0.id' },
  },
  {
    name: "the API's Unlimited and its service plan, by search",
    query: PLAN_NAMED,
    variables: (refs) => ({ id: refs['apiService'], search: 'unlimited' }),
    expect: 'data',
    values: ['name'],
    keep: { apiUnlimited: 'service.applicationPlans.nodes.0.id' },
  },

  // the demo seed
  {
    name: 'applications: the demo seed, newest first, first 5, with credentials, keys, plan, product and account',
    query: APPLICATIONS,
    variables: () => ({ first: 5 }),
    expect: 'data',
    values: appValues,
    ordered: true,
    keep: {
      appsCursor: 'applications.pageInfo.endCursor',
      newestApp: 'applications.nodes.0.id',
      fifthCreated: 'applications.edges.4.node.createdAt',
      seededUserKey: 'applications.edges.0.node.userKey',
      seededAppId: 'applications.edges.1.node.appId',
      seededAppKey: 'applications.edges.0.node.keys.0.value',
      seededSecret: 'applications.edges.0.node.clientSecret',
      seededKey: 'applications.edges.0.node.keys.0.id',
      seededOwner: 'applications.edges.0.node.account.id',
    },
  },
  {
    name: 'applications: the page after the cursor',
    query: APPLICATIONS,
    variables: (refs) => ({ first: 5, after: refs['appsCursor'] }),
    expect: 'data',
    values: appValues,
    ordered: true,
    keep: { appsPageStart: 'applications.pageInfo.startCursor' },
  },
  { name: 'applications: last 2 before a cursor', query: APPLICATIONS, variables: (refs) => ({ last: 2, before: refs['appsPageStart'] }), expect: 'data', values: appValues, ordered: true },
  { name: 'applications: oldest first, 20', query: APPLICATION_ROWS, variables: () => ({ first: 20, ...appsBy('CREATED_AT', 'ASC') }), expect: 'data', values: appValues, ordered: true },
  {
    name: 'applications: by name, first 10',
    query: APPLICATION_NAMES,
    variables: () => ({ first: 10, ...appsBy('NAME', 'ASC') }),
    expect: 'data',
    values: appValues,
    ordered: true,
    keep: { appNameCursor: 'applications.pageInfo.endCursor' },
  },
  {
    name: 'applications: by name, the 50 after the cursor',
    query: APPLICATION_NAMES,
    variables: (refs) => ({ first: 50, after: refs['appNameCursor'], ...appsBy('NAME', 'ASC') }),
    expect: 'data',
    values: appValues,
    ordered: true,
  },
  { name: 'applications: by name, descending, first 10', query: APPLICATION_NAMES, variables: () => ({ first: 10, ...appsBy('NAME', 'DESC') }), expect: 'data', values: appValues, ordered: true },
  {
    name: 'applications: by state, the first 250 (live, then pending)',
    query: APPLICATION_STATES,
    variables: () => ({ first: 250, ...appsBy('STATE', 'ASC') }),
    expect: 'data',
    values: appValues,
    ordered: true,
    keep: { appStateCursor: 'applications.pageInfo.endCursor' },
  },
  {
    name: 'applications: by state, the rest (live, pending, suspended)',
    query: APPLICATION_STATES,
    variables: (refs) => ({ first: 250, after: refs['appStateCursor'], ...appsBy('STATE', 'ASC') }),
    expect: 'data',
    values: appValues,
    ordered: true,
  },
  {
    name: 'applications: a cursor of another sort order (name, for state): BAD_USER_INPUT',
    query: APPLICATIONS,
    variables: (refs) => ({ first: 2, after: refs['appNameCursor'], ...appsBy('STATE', 'ASC') }),
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  { name: 'applications: a malformed cursor: BAD_USER_INPUT', query: APPLICATIONS, variables: () => ({ after: 'nope' }), expect: { error: 'BAD_USER_INPUT' }, values: ['message'] },
  { name: 'applications: first 251: BAD_USER_INPUT', query: APPLICATIONS, variables: () => ({ first: 251 }), expect: { error: 'BAD_USER_INPUT' }, values: ['message'] },
  { name: 'applications: states [PENDING]', query: APPLICATION_ROWS, variables: appsWhere(() => ({ states: ['PENDING'] })), expect: 'data', values: appValues, ordered: true },
  { name: 'applications: states [SUSPENDED, PENDING, SUSPENDED]', query: APPLICATION_ROWS, variables: appsWhere(() => ({ states: ['SUSPENDED', 'PENDING', 'SUSPENDED'] })), expect: 'data', values: appValues, ordered: true },
  { name: 'applications: no states narrow nothing', query: APPLICATION_ROWS, variables: appsWhere(() => ({ states: [] }), 3), expect: 'data', values: appValues, ordered: true },
  { name: 'applications: an unknown state (enum): BAD_USER_INPUT', query: APPLICATION_ROWS, variables: appsWhere(() => ({ states: ['GONE'] })), expect: { error: 'BAD_USER_INPUT' } },
  { name: 'applications: of the Echo API', query: APPLICATION_ROWS, variables: appsWhere((refs) => ({ service: refs['echoService'] })), expect: 'data', values: appValues, ordered: true },
  { name: 'applications: on Bronze', query: APPLICATION_ROWS, variables: appsWhere((refs) => ({ plan: refs['emailBronze'] })), expect: 'data', values: appValues, ordered: true },
  { name: 'applications: on an unknown plan: none', query: APPLICATION_ROWS, variables: appsWhere(() => ({ plan: unknownPlan })), expect: 'data', values: appValues },
  { name: 'applications: on a malformed plan id: none', query: APPLICATION_ROWS, variables: appsWhere(() => ({ plan: 'nope' })), expect: 'data', values: appValues },
  { name: 'applications: of a plan id as the product: none', query: APPLICATION_ROWS, variables: appsWhere((refs) => ({ service: refs['emailBronze'] })), expect: 'data', values: appValues },
  { name: 'applications: of Summit Studio', query: APPLICATION_ROWS, variables: appsWhere((refs) => ({ account: refs['summitStudio'] })), expect: 'data', values: appValues, ordered: true },
  { name: "applications: of a user's id as the account: none", query: APPLICATION_ROWS, variables: appsWhere((refs) => ({ account: refs['summitAdmin'] })), expect: 'data', values: appValues },
  { name: 'applications: paid', query: APPLICATION_ROWS, variables: appsWhere(() => ({ paid: true }), 3), expect: 'data', values: appValues, ordered: true },
  { name: 'applications: free', query: APPLICATION_ROWS, variables: appsWhere(() => ({ paid: false }), 3), expect: 'data', values: appValues, ordered: true },
  {
    name: 'applications: free, suspended, of the API',
    query: APPLICATION_ROWS,
    variables: appsWhere((refs) => ({ paid: false, states: ['SUSPENDED'], service: refs['apiService'] })),
    expect: 'data',
    values: appValues,
    ordered: true,
  },
  { name: 'applications: search " MOBILE " (the name, any case, trimmed)', query: APPLICATION_ROWS, variables: appsWhere(() => ({ search: ' MOBILE ' })), expect: 'data', values: appValues, ordered: true },
  { name: 'applications: search a user key (exactly)', query: APPLICATION_ROWS, variables: appsWhere((refs) => ({ search: refs['seededUserKey'] })), expect: 'data', values: appValues },
  { name: 'applications: search the start of a user key: none', query: APPLICATION_ROWS, variables: appsWhere((refs) => ({ search: refs['seededUserKey']!.slice(0, 10) })), expect: 'data', values: appValues },
  { name: 'applications: search an app ID (exactly)', query: APPLICATION_ROWS, variables: appsWhere((refs) => ({ search: refs['seededAppId'] })), expect: 'data', values: appValues },
  { name: 'applications: search an app key: none (003 ch.13)', query: APPLICATION_ROWS, variables: appsWhere((refs) => ({ search: refs['seededAppKey'] })), expect: 'data', values: appValues },
  { name: 'applications: search a client secret: none', query: APPLICATION_ROWS, variables: appsWhere((refs) => ({ search: refs['seededSecret'] })), expect: 'data', values: appValues },
  { name: 'applications: "%" is literal: none', query: APPLICATION_ROWS, variables: appsWhere(() => ({ search: '%' })), expect: 'data', values: appValues },
  { name: 'applications: created from the fifth newest on', query: APPLICATION_ROWS, variables: appsWhere((refs) => ({ createdFrom: refs['fifthCreated'] }), 10), expect: 'data', values: appValues, ordered: true },
  { name: 'applications: created before the fifth newest', query: APPLICATION_ROWS, variables: appsWhere((refs) => ({ createdTo: refs['fifthCreated'] }), 3), expect: 'data', values: appValues, ordered: true },
  { name: 'applications: created from and to the same time: none', query: APPLICATION_ROWS, variables: appsWhere((refs) => ({ createdFrom: refs['fifthCreated'], createdTo: refs['fifthCreated'] })), expect: 'data', values: appValues },
  { name: 'applications: a malformed time (scalar): BAD_USER_INPUT', query: APPLICATION_ROWS, variables: appsWhere(() => ({ createdTo: 'soon' })), expect: { error: 'BAD_USER_INPUT' } },
  { name: `applications: a search over ${MAX_SEARCH_TEXT_LENGTH} characters: BAD_USER_INPUT`, query: APPLICATION_ROWS, variables: appsWhere(() => ({ search: tooLongSearch })), expect: { error: 'BAD_USER_INPUT' }, values: ['message'] },
  { name: 'application: the newest', query: APPLICATION, variables: (refs) => ({ id: refs['newestApp'] }), expect: 'data', values: appValues },
  { name: 'application: unknown: NOT_FOUND', query: APPLICATION, variables: () => ({ id: unknownApplication }), expect: { error: 'NOT_FOUND' }, values: ['message'] },
  { name: 'application: malformed id: NOT_FOUND', query: APPLICATION, variables: () => ({ id: 'nope' }), expect: { error: 'NOT_FOUND' } },
  { name: "application: an account's id: NOT_FOUND", query: APPLICATION, variables: (refs) => ({ id: refs['summitStudio'] }), expect: { error: 'NOT_FOUND' } },
  { name: 'node: an application', query: APPS_NODE, variables: (refs) => ({ id: refs['newestApp'] }), expect: 'data', values: appValues },
  { name: 'node: an app key', query: APPS_NODE, variables: (refs) => ({ id: refs['seededKey'] }), expect: 'data', values: appValues },
  { name: 'node: an unknown app key: NOT_FOUND', query: APPS_NODE, variables: () => ({ id: unknownKey }), expect: { error: 'NOT_FOUND' } },
  { name: "accounts: search an application's user key: its account", query: ACCOUNT_NAMES, variables: named((refs) => ({ search: refs['seededUserKey'] })), expect: 'data', values: accountValues },
  { name: "accounts: search an application's app ID: its account", query: ACCOUNT_NAMES, variables: named((refs) => ({ search: refs['seededAppId'] })), expect: 'data', values: accountValues },
  { name: "accounts: search an app key: none", query: ACCOUNT_NAMES, variables: named((refs) => ({ search: refs['seededAppKey'] })), expect: 'data', values: accountValues },
  { name: 'account: Summit Studio, its applications, subscriptions and (no) messages', query: ACCOUNT_APPS, variables: (refs) => ({ id: refs['summitStudio'] }), expect: 'data', values: appValues },
  { name: 'account: Summit Studio, its live applications of the Email API', query: ACCOUNT_APPS, variables: (refs) => ({ id: refs['summitStudio'], appFilter: { states: ['LIVE'], service: refs['emailService'] } }), expect: 'data', values: appValues },
  { name: 'serviceSubscriptions: the newest 4 (two accounts)', query: SUBSCRIPTIONS, variables: () => ({ first: 4 }), expect: 'data', values: appValues },
  { name: 'serviceSubscriptions: by state, all live', query: SUBSCRIPTION_ONLY_STATES, variables: () => ({ first: 3, orderBy: { field: 'STATE', direction: 'DESC' } }), expect: 'data', values: appValues, ordered: true },
  { name: 'serviceSubscriptions: oldest first', query: SUBSCRIPTION_STATES, variables: () => ({ first: 6, orderBy: { field: 'CREATED_AT', direction: 'ASC' } }), expect: 'data', values: appValues, ordered: true },
  {
    name: 'serviceSubscriptions: to the Echo API, on its Default',
    query: SUBSCRIPTION_STATES,
    variables: (refs) => ({ first: 2, filter: { service: refs['echoService'], plan: refs['echoServicePlan'] } }),
    expect: 'data',
    values: appValues,
    ordered: true,
    keep: { seededSub: 'serviceSubscriptions.nodes.0.id' },
  },
  { name: 'serviceSubscriptions: of Summit Studio', query: SUBSCRIPTIONS, variables: (refs) => ({ filter: { account: refs['summitStudio'] } }), expect: 'data', values: appValues },
  { name: 'serviceSubscriptions: pending: none', query: SUBSCRIPTIONS, variables: () => ({ filter: { states: ['PENDING'] } }), expect: 'data', values: appValues },
  { name: 'serviceSubscriptions: on an application plan: none', query: SUBSCRIPTIONS, variables: (refs) => ({ filter: { plan: refs['emailBronze'] } }), expect: 'data', values: appValues },
  { name: 'node: a subscription', query: APPS_NODE, variables: (refs) => ({ id: refs['seededSub'] }), expect: 'data', values: appValues },
  { name: 'node: an unknown subscription: NOT_FOUND', query: APPS_NODE, variables: () => ({ id: unknownSubscription }), expect: { error: 'NOT_FOUND' } },
  {
    name: 'too costly: 250 applications with 250 requests-worth of nested listings: QUERY_TOO_COSTLY',
    query: 'query { accounts(first: 250) { nodes { id applications(first: 250) { nodes { id } } } } }',
    expect: { error: 'QUERY_TOO_COSTLY' },
  },

  // creating applications
  {
    name: 'createApplication: on the default plan, trimmed, LIVE; the account subscribed on the default service plan',
    query: CREATE_APPLICATION,
    variables: input((refs) => ({ accountId: refs['rocket'], serviceId: refs['echoService'], name: ' Rocket Echo ', description: ' Echoes. ', redirectUrl: ' https://rocket.example/callback ' })),
    expect: 'data',
    values: appValues,
    keep: { rocketEcho: 'createApplication.application.id', rocketEchoKey: 'createApplication.application.keys.0.id' },
  },
  { name: 'serviceSubscriptions: Rocket Labs, to the Echo API', query: SUBSCRIPTIONS, variables: (refs) => ({ filter: { account: refs['rocket'] } }), expect: 'data', values: appValues, keep: { rocketEchoSub: 'serviceSubscriptions.nodes.0.id' } },
  {
    name: 'createApplication: on Pay as you go, its 14-day trial; subscribed already',
    query: CREATE_APPLICATION,
    variables: input((refs) => ({ accountId: refs['rocket'], serviceId: refs['echoService'], planId: refs['echoPayg'], name: 'Rocket Metered' })),
    expect: 'data',
    values: appValues,
    keep: { rocketPayg: 'createApplication.application.id' },
  },
  { name: 'serviceSubscriptions: Rocket Labs, still one', query: SUBSCRIPTIONS, variables: (refs) => ({ filter: { account: refs['rocket'] } }), expect: 'data', values: appValues },
  {
    name: 'createApplication: an unknown account and product, a blank name, a long description, an ftp URL (all at once)',
    query: CREATE_APPLICATION,
    variables: input(() => ({ accountId: unknownAccount, serviceId: unknownService, name: ' ', description: longText(2001), redirectUrl: 'ftp://files.example' })),
    expect: { userErrors: ['NOT_FOUND', 'NOT_FOUND', 'BLANK', 'TOO_LONG', 'INVALID'] },
  },
  { name: 'createApplication: a name over 200: TOO_LONG', query: CREATE_APPLICATION, variables: input((refs) => ({ accountId: refs['rocket'], serviceId: refs['echoService'], name: longText(201) })), expect: { userErrors: ['TOO_LONG'] } },
  { name: 'createApplication: a relative redirect URL: INVALID', query: CREATE_APPLICATION, variables: input((refs) => ({ accountId: refs['rocket'], serviceId: refs['echoService'], name: 'X', redirectUrl: '/callback' })), expect: { userErrors: ['INVALID'] } },
  {
    name: 'createApplication: a redirect URL over 2000: TOO_LONG',
    query: CREATE_APPLICATION,
    variables: input((refs) => ({ accountId: refs['rocket'], serviceId: refs['echoService'], name: 'X', redirectUrl: `https://rocket.example/${longText(2000)}` })),
    expect: { userErrors: ['TOO_LONG'] },
  },
  {
    name: 'createApplication: a custom user key where the product allows none: CUSTOM_KEYS_NOT_ALLOWED',
    query: CREATE_APPLICATION,
    variables: input((refs) => ({ accountId: refs['rocket'], serviceId: refs['echoService'], name: 'X', userKey: 'my-own-key' })),
    expect: { userErrors: ['CUSTOM_KEYS_NOT_ALLOWED'] },
  },
  { name: "createApplication: another product's plan: WRONG_PLAN", query: CREATE_APPLICATION, variables: input((refs) => ({ accountId: refs['rocket'], serviceId: refs['echoService'], name: 'X', planId: refs['emailBronze'] })), expect: { userErrors: ['WRONG_PLAN'] } },
  { name: 'createApplication: a service plan: WRONG_PLAN', query: CREATE_APPLICATION, variables: input((refs) => ({ accountId: refs['rocket'], serviceId: refs['echoService'], name: 'X', planId: refs['echoServicePlan'] })), expect: { userErrors: ['WRONG_PLAN'] } },
  { name: 'createApplication: a malformed plan id: WRONG_PLAN', query: CREATE_APPLICATION, variables: input((refs) => ({ accountId: refs['rocket'], serviceId: refs['echoService'], name: 'X', planId: 'nope' })), expect: { userErrors: ['WRONG_PLAN'] } },
  { name: 'createApplication: malformed account and product ids: NOT_FOUND, NOT_FOUND', query: CREATE_APPLICATION, variables: input(() => ({ accountId: 'nope', serviceId: 'nope', name: 'X' })), expect: { userErrors: ['NOT_FOUND', 'NOT_FOUND'] } },
  {
    name: 'createApplication: a custom user key (trimmed) where the product allows them',
    query: CREATE_APPLICATION,
    variables: input((refs) => ({ accountId: refs['rocket'], serviceId: refs['paritySvc'], name: 'Rocket Parity', userKey: ' rocket-key-1 ' })),
    expect: 'data',
    values: appValues,
    keep: { rocketParity: 'createApplication.application.id', rocketParityKey: 'createApplication.application.keys.0.id' },
  },
  {
    name: 'createApplication: a custom user key another application of the product has: TAKEN (and the subscription it needed is undone)',
    query: CREATE_APPLICATION,
    variables: input((refs) => ({ accountId: refs['parityDevs'], serviceId: refs['paritySvc'], name: 'Copycat', userKey: 'rocket-key-1' })),
    expect: { userErrors: ['TAKEN'] },
  },
  { name: 'serviceSubscriptions: Parity Devs, none (all or nothing)', query: SUBSCRIPTIONS, variables: (refs) => ({ filter: { account: refs['parityDevs'] } }), expect: 'data', values: appValues },
  { name: 'createApplication: a custom user key of 4 characters: INVALID', query: CREATE_APPLICATION, variables: input((refs) => ({ accountId: refs['rocket'], serviceId: refs['paritySvc'], name: 'X', userKey: 'abcd' })), expect: { userErrors: ['INVALID'] } },
  { name: 'createApplication: a custom user key with a space: INVALID', query: CREATE_APPLICATION, variables: input((refs) => ({ accountId: refs['rocket'], serviceId: refs['paritySvc'], name: 'X', userKey: 'my key' })), expect: { userErrors: ['INVALID'] } },
  { name: 'createApplication: no name (required by the input type): BAD_USER_INPUT', query: CREATE_APPLICATION, variables: input((refs) => ({ accountId: refs['rocket'], serviceId: refs['echoService'] })), expect: { error: 'BAD_USER_INPUT' } },
  {
    name: 'createApplication: a second one of the parity product, its key generated',
    query: CREATE_APPLICATION,
    variables: input((refs) => ({ accountId: refs['rocket'], serviceId: refs['paritySvc'], name: 'Rocket Parity Two' })),
    expect: 'data',
    values: appValues,
    keep: { rocketParity2: 'createApplication.application.id' },
  },

  // credentials
  { name: 'regenerateUserKey: a new generated key', query: REGENERATE_USER_KEY, variables: byId('rocketEcho'), expect: 'data', values: appValues },
  { name: 'setUserKey: where the product allows none: CUSTOM_KEYS_NOT_ALLOWED', query: SET_USER_KEY, variables: input((refs) => ({ id: refs['rocketEcho'], userKey: 'my-own-key' })), expect: { userErrors: ['CUSTOM_KEYS_NOT_ALLOWED'] } },
  { name: 'setUserKey: a custom key, trimmed', query: SET_USER_KEY, variables: input((refs) => ({ id: refs['rocketParity'], userKey: ' rocket-key-2 ' })), expect: 'data', values: appValues },
  { name: 'setUserKey: the same key again (nothing recorded)', query: SET_USER_KEY, variables: input((refs) => ({ id: refs['rocketParity'], userKey: 'rocket-key-2' })), expect: 'data', values: appValues },
  { name: "setUserKey: another application's key: TAKEN", query: SET_USER_KEY, variables: input((refs) => ({ id: refs['rocketParity2'], userKey: 'rocket-key-2' })), expect: { userErrors: ['TAKEN'] } },
  { name: 'setUserKey: a key with a space: INVALID', query: SET_USER_KEY, variables: input((refs) => ({ id: refs['rocketParity2'], userKey: 'bad key' })), expect: { userErrors: ['INVALID'] } },
  { name: 'setUserKey: a blank key: INVALID', query: SET_USER_KEY, variables: input((refs) => ({ id: refs['rocketParity2'], userKey: '  ' })), expect: { userErrors: ['INVALID'] } },
  { name: 'setUserKey: unknown: NOT_FOUND', query: SET_USER_KEY, variables: input(() => ({ id: unknownApplication, userKey: 'whatever-key' })), expect: { userErrors: ['NOT_FOUND'] } },
  { name: 'regenerateClientSecret', query: REGENERATE_SECRET, variables: byId('rocketParity'), expect: 'data', values: appValues },
  { name: 'regenerateClientSecret: unknown: NOT_FOUND', query: REGENERATE_SECRET, variables: input(() => ({ id: unknownApplication })), expect: { userErrors: ['NOT_FOUND'] } },
  { name: 'createApplicationKey: a generated one', query: CREATE_KEY, variables: input((refs) => ({ applicationId: refs['rocketParity'] })), expect: 'data', values: appValues, keep: { parityKey2: 'createApplicationKey.key.id' } },
  { name: 'createApplicationKey: a custom one, trimmed', query: CREATE_KEY, variables: input((refs) => ({ applicationId: refs['rocketParity'], value: ' custom-app-key ' })), expect: 'data', values: appValues, keep: { parityKey3: 'createApplicationKey.key.id' } },
  { name: 'createApplicationKey: the same custom one again: TAKEN', query: CREATE_KEY, variables: input((refs) => ({ applicationId: refs['rocketParity'], value: 'custom-app-key' })), expect: { userErrors: ['TAKEN'] } },
  { name: 'createApplicationKey: a custom one with a space: INVALID', query: CREATE_KEY, variables: input((refs) => ({ applicationId: refs['rocketParity'], value: 'a b c d e' })), expect: { userErrors: ['INVALID'] } },
  { name: 'createApplicationKey: a fourth', query: CREATE_KEY, variables: input((refs) => ({ applicationId: refs['rocketParity'] })), expect: 'data', values: appValues, keep: { parityKey4: 'createApplicationKey.key.id' } },
  { name: 'createApplicationKey: a fifth', query: CREATE_KEY, variables: input((refs) => ({ applicationId: refs['rocketParity'] })), expect: 'data', values: appValues, keep: { parityKey5: 'createApplicationKey.key.id' } },
  { name: 'createApplicationKey: a sixth: KEY_LIMIT_REACHED', query: CREATE_KEY, variables: input((refs) => ({ applicationId: refs['rocketParity'] })), expect: { userErrors: ['KEY_LIMIT_REACHED'] } },
  { name: 'createApplicationKey: a sixth, custom and invalid: INVALID first', query: CREATE_KEY, variables: input((refs) => ({ applicationId: refs['rocketParity'], value: 'x' })), expect: { userErrors: ['INVALID'] } },
  { name: 'createApplicationKey: custom, where the product allows none: CUSTOM_KEYS_NOT_ALLOWED', query: CREATE_KEY, variables: input((refs) => ({ applicationId: refs['rocketEcho'], value: 'custom-app-key' })), expect: { userErrors: ['CUSTOM_KEYS_NOT_ALLOWED'] } },
  { name: 'createApplicationKey: unknown application: NOT_FOUND', query: CREATE_KEY, variables: input(() => ({ applicationId: unknownApplication })), expect: { userErrors: ['NOT_FOUND'] } },
  { name: 'application: five app keys, oldest first', query: APPLICATION, variables: (refs) => ({ id: refs['rocketParity'] }), expect: 'data', values: appValues },
  { name: 'deleteApplicationKey: the second', query: DELETE_KEY, variables: byId('parityKey2'), expect: 'data', values: appValues },
  { name: 'deleteApplicationKey: again: NOT_FOUND', query: DELETE_KEY, variables: byId('parityKey2'), expect: { userErrors: ['NOT_FOUND'] } },
  { name: 'deleteApplicationKey: an application id: NOT_FOUND', query: DELETE_KEY, variables: byId('rocketParity'), expect: { userErrors: ['NOT_FOUND'] } },
  { name: 'deleteApplicationKey: the third', query: DELETE_KEY, variables: byId('parityKey3'), expect: 'data', values: appValues },
  { name: 'deleteApplicationKey: the fourth', query: DELETE_KEY, variables: byId('parityKey4'), expect: 'data', values: appValues },
  { name: 'deleteApplicationKey: the fifth', query: DELETE_KEY, variables: byId('parityKey5'), expect: 'data', values: appValues },
  { name: 'deleteApplicationKey: the last of an app-key product: LAST_KEY', query: DELETE_KEY, variables: byId('rocketParityKey'), expect: { userErrors: ['LAST_KEY'] } },
  { name: 'deleteApplicationKey: the only one of a user-key product', query: DELETE_KEY, variables: byId('rocketEchoKey'), expect: 'data', values: appValues },

  // changing applications
  {
    name: 'updateApplication: renamed (trimmed), the description and redirect URL cleared',
    query: UPDATE_APPLICATION,
    variables: input((refs) => ({ id: refs['rocketEcho'], name: ' Rocket Echo One ', description: '', redirectUrl: ' ' })),
    expect: 'data',
    values: appValues,
  },
  { name: 'updateApplication: the same again (nothing recorded)', query: UPDATE_APPLICATION, variables: input((refs) => ({ id: refs['rocketEcho'], name: 'Rocket Echo One' })), expect: 'data', values: appValues },
  { name: 'updateApplication: a blank name and a mailto URL: BLANK, INVALID', query: UPDATE_APPLICATION, variables: input((refs) => ({ id: refs['rocketEcho'], name: '', redirectUrl: 'mailto:a@b.example' })), expect: { userErrors: ['BLANK', 'INVALID'] } },
  { name: 'updateApplication: unknown: NOT_FOUND', query: UPDATE_APPLICATION, variables: input(() => ({ id: unknownApplication, name: 'X' })), expect: { userErrors: ['NOT_FOUND'] } },
  { name: "updateApplication: a key's id: NOT_FOUND", query: UPDATE_APPLICATION, variables: input((refs) => ({ id: refs['rocketParityKey'], name: 'X' })), expect: { userErrors: ['NOT_FOUND'] } },
  { name: 'resumeApplication: a live one: INVALID_STATE', query: RESUME_APPLICATION, variables: byId('rocketEcho'), expect: { userErrors: ['INVALID_STATE'] } },
  { name: 'acceptApplication: a live one: INVALID_STATE', query: ACCEPT_APPLICATION, variables: byId('rocketEcho'), expect: { userErrors: ['INVALID_STATE'] } },
  { name: 'rejectApplication: a live one: INVALID_STATE', query: REJECT_APPLICATION, variables: byId('rocketEcho'), expect: { userErrors: ['INVALID_STATE'] } },
  { name: 'suspendApplication: live → SUSPENDED', query: SUSPEND_APPLICATION, variables: byId('rocketEcho'), expect: 'data', values: appValues },
  { name: 'suspendApplication: a suspended one: INVALID_STATE', query: SUSPEND_APPLICATION, variables: byId('rocketEcho'), expect: { userErrors: ['INVALID_STATE'] } },
  { name: 'acceptApplication: a suspended one: INVALID_STATE', query: ACCEPT_APPLICATION, variables: byId('rocketEcho'), expect: { userErrors: ['INVALID_STATE'] } },
  { name: 'resumeApplication: suspended → LIVE', query: RESUME_APPLICATION, variables: byId('rocketEcho'), expect: 'data', values: appValues },
  { name: 'suspendApplication: unknown: NOT_FOUND', query: SUSPEND_APPLICATION, variables: input(() => ({ id: unknownApplication })), expect: { userErrors: ['NOT_FOUND'] } },
  {
    name: 'createApplicationPlan: Gated, on the Echo API, approval required',
    query: CREATE_APP_PLAN,
    variables: (refs) => ({ input: { serviceId: refs['echoService'], name: 'Gated', approvalRequired: true } }),
    expect: 'data',
    values: planValues,
    keep: { echoGated: 'createApplicationPlan.plan.id' },
  },
  {
    name: 'createApplication: on a plan that requires approval: PENDING',
    query: CREATE_APPLICATION,
    variables: input((refs) => ({ accountId: refs['rocket'], serviceId: refs['echoService'], planId: refs['echoGated'], name: 'Rocket Gated' })),
    expect: 'data',
    values: appValues,
    keep: { rocketGated: 'createApplication.application.id' },
  },
  { name: 'suspendApplication: a pending one: INVALID_STATE', query: SUSPEND_APPLICATION, variables: byId('rocketGated'), expect: { userErrors: ['INVALID_STATE'] } },
  { name: 'acceptApplication: pending → LIVE', query: ACCEPT_APPLICATION, variables: byId('rocketGated'), expect: 'data', values: appValues },
  {
    name: 'createApplication: another pending one',
    query: CREATE_APPLICATION,
    variables: input((refs) => ({ accountId: refs['rocket'], serviceId: refs['echoService'], planId: refs['echoGated'], name: 'Rocket Refused' })),
    expect: 'data',
    values: appValues,
    keep: { rocketRefused: 'createApplication.application.id' },
  },
  { name: 'rejectApplication: pending → deleted', query: REJECT_APPLICATION, variables: byId('rocketRefused'), expect: 'data' },
  { name: 'rejectApplication: again: NOT_FOUND', query: REJECT_APPLICATION, variables: byId('rocketRefused'), expect: { userErrors: ['NOT_FOUND'] } },
  { name: 'application: a rejected one: NOT_FOUND', query: APPLICATION, variables: (refs) => ({ id: refs['rocketRefused'] }), expect: { error: 'NOT_FOUND' } },
  { name: 'changeApplicationPlan: to Unlimited', query: CHANGE_APPLICATION_PLAN, variables: input((refs) => ({ id: refs['rocketEcho'], planId: refs['echoUnlimited'] })), expect: 'data', values: appValues },
  { name: 'changeApplicationPlan: the plan it is on (nothing recorded)', query: CHANGE_APPLICATION_PLAN, variables: input((refs) => ({ id: refs['rocketEcho'], planId: refs['echoUnlimited'] })), expect: 'data', values: appValues },
  { name: "changeApplicationPlan: another product's plan: WRONG_PLAN", query: CHANGE_APPLICATION_PLAN, variables: input((refs) => ({ id: refs['rocketEcho'], planId: refs['emailBronze'] })), expect: { userErrors: ['WRONG_PLAN'] } },
  { name: 'changeApplicationPlan: a service plan: WRONG_PLAN', query: CHANGE_APPLICATION_PLAN, variables: input((refs) => ({ id: refs['rocketEcho'], planId: refs['echoServicePlan'] })), expect: { userErrors: ['WRONG_PLAN'] } },
  { name: 'changeApplicationPlan: unknown application and plan: NOT_FOUND first', query: CHANGE_APPLICATION_PLAN, variables: input(() => ({ id: unknownApplication, planId: 'nope' })), expect: { userErrors: ['NOT_FOUND'] } },
  { name: 'deletePlan: Unlimited, the demo applications and ours on it: PLAN_IN_USE', query: DELETE_PLAN, variables: (refs) => ({ input: { id: refs['echoUnlimited'] } }), expect: { userErrors: ['PLAN_IN_USE'] } },
  { name: 'deletePlan: Gated, one application on it: PLAN_IN_USE', query: DELETE_PLAN, variables: (refs) => ({ input: { id: refs['echoGated'] } }), expect: { userErrors: ['PLAN_IN_USE'] } },
  { name: 'deletePlan: the Echo API\'s Default service plan, subscriptions on it: DEFAULT_PLAN first', query: DELETE_PLAN, variables: (refs) => ({ input: { id: refs['echoServicePlan'] } }), expect: { userErrors: ['DEFAULT_PLAN'] } },

  // custom plans
  {
    name: 'customizeApplicationPlan: "Unlimited (custom)", bound to the application, hidden',
    query: CUSTOMIZE_PLAN,
    variables: byId('rocketEcho'),
    expect: 'data',
    values: appValues,
    keep: { rocketCustom: 'customizeApplicationPlan.application.plan.id' },
  },
  { name: 'customizeApplicationPlan: again: INVALID_STATE', query: CUSTOMIZE_PLAN, variables: byId('rocketEcho'), expect: { userErrors: ['INVALID_STATE'] } },
  { name: 'customizeApplicationPlan: unknown: NOT_FOUND', query: CUSTOMIZE_PLAN, variables: input(() => ({ id: unknownApplication })), expect: { userErrors: ['NOT_FOUND'] } },
  { name: 'plan: the custom plan, with the limits and features of Unlimited', query: CUSTOM_PLAN, variables: (refs) => ({ id: refs['rocketCustom'] }), expect: 'data', values: appValues },
  { name: 'plan: Unlimited itself is no custom plan', query: CUSTOM_PLAN, variables: (refs) => ({ id: refs['echoUnlimited'] }), expect: 'data', values: appValues },
  { name: "service plans: the Echo API's, without the custom plan", query: LISTED_PLANS, variables: (refs) => ({ id: refs['echoService'] }), expect: 'data', values: appValues, ordered: true },
  { name: 'applications: on the custom plan', query: APPLICATION_ROWS, variables: appsWhere((refs) => ({ plan: refs['rocketCustom'] })), expect: 'data', values: appValues },
  { name: 'createApplication: on the custom plan: WRONG_PLAN', query: CREATE_APPLICATION, variables: input((refs) => ({ accountId: refs['rocket'], serviceId: refs['echoService'], planId: refs['rocketCustom'], name: 'X' })), expect: { userErrors: ['WRONG_PLAN'] } },
  { name: 'changeApplicationPlan: another application onto the custom plan: WRONG_PLAN', query: CHANGE_APPLICATION_PLAN, variables: input((refs) => ({ id: refs['rocketPayg'], planId: refs['rocketCustom'] })), expect: { userErrors: ['WRONG_PLAN'] } },
  { name: 'setDefaultPlan: the custom plan: WRONG_KIND', query: SET_DEFAULT_PLAN, variables: (refs) => ({ input: { id: refs['rocketCustom'] } }), expect: { userErrors: ['WRONG_KIND'] } },
  { name: 'deletePlan: the custom plan, its application on it: PLAN_IN_USE', query: DELETE_PLAN, variables: (refs) => ({ input: { id: refs['rocketCustom'] } }), expect: { userErrors: ['PLAN_IN_USE'] } },
  { name: 'updatePlan: the custom plan can be edited', query: UPDATE_PLAN, variables: (refs) => ({ input: { id: refs['rocketCustom'], costPerMonth: '12.50' } }), expect: 'data', values: ['name', 'setupFee', 'costPerMonth'] },
  { name: 'application: now paid, on its custom plan', query: APPLICATION, variables: (refs) => ({ id: refs['rocketEcho'] }), expect: 'data', values: appValues },
  { name: "decustomizeApplicationPlan: another product's plan: WRONG_PLAN", query: DECUSTOMIZE_PLAN, variables: input((refs) => ({ id: refs['rocketEcho'], planId: refs['emailBronze'] })), expect: { userErrors: ['WRONG_PLAN'] } },
  { name: 'decustomizeApplicationPlan: onto its own custom plan: WRONG_PLAN', query: DECUSTOMIZE_PLAN, variables: input((refs) => ({ id: refs['rocketEcho'], planId: refs['rocketCustom'] })), expect: { userErrors: ['WRONG_PLAN'] } },
  { name: 'decustomizeApplicationPlan: to Basic; the custom plan is deleted', query: DECUSTOMIZE_PLAN, variables: input((refs) => ({ id: refs['rocketEcho'], planId: refs['echoBasic'] })), expect: 'data', values: appValues },
  { name: 'plan: the deleted custom plan: NOT_FOUND', query: CUSTOM_PLAN, variables: (refs) => ({ id: refs['rocketCustom'] }), expect: { error: 'NOT_FOUND' } },
  { name: 'decustomizeApplicationPlan: on a standard plan: INVALID_STATE', query: DECUSTOMIZE_PLAN, variables: input((refs) => ({ id: refs['rocketEcho'] })), expect: { userErrors: ['INVALID_STATE'] } },
  { name: 'customizeApplicationPlan: "Basic (custom)"', query: CUSTOMIZE_PLAN, variables: byId('rocketEcho'), expect: 'data', values: appValues, keep: { rocketCustom2: 'customizeApplicationPlan.application.plan.id' } },
  { name: 'decustomizeApplicationPlan: back to the plan it was copied from', query: DECUSTOMIZE_PLAN, variables: input((refs) => ({ id: refs['rocketEcho'] })), expect: 'data', values: appValues },
  { name: 'customizeApplicationPlan: once more', query: CUSTOMIZE_PLAN, variables: byId('rocketEcho'), expect: 'data', values: appValues, keep: { rocketCustom3: 'customizeApplicationPlan.application.plan.id' } },
  { name: 'changeApplicationPlan: from the custom plan to Unlimited; the custom plan is deleted', query: CHANGE_APPLICATION_PLAN, variables: input((refs) => ({ id: refs['rocketEcho'], planId: refs['echoUnlimited'] })), expect: 'data', values: appValues },
  { name: 'plan: the custom plan left: NOT_FOUND', query: CUSTOM_PLAN, variables: (refs) => ({ id: refs['rocketCustom3'] }), expect: { error: 'NOT_FOUND' } },
  {
    name: 'createApplicationPlan: Short-lived, on the Echo API',
    query: CREATE_APP_PLAN,
    variables: (refs) => ({ input: { serviceId: refs['echoService'], name: 'Short-lived' } }),
    expect: 'data',
    values: planValues,
    keep: { echoShortLived: 'createApplicationPlan.plan.id' },
  },
  { name: 'changeApplicationPlan: Rocket Gated to Short-lived', query: CHANGE_APPLICATION_PLAN, variables: input((refs) => ({ id: refs['rocketGated'], planId: refs['echoShortLived'] })), expect: 'data', values: appValues },
  { name: 'customizeApplicationPlan: "Short-lived (custom)"', query: CUSTOMIZE_PLAN, variables: byId('rocketGated'), expect: 'data', values: appValues, keep: { gatedCustom: 'customizeApplicationPlan.application.plan.id' } },
  { name: 'deletePlan: Short-lived, nobody on it (its copy lives on)', query: DELETE_PLAN, variables: (refs) => ({ input: { id: refs['echoShortLived'] } }), expect: 'data' },
  { name: 'decustomizeApplicationPlan: the plan it was copied from is gone: WRONG_PLAN', query: DECUSTOMIZE_PLAN, variables: input((refs) => ({ id: refs['rocketGated'] })), expect: { userErrors: ['WRONG_PLAN'] } },
  { name: 'plan: the custom plan is still there', query: CUSTOM_PLAN, variables: (refs) => ({ id: refs['gatedCustom'] }), expect: 'data', values: appValues },
  { name: 'auditLog: Rocket Echo by its targetId: credentials changed, never a key; plans customized and back', query: AUDIT_LOG, variables: log((refs) => ({ targetId: refs['rocketEcho'] })), expect: 'data', values: keyAuditValues, ordered: true },
  { name: 'auditLog: the plans copied and deleted for applications', query: AUDIT_LOG, variables: log(() => ({ event: 'plan', search: 'custom' })), expect: 'data', values: auditValues, ordered: true },

  // subscriptions
  { name: 'createServiceSubscription: Rocket Labs to the Email API, its default service plan', query: CREATE_SUBSCRIPTION, variables: input((refs) => ({ accountId: refs['rocket'], serviceId: refs['emailService'] })), expect: 'data', values: appValues, keep: { rocketEmailSub: 'createServiceSubscription.serviceSubscription.id' } },
  { name: 'createServiceSubscription: again: TAKEN', query: CREATE_SUBSCRIPTION, variables: input((refs) => ({ accountId: refs['rocket'], serviceId: refs['emailService'] })), expect: { userErrors: ['TAKEN'] } },
  { name: 'createServiceSubscription: unknown account and product: NOT_FOUND, NOT_FOUND', query: CREATE_SUBSCRIPTION, variables: input(() => ({ accountId: unknownAccount, serviceId: 'nope' })), expect: { userErrors: ['NOT_FOUND', 'NOT_FOUND'] } },
  { name: "createServiceSubscription: another product's service plan: WRONG_PLAN", query: CREATE_SUBSCRIPTION, variables: input((refs) => ({ accountId: refs['parityDevs'], serviceId: refs['emailService'], planId: refs['echoServicePlan'] })), expect: { userErrors: ['WRONG_PLAN'] } },
  { name: 'createServiceSubscription: an application plan: WRONG_PLAN', query: CREATE_SUBSCRIPTION, variables: input((refs) => ({ accountId: refs['parityDevs'], serviceId: refs['emailService'], planId: refs['emailBronze'] })), expect: { userErrors: ['WRONG_PLAN'] } },
  {
    name: 'createServicePlan: Gated, on the Email API, approval required',
    query: CREATE_SERVICE_PLAN,
    variables: (refs) => ({ input: { serviceId: refs['emailService'], name: 'Gated', approvalRequired: true } }),
    expect: 'data',
    values: planValues,
    keep: { emailGatedSP: 'createServicePlan.plan.id' },
  },
  { name: 'createServiceSubscription: on a service plan that requires approval: PENDING', query: CREATE_SUBSCRIPTION, variables: input((refs) => ({ accountId: refs['parityDevs'], serviceId: refs['emailService'], planId: refs['emailGatedSP'] })), expect: 'data', values: appValues, keep: { devsEmailSub: 'createServiceSubscription.serviceSubscription.id' } },
  { name: 'suspendServiceSubscription: a pending one: INVALID_STATE', query: SUSPEND_SUBSCRIPTION, variables: byId('devsEmailSub'), expect: { userErrors: ['INVALID_STATE'] } },
  { name: 'acceptServiceSubscription: pending → LIVE', query: ACCEPT_SUBSCRIPTION, variables: byId('devsEmailSub'), expect: 'data', values: appValues },
  { name: 'acceptServiceSubscription: a live one: INVALID_STATE', query: ACCEPT_SUBSCRIPTION, variables: byId('devsEmailSub'), expect: { userErrors: ['INVALID_STATE'] } },
  { name: 'suspendServiceSubscription: live → SUSPENDED', query: SUSPEND_SUBSCRIPTION, variables: byId('devsEmailSub'), expect: 'data', values: appValues },
  { name: 'resumeServiceSubscription: suspended → LIVE', query: RESUME_SUBSCRIPTION, variables: byId('devsEmailSub'), expect: 'data', values: appValues },
  { name: 'resumeServiceSubscription: a live one: INVALID_STATE', query: RESUME_SUBSCRIPTION, variables: byId('devsEmailSub'), expect: { userErrors: ['INVALID_STATE'] } },
  { name: 'acceptServiceSubscription: unknown: NOT_FOUND', query: ACCEPT_SUBSCRIPTION, variables: input(() => ({ id: unknownSubscription })), expect: { userErrors: ['NOT_FOUND'] } },
  { name: 'changeServiceSubscriptionPlan: to the Default service plan', query: CHANGE_SUBSCRIPTION_PLAN, variables: input((refs) => ({ id: refs['devsEmailSub'], planId: refs['emailServicePlan'] })), expect: 'data', values: appValues },
  { name: 'changeServiceSubscriptionPlan: the plan it is on (nothing recorded)', query: CHANGE_SUBSCRIPTION_PLAN, variables: input((refs) => ({ id: refs['devsEmailSub'], planId: refs['emailServicePlan'] })), expect: 'data', values: appValues },
  { name: "changeServiceSubscriptionPlan: another product's service plan: WRONG_PLAN", query: CHANGE_SUBSCRIPTION_PLAN, variables: input((refs) => ({ id: refs['devsEmailSub'], planId: refs['echoServicePlan'] })), expect: { userErrors: ['WRONG_PLAN'] } },
  { name: 'changeServiceSubscriptionPlan: unknown: NOT_FOUND', query: CHANGE_SUBSCRIPTION_PLAN, variables: input((refs) => ({ id: unknownSubscription, planId: refs['emailServicePlan'] })), expect: { userErrors: ['NOT_FOUND'] } },
  { name: 'deletePlan: the Email API\'s Gated service plan, nobody on it', query: DELETE_PLAN, variables: (refs) => ({ input: { id: refs['emailGatedSP'] } }), expect: 'data' },
  { name: 'deleteServiceSubscription: Rocket Labs from the Echo API, its applications of it: HAS_APPLICATIONS', query: DELETE_SUBSCRIPTION, variables: byId('rocketEchoSub'), expect: { userErrors: ['HAS_APPLICATIONS'] } },
  { name: 'deleteServiceSubscription: Rocket Labs from the Email API', query: DELETE_SUBSCRIPTION, variables: byId('rocketEmailSub'), expect: 'data' },
  { name: 'deleteServiceSubscription: again: NOT_FOUND', query: DELETE_SUBSCRIPTION, variables: byId('rocketEmailSub'), expect: { userErrors: ['NOT_FOUND'] } },
  {
    name: 'createApplication: of the Email API again, subscribing Rocket Labs anew',
    query: CREATE_APPLICATION,
    variables: input((refs) => ({ accountId: refs['rocket'], serviceId: refs['emailService'], planId: refs['emailGold'], name: 'Rocket Mail' })),
    expect: 'data',
    values: appValues,
    keep: { rocketMail: 'createApplication.application.id' },
  },
  { name: 'account: Rocket Labs, its applications and subscriptions', query: ACCOUNT_APPS, variables: (refs) => ({ id: refs['rocket'] }), expect: 'data', values: appValues },
  { name: 'auditLog: every subscription event', query: AUDIT_LOG, variables: log(() => ({ event: 'service_subscription', search: 'Labs' })), expect: 'data', values: auditValues, ordered: false },

  // messages
  { name: 'sendMessage: to Rocket Labs (trimmed), its inbox and its admin by email', query: SEND_MESSAGE, variables: input((refs) => ({ accountId: refs['rocket'], subject: ' Maintenance ', body: 'Saturday 02:00 UTC.\n\nThanks <3' })), expect: 'data', values: appValues, keep: { rocketMessage: 'sendMessage.message.id' } },
  { name: 'sendMessage: a blank subject and body: BLANK, BLANK', query: SEND_MESSAGE, variables: input((refs) => ({ accountId: refs['rocket'], subject: ' ', body: '' })), expect: { userErrors: ['BLANK', 'BLANK'] } },
  { name: 'sendMessage: an unknown account, a subject over 200: NOT_FOUND first', query: SEND_MESSAGE, variables: input(() => ({ accountId: unknownAccount, subject: longText(201), body: 'x' })), expect: { userErrors: ['NOT_FOUND', 'TOO_LONG'] } },
  { name: 'sendMessage: a body over 20000: TOO_LONG', query: SEND_MESSAGE, variables: input((refs) => ({ accountId: refs['rocket'], subject: 'x', body: longText(20_001) })), expect: { userErrors: ['TOO_LONG'] } },
  { name: 'account: Rocket Labs, its inbox', query: ACCOUNT_APPS, variables: (refs) => ({ id: refs['rocket'], messageFilter: { directions: ['TO_ACCOUNT'] } }), expect: 'data', values: appValues },
  { name: 'account: Rocket Labs, from it: none', query: ACCOUNT_APPS, variables: (refs) => ({ id: refs['rocket'], messageFilter: { directions: ['FROM_ACCOUNT'] } }), expect: 'data', values: appValues },
  { name: 'node: a message', query: APPS_NODE, variables: (refs) => ({ id: refs['rocketMessage'] }), expect: 'data', values: appValues },
  { name: 'outbox: the message, HELD, to the account\'s admin', query: OUTBOX, variables: () => ({ filter: { search: 'Maintenance' } }), expect: 'data', values: outboxValues },

  // bulk operations on applications
  {
    name: 'runBulkApplicationOperation: SUSPEND by ids, each once in the given order, an unknown one FAILED',
    query: BULK_APPLICATIONS,
    variables: input((refs) => ({ ids: [refs['rocketEcho'], refs['rocketPayg'], unknownApplication, refs['rocketEcho']], operation: 'SUSPEND' })),
    expect: 'data',
    values: appValues,
    ordered: true,
  },
  {
    name: 'runBulkApplicationOperation: RESUME by ids, a live one FAILED with INVALID_STATE',
    query: BULK_APPLICATIONS,
    variables: input((refs) => ({ ids: [refs['rocketEcho'], refs['rocketParity'], refs['rocketPayg']], operation: 'RESUME' })),
    expect: 'data',
    values: appValues,
    ordered: true,
  },
  {
    name: "runBulkApplicationOperation: CHANGE_PLAN by ids, another product's application FAILED with WRONG_PLAN",
    query: BULK_APPLICATIONS,
    variables: input((refs) => ({ ids: [refs['rocketPayg'], refs['rocketMail']], operation: 'CHANGE_PLAN', planId: refs['echoUnlimited'] })),
    expect: 'data',
    values: appValues,
    ordered: true,
  },
  {
    name: 'runBulkApplicationOperation: SEND_EMAIL by ids: a message per application',
    query: BULK_APPLICATIONS,
    variables: input((refs) => ({ ids: [refs['rocketPayg'], refs['rocketMail']], operation: 'SEND_EMAIL', subject: 'Your applications', body: 'All is well.' })),
    expect: 'data',
    values: appValues,
    ordered: true,
  },
  { name: 'runBulkApplicationOperation: CHANGE_PLAN without a plan: INVALID_OPERATION', query: BULK_APPLICATIONS, variables: input((refs) => ({ ids: [refs['rocketPayg']], operation: 'CHANGE_PLAN' })), expect: { userErrors: ['INVALID_OPERATION'] } },
  { name: 'runBulkApplicationOperation: CHANGE_PLAN to a service plan: INVALID_OPERATION', query: BULK_APPLICATIONS, variables: input((refs) => ({ ids: [refs['rocketPayg']], operation: 'CHANGE_PLAN', planId: refs['echoServicePlan'] })), expect: { userErrors: ['INVALID_OPERATION'] } },
  { name: "runBulkApplicationOperation: CHANGE_PLAN to an account's id: INVALID_OPERATION", query: BULK_APPLICATIONS, variables: input((refs) => ({ ids: [refs['rocketPayg']], operation: 'CHANGE_PLAN', planId: refs['rocket'] })), expect: { userErrors: ['INVALID_OPERATION'] } },
  { name: 'runBulkApplicationOperation: SEND_EMAIL without a body: INVALID_OPERATION', query: BULK_APPLICATIONS, variables: input((refs) => ({ ids: [refs['rocketPayg']], operation: 'SEND_EMAIL', subject: 'Hi' })), expect: { userErrors: ['INVALID_OPERATION'] } },
  { name: 'runBulkApplicationOperation: SEND_EMAIL with a blank subject: INVALID_OPERATION', query: BULK_APPLICATIONS, variables: input((refs) => ({ ids: [refs['rocketPayg']], operation: 'SEND_EMAIL', subject: ' ', body: 'Text' })), expect: { userErrors: ['INVALID_OPERATION'] } },
  { name: 'runBulkApplicationOperation: an invalid operation and no selection: INVALID_OPERATION first', query: BULK_APPLICATIONS, variables: input(() => ({ operation: 'CHANGE_PLAN' })), expect: { userErrors: ['INVALID_OPERATION'] } },
  { name: 'runBulkApplicationOperation: no selection: NO_SELECTION', query: BULK_APPLICATIONS, variables: input(() => ({ operation: 'ACCEPT' })), expect: { userErrors: ['NO_SELECTION'] } },
  { name: 'runBulkApplicationOperation: no ids: NO_SELECTION', query: BULK_APPLICATIONS, variables: input(() => ({ ids: [], operation: 'ACCEPT' })), expect: { userErrors: ['NO_SELECTION'] } },
  { name: 'runBulkApplicationOperation: ids and a filter: AMBIGUOUS_SELECTION', query: BULK_APPLICATIONS, variables: input((refs) => ({ ids: [refs['rocketPayg']], filter: {}, operation: 'ACCEPT' })), expect: { userErrors: ['AMBIGUOUS_SELECTION'] } },
  { name: 'runBulkApplicationOperation: exceptIds without a filter: AMBIGUOUS_SELECTION', query: BULK_APPLICATIONS, variables: input((refs) => ({ exceptIds: [refs['rocketPayg']], operation: 'ACCEPT' })), expect: { userErrors: ['AMBIGUOUS_SELECTION'] } },
  { name: 'runBulkApplicationOperation: 251 ids: TOO_MANY_IDS', query: BULK_APPLICATIONS, variables: input(() => ({ ids: unknownApplications(251), operation: 'ACCEPT' })), expect: { userErrors: ['TOO_MANY_IDS'] } },
  {
    name: `runBulkApplicationOperation: a filter with a search over ${MAX_SEARCH_TEXT_LENGTH} characters: BAD_USER_INPUT`,
    query: BULK_APPLICATIONS,
    variables: input(() => ({ filter: { search: tooLongSearch }, operation: 'ACCEPT' })),
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  {
    name: "runBulkApplicationOperation: ACCEPT by filter, every pending application: a job",
    query: BULK_APPLICATIONS,
    variables: input(() => ({ filter: { states: ['PENDING'] }, operation: 'ACCEPT' })),
    expect: 'data',
    values: appValues,
    keep: { acceptJob: 'runBulkApplicationOperation.job.id' },
  },
  { name: 'job: the accept job, once it has finished', query: JOB_FAILURES, variables: jobOf('acceptJob'), expect: 'data', values: appValues, until: (data) => finished(data?.['job']) },
  { name: 'applications: pending now: none', query: APPLICATION_COUNT, variables: () => ({ filter: { states: ['PENDING'] } }), expect: 'data', values: appValues },
  {
    name: 'runBulkApplicationOperation: CHANGE_PLAN by filter (the suspended ones) to the Echo API\'s Unlimited: other products\' fail WRONG_PLAN',
    query: BULK_APPLICATIONS,
    variables: input((refs) => ({ filter: { states: ['SUSPENDED'] }, operation: 'CHANGE_PLAN', planId: refs['echoUnlimited'] })),
    expect: 'data',
    values: appValues,
    keep: { planJob: 'runBulkApplicationOperation.job.id' },
  },
  { name: 'job: the plan job, its failures', query: JOB_FAILURES, variables: jobOf('planJob'), expect: 'data', values: appValues, until: (data) => finished(data?.['job']) },
  {
    name: 'runBulkApplicationOperation: SEND_EMAIL by filter (the API\'s, minus one): a job over two chunks',
    query: BULK_APPLICATIONS,
    variables: input((refs) => ({ filter: { service: refs['apiService'] }, exceptIds: [refs['newestApp'], unknownApplication, 'nope'], operation: 'SEND_EMAIL', subject: 'API news', body: 'Version 2 is out.' })),
    expect: 'data',
    values: appValues,
    keep: { mailJob: 'runBulkApplicationOperation.job.id' },
  },
  { name: 'job: the mail job, once it has finished', query: JOB_FAILURES, variables: jobOf('mailJob'), expect: 'data', values: appValues, until: (data) => finished(data?.['job']) },
  {
    name: 'runBulkApplicationOperation: SUSPEND by filter (Rocket Labs\' live ones, but one)',
    query: BULK_APPLICATIONS,
    variables: input((refs) => ({ filter: { account: refs['rocket'], states: ['LIVE'] }, exceptIds: [refs['rocketMail']], operation: 'SUSPEND' })),
    expect: 'data',
    values: appValues,
    keep: { suspendJob: 'runBulkApplicationOperation.job.id' },
  },
  { name: 'job: the suspend job, once it has finished', query: JOB_FAILURES, variables: jobOf('suspendJob'), expect: 'data', values: appValues, until: (data) => finished(data?.['job']) },
  { name: 'applications: Rocket Labs\', now', query: APPLICATION_ROWS, variables: appsWhere((refs) => ({ account: refs['rocket'] }), 10), expect: 'data', values: appValues, ordered: true },
  { name: 'runBulkApplicationOperation: RESUME by filter, nothing matches: a job of none', query: BULK_APPLICATIONS, variables: input(() => ({ filter: { search: 'no such application' }, operation: 'RESUME' })), expect: 'data', values: appValues, keep: { emptyJob: 'runBulkApplicationOperation.job.id' } },
  { name: 'job: the job of none', query: JOB_FAILURES, variables: jobOf('emptyJob'), expect: 'data', values: appValues, until: (data) => finished(data?.['job']) },
  { name: 'runBulkApplicationOperation: RESUME by filter, Rocket Labs\' suspended ones', query: BULK_APPLICATIONS, variables: input((refs) => ({ filter: { account: refs['rocket'], states: ['SUSPENDED'] }, operation: 'RESUME' })), expect: 'data', values: appValues, keep: { resumeJob: 'runBulkApplicationOperation.job.id' } },
  { name: 'job: the resume job, once it has finished', query: JOB_FAILURES, variables: jobOf('resumeJob'), expect: 'data', values: appValues, until: (data) => finished(data?.['job']) },

  // bulk operations on subscriptions and accounts
  {
    name: 'runBulkServiceSubscriptionOperation: SUSPEND by ids, an unknown one FAILED',
    query: BULK_SUBSCRIPTIONS,
    variables: input((refs) => ({ ids: [refs['devsEmailSub'], refs['rocketEchoSub'], unknownSubscription], operation: 'SUSPEND' })),
    expect: 'data',
    values: appValues,
    ordered: true,
  },
  {
    name: "runBulkServiceSubscriptionOperation: CHANGE_PLAN by ids, another product's subscription FAILED with WRONG_PLAN",
    query: BULK_SUBSCRIPTIONS,
    variables: input((refs) => ({ ids: [refs['devsEmailSub'], refs['rocketEchoSub']], operation: 'CHANGE_PLAN', planId: refs['emailServicePlan'] })),
    expect: 'data',
    values: appValues,
    ordered: true,
  },
  { name: 'runBulkServiceSubscriptionOperation: CHANGE_PLAN to an application plan: INVALID_OPERATION', query: BULK_SUBSCRIPTIONS, variables: input((refs) => ({ ids: [refs['devsEmailSub']], operation: 'CHANGE_PLAN', planId: refs['emailBronze'] })), expect: { userErrors: ['INVALID_OPERATION'] } },
  { name: 'runBulkServiceSubscriptionOperation: RESUME by filter, the suspended ones', query: BULK_SUBSCRIPTIONS, variables: input(() => ({ filter: { states: ['SUSPENDED'] }, operation: 'RESUME' })), expect: 'data', values: appValues, keep: { subsJob: 'runBulkServiceSubscriptionOperation.job.id' } },
  { name: 'job: the subscriptions job, once it has finished', query: JOB_FAILURES, variables: jobOf('subsJob'), expect: 'data', values: appValues, until: (data) => finished(data?.['job']) },
  { name: 'runBulkServiceSubscriptionOperation: SEND_EMAIL by filter, Parity Devs\' subscriptions', query: BULK_SUBSCRIPTIONS, variables: input((refs) => ({ filter: { account: refs['parityDevs'] }, operation: 'SEND_EMAIL', subject: 'Subscribers', body: 'Hello.' })), expect: 'data', values: appValues, keep: { subsMailJob: 'runBulkServiceSubscriptionOperation.job.id' } },
  { name: 'job: the subscribers\' mail job, once it has finished', query: JOB_FAILURES, variables: jobOf('subsMailJob'), expect: 'data', values: appValues, until: (data) => finished(data?.['job']) },
  {
    name: 'runBulkAccountOperation: APPROVE by ids, refused per account (approved, suspended, unknown)',
    query: BULK_ACCOUNTS,
    variables: input((refs) => ({ ids: [refs['rocket'], refs['createdOne'], unknownAccount], operation: 'APPROVE' })),
    expect: 'data',
    values: appValues,
    ordered: true,
  },
  { name: 'runBulkAccountOperation: REJECT by ids', query: BULK_ACCOUNTS, variables: input((refs) => ({ ids: [refs['parityDevs']], operation: 'REJECT' })), expect: 'data', values: appValues, ordered: true },
  { name: 'runBulkAccountOperation: MAKE_PENDING by ids', query: BULK_ACCOUNTS, variables: input((refs) => ({ ids: [refs['parityDevs']], operation: 'MAKE_PENDING' })), expect: 'data', values: appValues, ordered: true },
  { name: 'runBulkAccountOperation: CHANGE_PLAN by ids, the plan it is on', query: BULK_ACCOUNTS, variables: input((refs) => ({ ids: [refs['rocket'], refs['parityDevs']], operation: 'CHANGE_PLAN', planId: refs['acmeAccountPlan'] })), expect: 'data', values: appValues, ordered: true },
  { name: 'runBulkAccountOperation: CHANGE_PLAN without a plan: INVALID_OPERATION', query: BULK_ACCOUNTS, variables: input((refs) => ({ ids: [refs['rocket']], operation: 'CHANGE_PLAN' })), expect: { userErrors: ['INVALID_OPERATION'] } },
  { name: 'runBulkAccountOperation: CHANGE_PLAN to an application plan: INVALID_OPERATION', query: BULK_ACCOUNTS, variables: input((refs) => ({ ids: [refs['rocket']], operation: 'CHANGE_PLAN', planId: refs['emailBronze'] })), expect: { userErrors: ['INVALID_OPERATION'] } },
  { name: 'runBulkAccountOperation: SEND_EMAIL without a subject: INVALID_OPERATION', query: BULK_ACCOUNTS, variables: input((refs) => ({ ids: [refs['rocket']], operation: 'SEND_EMAIL', body: 'x' })), expect: { userErrors: ['INVALID_OPERATION'] } },
  { name: 'runBulkAccountOperation: SEND_EMAIL with a subject over 200: INVALID_OPERATION', query: BULK_ACCOUNTS, variables: input((refs) => ({ ids: [refs['rocket']], operation: 'SEND_EMAIL', subject: longText(201), body: 'x' })), expect: { userErrors: ['INVALID_OPERATION'] } },
  { name: 'runBulkAccountOperation: ids and exceptIds: AMBIGUOUS_SELECTION', query: BULK_ACCOUNTS, variables: input((refs) => ({ ids: [refs['rocket']], exceptIds: [], operation: 'APPROVE' })), expect: { userErrors: ['AMBIGUOUS_SELECTION'] } },
  {
    name: 'runBulkAccountOperation: SEND_EMAIL by filter ("parity"): a job',
    query: BULK_ACCOUNTS,
    variables: input(() => ({ filter: { search: 'parity' }, operation: 'SEND_EMAIL', subject: 'Parity news', body: 'Hello, parity.' })),
    expect: 'data',
    values: appValues,
    keep: { accountsMailJob: 'runBulkAccountOperation.job.id' },
  },
  { name: 'job: the accounts mail job, once it has finished', query: JOB_FAILURES, variables: jobOf('accountsMailJob'), expect: 'data', values: appValues, until: (data) => finished(data?.['job']) },
  {
    name: 'runBulkAccountOperation: APPROVE by filter, the pending ones but Parity Devs: a job',
    query: BULK_ACCOUNTS,
    variables: input((refs) => ({ filter: { states: ['PENDING'] }, exceptIds: [refs['parityDevs']], operation: 'APPROVE' })),
    expect: 'data',
    values: appValues,
    keep: { approveJob: 'runBulkAccountOperation.job.id' },
  },
  { name: 'job: the approve job, once it has finished', query: JOB_FAILURES, variables: jobOf('approveJob'), expect: 'data', values: appValues, until: (data) => finished(data?.['job']) },
  { name: 'accounts: pending now: Parity Devs only', query: ACCOUNT_NAMES, variables: named(() => ({ states: ['PENDING'] })), expect: 'data', values: accountValues },
  { name: 'account: Parity Devs, its messages, newest first', query: ACCOUNT_APPS, variables: (refs) => ({ id: refs['parityDevs'] }), expect: 'data', values: appValues },
  { name: 'outbox: the bulk mail, HELD', query: OUTBOX, variables: () => ({ first: 5, filter: { search: 'Parity news' } }), expect: 'data', values: outboxValues },
  { name: 'auditLog: the messages sent', query: AUDIT_LOG, variables: log(() => ({ event: 'account_message.sent', search: 'Parity' })), expect: 'data', values: auditValues, ordered: false },

  // signups
  { name: 'signupSettings: the defaults', query: SIGNUP_SETTINGS, expect: 'data' },
  { name: 'updateSignupSettings: approval required', query: UPDATE_SIGNUP_SETTINGS, variables: input(() => ({ accountApprovalRequired: true })), expect: 'data' },
  { name: 'updateSignupSettings: the same (nothing recorded)', query: UPDATE_SIGNUP_SETTINGS, variables: input(() => ({ accountApprovalRequired: true, selfSignupEnabled: true })), expect: 'data' },
  {
    name: 'signupExpress: the Tax ID (made required above) left empty, or blank: BLANK at its field, nothing made',
    query: SIGNUP,
    variables: input(() => ({ orgName: 'Fieldless', email: 'fieldless@signup.example', fields: [{ name: 'country', value: 'PT' }, { name: 'vat_code', value: '  ' }] })),
    expect: { userErrors: ['BLANK'] },
  },
  {
    name: 'createFieldDefinition: Phone, a required field of users',
    query: CREATE_FIELD,
    variables: input(() => ({ target: 'USER', name: 'phone', label: 'Phone', required: true })),
    expect: 'data',
    values: ['name', 'label', 'position'],
  },
  {
    name: "signupExpress: the Tax ID given, the user's Phone left empty: BLANK at its user field",
    query: SIGNUP,
    variables: input(() => ({ orgName: 'Fieldless', email: 'fieldless@signup.example', fields: signupFields.fields })),
    expect: { userErrors: ['BLANK'] },
  },
  { name: 'accounts: none of the signups missing fields was kept', query: ACCOUNT_NAMES, variables: named(() => ({ search: 'fieldless' })), expect: 'data', values: accountValues },
  {
    name: 'createAccount: an admin may leave the required fields empty',
    query: CREATE_ACCOUNT,
    variables: input(() => ({ orgName: 'Admin Made', email: 'admin-made@signup.example' })),
    expect: 'data',
    values: accountValues,
  },
  {
    name: 'signupExpress: with approval required: PENDING; the user active (a password); the plans given, a product subscribed for its application',
    query: SIGNUP,
    variables: input((refs) => ({
      orgName: ' Signup One ',
      email: 'one@signup.example',
      password: 'a long enough password',
      fields: [{ name: 'country', value: 'PT' }, ...signupFields.fields],
      userFields: [{ name: 'first_name', value: 'Una' }, ...signupFields.userFields],
      servicePlanIds: [refs['emailServicePlan']],
      applicationPlanIds: [refs['echoPayg'], refs['emailBronze']],
    })),
    expect: 'data',
    values: appValues,
    ordered: true,
    keep: { signupOne: 'signupExpress.account.id' },
  },
  { name: 'updateSignupSettings: no approval', query: UPDATE_SIGNUP_SETTINGS, variables: input(() => ({ accountApprovalRequired: false })), expect: 'data' },
  {
    name: 'signupExpress: no plans at all: APPROVED, the user waits for an invitation',
    query: SIGNUP,
    variables: input(() => ({ orgName: 'Signup Two', email: 'two@signup.example', username: 'signup.two', applicationPlanIds: [], ...signupFields })),
    expect: 'data',
    values: appValues,
    ordered: true,
  },
  {
    name: 'signupExpress: without plan lists, an application on each product\'s default plan',
    query: SIGNUP,
    variables: input(() => ({ orgName: 'Signup Three', email: 'three@signup.example', ...signupFields })),
    expect: 'data',
    values: appValues,
    keep: { signupThree: 'signupExpress.account.id' },
  },
  { name: 'signupExpress: a weak password: INVALID', query: SIGNUP, variables: input(() => ({ orgName: 'Weak', email: 'weak@signup.example', password: 'short' })), expect: { userErrors: ['INVALID'] } },
  { name: 'signupExpress: a taken email: TAKEN', query: SIGNUP, variables: input(() => ({ orgName: 'Again', email: 'ONE@signup.example', applicationPlanIds: [], ...signupFields })), expect: { userErrors: ['TAKEN'] } },
  {
    name: "signupExpress: the account's problems (the name, an unknown field, the Tax ID left empty), the plan at `accountPlanId`",
    query: SIGNUP,
    variables: input(() => ({ orgName: ' ', email: 'bad@signup.example', accountPlanId: unknownPlan, fields: [{ name: 'planet', value: 'x' }] })),
    expect: { userErrors: ['BLANK', 'NOT_FOUND', 'BLANK', 'WRONG_PLAN'] },
  },
  {
    name: 'signupExpress: an application plan among the service plans: WRONG_PLAN at its index, nothing kept',
    query: SIGNUP,
    variables: input((refs) => ({ orgName: 'Rollback', email: 'rollback@signup.example', servicePlanIds: [refs['echoServicePlan'], refs['emailBronze']], ...signupFields })),
    expect: { userErrors: ['WRONG_PLAN'] },
  },
  {
    name: 'signupExpress: two service plans of one product: TAKEN at the second',
    query: SIGNUP,
    variables: input((refs) => ({ orgName: 'Rollback', email: 'rollback@signup.example', servicePlanIds: [refs['emailServicePlan'], refs['emailServicePlan']], ...signupFields })),
    expect: { userErrors: ['TAKEN'] },
  },
  {
    name: "signupExpress: an application's custom plan: WRONG_PLAN at its index, after an application was made (undone)",
    query: SIGNUP,
    variables: input((refs) => ({ orgName: 'Rollback', email: 'rollback@signup.example', applicationPlanIds: [refs['echoBasic'], refs['gatedCustom']], ...signupFields })),
    expect: { userErrors: ['WRONG_PLAN'] },
  },
  { name: 'signupExpress: a malformed application plan id: WRONG_PLAN', query: SIGNUP, variables: input(() => ({ orgName: 'Rollback', email: 'rollback@signup.example', applicationPlanIds: ['nope'], ...signupFields })), expect: { userErrors: ['WRONG_PLAN'] } },
  { name: 'accounts: none of the refused signups was kept', query: ACCOUNT_NAMES, variables: named(() => ({ search: 'rollback' })), expect: 'data', values: accountValues },
  { name: 'signupExpress: with another root field: BAD_USER_INPUT', query: `mutation { signupExpress(input: { orgName: "x", email: "x@signup.example" }) { userErrors { code } } viewer: sendMessage(input: { accountId: "x", subject: "y", body: "z" }) { userErrors { code } } }`, expect: { error: 'BAD_USER_INPUT' } },
  {
    name: 'createAccountPlan: Gated accounts, approval required',
    query: CREATE_ACCOUNT_PLAN,
    variables: () => ({ input: { name: 'Gated accounts', approvalRequired: true } }),
    expect: 'data',
    values: planValues,
    keep: { gatedAccounts: 'createAccountPlan.plan.id' },
  },
  { name: 'signupExpress: on an account plan that requires approval: PENDING', query: SIGNUP, variables: input((refs) => ({ orgName: 'Signup Four', email: 'four@signup.example', accountPlanId: refs['gatedAccounts'], applicationPlanIds: [], ...signupFields })), expect: 'data', values: appValues },
  { name: 'updateSignupSettings: self-signup off', query: UPDATE_SIGNUP_SETTINGS, variables: input(() => ({ selfSignupEnabled: false })), expect: 'data' },
  { name: 'signupExpress: self-signup off: SIGNUP_DISABLED', query: SIGNUP, variables: input(() => ({ orgName: 'Late', email: 'late@signup.example' })), expect: { userErrors: ['SIGNUP_DISABLED'] } },
  { name: 'signupExpress: self-signup off, a weak password: INVALID first', query: SIGNUP, variables: input(() => ({ orgName: 'Late', email: 'late@signup.example', password: 'x' })), expect: { userErrors: ['INVALID'] } },
  { name: 'signupSettings: as changed', query: SIGNUP_SETTINGS, expect: 'data' },
  { name: 'auditLog: the signup settings changed', query: AUDIT_LOG, variables: log(() => ({ event: 'signup_settings' })), expect: 'data', values: auditValues, ordered: true },
  { name: 'auditLog: what the first signup made', query: AUDIT_LOG, variables: log(() => ({ search: 'Signup One' })), expect: 'data', values: auditValues, ordered: true },

  // plan change requests
  {
    name: 'requestApplicationPlanChange: Rocket Metered to Basic, with a message (trimmed)',
    query: REQUEST_PLAN_CHANGE,
    variables: input((refs) => ({ applicationId: refs['rocketPayg'], planId: refs['echoBasic'], message: ' Cheaper, please. ' })),
    expect: 'data',
    values: requestValues,
    keep: { request1: 'requestApplicationPlanChange.planChangeRequest.id' },
  },
  { name: 'requestApplicationPlanChange: a second pending one: TAKEN', query: REQUEST_PLAN_CHANGE, variables: input((refs) => ({ applicationId: refs['rocketPayg'], planId: refs['echoPayg'] })), expect: { userErrors: ['TAKEN'] } },
  { name: 'requestApplicationPlanChange: the plan it is on: WRONG_PLAN', query: REQUEST_PLAN_CHANGE, variables: input((refs) => ({ applicationId: refs['rocketEcho'], planId: refs['echoUnlimited'] })), expect: { userErrors: ['WRONG_PLAN'] } },
  { name: "requestApplicationPlanChange: another product's plan, a message over 20000: TOO_LONG, WRONG_PLAN", query: REQUEST_PLAN_CHANGE, variables: input((refs) => ({ applicationId: refs['rocketEcho'], planId: refs['emailBronze'], message: longText(20_001) })), expect: { userErrors: ['TOO_LONG', 'WRONG_PLAN'] } },
  { name: 'requestApplicationPlanChange: unknown application: NOT_FOUND', query: REQUEST_PLAN_CHANGE, variables: input((refs) => ({ applicationId: unknownApplication, planId: refs['echoBasic'] })), expect: { userErrors: ['NOT_FOUND'] } },
  { name: 'planChangeRequests: pending', query: PLAN_CHANGE_REQUESTS, variables: () => ({ filter: { states: ['PENDING'] } }), expect: 'data', values: requestValues },
  { name: 'planChangeRequests: of another application: none', query: PLAN_CHANGE_REQUESTS, variables: (refs) => ({ filter: { application: refs['rocketEcho'] } }), expect: 'data', values: requestValues },
  { name: 'planChangeRequests: of an account id: none', query: PLAN_CHANGE_REQUESTS, variables: (refs) => ({ filter: { application: refs['rocket'] } }), expect: 'data', values: requestValues },
  { name: 'node: a plan change request', query: APPS_NODE, variables: (refs) => ({ id: refs['request1'] }), expect: 'data', values: requestValues },
  { name: 'approvePlanChangeRequest: the application moves, the account is told', query: APPROVE_PLAN_CHANGE, variables: byId('request1'), expect: 'data', values: requestValues },
  { name: 'approvePlanChangeRequest: again: INVALID_STATE', query: APPROVE_PLAN_CHANGE, variables: byId('request1'), expect: { userErrors: ['INVALID_STATE'] } },
  { name: 'rejectPlanChangeRequest: an approved one: INVALID_STATE', query: REJECT_PLAN_CHANGE, variables: input((refs) => ({ id: refs['request1'], reason: 'No' })), expect: { userErrors: ['INVALID_STATE'] } },
  { name: 'approvePlanChangeRequest: unknown: NOT_FOUND', query: APPROVE_PLAN_CHANGE, variables: input(() => ({ id: unknownRequest })), expect: { userErrors: ['NOT_FOUND'] } },
  { name: 'requestApplicationPlanChange: Rocket Metered to Unlimited', query: REQUEST_PLAN_CHANGE, variables: input((refs) => ({ applicationId: refs['rocketPayg'], planId: refs['echoUnlimited'] })), expect: 'data', values: requestValues, keep: { request2: 'requestApplicationPlanChange.planChangeRequest.id' } },
  { name: 'rejectPlanChangeRequest: a reason over 20000: TOO_LONG', query: REJECT_PLAN_CHANGE, variables: input((refs) => ({ id: refs['request2'], reason: longText(20_001) })), expect: { userErrors: ['TOO_LONG'] } },
  { name: 'rejectPlanChangeRequest: unknown, a reason over 20000: NOT_FOUND first', query: REJECT_PLAN_CHANGE, variables: input(() => ({ id: unknownRequest, reason: longText(20_001) })), expect: { userErrors: ['NOT_FOUND'] } },
  { name: 'rejectPlanChangeRequest: with a reason, sent to the account', query: REJECT_PLAN_CHANGE, variables: input((refs) => ({ id: refs['request2'], reason: ' Not this month. ' })), expect: 'data', values: requestValues },
  {
    name: 'createApplicationPlan: Soon gone, on the Echo API',
    query: CREATE_APP_PLAN,
    variables: (refs) => ({ input: { serviceId: refs['echoService'], name: 'Soon gone' } }),
    expect: 'data',
    values: planValues,
    keep: { soonGone: 'createApplicationPlan.plan.id' },
  },
  {
    name: 'requestApplicationPlanChange: to Soon gone',
    query: REQUEST_PLAN_CHANGE,
    variables: input((refs) => ({ applicationId: refs['rocketPayg'], planId: refs['soonGone'] })),
    expect: 'data',
    values: requestValues,
    keep: { request3: 'requestApplicationPlanChange.planChangeRequest.id' },
  },
  { name: 'deletePlan: Soon gone, a pending request asks for it: PLAN_IN_USE', query: DELETE_PLAN, variables: (refs) => ({ input: { id: refs['soonGone'] } }), expect: { userErrors: ['PLAN_IN_USE'] } },
  { name: 'changeApplicationPlan: Rocket Echo onto Soon gone', query: CHANGE_APPLICATION_PLAN, variables: input((refs) => ({ id: refs['rocketEcho'], planId: refs['soonGone'] })), expect: 'data', values: appValues },
  { name: 'deletePlan: Soon gone, an application on it and a request for it: PLAN_IN_USE', query: DELETE_PLAN, variables: (refs) => ({ input: { id: refs['soonGone'] } }), expect: { userErrors: ['PLAN_IN_USE'] } },
  { name: 'changeApplicationPlan: Rocket Echo back to Unlimited', query: CHANGE_APPLICATION_PLAN, variables: input((refs) => ({ id: refs['rocketEcho'], planId: refs['echoUnlimited'] })), expect: 'data', values: appValues },
  { name: 'rejectPlanChangeRequest: the one to Soon gone, without a reason', query: REJECT_PLAN_CHANGE, variables: input((refs) => ({ id: refs['request3'] })), expect: 'data', values: requestValues },
  { name: 'deletePlan: Soon gone, the decided request to it goes with it', query: DELETE_PLAN, variables: (refs) => ({ input: { id: refs['soonGone'] } }), expect: 'data' },
  { name: "planChangeRequests: Rocket Metered's, newest first", query: PLAN_CHANGE_REQUESTS, variables: (refs) => ({ filter: { application: refs['rocketPayg'] } }), expect: 'data', values: requestValues, ordered: true },
  { name: 'account: Rocket Labs, told of each decision', query: ACCOUNT_APPS, variables: (refs) => ({ id: refs['rocket'], messageFilter: { directions: ['TO_ACCOUNT'] } }), expect: 'data', values: appValues },
  { name: 'auditLog: the plan change requests', query: AUDIT_LOG, variables: log(() => ({ event: 'plan_change_request' })), expect: 'data', values: auditValues, ordered: true },
  { name: 'customizeApplicationPlan: Rocket Echo, "Unlimited (custom)" again', query: CUSTOMIZE_PLAN, variables: byId('rocketEcho'), expect: 'data', values: appValues, keep: { rocketCustom4: 'customizeApplicationPlan.application.plan.id' } },
  {
    name: 'requestApplicationPlanChange: Rocket Echo, from its custom plan to Unlimited',
    query: REQUEST_PLAN_CHANGE,
    variables: input((refs) => ({ applicationId: refs['rocketEcho'], planId: refs['echoUnlimited'] })),
    expect: 'data',
    values: requestValues,
    keep: { request4: 'requestApplicationPlanChange.planChangeRequest.id' },
  },
  { name: 'approvePlanChangeRequest: from a custom plan, which goes with the move; the request names no plan it came from', query: APPROVE_PLAN_CHANGE, variables: byId('request4'), expect: 'data', values: requestValues },
  { name: 'node: the request approved from a custom plan, its fromPlan null', query: APPS_NODE, variables: (refs) => ({ id: refs['request4'] }), expect: 'data', values: requestValues },
  { name: 'plan: the custom plan left on approval: NOT_FOUND', query: CUSTOM_PLAN, variables: (refs) => ({ id: refs['rocketCustom4'] }), expect: { error: 'NOT_FOUND' } },

  // deleting
  { name: 'deleteApplication: Rocket Parity Two, with its keys', query: DELETE_APPLICATION, variables: byId('rocketParity2'), expect: 'data' },
  { name: 'deleteApplication: again: NOT_FOUND', query: DELETE_APPLICATION, variables: byId('rocketParity2'), expect: { userErrors: ['NOT_FOUND'] } },
  { name: 'deleteApplication: on its custom plan, which goes with it', query: DELETE_APPLICATION, variables: byId('rocketGated'), expect: 'data' },
  { name: 'plan: the custom plan of the deleted application: NOT_FOUND', query: CUSTOM_PLAN, variables: (refs) => ({ id: refs['gatedCustom'] }), expect: { error: 'NOT_FOUND' } },
  { name: 'deletePlan: Gated, nobody on it now', query: DELETE_PLAN, variables: (refs) => ({ input: { id: refs['echoGated'] } }), expect: 'data' },
  {
    name: 'createApplication: Parity Devs on the parity product',
    query: CREATE_APPLICATION,
    variables: input((refs) => ({ accountId: refs['parityDevs'], serviceId: refs['paritySvc'], name: 'Devs App' })),
    expect: 'data',
    values: appValues,
    keep: { devsApp: 'createApplication.application.id' },
  },
  { name: 'deleteAccount: Parity Devs, with its users, applications and subscriptions', query: DELETE_ACCOUNT, variables: byAccountId('parityDevs'), expect: 'data' },
  { name: "application: the deleted account's: NOT_FOUND", query: APPLICATION, variables: (refs) => ({ id: refs['devsApp'] }), expect: { error: 'NOT_FOUND' } },
  { name: "serviceSubscriptions: the deleted account's: none", query: SUBSCRIPTIONS, variables: (refs) => ({ filter: { account: refs['parityDevs'] } }), expect: 'data', values: appValues },
  { name: 'createService: Short-lived product', query: CREATE_SERVICE, variables: () => ({ input: { name: 'Short-lived product' } }), expect: 'data', values: catalogValues, keep: { shortProduct: 'createService.service.id' } },
  { name: 'createApplication: of the short-lived product', query: CREATE_APPLICATION, variables: input((refs) => ({ accountId: refs['rocket'], serviceId: refs['shortProduct'], name: 'Short App' })), expect: 'data', values: appValues, keep: { shortApp: 'createApplication.application.id' } },
  ...Array.from({ length: 10 }, (_, batch): ParityStep => ({
    name: `createApplicationPlan: the short-lived product's plans ${batch * 20 + 1}–${batch * 20 + 20} of 200 (past its default ones: LIMIT_REACHED)`,
    query: createAppPlans(batch * 20 + 1, 20),
    variables: (refs) => ({ serviceId: refs['shortProduct'] }),
    expect: 'data',
    values: ['name'],
    ordered: true,
  })),
  { name: 'createApplicationPlan: the short-lived product has 200: LIMIT_REACHED', query: CREATE_APP_PLAN, variables: (refs) => ({ input: { serviceId: refs['shortProduct'], name: 'One too many' } }), expect: { userErrors: ['LIMIT_REACHED'] } },
  { name: 'customizeApplicationPlan: on a product with 200 plans (custom plans do not count)', query: CUSTOMIZE_PLAN, variables: byId('shortApp'), expect: 'data', values: appValues },
  { name: 'deleteService: the short-lived product, with its applications and subscriptions', query: DELETE_SERVICE, variables: (refs) => ({ input: { id: refs['shortProduct'] } }), expect: 'data' },
  { name: "application: the deleted product's: NOT_FOUND", query: APPLICATION, variables: (refs) => ({ id: refs['shortApp'] }), expect: { error: 'NOT_FOUND' } },
  { name: 'account: Rocket Labs, what is left', query: ACCOUNT_APPS, variables: (refs) => ({ id: refs['rocket'] }), expect: 'data', values: appValues },

  // what was recorded, posted and mailed
  { name: 'auditLog: every application event', query: AUDIT_LOG, variables: log(() => ({ event: 'application', search: 'Rocket' })), expect: 'data', values: auditValues, ordered: false },
  { name: 'auditLog: the app keys, masked', query: AUDIT_LOG, variables: log(() => ({ event: 'application_key' })), expect: 'data', values: keyAuditValues, ordered: true },
  { name: 'auditLog: the users deleted with their account', query: AUDIT_LOG, variables: log(() => ({ event: 'account_user.deleted' })), expect: 'data', values: auditValues, ordered: true },
  { name: 'webhookDeliveries: the applications created', query: WEBHOOK_DELIVERIES, variables: deliveriesOf({ event: 'application.created' }, { first: 20 }), expect: 'data', values: appHookValues },
  { name: 'webhookDeliveries: the user keys changed (the key in it, as the API shows it)', query: WEBHOOK_DELIVERIES, variables: deliveriesOf({ event: 'application.user_key_changed' }), expect: 'data', values: appHookValues },
  { name: 'webhookDeliveries: the applications suspended', query: WEBHOOK_DELIVERIES, variables: deliveriesOf({ event: 'application.suspended' }, { first: 50 }), expect: 'data', values: appHookValues },
  { name: 'webhookDeliveries: the applications deleted', query: WEBHOOK_DELIVERIES, variables: deliveriesOf({ event: 'application.deleted' }), expect: 'data', values: appHookValues },
  { name: 'webhookDeliveries: the key events, masked', query: WEBHOOK_DELIVERIES, variables: deliveriesOf({ event: 'application_key' }), expect: 'data', values: appHookValues },
  { name: 'webhookDeliveries: the signups (developer actions)', query: WEBHOOK_DELIVERIES, variables: deliveriesOf({ event: 'account.created' }, { first: 5 }), expect: 'data', values: accountHookValues },
  { name: 'webhookDeliveries: the users deleted with their account', query: WEBHOOK_DELIVERIES, variables: deliveriesOf({ event: 'user.deleted' }), expect: 'data', values: accountHookValues },
  { name: 'notifications, tenant admin: the bulk reports only (it did the rest)', query: NOTIFICATIONS, variables: () => ({ first: 10, filter: { categories: ['APPLICATIONS', 'SERVICE_SUBSCRIPTIONS', 'REPORTS'] } }), expect: 'data', values: notificationValues },
  { name: 'outbox, tenant admin: the mail of new applications, to the member', query: OUTBOX, variables: () => ({ first: 5, filter: { search: 'New application' } }), expect: 'data', values: outboxValues },
];

/** Another tenant's admin: none of Acme's applications, subscriptions, requests or messages, to see or change; its own signup. */
const applicationsOtherTenantSteps: ParityStep[] = [
  {
    name: "login: the second parity tenant's admin, for applications",
    query: LOGIN,
    variables: (refs) => ({ input: { tenant: refs['parityTenant2Subdomain'], email: 'boss@parity.test', password: PARITY_ADMIN_PASSWORD } }),
    expect: 'data',
  },
  { name: 'applications, another tenant: none', query: APPLICATIONS, expect: 'data', values: appValues },
  { name: 'serviceSubscriptions, another tenant: none', query: SUBSCRIPTIONS, expect: 'data', values: appValues },
  { name: 'planChangeRequests, another tenant: none', query: PLAN_CHANGE_REQUESTS, expect: 'data', values: requestValues },
  { name: "signupSettings, another tenant: the defaults (Acme's changes are Acme's)", query: SIGNUP_SETTINGS, expect: 'data' },
  { name: "application: Acme's, another tenant: NOT_FOUND", query: APPLICATION, variables: (refs) => ({ id: refs['rocketEcho'] }), expect: { error: 'NOT_FOUND' } },
  { name: "node: Acme's application, another tenant: NOT_FOUND", query: APPS_NODE, variables: (refs) => ({ id: refs['rocketEcho'] }), expect: { error: 'NOT_FOUND' } },
  { name: "node: Acme's app key, another tenant: NOT_FOUND", query: APPS_NODE, variables: (refs) => ({ id: refs['rocketParityKey'] }), expect: { error: 'NOT_FOUND' } },
  { name: "node: Acme's subscription, another tenant: NOT_FOUND", query: APPS_NODE, variables: (refs) => ({ id: refs['rocketEchoSub'] }), expect: { error: 'NOT_FOUND' } },
  { name: "node: Acme's message, another tenant: NOT_FOUND", query: APPS_NODE, variables: (refs) => ({ id: refs['rocketMessage'] }), expect: { error: 'NOT_FOUND' } },
  { name: "node: Acme's plan change request, another tenant: NOT_FOUND", query: APPS_NODE, variables: (refs) => ({ id: refs['request1'] }), expect: { error: 'NOT_FOUND' } },
  { name: "updateApplication: Acme's, another tenant: NOT_FOUND", query: UPDATE_APPLICATION, variables: input((refs) => ({ id: refs['rocketEcho'], name: 'Mine' })), expect: { userErrors: ['NOT_FOUND'] } },
  { name: "suspendApplication: Acme's, another tenant: NOT_FOUND", query: SUSPEND_APPLICATION, variables: byId('rocketEcho'), expect: { userErrors: ['NOT_FOUND'] } },
  { name: "deleteApplication: Acme's, another tenant: NOT_FOUND", query: DELETE_APPLICATION, variables: byId('rocketEcho'), expect: { userErrors: ['NOT_FOUND'] } },
  { name: "regenerateUserKey: Acme's, another tenant: NOT_FOUND", query: REGENERATE_USER_KEY, variables: byId('rocketEcho'), expect: { userErrors: ['NOT_FOUND'] } },
  { name: "customizeApplicationPlan: Acme's, another tenant: NOT_FOUND", query: CUSTOMIZE_PLAN, variables: byId('rocketEcho'), expect: { userErrors: ['NOT_FOUND'] } },
  { name: "createApplicationKey: Acme's application, another tenant: NOT_FOUND", query: CREATE_KEY, variables: input((refs) => ({ applicationId: refs['rocketParity'] })), expect: { userErrors: ['NOT_FOUND'] } },
  { name: "deleteApplicationKey: Acme's, another tenant: NOT_FOUND", query: DELETE_KEY, variables: byId('rocketParityKey'), expect: { userErrors: ['NOT_FOUND'] } },
  { name: "createApplication: Acme's account and product, another tenant: NOT_FOUND, NOT_FOUND", query: CREATE_APPLICATION, variables: input((refs) => ({ accountId: refs['rocket'], serviceId: refs['echoService'], name: 'Mine' })), expect: { userErrors: ['NOT_FOUND', 'NOT_FOUND'] } },
  { name: "createApplication: its own account, Acme's plan: WRONG_PLAN", query: CREATE_APPLICATION, variables: input((refs) => ({ accountId: refs['otherRocket'], serviceId: refs['otherApi'], name: 'Mine', planId: refs['echoBasic'] })), expect: { userErrors: ['WRONG_PLAN'] } },
  { name: "createServiceSubscription: Acme's account, another tenant: NOT_FOUND", query: CREATE_SUBSCRIPTION, variables: input((refs) => ({ accountId: refs['rocket'], serviceId: refs['otherApi'] })), expect: { userErrors: ['NOT_FOUND'] } },
  { name: "suspendServiceSubscription: Acme's, another tenant: NOT_FOUND", query: SUSPEND_SUBSCRIPTION, variables: byId('rocketEchoSub'), expect: { userErrors: ['NOT_FOUND'] } },
  { name: "sendMessage: to Acme's account, another tenant: NOT_FOUND", query: SEND_MESSAGE, variables: input((refs) => ({ accountId: refs['rocket'], subject: 'Hi', body: 'There' })), expect: { userErrors: ['NOT_FOUND'] } },
  { name: "approvePlanChangeRequest: Acme's, another tenant: NOT_FOUND", query: APPROVE_PLAN_CHANGE, variables: byId('request2'), expect: { userErrors: ['NOT_FOUND'] } },
  { name: "requestApplicationPlanChange: Acme's application, another tenant: NOT_FOUND", query: REQUEST_PLAN_CHANGE, variables: input((refs) => ({ applicationId: refs['rocketEcho'], planId: refs['otherBasic'] })), expect: { userErrors: ['NOT_FOUND'] } },
  { name: "runBulkApplicationOperation: Acme's applications by ids, another tenant: FAILED, NOT_FOUND", query: BULK_APPLICATIONS, variables: input((refs) => ({ ids: [refs['rocketEcho'], refs['rocketPayg']], operation: 'SUSPEND' })), expect: 'data', values: appValues, ordered: true },
  { name: "runBulkApplicationOperation: CHANGE_PLAN to Acme's plan, another tenant: INVALID_OPERATION", query: BULK_APPLICATIONS, variables: input((refs) => ({ ids: [refs['rocketEcho']], operation: 'CHANGE_PLAN', planId: refs['echoBasic'] })), expect: { userErrors: ['INVALID_OPERATION'] } },
  { name: "runBulkApplicationOperation: by filter, another tenant: a job of none of Acme's", query: BULK_APPLICATIONS, variables: input(() => ({ filter: {}, operation: 'SUSPEND' })), expect: 'data', values: appValues, keep: { otherAppsJob: 'runBulkApplicationOperation.job.id' } },
  { name: 'job: the other tenant\'s job, once it has finished', query: JOB_FAILURES, variables: jobOf('otherAppsJob'), expect: 'data', values: appValues, until: (data) => finished(data?.['job']) },
  { name: 'runBulkAccountOperation: SUSPEND is no bulk operation of accounts (enum): BAD_USER_INPUT', query: BULK_ACCOUNTS, variables: input((refs) => ({ ids: [refs['rocket']], operation: 'SUSPEND' })), expect: { error: 'BAD_USER_INPUT' } },
  { name: "runBulkAccountOperation: Acme's account by ids, another tenant: NOT_FOUND", query: BULK_ACCOUNTS, variables: input((refs) => ({ ids: [refs['rocket']], operation: 'REJECT' })), expect: 'data', values: appValues, ordered: true },
  { name: "signupExpress, another tenant: its required field left empty: BLANK (Acme's fields are Acme's)", query: SIGNUP, variables: input(() => ({ orgName: 'Signup One', email: 'one@signup.example' })), expect: { userErrors: ['BLANK'] } },
  {
    name: 'signupExpress, another tenant: its one product\'s default plans',
    query: SIGNUP,
    variables: input(() => ({ orgName: 'Signup One', email: 'one@signup.example', fields: [{ name: 'one_more', value: 'Filled in' }] })),
    expect: 'data',
    values: appValues,
    ordered: true,
    keep: { otherSignupApp: 'signupExpress.applications.0.id' },
  },
  { name: 'customizeApplicationPlan, another tenant: its own application', query: CUSTOMIZE_PLAN, variables: byId('otherSignupApp'), expect: 'data', values: appValues },
  { name: "accounts, another tenant: search Acme's user key: none", query: ACCOUNT_NAMES, variables: named((refs) => ({ search: refs['seededUserKey'] })), expect: 'data', values: accountValues },
  { name: 'applications, another tenant: its own', query: APPLICATIONS, expect: 'data', values: appValues },
];

/** The applications module's root query fields, with the smallest selection. */
const applicationQueries: [string, string][] = [
  ['applications', 'query { applications { totalCount } }'],
  ['application', 'query { application(id: "x") { id } }'],
  ['serviceSubscriptions', 'query { serviceSubscriptions { totalCount } }'],
  ['planChangeRequests', 'query { planChangeRequests { totalCount } }'],
  ['signupSettings', 'query { signupSettings { selfSignupEnabled } }'],
];

/** Every mutation of applications, subscriptions, messages, bulk operations, signups and requests: refused to members and anonymous callers. */
const applicationMutations: [string, string][] = [
  ['createApplication', 'mutation { createApplication(input: { accountId: "x", serviceId: "y", name: "z" }) { userErrors { code } } }'],
  ['updateApplication', 'mutation { updateApplication(input: { id: "x", name: "y" }) { userErrors { code } } }'],
  ['acceptApplication', 'mutation { acceptApplication(input: { id: "x" }) { userErrors { code } } }'],
  ['suspendApplication', 'mutation { suspendApplication(input: { id: "x" }) { userErrors { code } } }'],
  ['resumeApplication', 'mutation { resumeApplication(input: { id: "x" }) { userErrors { code } } }'],
  ['rejectApplication', 'mutation { rejectApplication(input: { id: "x" }) { userErrors { code } } }'],
  ['deleteApplication', 'mutation { deleteApplication(input: { id: "x" }) { userErrors { code } } }'],
  ['changeApplicationPlan', 'mutation { changeApplicationPlan(input: { id: "x", planId: "y" }) { userErrors { code } } }'],
  ['customizeApplicationPlan', 'mutation { customizeApplicationPlan(input: { id: "x" }) { userErrors { code } } }'],
  ['decustomizeApplicationPlan', 'mutation { decustomizeApplicationPlan(input: { id: "x" }) { userErrors { code } } }'],
  ['regenerateUserKey', 'mutation { regenerateUserKey(input: { id: "x" }) { userErrors { code } } }'],
  ['setUserKey', 'mutation { setUserKey(input: { id: "x", userKey: "y" }) { userErrors { code } } }'],
  ['createApplicationKey', 'mutation { createApplicationKey(input: { applicationId: "x" }) { userErrors { code } } }'],
  ['deleteApplicationKey', 'mutation { deleteApplicationKey(input: { id: "x" }) { userErrors { code } } }'],
  ['regenerateClientSecret', 'mutation { regenerateClientSecret(input: { id: "x" }) { userErrors { code } } }'],
  ['runBulkApplicationOperation', 'mutation { runBulkApplicationOperation(input: { ids: ["x"], operation: ACCEPT }) { userErrors { code } } }'],
  ['createServiceSubscription', 'mutation { createServiceSubscription(input: { accountId: "x", serviceId: "y" }) { userErrors { code } } }'],
  ['acceptServiceSubscription', 'mutation { acceptServiceSubscription(input: { id: "x" }) { userErrors { code } } }'],
  ['suspendServiceSubscription', 'mutation { suspendServiceSubscription(input: { id: "x" }) { userErrors { code } } }'],
  ['resumeServiceSubscription', 'mutation { resumeServiceSubscription(input: { id: "x" }) { userErrors { code } } }'],
  ['changeServiceSubscriptionPlan', 'mutation { changeServiceSubscriptionPlan(input: { id: "x", planId: "y" }) { userErrors { code } } }'],
  ['deleteServiceSubscription', 'mutation { deleteServiceSubscription(input: { id: "x" }) { userErrors { code } } }'],
  ['runBulkServiceSubscriptionOperation', 'mutation { runBulkServiceSubscriptionOperation(input: { ids: ["x"], operation: ACCEPT }) { userErrors { code } } }'],
  ['sendMessage', 'mutation { sendMessage(input: { accountId: "x", subject: "y", body: "z" }) { userErrors { code } } }'],
  ['runBulkAccountOperation', 'mutation { runBulkAccountOperation(input: { ids: ["x"], operation: APPROVE }) { userErrors { code } } }'],
  ['updateSignupSettings', 'mutation { updateSignupSettings(input: { selfSignupEnabled: true }) { selfSignupEnabled } }'],
  ['signupExpress', 'mutation { signupExpress(input: { orgName: "x", email: "x@example.com" }) { userErrors { code } } }'],
  ['requestApplicationPlanChange', 'mutation { requestApplicationPlanChange(input: { applicationId: "x", planId: "y" }) { userErrors { code } } }'],
  ['approvePlanChangeRequest', 'mutation { approvePlanChangeRequest(input: { id: "x" }) { userErrors { code } } }'],
  ['rejectPlanChangeRequest', 'mutation { rejectPlanChangeRequest(input: { id: "x" }) { userErrors { code } } }'],
  ['inviteAccountUser', 'mutation { inviteAccountUser(input: { accountId: "x", email: "x@example.com" }) { userErrors { code } } }'],
  ['resendInvitation', 'mutation { resendInvitation(input: { id: "x" }) { userErrors { code } } }'],
  ['acceptInvitation', 'mutation { acceptInvitation(input: { token: "x", password: "a long enough password" }) { userErrors { code } } }'],
];

/** The master tenant has no account plan, nor products: no signup, no application. */
const applicationsMasterSteps: ParityStep[] = [
  { name: 'applications, master: none (not even of other tenants)', query: APPLICATIONS, expect: 'data', values: appValues },
  { name: 'serviceSubscriptions, master: none', query: SUBSCRIPTIONS, expect: 'data', values: appValues },
  { name: 'signupSettings, master: the defaults', query: SIGNUP_SETTINGS, expect: 'data' },
  { name: 'signupExpress, master: no default account plan: WRONG_PLAN at accountPlanId', query: SIGNUP, variables: input(() => ({ orgName: 'Master dev', email: 'dev@master.example' })), expect: { userErrors: ['WRONG_PLAN'] } },
];

/** Members read applications, subscriptions, requests, messages and the signup settings, and hear of new applications; every mutation is refused to them. */
const applicationsMemberSteps: ParityStep[] = [
  {
    name: 'login: the member, for applications',
    query: LOGIN,
    variables: () => ({ input: { tenant: demo.acmeSubdomain, email: demo.memberEmail, password: 'a new member password' } }),
    expect: 'data',
  },
  { name: 'applications, member: newest first', query: APPLICATION_ROWS, variables: () => ({ first: 5 }), expect: 'data', values: appValues, ordered: true },
  { name: 'application, member', query: APPLICATION, variables: (refs) => ({ id: refs['rocketEcho'] }), expect: 'data', values: appValues },
  { name: 'serviceSubscriptions, member', query: SUBSCRIPTION_STATES, variables: (refs) => ({ filter: { account: refs['rocket'] } }), expect: 'data', values: appValues },
  { name: 'planChangeRequests, member', query: PLAN_CHANGE_REQUESTS, variables: (refs) => ({ filter: { application: refs['rocketPayg'] } }), expect: 'data', values: requestValues, ordered: true },
  { name: 'account, member: Rocket Labs with its messages', query: ACCOUNT_APPS, variables: (refs) => ({ id: refs['rocket'] }), expect: 'data', values: appValues },
  { name: 'signupSettings, member', query: SIGNUP_SETTINGS, expect: 'data' },
  {
    name: 'notifications, member: the new applications and subscriptions, the requests, plan changes and deletions',
    query: NOTIFICATIONS,
    variables: () => ({
      first: 20,
      filter: { types: ['APPLICATION_CREATED', 'SERVICE_SUBSCRIPTION_CREATED', 'APPLICATION_PLAN_CHANGE_REQUESTED', 'APPLICATION_CANCELLED', 'SERVICE_SUBSCRIPTION_CANCELLED', 'SERVICE_SUBSCRIPTION_PLAN_CHANGED'] },
    }),
    expect: 'data',
    values: notificationValues,
    ordered: true,
  },
  { name: 'suspendApplication, member, a real application: FORBIDDEN', query: SUSPEND_APPLICATION, variables: byId('rocketEcho'), expect: { error: 'FORBIDDEN' }, values: ['message'] },
  { name: 'updateSignupSettings, member: FORBIDDEN (admins only)', query: UPDATE_SIGNUP_SETTINGS, variables: input(() => ({ selfSignupEnabled: true })), expect: { error: 'FORBIDDEN' }, values: ['message'] },
  { name: 'application, member: nothing was changed', query: APPLICATION, variables: (refs) => ({ id: refs['rocketEcho'] }), expect: 'data', values: appValues },
  ...applicationMutations.map(([field, query]) => ({ name: `${field}, member: FORBIDDEN`, query, expect: { error: 'FORBIDDEN' } as Expectation, values: ['message'] })),
];


// ── invitations (server/src/modules/accounts/invitation.service.ts) ─────────────────────────────────
const INVITE = op(`mutation InviteAccountUser($input: InviteAccountUserInput!) { inviteAccountUser(input: $input) { invitation { ...InvitationParts } ${APP_ERRORS} } }`);
const RESEND_INVITATION = op(`mutation ResendInvitation($input: InvitationIdInput!) { resendInvitation(input: $input) { invitation { ...InvitationParts } ${APP_ERRORS} } }`);
const ACCEPT_INVITATION = op(`mutation AcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { ...AccountUserParts } ${APP_ERRORS} } }`);
const INVITATIONS = op(`query Invitations($id: ID!) {
  account(id: $id) { id orgName users { totalCount } invitations(first: 10) { totalCount pageInfo { ...PageParts } edges { cursor node { ...InvitationParts } } } }
}`);
const INVITATION_NODE = op(`query InvitationNode($id: ID!) { node(id: $id) { __typename id ... on AccountInvitation { ...InvitationParts } } }`);
/** The invitation mail: its link holds a random token (the bodies are not compared; the token is read from them). */
const INVITATION_MAIL = `query InvitationMail($search: String) { outbox(first: 1, filter: { search: $search }) { totalCount nodes { __typename type toAddress subject textBody status attempts } } }`;
const inviteValues = ['email', 'orgName', 'totalCount', 'toAddress', 'subject', 'username', 'name', 'value'];
/** The token of an invitation's link, from the text of its mail (kept as a ref). */
const tokenIn = (mail: string | undefined) => decodeURIComponent(/\/invitations\/(\S+)/.exec(mail ?? '')?.[1] ?? 'none');
const inviteMailOf = (to: string, ref: string): ParityStep => ({
  name: `outbox: the invitation of ${to}, HELD, its link to the developer portal`,
  query: INVITATION_MAIL,
  variables: () => ({ search: to }),
  expect: 'data',
  values: inviteValues,
  keep: { [ref]: 'outbox.nodes.0.textBody' },
});

/** The Acme admin invites people to Rocket Labs; the provider's portal accepts for them with the link's token. */
const invitationsAdminSteps: ParityStep[] = [
  {
    name: 'inviteAccountUser: an admin, the email as given; PENDING, 14 days',
    query: INVITE,
    variables: input((refs) => ({ accountId: refs['rocket'], email: 'New.Dev@Rocket.example', role: 'ADMIN' })),
    expect: 'data',
    values: inviteValues,
    keep: { invite1: 'inviteAccountUser.invitation.id' },
  },
  { name: 'inviteAccountUser: the same email in another case, open: TAKEN', query: INVITE, variables: input((refs) => ({ accountId: refs['rocket'], email: 'new.dev@rocket.EXAMPLE' })), expect: { userErrors: ['TAKEN'] } },
  { name: "inviteAccountUser: a developer user's email: TAKEN", query: INVITE, variables: input((refs) => ({ accountId: refs['rocket'], email: 'ada@rocket.example' })), expect: { userErrors: ['TAKEN'] } },
  { name: 'inviteAccountUser: unknown account: NOT_FOUND', query: INVITE, variables: input(() => ({ accountId: unknownAccount, email: 'x@rocket.example' })), expect: { userErrors: ['NOT_FOUND'] } },
  { name: 'inviteAccountUser: a malformed email (scalar): BAD_USER_INPUT', query: INVITE, variables: input((refs) => ({ accountId: refs['rocket'], email: 'nobody' })), expect: { error: 'BAD_USER_INPUT' } },
  {
    name: 'inviteAccountUser: a member (the default role)',
    query: INVITE,
    variables: input((refs) => ({ accountId: refs['rocket'], email: 'member@rocket.example' })),
    expect: 'data',
    values: inviteValues,
    keep: { invite2: 'inviteAccountUser.invitation.id' },
  },
  inviteMailOf('member@rocket.example', 'invite2FirstMail'),
  { name: 'resendInvitation: a new link, valid 14 days more', query: RESEND_INVITATION, variables: byId('invite2'), expect: 'data', values: inviteValues },
  inviteMailOf('member@rocket.example', 'invite2Mail'),
  { name: 'resendInvitation: unknown: NOT_FOUND', query: RESEND_INVITATION, variables: input(() => ({ id: toGlobalId('AccountInvitation', deadRow) })), expect: { userErrors: ['NOT_FOUND'] } },
  { name: 'acceptInvitation: the replaced link: INVALID_TOKEN', query: ACCEPT_INVITATION, variables: input((refs) => ({ token: tokenIn(refs['invite2FirstMail']), password: 'a long enough password' })), expect: { userErrors: ['INVALID_TOKEN'] } },
  { name: 'acceptInvitation: a weak password, checked first: INVALID', query: ACCEPT_INVITATION, variables: input(() => ({ token: 'nope', password: 'short' })), expect: { userErrors: ['INVALID'] } },
  { name: 'acceptInvitation: an unknown token: INVALID_TOKEN', query: ACCEPT_INVITATION, variables: input(() => ({ token: 'nope', password: 'a long enough password' })), expect: { userErrors: ['INVALID_TOKEN'] } },
  {
    name: 'acceptInvitation: an active member of the account, with the username given',
    query: ACCEPT_INVITATION,
    variables: input((refs) => ({ token: tokenIn(refs['invite2Mail']), username: ' rocket.member ', password: 'a long enough password' })),
    expect: 'data',
    values: inviteValues,
  },
  { name: 'acceptInvitation: its link again: INVALID_TOKEN', query: ACCEPT_INVITATION, variables: input((refs) => ({ token: tokenIn(refs['invite2Mail']), password: 'a long enough password' })), expect: { userErrors: ['INVALID_TOKEN'] } },
  { name: 'resendInvitation: an accepted one: INVALID_STATE', query: RESEND_INVITATION, variables: byId('invite2'), expect: { userErrors: ['INVALID_STATE'] } },
  inviteMailOf('new.dev@rocket.example', 'invite1Mail'),
  {
    name: "acceptInvitation: a username another developer user has, in another case: TAKEN (the invitation stays open)",
    query: ACCEPT_INVITATION,
    variables: input((refs) => ({ token: tokenIn(refs['invite1Mail']), username: 'ROCKET.MEMBER', password: 'a long enough password' })),
    expect: { userErrors: ['TAKEN'] },
  },
  { name: 'acceptInvitation: a malformed username: INVALID', query: ACCEPT_INVITATION, variables: input((refs) => ({ token: tokenIn(refs['invite1Mail']), username: 'a b', password: 'a long enough password' })), expect: { userErrors: ['INVALID'] } },
  {
    name: 'acceptInvitation: the admin, its username from the email',
    query: ACCEPT_INVITATION,
    variables: input((refs) => ({ token: tokenIn(refs['invite1Mail']), password: 'a long enough password' })),
    expect: 'data',
    values: inviteValues,
  },
  {
    name: 'acceptInvitation: with another root field: BAD_USER_INPUT',
    query: `mutation { acceptInvitation(input: { token: "x", password: "a long enough password" }) { userErrors { code } } viewer: resendInvitation(input: { id: "x" }) { userErrors { code } } }`,
    expect: { error: 'BAD_USER_INPUT' },
  },
  {
    name: 'inviteAccountUser: one left open, for the other tenant to try',
    query: INVITE,
    variables: input((refs) => ({ accountId: refs['rocket'], email: 'later@rocket.example' })),
    expect: 'data',
    values: inviteValues,
    keep: { invite3: 'inviteAccountUser.invitation.id' },
  },
  inviteMailOf('later@rocket.example', 'invite3Mail'),
  { name: 'account: Rocket Labs, its invitations, newest first, and its users', query: INVITATIONS, variables: (refs) => ({ id: refs['rocket'] }), expect: 'data', values: inviteValues, ordered: true },
  { name: 'node: an invitation', query: INVITATION_NODE, variables: (refs) => ({ id: refs['invite1'] }), expect: 'data', values: inviteValues },
  { name: 'auditLog: the invitations', query: AUDIT_LOG, variables: log(() => ({ event: 'account_invitation' })), expect: 'data', values: auditValues, ordered: true },
  { name: 'webhookDeliveries: the users who accepted (developer actions)', query: WEBHOOK_DELIVERIES, variables: deliveriesOf({ event: 'user.created' }, { first: 2 }), expect: 'data', values: accountHookValues },
];

/** Another tenant's admin: Acme's invitations are Acme's. */
const invitationsOtherTenantSteps: ParityStep[] = [
  { name: "resendInvitation: Acme's, another tenant: NOT_FOUND", query: RESEND_INVITATION, variables: byId('invite3'), expect: { userErrors: ['NOT_FOUND'] } },
  { name: "acceptInvitation: Acme's token, another tenant: INVALID_TOKEN", query: ACCEPT_INVITATION, variables: input((refs) => ({ token: tokenIn(refs['invite3Mail']), password: 'a long enough password' })), expect: { userErrors: ['INVALID_TOKEN'] } },
  { name: "inviteAccountUser: to Acme's account, another tenant: NOT_FOUND", query: INVITE, variables: input((refs) => ({ accountId: refs['rocket'], email: 'x@rocket.example' })), expect: { userErrors: ['NOT_FOUND'] } },
  { name: "node: Acme's invitation, another tenant: NOT_FOUND", query: INVITATION_NODE, variables: (refs) => ({ id: refs['invite3'] }), expect: { error: 'NOT_FOUND' } },
];

// ── service tokens (server/src/modules/usage/service-token.service.ts) ────────────────────
const SERVICE_TOKEN_ERRORS = 'userErrors { __typename field message code }';
const SERVICE_TOKENS = op(`query ServiceTokens($serviceId: ID!) { serviceTokens(serviceId: $serviceId) { ...ServiceTokenParts } }`);
const CREATE_SERVICE_TOKEN = op(`mutation CreateServiceToken($input: CreateServiceTokenInput!) {
  createServiceToken(input: $input) { token serviceToken { ...ServiceTokenParts } ${SERVICE_TOKEN_ERRORS} }
}`);
const REVOKE_SERVICE_TOKEN = op(`mutation RevokeServiceToken($input: RevokeServiceTokenInput!) {
  revokeServiceToken(input: $input) { serviceToken { ...ServiceTokenParts } ${SERVICE_TOKEN_ERRORS} }
}`);
const SERVICE_TOKEN_NODE = `query ServiceTokenNode($id: ID!) { node(id: $id) { __typename id ... on ServiceToken { name prefix service { id systemName } } } }`;

/** Names are deterministic in these flows; the token and its prefix are compared by format (shape-signature.ts). */
const serviceTokenValues = ['name', 'systemName', 'message'];
const unknownServiceToken = toGlobalId('ServiceToken', deadRow);
const newServiceToken = (serviceId: string | undefined, name: string) => ({ input: { serviceId, name } });
const limitTokenNumbers = Array.from({ length: MAX_SERVICE_TOKENS }, (_, i) => i + 1);

/** The Acme admin: tokens of the demo products, each userError, the limit of one product, and its deletion. */
const serviceTokenAdminSteps: ParityStep[] = [
  { name: 'serviceTokens: Echo API, none yet', query: SERVICE_TOKENS, variables: (refs) => ({ serviceId: refs['echoService'] }), expect: 'data' },
  {
    name: 'createServiceToken: APIcast production on Echo API, the name trimmed',
    query: CREATE_SERVICE_TOKEN,
    variables: (refs) => newServiceToken(refs['echoService'], '  APIcast production '),
    expect: 'data',
    values: serviceTokenValues,
    keep: { echoToken: 'createServiceToken.serviceToken.id' },
  },
  {
    name: 'createServiceToken: APIcast staging on Echo API',
    query: CREATE_SERVICE_TOKEN,
    variables: (refs) => newServiceToken(refs['echoService'], 'APIcast staging'),
    expect: 'data',
    values: serviceTokenValues,
    keep: { echoStagingToken: 'createServiceToken.serviceToken.id' },
  },
  {
    name: `createServiceToken: a name of ${MAX_SERVICE_TOKEN_NAME_LENGTH} characters`,
    query: CREATE_SERVICE_TOKEN,
    variables: (refs) => newServiceToken(refs['echoService'], 'n'.repeat(MAX_SERVICE_TOKEN_NAME_LENGTH)),
    expect: 'data',
    values: serviceTokenValues,
  },
  {
    name: 'createServiceToken: Edge on Email API',
    query: CREATE_SERVICE_TOKEN,
    variables: (refs) => newServiceToken(refs['emailService'], 'Edge'),
    expect: 'data',
    values: serviceTokenValues,
  },
  {
    name: 'serviceTokens: Echo API, oldest first',
    query: SERVICE_TOKENS,
    variables: (refs) => ({ serviceId: refs['echoService'] }),
    expect: 'data',
    values: serviceTokenValues,
    ordered: true,
  },
  {
    name: 'createServiceToken: blank name: BLANK',
    query: CREATE_SERVICE_TOKEN,
    variables: (refs) => newServiceToken(refs['echoService'], ' \t '),
    expect: { userErrors: ['BLANK'] },
  },
  {
    name: `createServiceToken: a name over ${MAX_SERVICE_TOKEN_NAME_LENGTH} characters: TOO_LONG`,
    query: CREATE_SERVICE_TOKEN,
    variables: (refs) => newServiceToken(refs['echoService'], 'n'.repeat(MAX_SERVICE_TOKEN_NAME_LENGTH + 1)),
    expect: { userErrors: ['TOO_LONG'] },
  },
  {
    name: 'createServiceToken: blank name for an unknown product: BLANK (the name is checked first)',
    query: CREATE_SERVICE_TOKEN,
    variables: () => newServiceToken(unknownService, ''),
    expect: { userErrors: ['BLANK'] },
  },
  { name: 'createServiceToken: unknown product: NOT_FOUND', query: CREATE_SERVICE_TOKEN, variables: () => newServiceToken(unknownService, 'Lost'), expect: { userErrors: ['NOT_FOUND'] } },
  { name: 'createServiceToken: malformed product id: NOT_FOUND', query: CREATE_SERVICE_TOKEN, variables: () => newServiceToken('nope', 'Lost'), expect: { userErrors: ['NOT_FOUND'] } },
  {
    name: 'createServiceToken: a method id is no product id: NOT_FOUND',
    query: CREATE_SERVICE_TOKEN,
    variables: (refs) => newServiceToken(refs['echoMethod'], 'Lost'),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  {
    name: 'serviceTokens: unknown product: NOT_FOUND',
    query: SERVICE_TOKENS,
    variables: () => ({ serviceId: unknownService }),
    expect: { error: 'NOT_FOUND' },
    values: ['message'],
  },
  { name: 'serviceTokens: malformed id: NOT_FOUND', query: SERVICE_TOKENS, variables: () => ({ serviceId: 'nope' }), expect: { error: 'NOT_FOUND' }, values: ['message'] },
  {
    name: 'serviceTokens: a token id is no product id: NOT_FOUND',
    query: SERVICE_TOKENS,
    variables: (refs) => ({ serviceId: refs['echoToken'] }),
    expect: { error: 'NOT_FOUND' },
    values: ['message'],
  },
  { name: 'node: a service token', query: SERVICE_TOKEN_NODE, variables: (refs) => ({ id: refs['echoToken'] }), expect: 'data', values: serviceTokenValues },
  { name: 'node: unknown service token: NOT_FOUND', query: SERVICE_TOKEN_NODE, variables: () => ({ id: unknownServiceToken }), expect: { error: 'NOT_FOUND' } },
  {
    name: 'revokeServiceToken: APIcast staging, returned as it was',
    query: REVOKE_SERVICE_TOKEN,
    variables: (refs) => ({ input: { id: refs['echoStagingToken'] } }),
    expect: 'data',
    values: serviceTokenValues,
  },
  {
    name: 'revokeServiceToken: again: NOT_FOUND',
    query: REVOKE_SERVICE_TOKEN,
    variables: (refs) => ({ input: { id: refs['echoStagingToken'] } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  { name: 'revokeServiceToken: unknown id: NOT_FOUND', query: REVOKE_SERVICE_TOKEN, variables: () => ({ input: { id: unknownServiceToken } }), expect: { userErrors: ['NOT_FOUND'] } },
  { name: 'revokeServiceToken: malformed id: NOT_FOUND', query: REVOKE_SERVICE_TOKEN, variables: () => ({ input: { id: 'nope' } }), expect: { userErrors: ['NOT_FOUND'] } },
  {
    name: 'revokeServiceToken: a product id is no token id: NOT_FOUND',
    query: REVOKE_SERVICE_TOKEN,
    variables: (refs) => ({ input: { id: refs['echoService'] } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  { name: 'node: a revoked service token: NOT_FOUND', query: SERVICE_TOKEN_NODE, variables: (refs) => ({ id: refs['echoStagingToken'] }), expect: { error: 'NOT_FOUND' } },
  {
    name: 'serviceTokens: Echo API without the revoked one',
    query: SERVICE_TOKENS,
    variables: (refs) => ({ serviceId: refs['echoService'] }),
    expect: 'data',
    values: serviceTokenValues,
    ordered: true,
  },

  // a product's tokens up to the limit, and a deleted product taking its tokens along
  {
    name: 'createService: Gateway Limits',
    query: CREATE_SERVICE,
    variables: () => ({ input: { name: 'Gateway Limits' } }),
    expect: 'data',
    values: catalogValues,
    keep: { limitSvc: 'createService.service.id' },
  },
  ...limitTokenNumbers.map((n) => ({
    name: `createServiceToken: Gateway ${n} of ${MAX_SERVICE_TOKENS} on Gateway Limits`,
    query: CREATE_SERVICE_TOKEN,
    variables: (refs: Refs) => newServiceToken(refs['limitSvc'], `Gateway ${n}`),
    expect: 'data' as const,
    values: serviceTokenValues,
    keep: { [`limitToken${n}`]: 'createServiceToken.serviceToken.id' },
  })),
  {
    name: 'createServiceToken: one more on a full product: LIMIT_REACHED',
    query: CREATE_SERVICE_TOKEN,
    variables: (refs) => newServiceToken(refs['limitSvc'], 'One too many'),
    expect: { userErrors: ['LIMIT_REACHED'] },
  },
  {
    name: 'createServiceToken: a name too long on a full product: TOO_LONG (the name is checked first)',
    query: CREATE_SERVICE_TOKEN,
    variables: (refs) => newServiceToken(refs['limitSvc'], 'n'.repeat(MAX_SERVICE_TOKEN_NAME_LENGTH + 1)),
    expect: { userErrors: ['TOO_LONG'] },
  },
  { name: 'revokeServiceToken: Gateway 1', query: REVOKE_SERVICE_TOKEN, variables: (refs) => ({ input: { id: refs['limitToken1'] } }), expect: 'data', values: serviceTokenValues },
  {
    name: 'createServiceToken: room again once one is revoked',
    query: CREATE_SERVICE_TOKEN,
    variables: (refs) => newServiceToken(refs['limitSvc'], 'Gateway 11'),
    expect: 'data',
    values: serviceTokenValues,
  },
  {
    name: 'serviceTokens: Gateway Limits, oldest first',
    query: SERVICE_TOKENS,
    variables: (refs) => ({ serviceId: refs['limitSvc'] }),
    expect: 'data',
    values: serviceTokenValues,
    ordered: true,
  },
  { name: 'deleteService: Gateway Limits, with its tokens', query: DELETE_SERVICE, variables: (refs) => ({ input: { id: refs['limitSvc'] } }), expect: 'data' },
  {
    name: 'node: a token gone with its product: NOT_FOUND',
    query: SERVICE_TOKEN_NODE,
    variables: (refs) => ({ id: refs['limitToken2'] }),
    expect: { error: 'NOT_FOUND' },
  },
  {
    name: 'revokeServiceToken: a token gone with its product: NOT_FOUND',
    query: REVOKE_SERVICE_TOKEN,
    variables: (refs) => ({ input: { id: refs['limitToken3'] } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  {
    name: 'serviceTokens: a deleted product: NOT_FOUND',
    query: SERVICE_TOKENS,
    variables: (refs) => ({ serviceId: refs['limitSvc'] }),
    expect: { error: 'NOT_FOUND' },
    values: ['message'],
  },
  {
    name: 'auditLog: service tokens created and revoked (none for those deleted with their product)',
    query: AUDIT_LOG,
    variables: log(() => ({ event: 'service_token' })),
    expect: 'data',
    values: auditValues,
    ordered: true,
  },
];

/** Another tenant's admin: Acme's products and tokens are Acme's. */
const serviceTokenOtherTenantSteps: ParityStep[] = [
  {
    name: "serviceTokens: another tenant's product: NOT_FOUND",
    query: SERVICE_TOKENS,
    variables: (refs) => ({ serviceId: refs['echoService'] }),
    expect: { error: 'NOT_FOUND' },
    values: ['message'],
  },
  { name: 'serviceTokens: its own default product, none', query: SERVICE_TOKENS, variables: (refs) => ({ serviceId: refs['otherApi'] }), expect: 'data' },
  {
    name: "createServiceToken: on another tenant's product: NOT_FOUND",
    query: CREATE_SERVICE_TOKEN,
    variables: (refs) => newServiceToken(refs['echoService'], 'Mine'),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  {
    name: "revokeServiceToken: another tenant's: NOT_FOUND",
    query: REVOKE_SERVICE_TOKEN,
    variables: (refs) => ({ input: { id: refs['echoToken'] } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  { name: "node: another tenant's service token: NOT_FOUND", query: SERVICE_TOKEN_NODE, variables: (refs) => ({ id: refs['echoToken'] }), expect: { error: 'NOT_FOUND' } },
];

/** Gateway credentials are for admins: a member is refused them all, even reading. */
const serviceTokenMemberSteps: ParityStep[] = [
  {
    name: 'serviceTokens, member: FORBIDDEN',
    query: SERVICE_TOKENS,
    variables: (refs) => ({ serviceId: refs['echoService'] }),
    expect: { error: 'FORBIDDEN' },
    values: ['message'],
  },
  {
    name: 'createServiceToken, member: FORBIDDEN',
    query: CREATE_SERVICE_TOKEN,
    variables: (refs) => newServiceToken(refs['echoService'], 'Member gateway'),
    expect: { error: 'FORBIDDEN' },
    values: ['message'],
  },
  {
    name: 'revokeServiceToken, member: FORBIDDEN',
    query: REVOKE_SERVICE_TOKEN,
    variables: (refs) => ({ input: { id: refs['echoToken'] } }),
    expect: { error: 'FORBIDDEN' },
    values: ['message'],
  },
  {
    name: 'node: a service token, member: FORBIDDEN',
    query: SERVICE_TOKEN_NODE,
    variables: (refs) => ({ id: refs['echoToken'] }),
    expect: { error: 'FORBIDDEN' },
    values: ['message'],
  },
];

// ── usage analytics and alerts (server/src/modules/usage/analytics.*.ts, usage-alert.*.ts) ─────────
const ANALYTICS_ERRORS = 'userErrors { __typename field message code }';
const SERIES_FIELDS = 'metric { id systemName } since until timeZone granularity points { __typename start value } total previousTotal';
const USAGE_SERIES = `query UsageSeries($target: UsageTargetInput!, $metric: ID!, $range: UsageRangeInput!, $granularity: UsageGranularity, $timeZone: String) {
  usageSeries(target: $target, metric: $metric, range: $range, granularity: $granularity, timeZone: $timeZone) {
    __typename series { __typename ${SERIES_FIELDS} changePercent } ${ANALYTICS_ERRORS}
  }
}`;
/** Without the change in percent: over the demo history, whether it is a whole number depends on amounts the two sides do not share. */
const USAGE_SERIES_SHAPE = `query UsageSeriesShape($target: UsageTargetInput!, $metric: ID!, $range: UsageRangeInput!, $granularity: UsageGranularity, $timeZone: String) {
  usageSeries(target: $target, metric: $metric, range: $range, granularity: $granularity, timeZone: $timeZone) {
    __typename series { __typename ${SERIES_FIELDS} } ${ANALYTICS_ERRORS}
  }
}`;
const TOP_APPLICATIONS = `query TopApplications($service: ID!, $range: UsageRangeInput!, $metric: ID, $limit: Int, $timeZone: String) {
  topApplications(service: $service, range: $range, metric: $metric, limit: $limit, timeZone: $timeZone) {
    __typename result { __typename metric { id systemName } since until calendarPeriod periodStart applications { __typename application { id name } periodValue value } } ${ANALYTICS_ERRORS}
  }
}`;
const RESPONSE_CODES = `query ResponseCodes($target: ResponseCodesTargetInput!, $range: UsageRangeInput!, $granularity: UsageGranularity, $timeZone: String) {
  responseCodes(target: $target, range: $range, granularity: $granularity, timeZone: $timeZone) {
    __typename series {
      __typename since until timeZone granularity
      points { __typename start informational success redirection clientError serverError } codes { __typename code count }
    }
    ${ANALYTICS_ERRORS}
  }
}`;
const LIMIT_FIELDS = '__typename metric { id systemName } period max current percent periodStart resetAt';
const UTILIZATION = `query Utilization($application: ID!) { utilization(application: $application) { ${LIMIT_FIELDS} } }`;
const POTENTIAL_UPGRADES = `query PotentialUpgrades($first: Int) { potentialUpgrades(first: $first) { __typename application { id name } limit { ${LIMIT_FIELDS} } } }`;
const SIGNUPS = `query Signups($range: UsageRangeInput!, $granularity: UsageGranularity, $timeZone: String) {
  signups(range: $range, granularity: $granularity, timeZone: $timeZone) {
    __typename series { __typename since until timeZone granularity points { __typename start count } total previousTotal } ${ANALYTICS_ERRORS}
  }
}`;
const ENGAGEMENT_ACCOUNT = '__typename account { id orgName } signedUpAt firstHalf secondHalf growthPercent';
const ENGAGEMENT = `query Engagement($days: Int!, $plan: ID) {
  engagementReport(signedUpWithinDays: $days, plan: $plan) {
    __typename
    report { __typename since middle until signups neverUsed { ${ENGAGEMENT_ACCOUNT} } stopped { ${ENGAGEMENT_ACCOUNT} } active { ${ENGAGEMENT_ACCOUNT} } }
    ${ANALYTICS_ERRORS}
  }
}`;
const ALERTS = op(`query Alerts($first: Int, $after: String, $last: Int, $before: String, $filter: UsageAlertFilter, $orderBy: UsageAlertOrder) {
  alerts(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { ...PageParts } edges { cursor node { ...UsageAlertParts } } nodes { id }
  }
}`);
const MARK_ALERTS_READ = op(`mutation MarkAlertsRead($input: MarkAlertsReadInput!) {
  markAlertsRead(input: $input) { __typename alerts { ...UsageAlertParts } userErrors { __typename field message code } }
}`);
const DELETE_ALERTS = `mutation DeleteAlerts($input: DeleteAlertsInput!) { deleteAlerts(input: $input) { __typename deletedAlertIds userErrors { __typename field message code } } }`;
const ALERT_NODE = `query AlertNode($id: ID!) { node(id: $id) { __typename id ... on UsageAlert { kind level } } }`;
const SERVICE_METRICS = `query ServiceMetrics($id: ID!) { service(id: $id) { id metrics { id systemName } } }`;

const unknownAlert = toGlobalId('UsageAlert', deadRow);
const unknownAlerts = (count: number) => Array.from({ length: count }, (_, i) => toGlobalId('UsageAlert', `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`));

/**
 * What is deterministic in these flows without usage: names, enums, time zones, amounts (all 0), and the
 * bounds and buckets of custom ranges (presets move with the clock, between the two sides' runs too).
 */
const usageValues = ['systemName', 'name', 'orgName', 'timeZone', 'total', 'previousTotal', 'changePercent', 'value', 'periodValue', 'count', 'max', 'current', 'percent', 'signups', 'firstHalf', 'secondHalf', 'totalCount'];
const customRangeValues = [...usageValues, 'since', 'until', 'start', 'periodStart'];
/** Over the demo history (the same applications, not the same amounts on both sides): names and enums only. */
const demoHistoryValues = ['systemName', 'timeZone'];

const last = (preset: string) => ({ preset });
const madridDst = { since: '2026-03-27T23:00:00.000Z', until: '2026-03-30T22:00:00.000Z' }; // Madrid: Mar 28 00:00 to Mar 31 00:00, summer time from the 29th
const usageSvc = (refs: Refs) => refs['usageSvc'];
const series = (target: (refs: Refs) => Record<string, unknown>, metric: string, range: Record<string, unknown>, extra: Record<string, unknown> = {}) => (refs: Refs) => ({
  target: target(refs),
  metric: refs[metric],
  range,
  ...extra,
});
const ofService = (refs: Refs) => ({ service: usageSvc(refs) });
/** The tenant's accounts over the last three years, by month: every account the flows left (none older). */
const threeYears = () => ({ since: new Date(Date.now() - 3 * 365 * 86_400_000).toISOString(), until: new Date(Date.now() + 86_400_000).toISOString() });

/** Every analytics and alerts root field, with the smallest selection: refused to anonymous callers. */
const usageQueries: [string, string][] = [
  ['usageSeries', 'query { usageSeries(target: { service: "x" }, metric: "y", range: { preset: LAST_7_DAYS }) { userErrors { code } } }'],
  ['topApplications', 'query { topApplications(service: "x", range: { preset: LAST_7_DAYS }) { userErrors { code } } }'],
  ['responseCodes', 'query { responseCodes(target: { service: "x" }, range: { preset: LAST_7_DAYS }) { userErrors { code } } }'],
  ['utilization', 'query { utilization(application: "x") { period } }'],
  ['potentialUpgrades', 'query { potentialUpgrades { limit { period } } }'],
  ['signups', 'query { signups(range: { preset: LAST_7_DAYS }) { userErrors { code } } }'],
  ['engagementReport', 'query { engagementReport(signedUpWithinDays: 30) { userErrors { code } } }'],
  ['alerts', 'query { alerts { totalCount } }'],
];
const usageMutations: [string, string][] = [
  ['markAlertsRead', 'mutation { markAlertsRead(input: { ids: ["x"] }) { userErrors { code } } }'],
  ['deleteAlerts', 'mutation { deleteAlerts(input: { ids: ["x"] }) { userErrors { code } } }'],
];

/** Members read analytics and alerts as admins do; marking and deleting alerts are mutations, which they cannot run yet. */
const usageMemberSteps: ParityStep[] = [
  {
    name: 'login: the member, for analytics',
    query: LOGIN,
    variables: () => ({ input: { tenant: demo.acmeSubdomain, email: demo.memberEmail, password: 'a new member password' } }),
    expect: 'data',
  },
  {
    name: 'service: the Echo API\'s metrics, hits first, member',
    query: SERVICE_METRICS,
    variables: (refs) => ({ id: refs['echoService'] }),
    expect: 'data',
    values: ['systemName'],
    ordered: true,
    keep: { echoHits: 'service.metrics.0.id' },
  },
  {
    name: "usageSeries, member: the Echo API's hits over the demo history, by day",
    query: USAGE_SERIES_SHAPE,
    variables: series((refs) => ({ service: refs['echoService'] }), 'echoHits', last('LAST_7_DAYS')),
    expect: 'data',
    values: demoHistoryValues,
  },
  { name: 'signups, member: the last 30 days', query: SIGNUPS, variables: () => ({ range: last('LAST_30_DAYS') }), expect: 'data', values: ['timeZone'] },
  { name: 'alerts, member: none', query: ALERTS, expect: 'data', values: usageValues },
  { name: 'markAlertsRead, member: FORBIDDEN', query: MARK_ALERTS_READ, variables: () => ({ input: { ids: [unknownAlert] } }), expect: { error: 'FORBIDDEN' }, values: ['message'] },
  { name: 'deleteAlerts, member: FORBIDDEN', query: DELETE_ALERTS, variables: () => ({ input: { ids: [unknownAlert] } }), expect: { error: 'FORBIDDEN' }, values: ['message'] },
];

/**
 * The Acme admin: a product, applications and an account with no usage (empty series, totals "0", no
 * codes, no ranking, limits at 0), the demo history of the Echo API (points on both sides, amounts
 * compared by format), signups and the engagement cohorts of the accounts the flows left, no alerts;
 * each userError in the server's order of checks, and NOT_FOUND per unknown alert.
 */
const usageAdminSteps: ParityStep[] = [
  { name: 'login: the Acme admin, for analytics', query: LOGIN, variables: () => ({ input: { tenant: demo.acmeSubdomain, email: demo.acmeEmail, password: demo.acmePassword } }), expect: 'data' },
  {
    name: 'createService: Usage Parity, with its hits',
    query: CREATE_SERVICE,
    variables: () => ({ input: { name: 'Usage Parity' } }),
    expect: 'data',
    values: catalogValues,
    keep: { usageSvc: 'createService.service.id', usageHits: 'createService.service.metrics.0.id' },
  },
  {
    name: 'createApplication: Rocket Usage on Usage Parity',
    query: CREATE_APPLICATION,
    variables: input((refs) => ({ accountId: refs['rocket'], serviceId: refs['usageSvc'], name: 'Rocket Usage' })),
    expect: 'data',
    values: appValues,
    keep: { usageApp: 'createApplication.application.id' },
  },
  {
    name: "createApplication: Rocket Daily on the Echo API's Basic (a daily limit)",
    query: CREATE_APPLICATION,
    variables: input((refs) => ({ accountId: refs['rocket'], serviceId: refs['echoService'], planId: refs['echoBasic'], name: 'Rocket Daily' })),
    expect: 'data',
    values: appValues,
    keep: { basicApp: 'createApplication.application.id' },
  },
  {
    name: 'createApplication: Rocket Mailer on Bronze (a throttle, disabled APIs)',
    query: CREATE_APPLICATION,
    variables: input((refs) => ({ accountId: refs['rocket'], serviceId: refs['emailService'], planId: refs['emailBronze'], name: 'Rocket Mailer' })),
    expect: 'data',
    values: appValues,
    keep: { bronzeApp: 'createApplication.application.id' },
  },

  // usageSeries
  { name: 'usageSeries: a product without usage, by day: no points, totals 0', query: USAGE_SERIES, variables: series(ofService, 'usageHits', last('LAST_7_DAYS')), expect: 'data', values: usageValues },
  {
    name: 'usageSeries: an application without usage, the last 24 hours in Madrid, by hour',
    query: USAGE_SERIES,
    variables: series((refs) => ({ application: refs['usageApp'] }), 'usageHits', last('LAST_24_HOURS'), { timeZone: 'Europe/Madrid' }),
    expect: 'data',
    values: usageValues,
  },
  {
    name: "usageSeries: an account's hits of any of the tenant's products, 12 months",
    query: USAGE_SERIES,
    variables: series((refs) => ({ account: refs['rocket'] }), 'echoHits', last('LAST_12_MONTHS')),
    expect: 'data',
    values: usageValues,
  },
  {
    name: "usageSeries: an account's method, 30 days by month in Kolkata",
    query: USAGE_SERIES,
    variables: series((refs) => ({ account: refs['rocket'] }), 'echoMethod', last('LAST_30_DAYS'), { granularity: 'MONTH', timeZone: 'Asia/Kolkata' }),
    expect: 'data',
    values: usageValues,
  },
  {
    name: 'usageSeries: a custom range over the DST change in Madrid, by day, the bounds as given',
    query: USAGE_SERIES,
    variables: series(ofService, 'usageHits', madridDst, { granularity: 'DAY', timeZone: 'Europe/Madrid' }),
    expect: 'data',
    values: customRangeValues,
  },
  {
    name: 'usageSeries: a custom range of exactly 90 days by hour',
    query: USAGE_SERIES,
    variables: series(ofService, 'usageHits', { since: '2026-01-01T00:00:00.000Z', until: '2026-04-01T00:00:00.000Z' }, { granularity: 'HOUR' }),
    expect: 'data',
    values: customRangeValues,
  },
  {
    name: "usageSeries: the Echo API's demo history, by day: points on both sides",
    query: USAGE_SERIES_SHAPE,
    variables: series((refs) => ({ service: refs['echoService'] }), 'echoHits', last('LAST_7_DAYS')),
    expect: 'data',
    values: demoHistoryValues,
  },
  {
    name: "usageSeries: the Echo API's demo history of its echo method, by hour in New York",
    query: USAGE_SERIES_SHAPE,
    variables: series((refs) => ({ service: refs['echoService'] }), 'echoMethod', last('LAST_24_HOURS'), { timeZone: 'America/New_York' }),
    expect: 'data',
    values: demoHistoryValues,
  },
  {
    name: 'usageSeries: two targets: INVALID_TARGET',
    query: USAGE_SERIES,
    variables: series((refs) => ({ service: refs['usageSvc'], account: refs['rocket'] }), 'usageHits', last('LAST_7_DAYS')),
    expect: { userErrors: ['INVALID_TARGET'] },
  },
  { name: 'usageSeries: no target: INVALID_TARGET', query: USAGE_SERIES, variables: series(() => ({}), 'usageHits', last('LAST_7_DAYS')), expect: { userErrors: ['INVALID_TARGET'] } },
  {
    name: 'usageSeries: unknown product: NOT_FOUND (before the range is looked at)',
    query: USAGE_SERIES,
    variables: series(() => ({ service: unknownService }), 'usageHits', {}, { timeZone: 'Mars/Olympus' }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  { name: 'usageSeries: a metric id is no product id: NOT_FOUND', query: USAGE_SERIES, variables: series((refs) => ({ service: refs['usageHits'] }), 'usageHits', last('LAST_7_DAYS')), expect: { userErrors: ['NOT_FOUND'] } },
  { name: 'usageSeries: unknown application: NOT_FOUND', query: USAGE_SERIES, variables: series(() => ({ application: unknownApplication }), 'usageHits', last('LAST_7_DAYS')), expect: { userErrors: ['NOT_FOUND'] } },
  { name: 'usageSeries: unknown account: NOT_FOUND', query: USAGE_SERIES, variables: series(() => ({ account: unknownAccount }), 'usageHits', last('LAST_7_DAYS')), expect: { userErrors: ['NOT_FOUND'] } },
  { name: 'usageSeries: malformed account id: NOT_FOUND', query: USAGE_SERIES, variables: series(() => ({ account: 'nope' }), 'usageHits', last('LAST_7_DAYS')), expect: { userErrors: ['NOT_FOUND'] } },
  { name: 'usageSeries: unknown metric: NOT_FOUND', query: USAGE_SERIES, variables: (refs) => ({ target: ofService(refs), metric: unknownMetric, range: last('LAST_7_DAYS') }), expect: { userErrors: ['NOT_FOUND'] } },
  {
    name: "usageSeries: another product's metric: INVALID_TARGET",
    query: USAGE_SERIES,
    variables: series(ofService, 'echoHits', last('LAST_7_DAYS')),
    expect: { userErrors: ['INVALID_TARGET'] },
  },
  {
    name: "usageSeries: an application and another product's metric: INVALID_TARGET",
    query: USAGE_SERIES,
    variables: series((refs) => ({ application: refs['usageApp'] }), 'echoMethod', last('LAST_7_DAYS')),
    expect: { userErrors: ['INVALID_TARGET'] },
  },
  {
    name: 'usageSeries: an unknown time zone: INVALID_TIME_ZONE (before the range)',
    query: USAGE_SERIES,
    variables: series(ofService, 'usageHits', {}, { timeZone: 'Mars/Olympus' }),
    expect: { userErrors: ['INVALID_TIME_ZONE'] },
  },
  { name: 'usageSeries: an empty time zone: INVALID_TIME_ZONE', query: USAGE_SERIES, variables: series(ofService, 'usageHits', last('LAST_7_DAYS'), { timeZone: '' }), expect: { userErrors: ['INVALID_TIME_ZONE'] } },
  { name: 'usageSeries: no range: INVALID_RANGE', query: USAGE_SERIES, variables: series(ofService, 'usageHits', {}), expect: { userErrors: ['INVALID_RANGE'] } },
  {
    name: 'usageSeries: a preset and a since: INVALID_RANGE',
    query: USAGE_SERIES,
    variables: series(ofService, 'usageHits', { preset: 'LAST_7_DAYS', since: '2026-01-01T00:00:00.000Z' }),
    expect: { userErrors: ['INVALID_RANGE'] },
  },
  { name: 'usageSeries: a since without until: INVALID_RANGE', query: USAGE_SERIES, variables: series(ofService, 'usageHits', { since: '2026-01-01T00:00:00.000Z' }), expect: { userErrors: ['INVALID_RANGE'] } },
  {
    name: 'usageSeries: until before since: INVALID_RANGE',
    query: USAGE_SERIES,
    variables: series(ofService, 'usageHits', { since: '2026-02-01T00:00:00.000Z', until: '2026-01-01T00:00:00.000Z' }),
    expect: { userErrors: ['INVALID_RANGE'] },
  },
  {
    name: 'usageSeries: an empty range: INVALID_RANGE',
    query: USAGE_SERIES,
    variables: series(ofService, 'usageHits', { since: '2026-02-01T00:00:00.000Z', until: '2026-02-01T00:00:00.000Z' }),
    expect: { userErrors: ['INVALID_RANGE'] },
  },
  {
    name: 'usageSeries: a range from before 2000: INVALID_RANGE',
    query: USAGE_SERIES,
    variables: series(ofService, 'usageHits', { since: '1999-12-31T00:00:00.000Z', until: '2000-01-02T00:00:00.000Z' }),
    expect: { userErrors: ['INVALID_RANGE'] },
  },
  {
    name: 'usageSeries: 91 days by hour: RANGE_TOO_LONG',
    query: USAGE_SERIES,
    variables: series(ofService, 'usageHits', { since: '2026-01-01T00:00:00.000Z', until: '2026-04-02T00:00:00.000Z' }, { granularity: 'HOUR' }),
    expect: { userErrors: ['RANGE_TOO_LONG'] },
  },
  {
    name: 'usageSeries: 4 years by day: RANGE_TOO_LONG',
    query: USAGE_SERIES,
    variables: series(ofService, 'usageHits', { since: '2020-01-01T00:00:00.000Z', until: '2024-01-01T00:00:00.000Z' }),
    expect: { userErrors: ['RANGE_TOO_LONG'] },
  },
  {
    name: 'usageSeries: 11 years by month: RANGE_TOO_LONG',
    query: USAGE_SERIES,
    variables: series(ofService, 'usageHits', { since: '2010-01-01T00:00:00.000Z', until: '2021-01-01T00:00:00.000Z' }, { granularity: 'MONTH' }),
    expect: { userErrors: ['RANGE_TOO_LONG'] },
  },
  {
    name: 'usageSeries: a malformed since (scalar): BAD_USER_INPUT',
    query: USAGE_SERIES,
    variables: series(ofService, 'usageHits', { since: 'yesterday', until: '2026-01-01T00:00:00.000Z' }),
    expect: { error: 'BAD_USER_INPUT' },
  },
  { name: 'usageSeries: an unknown preset (enum): BAD_USER_INPUT', query: USAGE_SERIES, variables: series(ofService, 'usageHits', last('LAST_WEEK')), expect: { error: 'BAD_USER_INPUT' } },

  // topApplications
  { name: 'topApplications: a product without usage: none, its hits by default', query: TOP_APPLICATIONS, variables: (refs) => ({ service: refs['usageSvc'], range: last('LAST_7_DAYS') }), expect: 'data', values: usageValues },
  {
    name: 'topApplications: within one UTC day: ranked by the DAY',
    query: TOP_APPLICATIONS,
    variables: (refs) => ({ service: refs['usageSvc'], range: { since: '2026-05-17T00:00:00.000Z', until: '2026-05-18T00:00:00.000Z' } }),
    expect: 'data',
    values: customRangeValues,
  },
  {
    name: 'topApplications: Wednesday to Friday: ranked by the WEEK',
    query: TOP_APPLICATIONS,
    variables: (refs) => ({ service: refs['usageSvc'], metric: refs['usageHits'], range: { since: '2026-05-13T00:00:00.000Z', until: '2026-05-16T00:00:00.000Z' }, limit: 1 }),
    expect: 'data',
    values: customRangeValues,
  },
  {
    name: 'topApplications: across a year end: ranked by the YEAR it ends in',
    query: TOP_APPLICATIONS,
    variables: (refs) => ({ service: refs['usageSvc'], range: { since: '2025-12-25T00:00:00.000Z', until: '2026-01-10T00:00:00.000Z' } }),
    expect: 'data',
    values: customRangeValues,
  },
  {
    name: "topApplications: the Echo API's demo history, the top 3 of 30 days",
    query: TOP_APPLICATIONS,
    variables: (refs) => ({ service: refs['echoService'], range: last('LAST_30_DAYS'), limit: 3, timeZone: 'Europe/Madrid' }),
    expect: 'data',
    values: demoHistoryValues,
  },
  { name: 'topApplications: limit 0: INVALID_RANGE', query: TOP_APPLICATIONS, variables: (refs) => ({ service: refs['usageSvc'], range: last('LAST_7_DAYS'), limit: 0 }), expect: { userErrors: ['INVALID_RANGE'] } },
  {
    name: 'topApplications: limit 11 of an unknown product: INVALID_RANGE (the limit first)',
    query: TOP_APPLICATIONS,
    variables: () => ({ service: unknownService, range: last('LAST_7_DAYS'), limit: 11 }),
    expect: { userErrors: ['INVALID_RANGE'] },
  },
  { name: 'topApplications: unknown product: NOT_FOUND', query: TOP_APPLICATIONS, variables: () => ({ service: unknownService, range: last('LAST_7_DAYS') }), expect: { userErrors: ['NOT_FOUND'] } },
  { name: 'topApplications: unknown metric: NOT_FOUND', query: TOP_APPLICATIONS, variables: (refs) => ({ service: refs['usageSvc'], metric: 'nope', range: last('LAST_7_DAYS') }), expect: { userErrors: ['NOT_FOUND'] } },
  {
    name: "topApplications: another product's metric: INVALID_TARGET",
    query: TOP_APPLICATIONS,
    variables: (refs) => ({ service: refs['usageSvc'], metric: refs['echoMethod'], range: last('LAST_7_DAYS') }),
    expect: { userErrors: ['INVALID_TARGET'] },
  },
  {
    name: 'topApplications: an unknown time zone: INVALID_TIME_ZONE',
    query: TOP_APPLICATIONS,
    variables: (refs) => ({ service: refs['usageSvc'], range: last('LAST_7_DAYS'), timeZone: 'Europe/Atlantis' }),
    expect: { userErrors: ['INVALID_TIME_ZONE'] },
  },
  {
    name: 'topApplications: 100 days (summed from daily counters), across months: ranked by the YEAR',
    query: TOP_APPLICATIONS,
    variables: (refs) => ({ service: refs['usageSvc'], range: { since: '2025-01-01T00:00:00.000Z', until: '2025-04-11T00:00:00.000Z' } }),
    expect: 'data',
    values: customRangeValues,
  },
  {
    name: 'topApplications: 4 years: RANGE_TOO_LONG',
    query: TOP_APPLICATIONS,
    variables: (refs) => ({ service: refs['usageSvc'], range: { since: '2020-01-01T00:00:00.000Z', until: '2024-01-01T00:00:00.000Z' } }),
    expect: { userErrors: ['RANGE_TOO_LONG'] },
  },

  // responseCodes
  {
    name: 'responseCodes: a product without usage: no points, no codes',
    query: RESPONSE_CODES,
    variables: (refs) => ({ target: ofService(refs), range: last('LAST_24_HOURS') }),
    expect: 'data',
    values: usageValues,
  },
  {
    name: 'responseCodes: an application without usage, a custom range by month in Santiago',
    query: RESPONSE_CODES,
    variables: (refs) => ({ target: { application: refs['usageApp'] }, range: { since: '2026-01-01T00:00:00.000Z', until: '2026-10-01T00:00:00.000Z' }, granularity: 'MONTH', timeZone: 'America/Santiago' }),
    expect: 'data',
    values: customRangeValues,
  },
  {
    name: "responseCodes: the Echo API's demo history: 200, 404 and 503 on both sides",
    query: RESPONSE_CODES,
    variables: (refs) => ({ target: { service: refs['echoService'] }, range: last('LAST_7_DAYS') }),
    expect: 'data',
    values: demoHistoryValues,
  },
  {
    name: 'responseCodes: a product and an application: INVALID_TARGET',
    query: RESPONSE_CODES,
    variables: (refs) => ({ target: { service: refs['usageSvc'], application: refs['usageApp'] }, range: last('LAST_7_DAYS') }),
    expect: { userErrors: ['INVALID_TARGET'] },
  },
  { name: 'responseCodes: no target: INVALID_TARGET', query: RESPONSE_CODES, variables: () => ({ target: {}, range: last('LAST_7_DAYS') }), expect: { userErrors: ['INVALID_TARGET'] } },
  { name: 'responseCodes: unknown product: NOT_FOUND', query: RESPONSE_CODES, variables: () => ({ target: { service: unknownService }, range: last('LAST_7_DAYS') }), expect: { userErrors: ['NOT_FOUND'] } },
  {
    name: 'responseCodes: an account id is no application id: NOT_FOUND',
    query: RESPONSE_CODES,
    variables: (refs) => ({ target: { application: refs['rocket'] }, range: last('LAST_7_DAYS') }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  {
    name: 'responseCodes: until before since: INVALID_RANGE',
    query: RESPONSE_CODES,
    variables: (refs) => ({ target: ofService(refs), range: { since: '2026-03-01T00:00:00.000Z', until: '2026-02-01T00:00:00.000Z' } }),
    expect: { userErrors: ['INVALID_RANGE'] },
  },
  { name: 'responseCodes: an unknown time zone: INVALID_TIME_ZONE', query: RESPONSE_CODES, variables: (refs) => ({ target: ofService(refs), range: last('LAST_7_DAYS'), timeZone: 'GMT+25' }), expect: { userErrors: ['INVALID_TIME_ZONE'] } },

  // utilization and potential upgrades
  { name: 'utilization: a plan without limits: none', query: UTILIZATION, variables: (refs) => ({ application: refs['usageApp'] }), expect: 'data', values: usageValues },
  { name: "utilization: the Echo API's Basic: 0 of its daily limit, reset at midnight UTC", query: UTILIZATION, variables: (refs) => ({ application: refs['basicApp'] }), expect: 'data', values: usageValues },
  {
    name: 'utilization: Bronze: 0 of its throttle; disabled APIs with no percent, per eternity with no reset',
    query: UTILIZATION,
    variables: (refs) => ({ application: refs['bronzeApp'] }),
    expect: 'data',
    values: usageValues,
  },
  { name: 'utilization: unknown application: NOT_FOUND', query: UTILIZATION, variables: () => ({ application: unknownApplication }), expect: { error: 'NOT_FOUND' }, values: ['message'] },
  { name: 'utilization: a product id is no application id: NOT_FOUND', query: UTILIZATION, variables: (refs) => ({ application: refs['usageSvc'] }), expect: { error: 'NOT_FOUND' }, values: ['message'] },
  { name: 'potentialUpgrades: first 0 (page size): BAD_USER_INPUT', query: POTENTIAL_UPGRADES, variables: () => ({ first: 0 }), expect: { error: 'BAD_USER_INPUT' } },

  // signups and engagement
  { name: 'signups: the last 30 days, by day', query: SIGNUPS, variables: () => ({ range: last('LAST_30_DAYS') }), expect: 'data', values: ['timeZone', 'granularity'] },
  {
    name: "signups: three years by month: every one of the tenant's accounts, none before",
    query: SIGNUPS,
    variables: () => ({ range: threeYears(), granularity: 'MONTH' }),
    expect: 'data',
    values: ['timeZone', 'granularity', 'total', 'previousTotal'],
  },
  {
    name: 'signups: local days over the DST change in Madrid: 24, 23 and 24 hours',
    query: SIGNUPS,
    variables: () => ({ range: madridDst, granularity: 'DAY', timeZone: 'Europe/Madrid' }),
    expect: 'data',
    values: ['timeZone', 'granularity', 'since', 'until', 'start'],
    ordered: true,
  },
  {
    name: 'signups: hours in Kolkata start at half past a UTC hour',
    query: SIGNUPS,
    variables: () => ({ range: { since: '2026-03-10T00:00:00.000Z', until: '2026-03-10T06:00:00.000Z' }, granularity: 'HOUR', timeZone: 'Asia/Kolkata' }),
    expect: 'data',
    values: ['timeZone', 'granularity', 'since', 'until', 'start'],
    ordered: true,
  },
  {
    name: 'signups: months in Santiago start at local midnight, before and after its DST change',
    query: SIGNUPS,
    variables: () => ({ range: { since: '2025-08-15T00:00:00.000Z', until: '2025-11-15T00:00:00.000Z' }, granularity: 'MONTH', timeZone: 'America/Santiago' }),
    expect: 'data',
    values: ['timeZone', 'granularity', 'since', 'until', 'start'],
    ordered: true,
  },
  {
    name: 'signups: a Santiago day without a midnight (spring forward at 00:00) starts at the old offset’s midnight',
    query: SIGNUPS,
    variables: () => ({ range: { since: '2026-09-05T04:00:00.000Z', until: '2026-09-08T03:00:00.000Z' }, granularity: 'DAY', timeZone: 'America/Santiago' }),
    expect: 'data',
    values: ['timeZone', 'granularity', 'since', 'until', 'start'],
    ordered: true,
  },
  {
    name: 'signups: a Havana day whose midnight comes twice (fall back at 01:00) starts at the later one',
    query: SIGNUPS,
    variables: () => ({ range: { since: '2026-10-31T04:00:00.000Z', until: '2026-11-02T05:00:00.000Z' }, granularity: 'DAY', timeZone: 'America/Havana' }),
    expect: 'data',
    values: ['timeZone', 'granularity', 'since', 'until', 'start'],
    ordered: true,
  },
  { name: 'signups: an unknown time zone: INVALID_TIME_ZONE', query: SIGNUPS, variables: () => ({ range: last('LAST_7_DAYS'), timeZone: 'Moon/Tranquility' }), expect: { userErrors: ['INVALID_TIME_ZONE'] } },
  { name: 'signups: an until alone: INVALID_RANGE', query: SIGNUPS, variables: () => ({ range: { until: '2026-01-01T00:00:00.000Z' } }), expect: { userErrors: ['INVALID_RANGE'] } },
  {
    name: 'signups: 100 days by hour: RANGE_TOO_LONG',
    query: SIGNUPS,
    variables: () => ({ range: { since: '2025-01-01T00:00:00.000Z', until: '2025-04-11T00:00:00.000Z' }, granularity: 'HOUR' }),
    expect: { userErrors: ['RANGE_TOO_LONG'] },
  },
  {
    name: 'engagementReport: the last day: the accounts the flows made, never used, oldest first',
    query: ENGAGEMENT,
    variables: () => ({ days: 1 }),
    expect: 'data',
    values: usageValues,
    ordered: true,
  },
  {
    name: "engagementReport: the last day, on the tenant's account plan",
    query: ENGAGEMENT,
    variables: (refs) => ({ days: 1, plan: refs['acmeAccountPlan'] }),
    expect: 'data',
    values: usageValues,
    ordered: true,
  },
  {
    name: "engagementReport: the last day, on the Echo API's Basic (an application's plan)",
    query: ENGAGEMENT,
    variables: (refs) => ({ days: 1, plan: refs['echoBasic'] }),
    expect: 'data',
    values: usageValues,
    ordered: true,
  },
  { name: 'engagementReport: 0 days: INVALID_RANGE', query: ENGAGEMENT, variables: () => ({ days: 0 }), expect: { userErrors: ['INVALID_RANGE'] } },
  { name: 'engagementReport: 366 days: INVALID_RANGE', query: ENGAGEMENT, variables: () => ({ days: 366 }), expect: { userErrors: ['INVALID_RANGE'] } },
  { name: 'engagementReport: 366 days of an unknown plan: INVALID_RANGE (the window first)', query: ENGAGEMENT, variables: () => ({ days: 366, plan: unknownPlan }), expect: { userErrors: ['INVALID_RANGE'] } },
  { name: 'engagementReport: unknown plan: NOT_FOUND', query: ENGAGEMENT, variables: () => ({ days: 30, plan: unknownPlan }), expect: { userErrors: ['NOT_FOUND'] } },
  { name: 'engagementReport: an account id is no plan id: NOT_FOUND', query: ENGAGEMENT, variables: (refs) => ({ days: 30, plan: refs['rocket'] }), expect: { userErrors: ['NOT_FOUND'] } },

  // alerts
  { name: 'alerts: none (the usage endpoint raised none)', query: ALERTS, expect: 'data', values: usageValues },
  {
    name: "alerts: the Echo API's unread violations, by level: none",
    query: ALERTS,
    variables: (refs) => ({ first: 5, filter: { service: refs['echoService'], unread: true, kinds: ['VIOLATION'] }, orderBy: { field: 'LEVEL', direction: 'ASC' } }),
    expect: 'data',
    values: usageValues,
  },
  { name: 'alerts: an application filter of another type: none', query: ALERTS, variables: (refs) => ({ filter: { application: refs['rocket'], account: 'nope' } }), expect: 'data', values: usageValues },
  { name: 'alerts: last 2: none', query: ALERTS, variables: () => ({ last: 2, filter: { unread: false } }), expect: 'data', values: usageValues },
  { name: 'alerts: first and last: BAD_USER_INPUT', query: ALERTS, variables: () => ({ first: 2, last: 2 }), expect: { error: 'BAD_USER_INPUT' }, values: ['message'] },
  { name: 'alerts: a malformed cursor: BAD_USER_INPUT', query: ALERTS, variables: () => ({ first: 2, after: 'nope' }), expect: { error: 'BAD_USER_INPUT' }, values: ['message'] },
  { name: 'node: unknown usage alert: NOT_FOUND', query: ALERT_NODE, variables: () => ({ id: unknownAlert }), expect: { error: 'NOT_FOUND' } },
  {
    name: 'markAlertsRead: unknown and malformed ids: NOT_FOUND for each, by its place',
    query: MARK_ALERTS_READ,
    variables: () => ({ input: { ids: [unknownAlert, 'nope', unknownAlert] } }),
    expect: { userErrors: ['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND'] },
  },
  {
    name: 'markAlertsRead: unread again, an application id: NOT_FOUND',
    query: MARK_ALERTS_READ,
    variables: (refs) => ({ input: { ids: [refs['usageApp']], read: false } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  { name: 'markAlertsRead: no ids: nothing', query: MARK_ALERTS_READ, variables: () => ({ input: { ids: [] } }), expect: 'data' },
  { name: 'markAlertsRead: 101 ids: TOO_MANY', query: MARK_ALERTS_READ, variables: () => ({ input: { ids: unknownAlerts(101) } }), expect: { userErrors: ['TOO_MANY'] } },
  { name: 'markAlertsRead: 100 unknown ids: NOT_FOUND each', query: MARK_ALERTS_READ, variables: () => ({ input: { ids: unknownAlerts(100) } }), expect: { userErrors: Array<string>(100).fill('NOT_FOUND') } },
  {
    name: 'deleteAlerts: unknown and malformed ids: NOT_FOUND for each, by its place',
    query: DELETE_ALERTS,
    variables: () => ({ input: { ids: [unknownAlert, 'nope'] } }),
    expect: { userErrors: ['NOT_FOUND', 'NOT_FOUND'] },
  },
  { name: 'deleteAlerts: no ids: nothing', query: DELETE_ALERTS, variables: () => ({ input: { ids: [] } }), expect: 'data' },
  { name: 'deleteAlerts: 101 ids: TOO_MANY', query: DELETE_ALERTS, variables: () => ({ input: { ids: unknownAlerts(101) } }), expect: { userErrors: ['TOO_MANY'] } },
];

/** Another tenant's admin: none of Acme's products, applications or accounts; its own, without usage. */
const usageOtherTenantSteps: ParityStep[] = [
  {
    name: "login: the second parity tenant's admin, for analytics",
    query: LOGIN,
    variables: (refs) => ({ input: { tenant: refs['parityTenant2Subdomain'], email: 'boss@parity.test', password: PARITY_ADMIN_PASSWORD } }),
    expect: 'data',
  },
  {
    name: 'service: its default product, hits first',
    query: SERVICE_METRICS,
    variables: (refs) => ({ id: refs['otherApi'] }),
    expect: 'data',
    values: ['systemName'],
    ordered: true,
    keep: { otherHits: 'service.metrics.0.id' },
  },
  { name: 'usageSeries, another tenant: its own product, no usage', query: USAGE_SERIES, variables: series((refs) => ({ service: refs['otherApi'] }), 'otherHits', last('LAST_30_DAYS')), expect: 'data', values: usageValues },
  {
    name: "usageSeries, another tenant: Acme's product: NOT_FOUND",
    query: USAGE_SERIES,
    variables: series((refs) => ({ service: refs['echoService'] }), 'otherHits', last('LAST_7_DAYS')),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  {
    name: "usageSeries, another tenant: Acme's metric: NOT_FOUND",
    query: USAGE_SERIES,
    variables: series((refs) => ({ service: refs['otherApi'] }), 'echoHits', last('LAST_7_DAYS')),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  {
    name: "usageSeries, another tenant: Acme's account: NOT_FOUND",
    query: USAGE_SERIES,
    variables: series((refs) => ({ account: refs['rocket'] }), 'otherHits', last('LAST_7_DAYS')),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  { name: "topApplications, another tenant: Acme's product: NOT_FOUND", query: TOP_APPLICATIONS, variables: (refs) => ({ service: refs['echoService'], range: last('LAST_7_DAYS') }), expect: { userErrors: ['NOT_FOUND'] } },
  { name: 'topApplications, another tenant: its own product: none', query: TOP_APPLICATIONS, variables: (refs) => ({ service: refs['otherApi'], range: last('LAST_12_MONTHS') }), expect: 'data', values: usageValues },
  {
    name: "responseCodes, another tenant: Acme's application: NOT_FOUND",
    query: RESPONSE_CODES,
    variables: (refs) => ({ target: { application: refs['basicApp'] }, range: last('LAST_7_DAYS') }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  { name: "utilization, another tenant: Acme's application: NOT_FOUND", query: UTILIZATION, variables: (refs) => ({ application: refs['basicApp'] }), expect: { error: 'NOT_FOUND' }, values: ['message'] },
  { name: 'utilization, another tenant: its own application', query: UTILIZATION, variables: (refs) => ({ application: refs['otherSignupApp'] }), expect: 'data', values: usageValues },
  { name: 'potentialUpgrades, another tenant: none', query: POTENTIAL_UPGRADES, expect: 'data' },
  { name: 'potentialUpgrades, another tenant: first 100 (at most 50): none', query: POTENTIAL_UPGRADES, variables: () => ({ first: 100 }), expect: 'data' },
  {
    name: 'signups, another tenant: three years: its own accounts only',
    query: SIGNUPS,
    variables: () => ({ range: threeYears(), granularity: 'MONTH' }),
    expect: 'data',
    values: ['timeZone', 'granularity', 'total', 'previousTotal'],
  },
  { name: 'engagementReport, another tenant: the last 30 days, its own accounts', query: ENGAGEMENT, variables: () => ({ days: 30 }), expect: 'data', values: usageValues, ordered: true },
  { name: "engagementReport, another tenant: Acme's plan: NOT_FOUND", query: ENGAGEMENT, variables: (refs) => ({ days: 30, plan: refs['echoBasic'] }), expect: { userErrors: ['NOT_FOUND'] } },
  { name: 'alerts, another tenant: none', query: ALERTS, expect: 'data', values: usageValues },
  { name: 'markAlertsRead, another tenant: unknown: NOT_FOUND', query: MARK_ALERTS_READ, variables: () => ({ input: { ids: [unknownAlert] } }), expect: { userErrors: ['NOT_FOUND'] } },
  { name: 'deleteAlerts, another tenant: unknown: NOT_FOUND', query: DELETE_ALERTS, variables: () => ({ input: { ids: [unknownAlert] } }), expect: { userErrors: ['NOT_FOUND'] } },
];

const UPDATE_TENANT_SETTINGS = op(`mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {
  updateTenantSettings(input: $input) { tenant { ...TenantParts } userErrors { __typename field message code } }
}`);
const tenantValues = ['name', 'subdomain', 'timeZone', 'event', 'summary', 'from', 'to', 'total', 'previousTotal'];

/** A tenant's own settings: its name and time zone, the default of its analytics (the second parity tenant's admin). */
const tenantSettingsSteps: ParityStep[] = [
  {
    name: "login: the second parity tenant's admin, for its settings",
    query: LOGIN,
    variables: (refs) => ({ input: { tenant: refs['parityTenant2Subdomain'], email: 'boss@parity.test', password: PARITY_ADMIN_PASSWORD } }),
    expect: 'data',
  },
  { name: 'viewer: the tenant, in UTC', query: VIEWER, expect: 'data', values: tenantValues },
  {
    name: 'updateTenantSettings: a blank name and an unknown time zone: BLANK and INVALID, nothing changed',
    query: UPDATE_TENANT_SETTINGS,
    variables: () => ({ input: { name: '  ', timeZone: 'Mars/Olympus' } }),
    expect: { userErrors: ['BLANK', 'INVALID'] },
    values: ['field', 'message'],
  },
  { name: 'updateTenantSettings: a name too long: TOO_LONG', query: UPDATE_TENANT_SETTINGS, variables: () => ({ input: { name: 'x'.repeat(101) } }), expect: { userErrors: ['TOO_LONG'] } },
  {
    name: 'updateTenantSettings: asia/tokyo, stored as Asia/Tokyo',
    query: UPDATE_TENANT_SETTINGS,
    variables: () => ({ input: { timeZone: ' asia/tokyo ' } }),
    expect: 'data',
    values: tenantValues,
  },
  { name: 'updateTenantSettings: the same again: nothing recorded', query: UPDATE_TENANT_SETTINGS, variables: () => ({ input: { timeZone: 'Asia/Tokyo' } }), expect: 'data', values: tenantValues },
  {
    name: 'usageSeries without a time zone: the tenant\'s (Asia/Tokyo)',
    query: USAGE_SERIES,
    variables: (refs) => ({ target: { service: refs['otherApi'] }, metric: refs['otherHits'], range: last('LAST_7_DAYS'), granularity: 'DAY' }),
    expect: 'data',
    values: tenantValues,
  },
  { name: 'auditLog: tenant.updated, once', query: AUDIT_LOG, variables: log(() => ({ event: 'tenant.updated' })), expect: 'data', values: auditValues },
  { name: 'auditLog: from the year 0 (PostgreSQL has none): BAD_USER_INPUT', query: AUDIT_LOG, variables: log(() => ({ from: '0000-01-01T00:00:00Z' })), expect: { error: 'BAD_USER_INPUT' } },
];

/** Signed out: every analytics and alerts field needs a session. */
const usageAnonymousSteps: ParityStep[] = [
  { name: 'logout, after analytics', query: LOGOUT, expect: 'data' },
  ...[...usageQueries, ...usageMutations].map(([field, query]) => ({ name: `${field}, anonymous: UNAUTHENTICATED`, query, expect: { error: 'UNAUTHENTICATED' } as Expectation, values: ['message'] })),
];

const tooDeep = `query { viewer { tenant { users { nodes { tenant { users { nodes { tenant { users { nodes { tenant { users { nodes { id } } } } } } } } } } } } } }`;
const tooManyAliases = `query { ${Array.from({ length: 21 }, (_, i) => `v${i}: viewer { id }`).join(' ')} }`;

export const parityFlows: ParityStep[] = [
  // ── anonymous ──────────────────────────────────────────────────────────────────────────
  { name: 'viewer, anonymous: null', query: VIEWER, expect: 'data' },
  ...anonymousRefusals.map(([field, query]) => ({ name: `${field}, anonymous: UNAUTHENTICATED`, query, expect: { error: 'UNAUTHENTICATED' } })),
  ...[...planQueries, ...planMutations].map(([field, query]) => ({ name: `${field}, anonymous: UNAUTHENTICATED`, query, expect: { error: 'UNAUTHENTICATED' } as Expectation })),
  ...[...accountQueries, ...accountMutations].map(([field, query]) => ({ name: `${field}, anonymous: UNAUTHENTICATED`, query, expect: { error: 'UNAUTHENTICATED' } as Expectation })),
  ...[...applicationQueries, ...applicationMutations].map(([field, query]) => ({ name: `${field}, anonymous: UNAUTHENTICATED`, query, expect: { error: 'UNAUTHENTICATED' } as Expectation })),
  { name: 'logout without a session', query: LOGOUT, variables: () => ({ input: { clientMutationId: 'parity-1' } }), expect: 'data', values: ['clientMutationId'] },
  { name: 'syntax error: BAD_USER_INPUT', query: 'query { viewer { id }', expect: { error: 'BAD_USER_INPUT' } },
  { name: 'two operations and no name: BAD_USER_INPUT', query: 'query A { viewer { id } } query B { viewer { email } }', expect: { error: 'BAD_USER_INPUT' } },
  { name: 'no query: BAD_USER_INPUT', query: '', expect: { error: 'BAD_USER_INPUT' } },
  { name: 'unknown field: BAD_USER_INPUT', query: 'query { viewer { id nickname } }', expect: { error: 'BAD_USER_INPUT' } },
  { name: 'too deep: QUERY_TOO_COSTLY', query: tooDeep, expect: { error: 'QUERY_TOO_COSTLY' } },
  { name: 'too many aliases: QUERY_TOO_COSTLY', query: tooManyAliases, expect: { error: 'QUERY_TOO_COSTLY' } },
  {
    name: 'login: unknown tenant',
    query: LOGIN,
    variables: () => ({ input: { tenant: 'no-such-tenant', email: demo.acmeEmail, password: demo.acmePassword } }),
    expect: { userErrors: ['INVALID_CREDENTIALS'] },
  },
  { name: 'login: wrong password', query: LOGIN, variables: () => ({ input: { ...masterLogin, password: 'wrong' } }), expect: { userErrors: ['INVALID_CREDENTIALS'] } },
  {
    name: 'login: malformed email (scalar): BAD_USER_INPUT',
    query: LOGIN,
    variables: () => ({ input: { email: 'not-an-email', password: 'x' } }),
    expect: { error: 'BAD_USER_INPUT' },
  },
  {
    name: 'login with another root field: BAD_USER_INPUT',
    query: `mutation { login(input: { email: "${demo.masterEmail}", password: "x" }) { user { id } } logout { loggedOut } }`,
    expect: { error: 'BAD_USER_INPUT' },
  },
  // Every string sent is checked before anything else: NUL and over-long strings, in variables and literals.
  {
    name: 'login: a NUL in a variable: BAD_USER_INPUT',
    query: LOGIN,
    variables: () => ({ input: { tenant: `${demo.acmeSubdomain}\u0000`, email: demo.acmeEmail, password: 'x' } }),
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  {
    name: 'login: a NUL in a literal: BAD_USER_INPUT',
    query: 'mutation { login(input: { tenant: "\\u0000", email: "a@example.com", password: "x" }) { user { id } } }',
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  {
    name: `login: a password over ${MAX_STRING_INPUT_LENGTH} characters: BAD_USER_INPUT`,
    query: LOGIN,
    variables: () => ({ input: { email: demo.acmeEmail, password: 'x'.repeat(MAX_STRING_INPUT_LENGTH + 1) } }),
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  {
    name: 'tenants, anonymous, with a NUL in the search: BAD_USER_INPUT before UNAUTHENTICATED',
    query: 'query { tenants(filter: { search: "a\\u0000" }) { totalCount } }',
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  {
    name: `login: an email over ${MAX_EMAIL_LENGTH} characters (scalar): BAD_USER_INPUT`,
    query: LOGIN,
    variables: () => ({ input: { email: tooLongEmail, password: 'x' } }),
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  {
    name: 'login: wrong password for the Acme admin (the master unlocks it below)',
    query: LOGIN,
    variables: () => ({ input: { tenant: demo.acmeSubdomain, email: demo.acmeEmail, password: 'wrong' } }),
    expect: { userErrors: ['INVALID_CREDENTIALS'] },
  },
  // Failed logins for one email: the fifth is refused as too many, and so is the next.
  ...[1, 2, 3, 4, 5, 6].map((attempt) => ({
    name: `login: failed attempt ${attempt} for one email`,
    query: LOGIN,
    variables: () => ({ input: { tenant: demo.acmeSubdomain, email: 'nobody@acme.test', password: 'guess' } }),
    expect: { userErrors: [attempt < 5 ? 'INVALID_CREDENTIALS' : 'TOO_MANY_ATTEMPTS'] },
  })),

  // ── the master ─────────────────────────────────────────────────────────────────────────
  { name: 'login: master (no tenant)', query: LOGIN, variables: () => ({ input: masterLogin }), expect: 'data', values: ['email'] },
  { name: 'viewer, master', query: VIEWER, expect: 'data', keep: { masterTenantId: 'viewer.tenant.id', masterId: 'viewer.id' } },
  // The master tenant gets no default service, and sees no other tenant's catalog.
  { name: 'services, master: none of its own', query: SERVICES, expect: 'data', values: ['totalCount'] },
  // Nor a default account plan (createTenant gives one to every other tenant).
  { name: 'accountPlans, master: none', query: ACCOUNT_PLANS, expect: 'data', values: ['totalCount'] },
  { name: 'accountFeatures, master: none', query: ACCOUNT_FEATURES, expect: 'data' },
  ...accountsMasterSteps,
  ...applicationsMasterSteps,
  ...masterPreferenceSteps,
  {
    name: 'createAccessToken: blank name, no scope, past expiry (all at once)',
    query: CREATE_TOKEN,
    variables: () => ({ input: { name: '  ', scopes: [], permission: 'READ_ONLY', expiresAt: '2020-01-01T00:00:00Z' } }),
    expect: { userErrors: ['BLANK', 'INVALID', 'EXPIRES_IN_PAST'] },
  },
  {
    name: 'createAccessToken: repeated scope',
    query: CREATE_TOKEN,
    variables: () => ({ input: { name: 'Twice', scopes: ['BILLING', 'BILLING'], permission: 'READ_ONLY' } }),
    expect: { userErrors: ['INVALID'] },
  },
  {
    name: 'createAccessToken: name too long',
    query: CREATE_TOKEN,
    variables: () => ({ input: { name: 'x'.repeat(101), scopes: ['BILLING'], permission: 'READ_ONLY' } }),
    expect: { userErrors: ['TOO_LONG'] },
  },
  {
    name: 'createAccessToken: malformed expiry (scalar): BAD_USER_INPUT',
    query: CREATE_TOKEN,
    variables: () => ({ input: { name: 'Bad date', scopes: ['BILLING'], permission: 'READ_ONLY', expiresAt: 'tomorrow' } }),
    expect: { error: 'BAD_USER_INPUT' },
  },
  {
    name: 'createAccessToken: Parity beta',
    query: CREATE_TOKEN,
    variables: () => ({ input: { name: 'Parity beta', scopes: ['BILLING'], permission: 'READ_ONLY' } }),
    expect: 'data',
    keep: { beta: 'createAccessToken.accessToken.id', betaPrefix: 'createAccessToken.accessToken.prefix' },
  },
  {
    name: 'createAccessToken: parity Alpha, expiring, read-write',
    query: CREATE_TOKEN,
    variables: () => ({ input: { name: ' parity Alpha ', scopes: ['ANALYTICS', 'ACCOUNT_MANAGEMENT'], permission: 'READ_WRITE', expiresAt: inOneYear() } }),
    expect: 'data',
    values: ['name'],
  },
  {
    name: 'createAccessToken: Parity gamma',
    query: CREATE_TOKEN,
    variables: () => ({ input: { name: 'Parity gamma', scopes: ['ACCOUNT_MANAGEMENT'], permission: 'READ_ONLY' } }),
    expect: 'data',
  },
  { name: 'accessTokens: search, newest first', query: TOKENS, variables: () => ({ filter: { search: 'parity' } }), expect: 'data' },
  {
    name: 'accessTokens: by name, ascending (byte order: capitals first)',
    query: TOKENS,
    variables: () => ({ filter: { search: 'parity' }, orderBy: { field: 'NAME', direction: 'ASC' } }),
    expect: 'data',
    values: ['name'],
    ordered: true,
  },
  {
    name: 'accessTokens: by name, descending, first page of 2',
    query: TOKENS,
    variables: () => ({ first: 2, filter: { search: 'parity' }, orderBy: { field: 'NAME', direction: 'DESC' } }),
    expect: 'data',
    values: ['name'],
    ordered: true,
    keep: { nameCursor: 'accessTokens.pageInfo.endCursor' },
  },
  {
    name: 'accessTokens: next page after the cursor',
    query: TOKENS,
    variables: (refs) => ({ first: 2, after: refs['nameCursor'], filter: { search: 'parity' }, orderBy: { field: 'NAME', direction: 'DESC' } }),
    expect: 'data',
    values: ['name'],
    ordered: true,
    keep: { lastPageStart: 'accessTokens.pageInfo.startCursor' },
  },
  {
    name: 'accessTokens: last 1 before a cursor',
    query: TOKENS,
    variables: (refs) => ({ last: 1, before: refs['lastPageStart'], filter: { search: 'parity' }, orderBy: { field: 'NAME', direction: 'DESC' } }),
    expect: 'data',
    values: ['name'],
    ordered: true,
  },
  {
    name: 'accessTokens: a cursor of another sort order: BAD_USER_INPUT',
    query: TOKENS,
    variables: (refs) => ({ first: 2, after: refs['nameCursor'] }),
    expect: { error: 'BAD_USER_INPUT' },
  },
  { name: 'accessTokens: a malformed cursor: BAD_USER_INPUT', query: TOKENS, variables: () => ({ after: 'not-a-cursor' }), expect: { error: 'BAD_USER_INPUT' } },
  { name: 'accessTokens: first 0: BAD_USER_INPUT', query: TOKENS, variables: () => ({ first: 0 }), expect: { error: 'BAD_USER_INPUT' } },
  { name: 'accessTokens: first 251: BAD_USER_INPUT', query: TOKENS, variables: () => ({ first: 251 }), expect: { error: 'BAD_USER_INPUT' } },
  { name: 'accessTokens: first and last: BAD_USER_INPUT', query: TOKENS, variables: () => ({ first: 1, last: 1 }), expect: { error: 'BAD_USER_INPUT' } },
  {
    name: 'accessTokens: last with after: BAD_USER_INPUT',
    query: TOKENS,
    variables: (refs) => ({ last: 1, after: refs['nameCursor'] }),
    expect: { error: 'BAD_USER_INPUT' },
  },
  { name: 'accessTokens: unknown state: BAD_USER_INPUT', query: TOKENS, variables: () => ({ filter: { states: ['GONE'] } }), expect: { error: 'BAD_USER_INPUT' } },
  { name: 'revokeAccessToken: Parity beta', query: REVOKE_TOKEN, variables: (refs) => ({ input: { id: refs['beta'] } }), expect: 'data' },
  {
    name: 'revokeAccessToken: again: ALREADY_REVOKED',
    query: REVOKE_TOKEN,
    variables: (refs) => ({ input: { id: refs['beta'] } }),
    expect: { userErrors: ['ALREADY_REVOKED'] },
  },
  { name: 'revokeAccessToken: unknown id: NOT_FOUND', query: REVOKE_TOKEN, variables: () => ({ input: { id: unknownToken } }), expect: { userErrors: ['NOT_FOUND'] } },
  { name: 'revokeAccessToken: malformed id: NOT_FOUND', query: REVOKE_TOKEN, variables: () => ({ input: { id: 'nope' } }), expect: { userErrors: ['NOT_FOUND'] } },
  {
    name: 'accessTokens: active ones of the search',
    query: TOKENS,
    variables: () => ({ filter: { search: 'parity', states: ['ACTIVE'] }, orderBy: { field: 'NAME', direction: 'ASC' } }),
    expect: 'data',
    values: ['name'],
    ordered: true,
  },
  {
    name: 'accessTokens: revoked ones of the search',
    query: TOKENS,
    variables: () => ({ filter: { search: ' PARITY ', states: ['REVOKED'] } }),
    expect: 'data',
    values: ['name'],
  },
  {
    name: 'accessTokens: search by prefix',
    query: TOKENS,
    variables: (refs) => ({ filter: { search: refs['betaPrefix'] } }),
    expect: 'data',
    values: ['name'],
  },
  { name: 'node: my token', query: NODE, variables: (refs) => ({ id: refs['beta'] }), expect: 'data', values: ['name'] },
  { name: 'node: unknown: NOT_FOUND', query: NODE, variables: () => ({ id: unknownToken }), expect: { error: 'NOT_FOUND' } },
  { name: 'nodes: mine and an unknown one', query: NODES, variables: (refs) => ({ ids: [refs['beta'], 'nope'] }), expect: { error: 'NOT_FOUND' } },
  // ── bulk revoke and jobs ───────────────────────────────────────────────────────────────
  ...['one', 'two', 'three', 'four'].map((n) => ({
    name: `createAccessToken: Bulk ${n}`,
    query: CREATE_TOKEN,
    variables: () => ({ input: { name: `Bulk ${n}`, scopes: ['BILLING'], permission: 'READ_ONLY' } }),
    expect: 'data' as const,
    keep: { [`bulk ${n}`]: 'createAccessToken.accessToken.id' },
  })),
  {
    name: 'revokeAccessTokens by ids: done, a repeat counted once, unknown and malformed ids NOT_FOUND',
    query: REVOKE_TOKENS,
    variables: (refs) => ({ input: { ids: [refs['bulk one'], unknownToken, refs['bulk one'], 'nope'] } }),
    expect: 'data',
    ordered: true,
  },
  {
    name: 'revokeAccessTokens by ids: a revoked one fails ALREADY_REVOKED, the other is done',
    query: REVOKE_TOKENS,
    variables: (refs) => ({ input: { ids: [refs['bulk one'], refs['bulk two']] } }),
    expect: 'data',
    ordered: true,
  },
  { name: 'revokeAccessTokens: no ids: NO_SELECTION', query: REVOKE_TOKENS, variables: () => ({ input: { ids: [] } }), expect: { userErrors: ['NO_SELECTION'] } },
  { name: 'revokeAccessTokens: no selection: NO_SELECTION', query: REVOKE_TOKENS, variables: () => ({ input: {} }), expect: { userErrors: ['NO_SELECTION'] } },
  {
    name: 'revokeAccessTokens: 251 ids: TOO_MANY_IDS',
    query: REVOKE_TOKENS,
    variables: () => ({ input: { ids: unknownTokens(251) } }),
    expect: { userErrors: ['TOO_MANY_IDS'] },
  },
  {
    name: 'revokeAccessTokens: 10001 excepted ids: TOO_MANY_IDS',
    query: REVOKE_TOKENS,
    variables: () => ({ input: { filter: {}, exceptIds: unknownTokens(10_001) } }),
    expect: { userErrors: ['TOO_MANY_IDS'] },
  },
  {
    name: 'revokeAccessTokens: ids and a filter: AMBIGUOUS_SELECTION',
    query: REVOKE_TOKENS,
    variables: (refs) => ({ input: { ids: [refs['bulk three']], filter: { search: 'bulk' } } }),
    expect: { userErrors: ['AMBIGUOUS_SELECTION'] },
  },
  {
    name: 'revokeAccessTokens: exceptIds without a filter: AMBIGUOUS_SELECTION',
    query: REVOKE_TOKENS,
    variables: (refs) => ({ input: { exceptIds: [refs['bulk three']] } }),
    expect: { userErrors: ['AMBIGUOUS_SELECTION'] },
  },
  {
    name: 'revokeAccessTokens by filter: a job, QUEUED',
    query: REVOKE_TOKENS,
    // Bulk four only: three is left out, one and two are revoked; an unreadable excepted id changes nothing.
    variables: (refs) => ({ input: { filter: { search: 'bulk', states: ['ACTIVE'] }, exceptIds: [refs['bulk three'], 'nope'] } }),
    expect: 'data',
    values: jobCounts,
    keep: { activeJob: 'revokeAccessTokens.job.id' },
  },
  {
    name: 'job: the filter job, once it has finished',
    query: JOB,
    variables: (refs) => ({ id: refs['activeJob'], first: 10 }),
    expect: 'data',
    values: jobCounts,
    until: (data) => finished(data?.['job']),
  },
  {
    name: 'revokeAccessTokens by filter, revoked ones included',
    query: REVOKE_TOKENS,
    variables: () => ({ input: { filter: { search: 'bulk' }, exceptIds: [] } }),
    expect: 'data',
    values: jobCounts,
    keep: { failingJob: 'revokeAccessTokens.job.id' },
  },
  {
    name: 'job: revoked tokens failed ALREADY_REVOKED, first 2 failures',
    query: JOB,
    variables: (refs) => ({ id: refs['failingJob'], first: 2 }),
    expect: 'data',
    values: [...jobCounts, 'message'],
    until: (data) => finished(data?.['job']),
    keep: { failureCursor: 'job.failures.pageInfo.endCursor' },
  },
  {
    name: 'job: failures after the cursor',
    query: JOB,
    variables: (refs) => ({ id: refs['failingJob'], first: 2, after: refs['failureCursor'] }),
    expect: 'data',
    values: [...jobCounts, 'message'],
  },
  { name: 'node: a job', query: NODE, variables: (refs) => ({ id: refs['failingJob'] }), expect: 'data', values: ['kind'] },
  {
    name: 'cancelJob: a finished job: ALREADY_FINISHED',
    query: CANCEL_JOB,
    variables: (refs) => ({ input: { id: refs['failingJob'] } }),
    expect: { userErrors: ['ALREADY_FINISHED'] },
  },
  { name: 'cancelJob: unknown: NOT_FOUND', query: CANCEL_JOB, variables: () => ({ input: { id: unknownJob } }), expect: { userErrors: ['NOT_FOUND'] } },
  { name: 'cancelJob: malformed id: NOT_FOUND', query: CANCEL_JOB, variables: () => ({ input: { id: 'nope' } }), expect: { userErrors: ['NOT_FOUND'] } },
  { name: 'job: unknown: NOT_FOUND', query: JOB, variables: () => ({ id: unknownJob }), expect: { error: 'NOT_FOUND' } },
  { name: 'job: malformed id: NOT_FOUND', query: JOB, variables: () => ({ id: 'nope' }), expect: { error: 'NOT_FOUND' } },
  {
    // Subscriptions run over graphql-ws; over HTTP the server refuses one before parsing.
    name: 'jobProgress over HTTP: BAD_USER_INPUT',
    query: op(`subscription JobProgress($id: ID!) { jobProgress(id: $id) { ...JobParts } }`),
    variables: (refs) => ({ id: refs['failingJob'] }),
    expect: { error: 'BAD_USER_INPUT' },
  },
  ...masterNotificationSteps,
  {
    name: `accessTokens: a search over ${MAX_SEARCH_TEXT_LENGTH} characters: BAD_USER_INPUT`,
    query: TOKENS,
    variables: () => ({ filter: { search: tooLongSearch } }),
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  {
    name: `revokeAccessTokens by a filter whose search is over ${MAX_SEARCH_TEXT_LENGTH} characters: BAD_USER_INPUT at once`,
    query: REVOKE_TOKENS,
    variables: () => ({ input: { filter: { search: tooLongSearch } } }),
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  { name: 'tenants: the first page', query: TENANTS, expect: 'data' },
  {
    name: `tenants: a search over ${MAX_SEARCH_TEXT_LENGTH} characters: BAD_USER_INPUT`,
    query: TENANTS,
    variables: () => ({ filter: { search: tooLongSearch } }),
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  {
    name: `tenants: a search of ${MAX_SEARCH_TEXT_LENGTH} characters`,
    query: TENANTS,
    variables: () => ({ filter: { search: 's'.repeat(MAX_SEARCH_TEXT_LENGTH) } }),
    expect: 'data',
  },
  {
    name: `createTenant: an admin email over ${MAX_EMAIL_LENGTH} characters (scalar): BAD_USER_INPUT`,
    query: CREATE_TENANT,
    variables: () => ({ input: { name: 'Long email', adminEmail: tooLongEmail } }),
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  { name: 'unlockLogin: unknown user: USER_NOT_FOUND', query: UNLOCK_LOGIN, variables: () => ({ input: { userId: unknownUser } }), expect: { userErrors: ['USER_NOT_FOUND'] } },
  { name: 'unlockLogin: malformed id: USER_NOT_FOUND', query: UNLOCK_LOGIN, variables: () => ({ input: { userId: 'nope' } }), expect: { userErrors: ['USER_NOT_FOUND'] } },
  {
    name: 'unlockLogin: a tenant id is no user id: USER_NOT_FOUND',
    query: UNLOCK_LOGIN,
    variables: (refs) => ({ input: { userId: refs['masterTenantId'] } }),
    expect: { userErrors: ['USER_NOT_FOUND'] },
  },
  { name: "tenants: Acme's users", query: ACME_USERS, expect: 'data', values: ['subdomain', 'email'], ordered: true, keep: { acmeAdmin: 'tenants.nodes.0.users.nodes.0.id' } },
  {
    name: 'unlockLogin: the Acme admin, one counter cleared',
    query: UNLOCK_LOGIN,
    variables: (refs) => ({ input: { userId: refs['acmeAdmin'] } }),
    expect: 'data',
    values: ['email', 'cleared'],
  },
  {
    name: 'unlockLogin: the Acme admin again, nothing left to clear',
    query: UNLOCK_LOGIN,
    variables: (refs) => ({ input: { userId: refs['acmeAdmin'] } }),
    expect: 'data',
    values: ['email', 'cleared'],
  },
  { name: 'tenants: by name, first 1', query: TENANTS, variables: () => ({ first: 1, orderBy: { field: 'NAME', direction: 'ASC' } }), expect: 'data' },
  {
    name: 'createTenant: derived subdomain, generated password, admin email lowercased',
    query: CREATE_TENANT,
    variables: () => ({ input: { name: 'Société Parité', adminEmail: 'Boss@Parity.test' } }),
    expect: 'data',
    values: ['name', 'subdomain', 'email', 'adminDomain'],
    keep: { parityTenant: 'createTenant.tenant.id' },
  },
  {
    name: 'createTenant: the same name again gets a suffixed subdomain',
    query: CREATE_TENANT,
    variables: () => ({ input: { name: 'Société Parité', adminEmail: 'boss@parity.test', adminPassword: PARITY_ADMIN_PASSWORD } }),
    expect: 'data',
    values: ['subdomain'],
    keep: { parityTenant2Subdomain: 'createTenant.tenant.subdomain' },
  },
  {
    name: 'createTenant: a given subdomain that is taken: TAKEN',
    query: CREATE_TENANT,
    variables: () => ({ input: { name: 'Acme again', subdomain: 'ACME', adminEmail: 'a@acme.test' } }),
    expect: { userErrors: ['TAKEN'] },
  },
  {
    name: 'createTenant: blank name, bad subdomain, weak password (all at once)',
    query: CREATE_TENANT,
    variables: () => ({ input: { name: ' ', subdomain: '-bad-', adminEmail: 'a@b.test', adminPassword: 'short' } }),
    expect: { userErrors: ['BLANK', 'INVALID', 'WEAK_PASSWORD'] },
  },
  {
    name: 'createTenant: a reserved subdomain: INVALID',
    query: CREATE_TENANT,
    variables: () => ({ input: { name: 'Admins', subdomain: 'admin', adminEmail: 'a@b.test' } }),
    expect: { userErrors: ['INVALID'] },
  },
  {
    name: 'createTenant: nothing to derive a subdomain from: INVALID',
    query: CREATE_TENANT,
    variables: () => ({ input: { name: '!!!', adminEmail: 'a@b.test' } }),
    expect: { userErrors: ['INVALID'] },
  },
  {
    name: 'createTenant: name too long: TOO_LONG',
    query: CREATE_TENANT,
    variables: () => ({ input: { name: 'n'.repeat(101), adminEmail: 'a@b.test' } }),
    expect: { userErrors: ['TOO_LONG'] },
  },
  {
    name: 'createTenant: malformed admin email (scalar): BAD_USER_INPUT',
    query: CREATE_TENANT,
    variables: () => ({ input: { name: 'Bad email', adminEmail: 'nobody' } }),
    expect: { error: 'BAD_USER_INPUT' },
  },
  {
    name: 'tenants: search, by name',
    query: TENANTS,
    // Both tenants have the same name: their order is the server's tie-break on random row ids.
    variables: () => ({ filter: { search: 'PARIT' }, orderBy: { field: 'NAME', direction: 'ASC' } }),
    expect: 'data',
  },
  { name: 'tenant: by id, with its users', query: TENANT, variables: (refs) => ({ id: refs['parityTenant'] }), expect: 'data', values: ['email'] },
  { name: 'tenant: unknown: NOT_FOUND', query: TENANT, variables: () => ({ id: unknownTenant }), expect: { error: 'NOT_FOUND' } },
  { name: 'node: a tenant', query: NODE, variables: (refs) => ({ id: refs['parityTenant'] }), expect: 'data' },
  {
    name: 'too costly: 250 tenants with 250 users each: QUERY_TOO_COSTLY',
    query: 'query { tenants(first: 250) { nodes { id users(first: 250) { nodes { id email } } } } }',
    expect: { error: 'QUERY_TOO_COSTLY' },
  },
  ...masterAuditSteps,
  {
    name: 'changePassword: wrong current password',
    query: CHANGE_PASSWORD,
    variables: () => ({ input: { currentPassword: 'wrong', newPassword: 'a much better password' } }),
    expect: { userErrors: ['WRONG_PASSWORD'] },
  },
  {
    name: 'changePassword: too short',
    query: CHANGE_PASSWORD,
    variables: () => ({ input: { currentPassword: demo.masterPassword, newPassword: 'short' } }),
    expect: { userErrors: ['WEAK_PASSWORD'] },
  },
  {
    name: 'changePassword: only spaces',
    query: CHANGE_PASSWORD,
    variables: () => ({ input: { currentPassword: demo.masterPassword, newPassword: ' '.repeat(12) } }),
    expect: { userErrors: ['WEAK_PASSWORD'] },
  },
  {
    name: 'changePassword: the same password',
    query: CHANGE_PASSWORD,
    variables: () => ({ input: { currentPassword: demo.masterPassword, newPassword: demo.masterPassword } }),
    expect: { userErrors: ['WEAK_PASSWORD'] },
  },
  ...masterAuditAfterPasswordSteps,
  { name: 'logout: ends the session', query: LOGOUT, expect: 'data' },
  { name: 'viewer after logout: null', query: VIEWER, expect: 'data' },

  // ── a tenant admin ─────────────────────────────────────────────────────────────────────
  {
    name: 'login: tenant admin, tenant and email in other case',
    query: LOGIN,
    variables: () => ({ input: { tenant: ' ACME ', email: 'Admin@Acme.test', password: demo.acmePassword } }),
    expect: 'data',
    values: ['email', 'subdomain'],
  },
  { name: 'tenants, tenant admin: FORBIDDEN', query: TENANTS, expect: { error: 'FORBIDDEN' } },
  { name: 'tenant, tenant admin: FORBIDDEN', query: TENANT, variables: (refs) => ({ id: refs['parityTenant'] }), expect: { error: 'FORBIDDEN' } },
  {
    name: 'createTenant, tenant admin: FORBIDDEN',
    query: CREATE_TENANT,
    variables: () => ({ input: { name: 'Not mine', adminEmail: 'a@b.test' } }),
    expect: { error: 'FORBIDDEN' },
  },
  {
    name: 'unlockLogin, tenant admin: FORBIDDEN',
    query: UNLOCK_LOGIN,
    variables: (refs) => ({ input: { userId: refs['acmeAdmin'] } }),
    expect: { error: 'FORBIDDEN' },
    values: ['message'],
  },
  { name: "node: another tenant's row: NOT_FOUND", query: NODE, variables: (refs) => ({ id: refs['masterTenantId'] }), expect: { error: 'NOT_FOUND' } },
  { name: "node: another user's token: NOT_FOUND", query: NODE, variables: (refs) => ({ id: refs['beta'] }), expect: { error: 'NOT_FOUND' } },
  { name: "job: another tenant's: NOT_FOUND", query: JOB, variables: (refs) => ({ id: refs['activeJob'] }), expect: { error: 'NOT_FOUND' } },
  { name: "node: another tenant's job: NOT_FOUND", query: NODE, variables: (refs) => ({ id: refs['activeJob'] }), expect: { error: 'NOT_FOUND' } },
  {
    name: "cancelJob: another tenant's job: NOT_FOUND",
    query: CANCEL_JOB,
    variables: (refs) => ({ input: { id: refs['activeJob'] } }),
    expect: { userErrors: ['NOT_FOUND'] },
  },
  {
    name: "viewer, tenant admin, with the tenant's users",
    query: op(`query { viewer { ...UserParts tenant { id users(first: 10, orderBy: { field: EMAIL, direction: ASC }) { totalCount edges { cursor node { id email role } } } } } }`),
    expect: 'data',
    values: ['email'],
    ordered: true,
  },
  ...adminNotificationSteps,
  ...catalogAdminSteps,
  ...catalogImportSteps,
  ...plansAdminSteps,
  ...adminAuditSteps,
  ...adminOutboxSteps,
  ...webhookAdminSteps,
  ...serviceTokenAdminSteps,
  ...catalogOtherTenantSteps,
  ...plansOtherTenantSteps,
  ...otherTenantAuditSteps,
  ...webhookOtherTenantSteps,
  ...serviceTokenOtherTenantSteps,

  // ── a member ───────────────────────────────────────────────────────────────────────────
  {
    name: 'login: member',
    query: LOGIN,
    variables: () => ({ input: { tenant: demo.acmeSubdomain, email: demo.memberEmail, password: demo.memberPassword } }),
    expect: 'data',
    keep: { memberId: 'login.user.id' },
  },
  {
    name: 'createTenant, member: FORBIDDEN',
    query: CREATE_TENANT,
    variables: () => ({ input: { name: 'Not mine', adminEmail: 'a@b.test' } }),
    expect: { error: 'FORBIDDEN' },
  },
  { name: 'tenants, member: FORBIDDEN', query: TENANTS, expect: { error: 'FORBIDDEN' } },
  { name: 'updateTenantSettings, member: FORBIDDEN', query: UPDATE_TENANT_SETTINGS, variables: () => ({ input: { timeZone: 'Europe/Madrid' } }), expect: { error: 'FORBIDDEN' } },
  ...catalogMemberSteps,
  ...plansMemberSteps,
  ...memberAuditSteps,
  ...memberNotificationSteps,
  ...webhookMemberSteps,
  ...serviceTokenMemberSteps,
  {
    name: 'createAccessToken, member (a personal mutation)',
    query: CREATE_TOKEN,
    variables: () => ({ input: { name: 'Member parity', scopes: ['ANALYTICS'], permission: 'READ_ONLY' } }),
    expect: 'data',
    keep: { memberToken: 'createAccessToken.accessToken.id' },
  },
  {
    name: 'revokeAccessTokens by ids, member (a personal mutation)',
    query: REVOKE_TOKENS,
    variables: (refs) => ({ input: { ids: [refs['memberToken']] } }),
    expect: 'data',
  },
  // Members may stop the jobs they started, and no other: someone else's job is NOT_FOUND to them.
  { name: 'cancelJob, member, unknown: NOT_FOUND', query: CANCEL_JOB, variables: () => ({ input: { id: 'nope' } }), expect: { userErrors: ['NOT_FOUND'] } },
  { name: 'accessTokens, member', query: TOKENS, variables: () => ({ filter: { search: 'parity' } }), expect: 'data', values: ['name'] },
  {
    name: 'changePassword, member',
    query: CHANGE_PASSWORD,
    variables: () => ({ input: { currentPassword: demo.memberPassword, newPassword: 'a new member password' } }),
    expect: 'data',
  },
  { name: 'logout, member', query: LOGOUT, expect: 'data' },
  {
    name: 'login: the old password no longer works',
    query: LOGIN,
    variables: () => ({ input: { tenant: demo.acmeSubdomain, email: demo.memberEmail, password: demo.memberPassword } }),
    expect: { userErrors: ['INVALID_CREDENTIALS'] },
  },
  {
    name: 'login: the new password does',
    query: LOGIN,
    variables: () => ({ input: { tenant: demo.acmeSubdomain, email: demo.memberEmail, password: 'a new member password' } }),
    expect: 'data',
  },
  ...finalAuditSteps,
  ...finalNotificationSteps,
  ...finalWebhookSteps,

  // ── developer accounts: the Acme admin, another tenant's, the member ─────────────────────────
  ...accountsAdminSteps,
  ...accountsOtherTenantSteps,
  ...accountsMemberSteps,

  // ── applications, subscriptions, messages, bulk operations, signups, plan change requests ─────────
  ...applicationsAdminSteps,
  ...invitationsAdminSteps,
  ...applicationsOtherTenantSteps,
  ...invitationsOtherTenantSteps,
  ...applicationsMemberSteps,

  // ── usage analytics and alerts: the member, the Acme admin, another tenant's, signed out ─────────────
  ...usageMemberSteps,
  ...usageAdminSteps,
  ...usageOtherTenantSteps,
  ...tenantSettingsSteps,
  ...usageAnonymousSteps,
];
