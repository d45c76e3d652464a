import { COLUMN_FIELDS } from '@gatehouse/schema/accounts';
import Papa from 'papaparse';
import type { AccountFilter, ApplicationFilter, ExportKind, ExportStatus, ServiceSubscriptionFilter } from '../../gql/schema-types';
import type { JobFixture } from '../../testing/factories';
import { adminUserOf } from '../accounts/account-store';
import { listAccounts } from '../accounts/accounts';
import { fieldDefinitionsOf, valueOf } from '../accounts/field-definitions';
import { isPaidPlan, listApplications } from '../applications/applications';
import type { State as ApplicationsDomainState } from '../applications/state';
import { listSubscriptions } from '../applications/subscriptions';
import type { UserActor } from '../events/events';
import { rowIdOf, toGlobalId } from '../global-id';
import { enqueueJob, isFinished, type JobItemResult, type JobsState, type MockJobKind } from '../jobs/jobs';
import { userError } from '../mock-errors';
import type { ExportColumn, ExportFixture, ExportsState } from './export-store';

/**
 * CSV exports, with the rules of server/src/kit/export.ts and server/src/jobs/export.service.ts: an
 * export of the rows a listing's filter matches, written by a job (the mock's runs at once unless jobs
 * are held) oldest row first, one CSV record per row under a header, UTF-8 with a byte-order mark and
 * CRLF line breaks; text a spreadsheet would run as a formula gets a leading `'`; READY for 24 hours,
 * then EXPIRED; at most MAX_ACTIVE_EXPORTS queued or running per tenant.
 */
export type State = ApplicationsDomainState & JobsState & ExportsState;

/** How long a finished file can be downloaded, from when the export was asked for. */
export const EXPORT_TTL_MS = 24 * 60 * 60 * 1000;
/** Exports a tenant may have queued or running at once. */
export const MAX_ACTIVE_EXPORTS = 5;
/** Rows per chunk of the job, as the server's kit. */
const CHUNK_SIZE = 500;
/** UTF-8's byte-order mark: spreadsheets then read the file as UTF-8. */
export const BOM = '\ufeff';

// ── the file ───────────────────────────────────────────────────────────────────────────────────

export type ExportCell = string | number | boolean | null | undefined;

/** `'` before text a spreadsheet would take for a formula (OWASP: CSV injection); raw columns are the system's own values. */
const FORMULA_START = /^[=+\-@\t\r]/;
function cellText(value: ExportCell, raw: boolean): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  return !raw && FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * One CSV record with its CRLF (RFC 4180 quoting by papaparse, as the server's csv-stringify quotes:
 * a cell with a comma, a quote or a line break is quoted, quotes doubled). The formula guard is ours,
 * per column, so papaparse's own is off.
 */
export function csvRecord(cells: readonly string[]): string {
  return `${Papa.unparse([cells as string[]], { newline: '\r\n', quotes: false, escapeFormulae: false })}\r\n`;
}

export const csvHeader = (columns: readonly ExportColumn[]) => csvRecord(columns.map((c) => c.header));

/** The record of a row, by the export's columns. */
export const csvRow = (columns: readonly ExportColumn[], cells: Record<string, ExportCell>) => csvRecord(columns.map((c) => cellText(cells[c.key], c.raw === true)));

/** The file's text after the byte-order mark: the header, then the records the job has written. */
export const fileText = (row: ExportFixture, records = row.records.length) => csvHeader(row.columns) + row.records.slice(0, records).join('');

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

// ── what each export holds ─────────────────────────────────────────────────────────────────────

interface ExportDeclaration<F, R> {
  /** The job kind's name, as the server's. */
  kind: string;
  exportKind: ExportKind;
  /** File name before the date. */
  fileName: string;
  /** The GraphQL type of the rows (their global IDs). */
  itemType: string;
  columns: (state: State, tenantId: string) => ExportColumn[];
  /** The rows the filter matches in the job's tenant (any order: the job orders them oldest first). */
  rows: (state: State, tenantId: string, filter: F | null | undefined) => R[];
  cells: (state: State, row: R) => Record<string, ExportCell>;
}

interface ExportJobParams<F> {
  exportId: string;
  filter: F | null;
}

interface ExportRow {
  id: string;
  createdAt: string;
}

/** Row keys `<createdAt ISO>|<row id>` (the server's `createdOrder`): sorted, they are the file's order, oldest first. */
const keyOf = (row: ExportRow, itemType: string) => `${row.createdAt}|${rowIdOf(row.id, itemType) ?? row.id}`;

