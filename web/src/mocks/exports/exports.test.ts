// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { executeOperation } from '../execute-operation';
import { demo, resetMockState, state } from '../store';
import { EXPORT_TTL_MS, exportPath } from './exports';

/**
 * What the parity test cannot compare: the file itself (the mock's CSV against the server's columns,
 * quoting and formula guard, as server/src/modules/accounts/exports.test.ts asserts them), its
 * download's statuses and headers, the limit of exports in progress, and expiry.
 */
const signIn = (email: string | null) => {
  state.sessionUserId = email ? state.users.find((u) => u.email === email)!.id : null;
};

async function answer(query: string, variables: Record<string, unknown> = {}) {
  return (await executeOperation({ query, variables })).body;
}
async function call(query: string, variables: Record<string, unknown> = {}) {
  const body = await answer(query, variables);
  expect(body.errors).toBeUndefined();
  return body.data as Record<string, any>;
}

const EXPORT_FIELDS = `export { id kind status fileName rowCount byteSize url expiresAt job { id kind status } } userErrors { field code message }`;
const EXPORT_ACCOUNTS = `mutation($input: ExportAccountsInput!) { exportAccounts(input: $input) { ${EXPORT_FIELDS} } }`;
const EXPORT_APPS = `mutation($input: ExportApplicationsInput!) { exportApplications(input: $input) { ${EXPORT_FIELDS} } }`;
const EXPORT_SUBSCRIPTIONS = `mutation($input: ExportServiceSubscriptionsInput!) { exportServiceSubscriptions(input: $input) { ${EXPORT_FIELDS} } }`;
const EXPORT = `query($id: ID!) { export(id: $id) { id status rowCount byteSize url fileName } }`;
const CREATE = `mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } userErrors { code } } }`;
const BOM = '\ufeff';
const GLOBEX = 'admin@globex.test';

/** GET (or HEAD) the export's file at its path, as the signed-in user: through the MSW handler. */
async function download(url: string, method = 'GET') {
  const res = await fetch(`http://mock.gatehouse.test${new URL(url).pathname}`, { method });
  // As bytes: `res.text()` would drop the byte-order mark.
  return { status: res.status, headers: res.headers, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer()) };
}

async function exportDone(id: string) {
  return (await call(EXPORT, { id }))['export'];
}

beforeEach(() => {
  resetMockState();
  // Globex has no developer account: the file holds exactly what the test creates.
  signIn(GLOBEX);
});

