import { MAX_EMAIL_LENGTH, MAX_SEARCH_TEXT_LENGTH, MAX_STRING_INPUT_LENGTH } from '@gatehouse/schema/lengths';
import { toGlobalId } from '../global-id';
import { demo } from '../store';

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
  TenantParts: 'fragment TenantParts on Tenant { __typename id name subdomain isMaster adminDomain createdAt }',
  UserParts: 'fragment UserParts on User { __typename id email name role createdAt lastLoginAt tenant { ...TenantParts } }',
  TokenParts:
    'fragment TokenParts on AccessToken { __typename id name scopes permission prefix state expiresAt lastUsedAt revokedAt createdAt owner { id email } }',
  PageParts: 'fragment PageParts on PageInfo { hasNextPage hasPreviousPage startCursor endCursor }',
  JobParts:
    'fragment JobParts on Job { __typename id kind status total processed succeeded failed cancelRequested error createdAt startedAt finishedAt }',
  ServiceParts:
    'fragment ServiceParts on Service { __typename id name systemName description authMode userKeyParameter appIdParameter appKeyParameter customKeysAllowed state createdAt updatedAt metricCount methodCount }',
  MetricParts:
    'fragment MetricParts on Metric { __typename id systemName friendlyName unit description kind builtin mapped createdAt parent { id systemName } service { id systemName } }',
  RuleParts:
    'fragment RuleParts on MappingRule { __typename id httpMethod pattern delta position last createdAt metric { id systemName } service { id systemName } }',
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
  ['revokeAccessTokens', 'mutation { revokeAccessTokens(input: { ids: ["x"] }) { userErrors { code } } }'],
  ['job', 'query { job(id: "x") { id } }'],
  ['cancelJob', 'mutation { cancelJob(input: { id: "x" }) { userErrors { code } } }'],
  ['services', 'query { services { totalCount } }'],
  ['service', 'query { service(id: "x") { id } }'],
  ['createService', 'mutation { createService(input: { name: "x" }) { userErrors { code } } }'],
  ['deleteMappingRule', 'mutation { deleteMappingRule(input: { id: "x" }) { userErrors { code } } }'],
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
    name: 'updateService: rename, suspend, custom keys, clear the description',
    query: UPDATE_SERVICE,
    variables: (refs) => ({ input: { id: refs['paritySvc2'], name: ' Parity Service Two ', state: 'SUSPENDED', customKeysAllowed: true, description: '' } }),
    expect: 'data',
    values: catalogValues,
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
    name: 'too costly: 250 services with their rules matched: QUERY_TOO_COSTLY',
    query: 'query { services(first: 250) { nodes { id metrics { id } matchPath(httpMethod: GET, path: "/") { matchedRules { id } increments { metric { id } value } } } } }',
    expect: { error: 'QUERY_TOO_COSTLY' },
  },
  { name: 'services: by name, after the changes', query: SERVICES, expect: 'data', values: catalogValues, ordered: true },
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
  },
];

const tooDeep = `query { viewer { tenant { users { nodes { tenant { users { nodes { tenant { users { nodes { tenant { users { nodes { id } } } } } } } } } } } } } }`;
const tooManyAliases = `query { ${Array.from({ length: 21 }, (_, i) => `v${i}: viewer { id }`).join(' ')} }`;

export const parityFlows: ParityStep[] = [
  // ── anonymous ──────────────────────────────────────────────────────────────────────────
  { name: 'viewer, anonymous: null', query: VIEWER, expect: 'data' },
  ...anonymousRefusals.map(([field, query]) => ({ name: `${field}, anonymous: UNAUTHENTICATED`, query, expect: { error: 'UNAUTHENTICATED' } })),
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
  ...catalogAdminSteps,
  ...catalogOtherTenantSteps,

  // ── a member ───────────────────────────────────────────────────────────────────────────
  {
    name: 'login: member',
    query: LOGIN,
    variables: () => ({ input: { tenant: demo.acmeSubdomain, email: demo.memberEmail, password: demo.memberPassword } }),
    expect: 'data',
  },
  {
    name: 'createTenant, member: FORBIDDEN',
    query: CREATE_TENANT,
    variables: () => ({ input: { name: 'Not mine', adminEmail: 'a@b.test' } }),
    expect: { error: 'FORBIDDEN' },
  },
  { name: 'tenants, member: FORBIDDEN', query: TENANTS, expect: { error: 'FORBIDDEN' } },
  ...catalogMemberSteps,
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
];
