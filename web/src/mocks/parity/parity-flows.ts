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
    variables: () => ({ input: { name: 'Société Parité', adminEmail: 'boss@parity.test', adminPassword: 'long enough password' } }),
    expect: 'data',
    values: ['subdomain'],
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