function exportJob<F, R extends ExportRow>(declaration: ExportDeclaration<F, R>): MockJobKind<State> {
  const keys = (state: State, job: JobFixture) => {
    const { filter } = job.params as ExportJobParams<F>;
    return declaration
      .rows(state, job.tenantId, filter)
      .map((row) => keyOf(row, declaration.itemType))
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  };
  return {
    kind: declaration.kind,
    chunkSize: CHUNK_SIZE,
    itemType: null,
    count: (state, job) => keys(state, job).length,
    items: (state, job, after, limit) => keys(state, job).filter((key) => after === null || key > after).slice(0, limit),
    apply: (state, job, key): JobItemResult => {
      const { exportId } = job.params as ExportJobParams<F>;
      const target = state.exports.find((e) => e.id === exportId);
      const rowId = key.slice(key.indexOf('|') + 1);
      const row = declaration.rows(state, job.tenantId, null).find((r) => r.id === toGlobalId(declaration.itemType, rowId));
      // A row deleted since its key was read is left out, and still counted (the server's chunk succeeds whole).
      if (target && row) target.records.push(csvRow(target.columns, declaration.cells(state, row)));
      return { ok: true };
    },
  };
}

const planName = (state: State, planId: string) => state.plans.find((p) => p.id === planId)?.name;
const serviceName = (state: State, serviceId: string) => state.services.find((s) => s.id === serviceId)?.name;
const accountName = (state: State, accountId: string) => state.accounts.find((a) => a.id === accountId)?.orgName;
const fieldKey = (name: string) => `field:${name}`;

/** `exportAccounts`: with their admin user and every field (hidden ones too), in form order. */
const accountExport: ExportDeclaration<AccountFilter, State['accounts'][number]> = {
  kind: 'accounts.export',
  exportKind: 'ACCOUNTS',
  fileName: 'accounts',
  itemType: 'Account',
  columns: (state, tenantId) => [
    { key: 'id', header: 'ID', raw: true },
    { key: 'orgName', header: 'Organization' },
    { key: 'state', header: 'State', raw: true },
    { key: 'plan', header: 'Account plan' },
    { key: 'adminUsername', header: 'Admin username' },
    { key: 'adminEmail', header: 'Admin email' },
    { key: 'createdAt', header: 'Signed up at', raw: true },
    { key: 'stateChangedAt', header: 'State changed at', raw: true },
    ...fieldDefinitionsOf(state, tenantId, 'ACCOUNT')
      .filter((d) => !COLUMN_FIELDS.ACCOUNT.includes(d.name))
      .map((d) => ({ key: fieldKey(d.name), header: d.label })),
  ],
  rows: (state, tenantId, filter) => listAccounts(state, tenantId, filter, null).items,
  cells: (state, account) => {
    const admin = adminUserOf(state, account.id);
    const cells: Record<string, ExportCell> = {
      id: account.id,
      orgName: account.orgName,
      state: account.state,
      plan: planName(state, account.planId),
      adminUsername: admin?.username,
      adminEmail: admin?.email,
      createdAt: account.createdAt,
      stateChangedAt: account.stateChangedAt,
    };
    for (const name of Object.keys(account.values)) cells[fieldKey(name)] = valueOf(account.values, name);
    return cells;
  },
};

/** `exportApplications`: identifiers only, never a user key, app key or client secret. */
const applicationExport: ExportDeclaration<ApplicationFilter, State['applications'][number]> = {
  kind: 'applications.export',
  exportKind: 'APPLICATIONS',
  fileName: 'applications',
  itemType: 'Application',
  columns: () => [
    { key: 'id', header: 'ID', raw: true },
    { key: 'name', header: 'Name' },
    { key: 'state', header: 'State', raw: true },
    { key: 'accountId', header: 'Account ID', raw: true },
    { key: 'account', header: 'Account' },
    { key: 'service', header: 'Product' },
    { key: 'plan', header: 'Plan' },
    { key: 'paid', header: 'Paid', raw: true },
    { key: 'appId', header: 'App ID / client ID', raw: true },
    { key: 'createdAt', header: 'Created at', raw: true },
    { key: 'trialEndsAt', header: 'Trial ends at', raw: true },
    { key: 'firstTrafficAt', header: 'First traffic at', raw: true },
    { key: 'lastTrafficAt', header: 'Last traffic at', raw: true },
  ],
  rows: (state, tenantId, filter) => listApplications(state, tenantId, filter, null).items,
  cells: (state, app) => ({
    id: app.id,
    name: app.name,
    state: app.state,
    accountId: app.accountId,
    account: accountName(state, app.accountId),
    service: serviceName(state, app.serviceId),
    plan: planName(state, app.planId),
    paid: isPaidPlan(state, app.planId),
    appId: app.appId,
    createdAt: app.createdAt,
    trialEndsAt: app.trialEndsAt,
    firstTrafficAt: app.firstTrafficAt,
    lastTrafficAt: app.lastTrafficAt,
  }),
};

