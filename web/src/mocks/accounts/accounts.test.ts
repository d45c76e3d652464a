// @vitest-environment node
import { ACCOUNT_STATES, MAX_EXTRA_FIELDS } from '@gatehouse/schema/accounts';
import { beforeEach, describe, expect, it } from 'vitest';
import { executeOperation } from '../execute-operation';
import { toGlobalId } from '../global-id';
import { demo, resetMockState, state } from '../store';
import { DEMO_ACCOUNT_COUNT } from './account-seed';

/**
 * What the parity test does not reach cheaply: the demo seed itself, usernames derived past their
 * suffixes, a refused change that writes nothing at all, the bound on extra fields of accounts, where
 * a new field goes, the fields a signup must fill in, what the team and the webhook are told, and the
 * plans' check of their accounts.
 */
const user = (email: string) => state.users.find((u) => u.email === email)!;
const signIn = (email: string) => (state.sessionUserId = user(email).id);
const tenantOf = (subdomain: string) => state.tenants.find((t) => t.subdomain === subdomain)!;

async function answer(query: string, variables: Record<string, unknown> = {}) {
  return (await executeOperation({ query, variables })).body;
}
async function call(query: string, variables: Record<string, unknown> = {}) {
  const body = await answer(query, variables);
  expect(body.errors).toBeUndefined();
  return body.data as Record<string, any>;
}

const CREATE = `mutation($input: CreateAccountInput!) {
  createAccount(input: $input) { account { id orgName state vatRate plan { name } fields { name value } } user { id username email state } userErrors { code field message } }
}`;
const DELETE = `mutation($id: ID!) { deleteAccount(input: { id: $id }) { deletedAccountId userErrors { code field message } } }`;
const CREATE_FIELD = `mutation($input: CreateFieldDefinitionInput!) { createFieldDefinition(input: $input) { fieldDefinition { name position } userErrors { code field message } } }`;
const create = async (input: Record<string, unknown>) => (await call(CREATE, { input }))['createAccount'];

beforeEach(() => {
  resetMockState();
  signIn(demo.acmeEmail);
});

