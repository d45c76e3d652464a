import { MAX_SEARCH_TEXT_LENGTH } from '@gatehouse/schema/lengths';
import { toGlobalId } from '../global-id';
import { demo } from '../store';
import type { ParityStep } from './parity-flows';

/**
 * CSV exports (server/src/kit/export.ts), after the main flows (parity-flows.ts) — so over the accounts
 * and applications those flows left — on both sides: the three mutations, each export followed with
 * `export(id:)` until its job has finished, then compared by value (status, row count and the file's
 * size in bytes: the same rows with the same columns, quoting and formula guard make the same file);
 * the refusals. The file itself is not fetched here (the harness posts GraphQL only):
 * src/mocks/exports/exports.test.ts asserts its text as the server's tests do.
 */
const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { user { __typename id email role } userErrors { __typename field message code } } }`;
const EXPORT_PARTS = `fragment ExportParts on Export {
  __typename id kind status fileName rowCount byteSize url expiresAt createdAt
  job { __typename id kind status total processed succeeded failed cancelRequested error }
}`;
const payload = (field: string, input: string) => `mutation Export($input: ${input}!) {
  ${field}(input: $input) { export { ...ExportParts } userErrors { __typename field message code } }
}
${EXPORT_PARTS}`;
const EXPORT_ACCOUNTS = payload('exportAccounts', 'ExportAccountsInput');
const EXPORT_APPLICATIONS = payload('exportApplications', 'ExportApplicationsInput');
const EXPORT_SUBSCRIPTIONS = payload('exportServiceSubscriptions', 'ExportServiceSubscriptionsInput');
const EXPORT = `query Export($id: ID!) { export(id: $id) { ...ExportParts } }
${EXPORT_PARTS}`;
const NODE = `query Node($id: ID!) { node(id: $id) { __typename id ... on Export { kind status rowCount } } }`;

/** What the two sides must agree on by value once an export has finished (or as the mutation answers it). */
const exportValues = ['kind', 'status', 'rowCount', 'byteSize', 'total', 'processed', 'succeeded', 'failed', 'cancelRequested', 'message'];
const finished = (data: Record<string, unknown> | null | undefined) => {
  const status = (data?.['export'] as { status?: unknown } | null | undefined)?.status;
  return typeof status === 'string' && status !== 'QUEUED' && status !== 'RUNNING';
};
const byId = (ref: string) => (refs: Record<string, string>) => ({ id: refs[ref] });
const tooLongSearch = 's'.repeat(MAX_SEARCH_TEXT_LENGTH + 1);
const unknownExport = toGlobalId('Export', '00000000-0000-4000-8000-00000000dead');

export const exportFlows: ParityStep[] = [
  // The member (whose password the main flows changed) may read exports, not ask for one.
  {
    name: 'login: the member, for exports',
    query: LOGIN,
    variables: () => ({ input: { tenant: demo.acmeSubdomain, email: demo.memberEmail, password: 'a new member password' } }),
    expect: 'data',
  },
  { name: 'exportAccounts, member: FORBIDDEN', query: EXPORT_ACCOUNTS, variables: () => ({ input: {} }), expect: { error: 'FORBIDDEN' }, values: ['message'] },
  {
    name: 'login: the Acme admin, for exports',
    query: LOGIN,
    variables: () => ({ input: { tenant: demo.acmeSubdomain, email: demo.acmeEmail, password: demo.acmePassword } }),
    expect: 'data',
  },
  {
    name: 'exportAccounts: the approved accounts, QUEUED',
    query: EXPORT_ACCOUNTS,
    variables: () => ({ input: { filter: { states: ['APPROVED'] } } }),
    expect: 'data',
    keep: { accountsExport: 'exportAccounts.export.id' },
    values: exportValues,
  },
  { name: 'export: the approved accounts, READY', query: EXPORT, variables: byId('accountsExport'), expect: 'data', values: exportValues, until: finished },
  {
    name: 'exportApplications: all of them, QUEUED',
    query: EXPORT_APPLICATIONS,
    variables: () => ({ input: {} }),
    expect: 'data',
    keep: { applicationsExport: 'exportApplications.export.id' },
    values: exportValues,
  },
  {
    name: 'export: every application, READY',
    query: EXPORT,
    variables: byId('applicationsExport'),
    expect: 'data',
    values: exportValues,
    until: finished,
  },
  {
    name: 'exportServiceSubscriptions: the live ones, QUEUED',
    query: EXPORT_SUBSCRIPTIONS,
    variables: () => ({ input: { filter: { states: ['LIVE'] } } }),
    expect: 'data',
    keep: { subscriptionsExport: 'exportServiceSubscriptions.export.id' },
    values: exportValues,
  },
  { name: 'export: the live subscriptions, READY', query: EXPORT, variables: byId('subscriptionsExport'), expect: 'data', values: exportValues, until: finished },
  {
    name: 'exportApplications: nothing matches, READY with no row',
    query: EXPORT_APPLICATIONS,
    variables: () => ({ input: { filter: { search: 'no application is called this' } } }),
    expect: 'data',
    keep: { emptyExport: 'exportApplications.export.id' },
    values: exportValues,
  },
  { name: 'export: no row, the header only', query: EXPORT, variables: byId('emptyExport'), expect: 'data', values: exportValues, until: finished },
  { name: 'node: an export', query: NODE, variables: byId('accountsExport'), expect: 'data', values: exportValues },
  {
    name: `exportAccounts: a search over ${MAX_SEARCH_TEXT_LENGTH} characters: BAD_USER_INPUT`,
    query: EXPORT_ACCOUNTS,
    variables: () => ({ input: { filter: { search: tooLongSearch } } }),
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  {
    name: `exportApplications: a search over ${MAX_SEARCH_TEXT_LENGTH} characters: BAD_USER_INPUT`,
    query: EXPORT_APPLICATIONS,
    variables: () => ({ input: { filter: { search: tooLongSearch } } }),
    expect: { error: 'BAD_USER_INPUT' },
    values: ['message'],
  },
  { name: 'export: unknown: NOT_FOUND', query: EXPORT, variables: () => ({ id: unknownExport }), expect: { error: 'NOT_FOUND' }, values: ['message'] },
  { name: 'export: not an export ID: NOT_FOUND', query: EXPORT, variables: () => ({ id: toGlobalId('Job', '00000000-0000-4000-8000-00000000dead') }), expect: { error: 'NOT_FOUND' }, values: ['message'] },
  {
    name: 'login: the member again',
    query: LOGIN,
    variables: () => ({ input: { tenant: demo.acmeSubdomain, email: demo.memberEmail, password: 'a new member password' } }),
    expect: 'data',
  },
  { name: 'export, member: the admin’s export of accounts', query: EXPORT, variables: byId('accountsExport'), expect: 'data', values: exportValues },
];