/** `exportServiceSubscriptions`. */
const subscriptionExport: ExportDeclaration<ServiceSubscriptionFilter, State['serviceSubscriptions'][number]> = {
  kind: 'applications.exportSubscriptions',
  exportKind: 'SERVICE_SUBSCRIPTIONS',
  fileName: 'subscriptions',
  itemType: 'ServiceSubscription',
  columns: () => [
    { key: 'id', header: 'ID', raw: true },
    { key: 'accountId', header: 'Account ID', raw: true },
    { key: 'account', header: 'Account' },
    { key: 'service', header: 'Product' },
    { key: 'plan', header: 'Service plan' },
    { key: 'state', header: 'State', raw: true },
    { key: 'createdAt', header: 'Subscribed at', raw: true },
  ],
  rows: (state, tenantId, filter) => listSubscriptions(state, tenantId, filter, null).items,
  cells: (state, s) => ({
    id: s.id,
    accountId: s.accountId,
    account: accountName(state, s.accountId),
    service: serviceName(state, s.serviceId),
    plan: planName(state, s.planId),
    state: s.state,
    createdAt: s.createdAt,
  }),
};

const declarations = {
  ACCOUNTS: accountExport,
  APPLICATIONS: applicationExport,
  SERVICE_SUBSCRIPTIONS: subscriptionExport,
} as const;

const jobKinds = {
  ACCOUNTS: exportJob(accountExport),
  APPLICATIONS: exportJob(applicationExport),
  SERVICE_SUBSCRIPTIONS: exportJob(subscriptionExport),
} satisfies Record<ExportKind, MockJobKind<State>>;

/** The export job kinds, for the module's `jobs` (tests that hold jobs run them by name). */
export const exportJobKinds: MockJobKind<State>[] = Object.values(jobKinds);

// ── asking for one, reading it ─────────────────────────────────────────────────────────────────

/** An export with its job, as the API shows it: the job as of the answer (QUEUED in the mutation's payload). */
export interface ExportView {
  row: ExportFixture;
  job: JobFixture;
}

const exportError = (message: string) => userError('ExportUserError', 'LIMIT_REACHED' as const, message, ['input']);
export type ExportOutcome = { ok: true; view: ExportView } | { ok: false; userErrors: ReturnType<typeof exportError>[] };

/**
 * Records an export of `kind` over `filter` (checked by the caller with the listing's rules first) and
 * enqueues its job; LIMIT_REACHED while the tenant has MAX_ACTIVE_EXPORTS queued or running.
 */
export function startExport(state: State, actor: UserActor, kind: ExportKind, filter: object | null | undefined, now: Date): ExportOutcome {
  const active = state.exports.filter((e) => {
    if (e.tenantId !== actor.tenantId) return false;
    const job = state.jobs.find((j) => j.id === e.jobId);
    return !!job && !isFinished(job);
  }).length;
  if (active >= MAX_ACTIVE_EXPORTS) {
    return { ok: false, userErrors: [exportError(`${MAX_ACTIVE_EXPORTS} exports are in progress; wait for one to finish.`)] };
  }
  const declaration = declarations[kind];
  const row: ExportFixture = {
    id: toGlobalId('Export', crypto.randomUUID()),
    tenantId: actor.tenantId,
    jobId: '',
    kind,
    fileName: `${declaration.fileName}-${now.toISOString().slice(0, 10)}.csv`,
    columns: declaration.columns(state, actor.tenantId),
    records: [],
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + EXPORT_TTL_MS).toISOString(),
  };
  // Before the job: the mock's worker runs it at once, and writes into it.
  state.exports.push(row);
  const params: ExportJobParams<object> = { exportId: row.id, filter: filter ?? null };
  const job = enqueueJob(state, jobKinds[kind], { tenantId: actor.tenantId, userId: actor.user.id, requestId: actor.requestId }, params, now);
  row.jobId = job.id;
  return { ok: true, view: { row, job } };
}

/** An export of the tenant (row-level security hides the others, for the master too), with its job as it is now. */
export function findExport(state: State, tenantId: string, rowId: string | null): ExportView | null {
  if (!rowId) return null;
  const row = state.exports.find((e) => e.tenantId === tenantId && rowIdOf(e.id, 'Export') === rowId);
  const job = row && state.jobs.find((j) => j.id === row.jobId);
  return row && job ? { row, job } : null;
}

export function exportStatusOf(view: ExportView, now: Date): ExportStatus {
  if (view.job.status === 'SUCCEEDED') return Date.parse(view.row.expiresAt) <= now.getTime() ? 'EXPIRED' : 'READY';
  return view.job.status;
}

/** The size of the file as it is served (byte-order mark included): the header comes with the job's first chunk. */
export function exportByteSize(view: ExportView): number {
  if (view.job.status === 'QUEUED') return utf8Length(BOM);
  return utf8Length(BOM + fileText(view.row, view.job.processed));
}

/** The download path: `/exports/<uuid>/<file name>`. */
export const exportPath = (row: ExportFixture) => `/exports/${rowIdOf(row.id, 'Export')}/${encodeURIComponent(row.fileName)}`;

/**
 * The imitated server's public URL: the page's own origin, since the server serves the SPA (mock mode,
 * component tests); in Node without a page (the parity test), the server's default.
 */
export const publicUrl = () => (typeof location === 'undefined' ? 'http://localhost:4000' : location.origin);