describe('CSV exports in the mock', () => {
  it('exports the accounts a filter matches, oldest first, with admin user and fields, formulas neutralised', async () => {
    await call(`mutation { createFieldDefinition(input: { target: ACCOUNT, name: "industry", label: "Industry" }) { userErrors { code } } }`);
    const created: string[] = [];
    for (const [i, [orgName, industry]] of (
      [
        ['Alpha, Inc.', 'Retail'],
        ['Beta "Quoted"', ''],
        ['=HYPERLINK("http://evil")', '-2+3'],
      ] as const
    ).entries()) {
      const res = await call(CREATE, { input: { orgName, email: `x-${i}@example.com`, username: `user-${i}`, fields: industry ? [{ name: 'industry', value: industry }] : [] } });
      created.push(res['createAccount'].account.id);
    }
    await call(`mutation($input: AccountIdInput!) { suspendAccount(input: $input) { userErrors { code } } }`, { input: { id: created[1] } });

    const started = (await call(EXPORT_ACCOUNTS, { input: { filter: { states: ['APPROVED'] } } }))['exportAccounts'];
    expect(started).toMatchObject({ export: { kind: 'ACCOUNTS', status: 'QUEUED', url: null, rowCount: 0, byteSize: 3, job: { kind: 'accounts.export', status: 'QUEUED' } }, userErrors: [] });
    const done = await exportDone(started.export.id);
    expect(done).toMatchObject({ status: 'READY', rowCount: 2, fileName: expect.stringMatching(/^accounts-\d{4}-\d{2}-\d{2}\.csv$/) });
    expect(done.url).toMatch(new RegExp(`^http://localhost:4000/exports/[0-9a-f-]{36}/${done.fileName}$`));

    const file = await download(done.url);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="${done.fileName}"`);
    expect(Number(file.headers.get('content-length'))).toBe(done.byteSize);
    expect(new TextEncoder().encode(file.text).length).toBe(done.byteSize);
    expect(file.text.startsWith(BOM)).toBe(true);
    const lines = file.text.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'ID,Organization,State,Account plan,Admin username,Admin email,Signed up at,State changed at,Legal address,Legal address (continued),City,State/Region,ZIP code,Country,Telephone number,VAT code,VAT rate (%),Industry',
    );
    expect(lines).toHaveLength(4); // header, two rows, the final line break
    expect(lines[1]).toMatch(new RegExp(`^${created[0]},"Alpha, Inc.",APPROVED,Default,user-0,x-0@example.com,\\d{4}-[^,]+Z,\\d{4}-[^,]+Z,,,,,,,,,,Retail$`));
    // Text a spreadsheet would run as a formula gets a `'`; quotes are doubled; raw columns are left alone.
    expect(lines[2]).toMatch(new RegExp(`^${created[2]},"'=HYPERLINK\\(""http://evil""\\)",APPROVED,.*,'-2\\+3$`));
    expect(file.text).not.toContain('Beta');
    const head = await download(done.url, 'HEAD');
    expect([head.status, head.text, head.headers.get('content-length')]).toEqual([200, '', String(done.byteSize)]);
  });

  it('serves the file to its tenant only and to a session; refuses members, bad filters and unknown exports', async () => {
    await call(CREATE, { input: { orgName: 'Private', email: 'p@example.com' } });
    const started = (await call(EXPORT_ACCOUNTS, { input: {} }))['exportAccounts'];
    const done = await exportDone(started.export.id);
    expect((await download(done.url)).text).toContain('Private');
    expect((await download(done.url.replace(/[^/]+$/, 'other.csv'))).status).toBe(404);
    expect((await download(done.url.replace(/exports\/[^/]+/, 'exports/not-an-id'))).status).toBe(404);
    expect((await download(done.url, 'POST')).status).toBe(405);

    signIn(demo.acmeEmail);
    expect((await download(done.url)).status).toBe(404);
    expect((await answer(EXPORT, { id: done.id })).errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    signIn(null);
    const anonymous = await download(done.url);
    expect([anonymous.status, anonymous.headers.get('www-authenticate')]).toEqual([401, 'Bearer']);

    // Members read exports of their tenant but cannot ask for one.
    signIn(demo.memberEmail);
    expect((await answer(EXPORT_ACCOUNTS, { input: {} })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    signIn(demo.acmeEmail);
    const long = await answer(EXPORT_ACCOUNTS, { input: { filter: { search: 'x'.repeat(300) } } });
    expect(long.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(long.data).toBeNull();
    // Nothing was recorded for the refused export: Globex's is the only one.
    expect(state.exports).toHaveLength(1);
  });

  it('exports applications with account, product, plan and paid, never a key or secret; subscriptions; and an empty file', async () => {
    const signup = await call(`mutation { signupExpress(input: { orgName: "Exporter", email: "exp@example.com" }) { applications { id userKey clientSecret } } }`);
    const app = signup['signupExpress'].applications[0];
    const apps = (await call(EXPORT_APPS, { input: { filter: { states: ['LIVE'] } } }))['exportApplications'];
    const done = await exportDone(apps.export.id);
    expect(done).toMatchObject({ status: 'READY', rowCount: 1 });
    const lines = (await download(done.url)).text.slice(1).split('\r\n');
    expect(lines[0]).toBe('ID,Name,State,Account ID,Account,Product,Plan,Paid,App ID / client ID,Created at,Trial ends at,First traffic at,Last traffic at');
    expect(lines[1]).toMatch(new RegExp(`^${app.id},API app,LIVE,[^,]+,Exporter,API,Basic,false,[0-9a-f]+,\\d{4}-[^,]+Z,,,$`));
    expect(lines.join('\n')).not.toContain(app.userKey);
    expect(lines.join('\n')).not.toContain(app.clientSecret);

    const subscriptions = (await call(EXPORT_SUBSCRIPTIONS, { input: {} }))['exportServiceSubscriptions'];
    expect(subscriptions.export.job.kind).toBe('applications.exportSubscriptions');
    const subLines = (await download((await exportDone(subscriptions.export.id)).url)).text.slice(1).split('\r\n');
    expect(subLines[0]).toBe('ID,Account ID,Account,Product,Service plan,State,Subscribed at');
    expect(subLines[1]).toMatch(/^[^,]+,[^,]+,Exporter,API,Default,LIVE,/);

    const none = (await call(EXPORT_APPS, { input: { filter: { search: 'nothing matches this' } } }))['exportApplications'];
    const empty = await exportDone(none.export.id);
    expect(empty).toMatchObject({ status: 'READY', rowCount: 0 });
    expect((await download(empty.url)).text.slice(1).split('\r\n')).toHaveLength(2);
  });

  it('answers 409 while written, 410 once expired; at most five in progress per tenant', async () => {
    state.holdJobs = true;
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await call(EXPORT_ACCOUNTS, { input: {} }))['exportAccounts'].export.id);
    expect((await call(EXPORT_ACCOUNTS, { input: {} }))['exportAccounts']).toEqual({
      export: null,
      userErrors: [{ field: ['input'], code: 'LIMIT_REACHED', message: '5 exports are in progress; wait for one to finish.' }],
    });
    const queued = await exportDone(ids[0]!);
    expect(queued).toMatchObject({ status: 'QUEUED', url: null, byteSize: 3 });
    const row = state.exports.find((e) => e.id === ids[0])!;
    const written = await download(`http://localhost:4000${exportPath(row)}`);
    expect([written.status, JSON.parse(written.text)]).toEqual([409, { error: 'The export is queued, not ready.' }]);

    state.holdJobs = false;
    signIn(demo.acmeEmail);
    // Another tenant's exports do not count.
    const acme = (await call(EXPORT_ACCOUNTS, { input: {} }))['exportAccounts'];
    const ready = await exportDone(acme.export.id);
    expect(ready).toMatchObject({ status: 'READY', rowCount: state.accounts.filter((a) => a.tenantId === state.users.find((u) => u.email === demo.acmeEmail)!.tenantId).length });
    state.exports.find((e) => e.id === acme.export.id)!.expiresAt = new Date(Date.now() - 60_000).toISOString();
    expect(await exportDone(acme.export.id)).toMatchObject({ status: 'EXPIRED', url: null });
    expect((await download(ready.url)).status).toBe(410);
    expect(Date.parse(acme.export.expiresAt) - Date.now()).toBeLessThanOrEqual(EXPORT_TTL_MS);
  });
});
