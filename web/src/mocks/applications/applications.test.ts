// @vitest-environment node
import { renderMessageMail } from '@gatehouse/schema/notification-mail';
import { beforeEach, describe, expect, it } from 'vitest';
import { executeOperation } from '../execute-operation';
import { runJobChunk } from '../jobs/jobs';
import { demo, resetMockState, state } from '../store';
import { bulkApplicationOperationJob } from './application-jobs';
import { DEMO_APPLICATIONS_PER_ACCOUNT } from './application-seed';

/**
 * What the parity test does not reach cheaply: the demo seed itself, products without default plans
 * (the API always keeps one), a refused signup that writes nothing at all, webhooks that never carry
 * an app key or a client secret, a bulk job over two chunks, the cascades of deleted accounts,
 * products and plans, a request approved from a custom plan, and the plans pending requests keep.
 */
const user = (email: string) => state.users.find((u) => u.email === email)!;
const signIn = (email: string) => (state.sessionUserId = user(email).id);
const acme = () => state.tenants.find((t) => t.subdomain === 'acme')!;
const serviceNamed = (name: string) => state.services.find((s) => s.tenantId === acme().id && s.name === name)!;
const planNamed = (serviceName: string, name: string) => state.plans.find((p) => p.serviceId === serviceNamed(serviceName).id && p.name === name)!;

async function answer(query: string, variables: Record<string, unknown> = {}) {
  return (await executeOperation({ query, variables })).body;
}
async function call(query: string, variables: Record<string, unknown> = {}) {
  const body = await answer(query, variables);
  expect(body.errors).toBeUndefined();
  return body.data as Record<string, any>;
}

const CREATE = `mutation($input: CreateApplicationInput!) {
  createApplication(input: $input) { application { id name state userKey clientSecret keys { id value } plan { id name } } userErrors { code field message } }
}`;
const SIGNUP = `mutation($input: SignupExpressInput!) {
  signupExpress(input: $input) { account { id state } user { state } applications { name } serviceSubscriptions { service { name } } userErrors { code field message } }
}`;
const WEBHOOK = `mutation($input: UpdateWebhookSettingsInput!) { updateWebhookSettings(input: $input) { userErrors { code } } }`;
const everyEvent = ['APPLICATION_CREATED', 'APPLICATION_UPDATED', 'APPLICATION_SUSPENDED', 'APPLICATION_PLAN_CHANGED', 'APPLICATION_USER_KEY_CHANGED', 'APPLICATION_DELETED', 'KEY_CREATED', 'KEY_DELETED'];
const anAccount = () => state.accounts.find((a) => a.tenantId === acme().id && a.orgName === 'Acme Labs')!;
const create = async (input: Record<string, unknown>) => (await call(CREATE, { input: { accountId: anAccount().id, serviceId: serviceNamed('Echo API').id, name: 'Test app', ...input } }))['createApplication'];

beforeEach(() => {
  resetMockState();
  signIn(demo.acmeEmail);
});