describe('accounts in the mock', () => {
  it("seeds the server's demo accounts in Acme only: every state, an admin user each, country, city and VAT rate", () => {
    const acme = tenantOf('acme');
    const accounts = state.accounts.filter((a) => a.tenantId === acme.id);
    expect(accounts).toHaveLength(DEMO_ACCOUNT_COUNT);
    expect(state.accounts).toHaveLength(DEMO_ACCOUNT_COUNT);
    const byState = Object.fromEntries(ACCOUNT_STATES.map((s) => [s, accounts.filter((a) => a.state === s).length]));
    expect(byState).toEqual({ APPROVED: 109, PENDING: 37, CREATED: 18, REJECTED: 18, SUSPENDED: 18 });
    expect(new Set(accounts.map((a) => a.orgName)).size).toBe(DEMO_ACCOUNT_COUNT);
    expect(accounts[0]).toMatchObject({ orgName: 'Acme Labs', state: 'APPROVED', values: { country: 'ES', city: 'Madrid', vat_rate: '21' }, vatRate: '21.00' });
    const defaultPlan = state.plans.find((p) => p.tenantId === acme.id && p.kind === 'ACCOUNT' && p.isDefault)!;
    expect(accounts.every((a) => a.planId === defaultPlan.id)).toBe(true);
    for (const account of accounts) {
      const users = state.accountUsers.filter((u) => u.accountId === account.id);
      expect(users).toHaveLength(1);
      expect(users[0]).toMatchObject({ role: 'ADMIN', state: account.state === 'APPROVED' ? 'ACTIVE' : 'PENDING', createdAt: account.createdAt });
    }
    expect(state.accountUsers[0]).toMatchObject({ username: 'ada.lovelace0', email: 'ada.lovelace0@acme-labs.example.com', values: { first_name: 'Ada', last_name: 'Lovelace' } });
    // Signed up over the year before the tenant's creation, oldest first; stable from one reset to the next.
    const times = accounts.map((a) => Date.parse(a.createdAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(Date.parse(acme.createdAt) - times[0]!).toBeGreaterThan(364 * 86_400_000);
    expect(times.at(-1)!).toBeLessThan(Date.parse(acme.createdAt));
    const ids = state.accounts.map((a) => a.id);
    resetMockState();
    expect(state.accounts.map((a) => a.id)).toEqual(ids);
    expect(state.auditEntries.some((e) => e.type.startsWith('account'))).toBe(false);
  });

  it('lists them with their plan, admin user and fields, as the API shows them', async () => {
    const data = await call(`{ accounts(first: 1, orderBy: { field: ORG_NAME, direction: ASC }) {
      totalCount nodes { orgName state vatRate availableActions plan { name } adminUser { username fields { name value } account { orgName } } fields { name label value } users { totalCount } }
    } }`);
    expect(data['accounts'].totalCount).toBe(DEMO_ACCOUNT_COUNT);
    const [first] = data['accounts'].nodes;
    expect(first).toMatchObject({
      orgName: 'Acme Analytics',
      plan: { name: 'Default' },
      adminUser: { account: { orgName: 'Acme Analytics' }, fields: [expect.objectContaining({ name: 'first_name' }), expect.objectContaining({ name: 'last_name' }), { name: 'job_role', value: null }] },
      users: { totalCount: 1 },
    });
    expect(first.fields.map((f: { name: string }) => f.name)).toEqual([
      'org_legaladdress',
      'org_legaladdress_cont',
      'city',
      'state_region',
      'zip',
      'country',
      'telephone_number',
      'vat_code',
      'vat_rate',
    ]);
  });

  it('gives a derived username the next free suffix, and says when 50 are taken', async () => {
    const acme = tenantOf('acme');
    expect((await create({ orgName: 'One', email: 'sam@one.example' })).user.username).toBe('sam');
    expect((await create({ orgName: 'Two', email: 'SAM@two.example' })).user.username).toBe('SAM2');
    for (let n = 3; n <= 50; n++) {
      state.accountUsers.push({ ...state.accountUsers[0]!, id: toGlobalId('AccountUser', crypto.randomUUID()), tenantId: acme.id, username: `Sam${n}`, email: `sam${n}@taken.example` });
    }
    const refused = await create({ orgName: 'Fifty-one', email: 'sam@fifty.example' });
    expect(refused).toEqual({
      account: null,
      user: null,
      userErrors: [{ code: 'TAKEN', field: ['input', 'username'], message: 'Another developer user of this tenant has the username "sam".' }],
    });
  });

  it('writes nothing when a new account is refused, however late the refusal (the server rolls the account back)', async () => {
    await create({ orgName: 'First', email: 'taken@parity.example' });
    const before = structuredClone({ accounts: state.accounts, users: state.accountUsers, log: state.auditEntries, mail: state.outboxMessages, notes: state.notifications });
    const refused = await create({ orgName: 'Second', email: 'TAKEN@parity.example', fields: [{ name: 'country', value: 'FR' }] });
    expect(refused.userErrors).toEqual([{ code: 'TAKEN', field: ['input', 'email'], message: 'Another developer user of this tenant has this email.' }]);
    expect({ accounts: state.accounts, users: state.accountUsers, log: state.auditEntries, mail: state.outboxMessages, notes: state.notifications }).toEqual(before);
  });

  it(`refuses an extra field past ${MAX_EXTRA_FIELDS} per target: LIMIT_REACHED`, async () => {
    for (let i = 0; i < MAX_EXTRA_FIELDS; i++) {
      const made = await call(CREATE_FIELD, { input: { target: 'ACCOUNT', name: `extra_${i}`, label: `Extra ${i}` } });
      expect(made['createFieldDefinition']).toEqual({ fieldDefinition: { name: `extra_${i}`, position: 10 + i }, userErrors: [] });
    }
    const refused = await call(CREATE_FIELD, { input: { target: 'ACCOUNT', name: 'one_more', label: 'One more' } });
    expect(refused['createFieldDefinition']).toEqual({
      fieldDefinition: null,
      userErrors: [{ code: 'LIMIT_REACHED', field: ['input', 'name'], message: `There are already ${MAX_EXTRA_FIELDS} extra fields of accounts.` }],
    });
    const users = await call(CREATE_FIELD, { input: { target: 'USER', name: 'one_more', label: 'One more' } });
    expect(users['createFieldDefinition'].userErrors).toEqual([]);
  });

  it('puts a new field after every field, a built-in one moved down included', async () => {
    await call(`mutation { updateFieldDefinition(input: { target: ACCOUNT, name: "zip", position: 40 }) { userErrors { code } } }`);
    const made = await call(CREATE_FIELD, { input: { target: 'ACCOUNT', name: 'referral', label: 'Referral' } });
    expect(made['createFieldDefinition']).toEqual({ fieldDefinition: { name: 'referral', position: 41 }, userErrors: [] });
  });

  it('requires the fields developers must fill in when they sign up; an admin creating an account may leave them empty', async () => {
    await call(`mutation { updateFieldDefinition(input: { target: ACCOUNT, name: "vat_code", required: true }) { userErrors { code } } }`);
    await call(CREATE_FIELD, { input: { target: 'USER', name: 'phone', label: 'Phone', required: true } });
    // A hidden field is never required of developers, whatever it was.
    await call(CREATE_FIELD, { input: { target: 'USER', name: 'internal', label: 'Internal', hidden: true } });
    const SIGNUP = `mutation($input: SignupExpressInput!) { signupExpress(input: $input) { account { id } userErrors { code field message } } }`;
    const signup = async (input: Record<string, unknown>) => (await call(SIGNUP, { input: { orgName: 'Fields', email: 'fields@signup.example', applicationPlanIds: [], ...input } }))['signupExpress'];
    expect(await signup({ fields: [{ name: 'vat_code', value: ' ' }] })).toEqual({
      account: null,
      userErrors: [{ code: 'BLANK', field: ['input', 'fields', 'vat_code'], message: 'VAT code is required.' }],
    });
    expect(await signup({ fields: [{ name: 'vat_code', value: 'ES1' }] })).toEqual({
      account: null,
      userErrors: [{ code: 'BLANK', field: ['input', 'userFields', 'phone'], message: 'Phone is required.' }],
    });
    expect((await signup({ fields: [{ name: 'vat_code', value: 'ES1' }], userFields: [{ name: 'phone', value: '+34 600' }] })).userErrors).toEqual([]);
    expect((await create({ orgName: 'Admin made', email: 'admin-made@parity.example' })).userErrors).toEqual([]);
  });

  it("deletes an extra field's values in its own tenant only", async () => {
    await call(CREATE_FIELD, { input: { target: 'USER', name: 'team', label: 'Team' } });
    const acmeAccount = await create({ orgName: 'Ours', email: 'ours@parity.example', userFields: [{ name: 'team', value: 'Blue' }] });
    signIn('admin@globex.test');
    await call(CREATE_FIELD, { input: { target: 'USER', name: 'team', label: 'Team' } });
    const globexAccount = await create({ orgName: 'Theirs', email: 'theirs@parity.example', userFields: [{ name: 'team', value: 'Red' }] });
    signIn(demo.acmeEmail);
    await call(`mutation { deleteFieldDefinition(input: { target: USER, name: "team" }) { userErrors { code } } }`);
    expect(state.accountUsers.find((u) => u.id === acmeAccount.user.id)!.values).toEqual({});
    expect(state.accountUsers.find((u) => u.id === globexAccount.user.id)!.values).toEqual({ team: 'Red' });
  });

  it('tells the team of new and deleted accounts, mails the new ones, and posts them to the webhook when admin actions fire it', async () => {
    await call(`mutation { updateWebhookSettings(input: { url: "https://hooks.example.com/in", enabled: true, adminActionsFire: true, events: [USER_CREATED, ACCOUNT_CREATED, ACCOUNT_DELETED] }) { userErrors { code } } }`);
    const created = await create({ orgName: 'Hooked', email: 'hook@parity.example', fields: [{ name: 'vat_rate', value: '7.5' }] });
    expect(created.account).toMatchObject({ state: 'APPROVED', vatRate: '7.50', plan: { name: 'Default' } });
    await call(DELETE, { id: created.account.id });
    const member = user(demo.memberEmail);
    const admin = user(demo.acmeEmail);
    const told = state.notifications.filter((n) => n.type.startsWith('ACCOUNT_'));
    expect(told.map((n) => [n.userId, n.type, n.summary])).toEqual([
      [member.id, 'ACCOUNT_CREATED', 'New developer account "Hooked" (hook@parity.example).'],
      [member.id, 'ACCOUNT_DELETED', `The developer account "Hooked" was deleted by ${admin.email}.`],
    ]);
    // ACCOUNT_CREATED is mailed by default, ACCOUNT_DELETED is not.
    expect(state.outboxMessages.filter((m) => m.type?.startsWith('ACCOUNT_')).map((m) => [m.toAddress, m.subject])).toEqual([[member.email, '[Acme API] New account']]);
    const posted = state.webhookDeliveries.filter((d) => d.tenantId === tenantOf('acme').id && d.event !== 'webhook.ping' && d.status === 'PENDING' && d.url === 'https://hooks.example.com/in');
    expect(posted.map((d) => d.event)).toEqual(['user.created', 'account.created', 'account.deleted']);
    const body = JSON.parse(posted[1]!.body);
    expect(body).toMatchObject({
      type: 'account',
      action: 'created',
      object: { id: created.account.id, orgName: 'Hooked', state: 'APPROVED', vatRate: '7.50', fields: { vat_rate: '7.5' }, plan: { id: expect.any(String) } },
    });
    expect(JSON.parse(posted[0]!.body).object).toMatchObject({ id: created.user.id, account: { id: created.account.id }, username: 'hook', role: 'ADMIN', state: 'PENDING' });
  });

  it('keeps a plan with accounts on it: PLAN_IN_USE counts them, other plans are not held', async () => {
    const plan = await call(`mutation { createAccountPlan(input: { name: "Gold" }) { plan { id } } }`);
    const gold = plan['createAccountPlan'].plan.id as string;
    await create({ orgName: 'A', email: 'a@gold.example', planId: gold });
    await create({ orgName: 'B', email: 'b@gold.example', planId: gold });
    const DELETE_PLAN = `mutation($id: ID!) { deletePlan(input: { id: $id }) { deletedPlanId userErrors { code field message } } }`;
    const refused = await call(DELETE_PLAN, { id: gold });
    expect(refused['deletePlan']).toEqual({
      deletedPlanId: null,
      userErrors: [{ code: 'PLAN_IN_USE', field: ['input', 'id'], message: '2 accounts are on this plan; move them to another plan first.' }],
    });
    const other = await call(`mutation { createAccountPlan(input: { name: "Silver" }) { plan { id } } }`);
    expect((await call(DELETE_PLAN, { id: other['createAccountPlan'].plan.id }))['deletePlan'].userErrors).toEqual([]);
  });

  it('lets members read accounts but change none', async () => {
    signIn(demo.memberEmail);
    const read = await call(`{ accounts(first: 1) { totalCount } fieldDefinitions(target: USER) { name } }`);
    expect(read['accounts'].totalCount).toBe(DEMO_ACCOUNT_COUNT);
    const refused = await answer(`mutation { deleteFieldDefinition(input: { target: USER, name: "x" }) { userErrors { code } } }`);
    expect(refused.errors?.[0]).toMatchObject({ message: 'Members cannot run `Mutation.deleteFieldDefinition` yet.', extensions: { code: 'FORBIDDEN' } });
  });
});