describe('applications in the mock', () => {
  it("seeds the server's demo applications: two per account across the products and their plans, one subscription each", () => {
    const apps = state.applications.filter((a) => a.tenantId === acme().id);
    expect(apps).toHaveLength(state.accounts.length * DEMO_APPLICATIONS_PER_ACCOUNT);
    const count = <T>(rows: T[], key: (row: T) => string) => rows.reduce<Record<string, number>>((m, r) => ({ ...m, [key(r)]: (m[key(r)] ?? 0) + 1 }), {});
    const planName = (id: string) => state.plans.find((p) => p.id === id)!.name;
    const serviceName = (id: string) => state.services.find((s) => s.id === id)!.name;
    // The same spread as the server's seed (counted on a server started with GATEHOUSE_DEMO=1).
    expect(count(apps, (a) => `${serviceName(a.serviceId)} / ${planName(a.planId)}`)).toEqual({
      'API / Basic': 67,
      'API / Unlimited': 66,
      'Email API / Bronze': 33,
      'Email API / Silver': 34,
      'Email API / Gold': 33,
      'Email API / Platinum': 34,
      'Echo API / Basic': 66,
      'Echo API / Unlimited': 67,
    });
    expect(count(apps, (a) => a.state)).toEqual({ LIVE: 348, PENDING: 30, SUSPENDED: 22 });
    expect(apps.every((a) => state.applicationKeys.filter((k) => k.applicationId === a.id).length === 1)).toBe(true);
    expect(state.serviceSubscriptions).toHaveLength(400);
    expect(state.serviceSubscriptions.every((s) => s.state === 'LIVE' && state.plans.find((p) => p.id === s.planId)!.isDefault)).toBe(true);
    // Credentials as the server makes them, unique, and stable from one reset to the next.
    expect(apps.every((a) => /^[0-9a-f]{32}$/.test(a.userKey) && /^[0-9a-f]{16}$/.test(a.appId) && /^[0-9a-f]{32}$/.test(a.clientSecret))).toBe(true);
    expect(new Set(apps.map((a) => a.userKey)).size).toBe(apps.length);
    const first = apps[0]!;
    resetMockState();
    expect(state.applications[0]).toEqual(first);
  });

  it('refuses a product without a default application or service plan, and keeps no subscription it made', async () => {
    const echo = serviceNamed('Echo API');
    for (const p of state.plans.filter((p) => p.serviceId === echo.id && p.kind === 'APPLICATION')) p.isDefault = false;
    const account = state.accounts.find((a) => a.tenantId === acme().id && !state.serviceSubscriptions.some((s) => s.accountId === a.id && s.serviceId === echo.id))!;
    const noPlan = (await call(CREATE, { input: { accountId: account.id, serviceId: echo.id, name: 'X' } }))['createApplication'];
    expect(noPlan.userErrors).toEqual([{ code: 'NO_DEFAULT_PLAN', field: ['input', 'planId'], message: 'The product "Echo API" has no default application plan; choose one.' }]);
    for (const p of state.plans.filter((p) => p.serviceId === echo.id && p.kind === 'SERVICE')) p.isDefault = false;
    const basic = planNamed('Echo API', 'Basic');
    const noServicePlan = (await call(CREATE, { input: { accountId: account.id, serviceId: echo.id, planId: basic.id, name: 'X' } }))['createApplication'];
    expect(noServicePlan.userErrors).toEqual([{ code: 'NO_DEFAULT_PLAN', field: ['input', 'serviceId'], message: 'The product "Echo API" has no default service plan; choose one.' }]);
    expect(state.serviceSubscriptions.some((s) => s.accountId === account.id && s.serviceId === echo.id)).toBe(false);
  });

  it('writes nothing when a signup is refused late, after its account, subscriptions and an application', async () => {
    const before = structuredClone({
      accounts: state.accounts,
      users: state.accountUsers,
      apps: state.applications,
      subs: state.serviceSubscriptions,
      log: state.auditEntries,
      notes: state.notifications,
      mail: state.outboxMessages,
      hooks: state.webhookDeliveries,
    });
    const result = (
      await call(SIGNUP, {
        input: {
          orgName: 'Late refusal',
          email: 'late@refusal.example',
          password: 'a long enough password',
          servicePlanIds: [state.plans.find((p) => p.serviceId === serviceNamed('Email API').id && p.kind === 'SERVICE')!.id],
          applicationPlanIds: [planNamed('Echo API', 'Basic').id, planNamed('Echo API', 'Default').id],
        },
      })
    )['signupExpress'];
    expect(result).toMatchObject({ account: null, user: null, applications: [], serviceSubscriptions: [] });
    expect(result.userErrors).toEqual([{ code: 'WRONG_PLAN', field: ['input', 'applicationPlanIds', '1'], message: 'No such application plan in this tenant.' }]);
    expect({
      accounts: state.accounts,
      users: state.accountUsers,
      apps: state.applications,
      subs: state.serviceSubscriptions,
      log: state.auditEntries,
      notes: state.notifications,
      mail: state.outboxMessages,
      hooks: state.webhookDeliveries,
    }).toEqual(before);
  });

  it("signs up on each product's default plan, in the order the server's plans were created", async () => {
    const result = (await call(SIGNUP, { input: { orgName: 'Defaults', email: 'defaults@signup.example' } }))['signupExpress'];
    expect(result.userErrors).toEqual([]);
    expect(result.account.state).toBe('APPROVED');
    expect(result.user.state).toBe('PENDING');
    expect(result.applications.map((a: { name: string }) => a.name)).toEqual(['API app', 'Echo API app', 'Email API app']);
    expect(result.serviceSubscriptions.map((s: { service: { name: string } }) => s.service.name)).toEqual(['API', 'Echo API', 'Email API']);
  });

  it('never posts an app key or a client secret to the webhook; user keys and masked app keys only', async () => {
    expect((await call(WEBHOOK, { input: { url: 'https://hooks.example.com/x', enabled: true, adminActionsFire: true, events: everyEvent } }))['updateWebhookSettings'].userErrors).toEqual([]);
    const since = state.webhookDeliveries.length;
    const gold = planNamed('Email API', 'Gold');
    const app = await create({ serviceId: serviceNamed('Email API').id, planId: gold.id });
    const added = await call(`mutation($id: ID!) { createApplicationKey(input: { applicationId: $id }) { key { id value } application { clientSecret } } }`, { id: app.application.id });
    await call(`mutation($id: ID!) { regenerateClientSecret(input: { id: $id }) { application { clientSecret } } }`, { id: app.application.id });
    await call(`mutation($id: ID!) { deleteApplicationKey(input: { id: $id }) { key { id } } }`, { id: added['createApplicationKey'].key.id });
    const secrets = [app.application.clientSecret, app.application.keys[0].value, added['createApplicationKey'].key.value, ...state.applications.filter((a) => a.id === app.application.id).map((a) => a.clientSecret)];
    const posted = state.webhookDeliveries.slice(since).filter((d) => d.event.startsWith('application'));
    expect(posted.map((d) => d.event)).toEqual(['application.created', 'application_key.created', 'application.updated', 'application_key.deleted']);
    for (const delivery of posted) for (const secret of secrets) expect(delivery.body).not.toContain(secret);
    expect(JSON.parse(posted[1]!.body).object.value).toBe(`…${added['createApplicationKey'].key.value.slice(-4)}`);
    expect(JSON.parse(posted[0]!.body).object).toMatchObject({ id: app.application.id, userKey: app.application.userKey, plan: { id: gold.id } });
    // Nor does the audit log carry a key.
    const logged = JSON.stringify(state.auditEntries.slice(-6));
    for (const secret of [...secrets, app.application.userKey]) expect(logged).not.toContain(secret);
  });

  it('runs a bulk job by filter in chunks of 100, each application as the single mutation changes it', async () => {
    state.holdJobs = true;
    const api = serviceNamed('API');
    const res = await call(
      `mutation($input: RunBulkApplicationOperationInput!) { runBulkApplicationOperation(input: $input) { job { id status total } userErrors { code } } }`,
      { input: { filter: { service: api.id }, operation: 'SEND_EMAIL', subject: 'News', body: 'Line one.\n\nLine two.' } },
    );
    const job = state.jobs.find((j) => j.id === res['runBulkApplicationOperation'].job.id)!;
    expect(res['runBulkApplicationOperation'].job).toMatchObject({ status: 'QUEUED', total: null });
    expect(job.kind).toBe('applications.bulkOperation');
    runJobChunk(state, bulkApplicationOperationJob, job);
    expect(job).toMatchObject({ status: 'RUNNING', processed: 100, total: 133 });
    runJobChunk(state, bulkApplicationOperationJob, job);
    expect(job).toMatchObject({ status: 'SUCCEEDED', processed: 133, succeeded: 133, failed: 0 });
    const messages = state.accountMessages.filter((m) => m.subject === 'News');
    expect(messages).toHaveLength(133);
    const mail = state.outboxMessages.filter((m) => m.subject === '[Acme API] News');
    expect(mail).toHaveLength(133);
    expect(mail[0]).toMatchObject({ status: 'HELD', type: null, ...(({ subject, text, html }) => ({ subject, textBody: text, htmlBody: html }))(renderMessageMail({ tenantName: 'Acme API', subject: 'News', body: 'Line one.\n\nLine two.' })) });
  });

  it('sends messages to the admins who are not suspended', async () => {
    const account = anAccount();
    const admin = state.accountUsers.find((u) => u.accountId === account.id)!;
    state.accountUsers.push({ ...admin, id: admin.id.replace(/.$/, 'x'), email: 'second@acme-labs.example.com', username: 'second', state: 'SUSPENDED' });
    const res = await call(`mutation($input: SendMessageInput!) { sendMessage(input: $input) { message { direction subject body } userErrors { code } } }`, {
      input: { accountId: account.id, subject: 'Hello', body: 'World' },
    });
    expect(res['sendMessage'].message).toEqual({ direction: 'TO_ACCOUNT', subject: 'Hello', body: 'World' });
    expect(state.outboxMessages.filter((m) => m.subject === '[Acme API] Hello').map((m) => m.toAddress)).toEqual([admin.email]);
    expect(state.auditEntries.at(-1)!.summary).toBe('Sent the message "Hello" to the developer account "Acme Labs" (1 recipient).');
  });

  it('takes applications, subscriptions, custom plans and requests along with a deleted account or product, and requests with a deleted plan', async () => {
    const app = await create({});
    await call(`mutation($id: ID!) { customizeApplicationPlan(input: { id: $id }) { userErrors { code } } }`, { id: app.application.id });
    const custom = state.plans.find((p) => p.customForApplicationId === app.application.id)!;
    expect(custom.name).toBe('Basic (custom)');
    await call(`mutation($input: RequestApplicationPlanChangeInput!) { requestApplicationPlanChange(input: $input) { userErrors { code } } }`, {
      input: { applicationId: app.application.id, planId: planNamed('Echo API', 'Unlimited').id },
    });
    expect(state.planChangeRequests).toHaveLength(1);
    const account = anAccount();
    expect((await call(`mutation($id: ID!) { deleteAccount(input: { id: $id }) { userErrors { code } } }`, { id: account.id }))['deleteAccount'].userErrors).toEqual([]);
    expect(state.applications.some((a) => a.accountId === account.id)).toBe(false);
    expect(state.serviceSubscriptions.some((s) => s.accountId === account.id)).toBe(false);
    expect(state.plans.some((p) => p.id === custom.id)).toBe(false);
    expect(state.planChangeRequests).toHaveLength(0);
    // Nothing is recorded for what went with it, but its user.
    expect(state.auditEntries.slice(-2).map((e) => `${e.type}.${e.action}`)).toEqual(['account_user.deleted', 'account.deleted']);

    const echo = serviceNamed('Echo API');
    const echoApps = state.applications.filter((a) => a.serviceId === echo.id).length;
    const remaining = state.applications.length;
    expect(remaining).toBe(398);
    expect(echoApps).toBeGreaterThan(0);
    await call(`mutation($id: ID!) { deleteService(input: { id: $id }) { userErrors { code } } }`, { id: echo.id });
    expect(state.applications.some((a) => a.serviceId === echo.id)).toBe(false);
    expect(state.serviceSubscriptions.some((s) => s.serviceId === echo.id)).toBe(false);
    expect(state.applications).toHaveLength(remaining - echoApps);
  });

  it('approves a request from a custom plan: the custom plan goes with the move, the request keeps no plan it came from', async () => {
    const app = await create({});
    await call(`mutation($id: ID!) { customizeApplicationPlan(input: { id: $id }) { userErrors { code } } }`, { id: app.application.id });
    const custom = state.plans.find((p) => p.customForApplicationId === app.application.id)!;
    const requested = await call(`mutation($input: RequestApplicationPlanChangeInput!) { requestApplicationPlanChange(input: $input) { planChangeRequest { id fromPlan { name } } userErrors { code } } }`, {
      input: { applicationId: app.application.id, planId: planNamed('Echo API', 'Unlimited').id },
    });
    expect(requested['requestApplicationPlanChange'].planChangeRequest.fromPlan).toEqual({ name: 'Basic (custom)' });
    const id = requested['requestApplicationPlanChange'].planChangeRequest.id;
    const approved = await call(`mutation($id: ID!) { approvePlanChangeRequest(input: { id: $id }) { planChangeRequest { state fromPlan { name } toPlan { name } } userErrors { code } } }`, { id });
    expect(approved['approvePlanChangeRequest']).toEqual({ planChangeRequest: { state: 'APPROVED', fromPlan: null, toPlan: { name: 'Unlimited' } }, userErrors: [] });
    expect(state.plans.some((p) => p.id === custom.id)).toBe(false);
    expect(state.planChangeRequests.find((r) => r.id === id)).toMatchObject({ state: 'APPROVED', fromPlanId: null });
  });

  it('keeps a plan a pending request asks for: PLAN_IN_USE names the requests, and the applications on it too', async () => {
    const app = await create({});
    const soon = await call(`mutation($input: CreateApplicationPlanInput!) { createApplicationPlan(input: $input) { plan { id } userErrors { code } } }`, {
      input: { serviceId: serviceNamed('Echo API').id, name: 'Soon gone' },
    });
    const planId = soon['createApplicationPlan'].plan.id;
    await call(`mutation($input: RequestApplicationPlanChangeInput!) { requestApplicationPlanChange(input: $input) { userErrors { code } } }`, { input: { applicationId: app.application.id, planId } });
    const remove = async () => (await call(`mutation($id: ID!) { deletePlan(input: { id: $id }) { userErrors { code message } } }`, { id: planId }))['deletePlan'].userErrors;
    expect(await remove()).toEqual([{ code: 'PLAN_IN_USE', message: '1 pending plan change request asks for this plan; approve or reject them first.' }]);
    const other = await create({ name: 'Other' });
    await call(`mutation($input: ChangeApplicationPlanInput!) { changeApplicationPlan(input: $input) { userErrors { code } } }`, { input: { id: other.application.id, planId } });
    expect(await remove()).toEqual([
      { code: 'PLAN_IN_USE', message: '1 application is on this plan and 1 pending plan change request asks for it; move them to another plan and decide on the requests first.' },
    ]);
  });

  it('finds an account by an application credential, exactly', async () => {
    const app = state.applications.find((a) => a.tenantId === acme().id)!;
    const names = async (search: string) => ((await call(`query($s: String) { accounts(filter: { search: $s }) { nodes { id } } }`, { s: search }))['accounts'].nodes as { id: string }[]).map((n) => n.id);
    expect(await names(app.userKey)).toEqual([app.accountId]);
    expect(await names(` ${app.appId} `)).toEqual([app.accountId]);
    expect(await names(app.userKey.toUpperCase())).toEqual([]);
    expect(await names(state.applicationKeys.find((k) => k.applicationId === app.id)!.value)).toEqual([]);
  });

  it('expires an invitation after 14 days: its link no longer works, it still holds the email until resent', async () => {
    const account = anAccount();
    const INVITE = `mutation($input: InviteAccountUserInput!) { inviteAccountUser(input: $input) { invitation { id state expiresAt } userErrors { code message } } }`;
    const sent = (await call(INVITE, { input: { accountId: account.id, email: 'late@acme-labs.example' } }))['inviteAccountUser'];
    expect(sent.invitation.state).toBe('PENDING');
    expect(Date.parse(sent.invitation.expiresAt) - Date.now()).toBeGreaterThan(13.9 * 86_400_000);
    const mail = state.outboxMessages.at(-1)!;
    expect(mail).toMatchObject({ toAddress: 'late@acme-labs.example', subject: '[Acme API] Invitation to join Acme Labs', status: 'HELD' });
    const token = decodeURIComponent(/http:\/\/acme\.gatehouse\.local\/invitations\/(\S+)/.exec(mail.textBody)![1]!);
    const invitation = state.accountInvitations.at(-1)!;
    invitation.expiresAt = new Date(Date.now() - 1000).toISOString();
    const listed = await call(`query($id: ID!) { account(id: $id) { invitations { nodes { state } } } }`, { id: account.id });
    expect(listed['account'].invitations.nodes).toEqual([{ state: 'EXPIRED' }]);
    const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { state } userErrors { code } } }`;
    expect((await call(ACCEPT, { input: { token, password: 'a long enough password' } }))['acceptInvitation'].userErrors).toEqual([{ code: 'INVALID_TOKEN' }]);
    expect((await call(INVITE, { input: { accountId: account.id, email: 'LATE@acme-labs.example' } }))['inviteAccountUser'].userErrors).toEqual([
      { code: 'TAKEN', message: 'This email has an open invitation already: resend it instead.' },
    ]);
    const resent = await call(`mutation($id: ID!) { resendInvitation(input: { id: $id }) { invitation { state } userErrors { code } } }`, { id: sent.invitation.id });
    expect(resent['resendInvitation']).toEqual({ invitation: { state: 'PENDING' }, userErrors: [] });
    const fresh = decodeURIComponent(/\/invitations\/(\S+)/.exec(state.outboxMessages.at(-1)!.textBody)![1]!);
    expect((await call(ACCEPT, { input: { token, password: 'a long enough password' } }))['acceptInvitation'].userErrors).toEqual([{ code: 'INVALID_TOKEN' }]);
    expect((await call(ACCEPT, { input: { token: fresh, password: 'a long enough password' } }))['acceptInvitation']).toEqual({ user: { state: 'ACTIVE' }, userErrors: [] });
    expect(state.accountUsers.filter((u) => u.accountId === account.id).map((u) => [u.email, u.role, u.state])).toContainEqual(['late@acme-labs.example', 'MEMBER', 'ACTIVE']);
  });

  it('lets members read but not write; updateSignupSettings is for admins', async () => {
    signIn(demo.memberEmail);
    expect((await call(`{ applications { totalCount } serviceSubscriptions { totalCount } signupSettings { selfSignupEnabled } }`))).toEqual({
      applications: { totalCount: 400 },
      serviceSubscriptions: { totalCount: 400 },
      signupSettings: { selfSignupEnabled: true },
    });
    const refused = await answer(`mutation($id: ID!) { suspendApplication(input: { id: $id }) { userErrors { code } } }`, { id: state.applications[0]!.id });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const settings = await answer(`mutation { updateSignupSettings(input: { selfSignupEnabled: false }) { selfSignupEnabled } }`);
    expect(settings.errors?.[0]).toMatchObject({ message: 'Members cannot run `Mutation.updateSignupSettings` yet.', extensions: { code: 'FORBIDDEN' } });
    expect(state.applications[0]!.state).not.toBe('SUSPENDED');
  });
});
