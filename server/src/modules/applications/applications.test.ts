import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccessToken, createMember, createTenant } from "../../../test/factories.js";
import { startTestServer, type TestClient, type TestServer } from "../../../test/harness.js";
import { inTenantTransaction } from "../../db/tenancy.js";
import { rowIdOf } from "../../graphql/node.js";
import { plans } from "../plans/plans.tables.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const APP_FIELDS = `id name description state userKey appId clientId clientSecret redirectUrl trialEndsAt paid availableActions keys { id value } plan { id name } service { id } account { id }`;
const CREATE_APP = `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { application { ${APP_FIELDS} } userErrors { field code message } } }`;
const APP_PAYLOAD = `application { ${APP_FIELDS} } userErrors { field code message }`;
const appMutation = (name: string, input = "ApplicationIdInput") => `mutation($input: ${input}!) { ${name}(input: $input) { ${APP_PAYLOAD} } }`;
const DELETE_APP = `mutation($input: ApplicationIdInput!) { deleteApplication(input: $input) { deletedApplicationId userErrors { field code message } } }`;
const REJECT_APP = `mutation($input: ApplicationIdInput!) { rejectApplication(input: $input) { deletedApplicationId userErrors { field code message } } }`;
const CREATE_KEY = `mutation($input: CreateApplicationKeyInput!) { createApplicationKey(input: $input) { key { id value } application { keys { value } } userErrors { field code message } } }`;
const DELETE_KEY = `mutation($input: DeleteApplicationKeyInput!) { deleteApplicationKey(input: $input) { key { id } userErrors { field code message } } }`;
const SUBS = `query($filter: ServiceSubscriptionFilter) { serviceSubscriptions(filter: $filter) { totalCount nodes { id state plan { name } service { id } account { id } availableActions } } }`;
const subMutation = (name: string, input = "ServiceSubscriptionIdInput") =>
  `mutation($input: ${input}!) { ${name}(input: $input) { serviceSubscription { id state plan { name } } userErrors { field code message } } }`;

let n = 0;
const unique = () => `${Date.now().toString(36)}${n++}`;

interface Setup {
  admin: TestClient;
  tenant: { id: string; subdomain: string };
  accountId: string;
  serviceId: string;
  plans: { id: string; name: string }[];
}

async function setup(): Promise<Setup> {
  const t = await createTenant(server);
  const admin = await t.login();
  const u = unique();
  const acc = await admin.ok(`mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } userErrors { code } } }`, {
    input: { orgName: `Org ${u}`, email: `dev-${u}@example.com` },
  });
  const services = await admin.ok(`{ services(first: 1) { nodes { id applicationPlans(first: 5) { nodes { id name } } } } }`);
  const service = services.services.nodes[0];
  return { admin, tenant: t.tenant, accountId: acc.createAccount.account.id, serviceId: service.id, plans: service.applicationPlans.nodes };
}

async function newApp(s: Setup, extra: Record<string, unknown> = {}) {
  const res = await s.admin.ok(CREATE_APP, { input: { accountId: s.accountId, serviceId: s.serviceId, name: "My app", ...extra } });
  expect(res.createApplication.userErrors).toEqual([]);
  return res.createApplication.application;
}

describe("applications", () => {
  it("creates a live application on the default plan with credentials, subscribing the account on the default service plan", async () => {
    const s = await setup();
    expect((await s.admin.ok(SUBS)).serviceSubscriptions.totalCount).toBe(0);
    const app = await newApp(s, { description: "  For the shop. ", redirectUrl: "https://shop.example.com/cb" });
    expect(app).toMatchObject({
      name: "My app",
      description: "For the shop.",
      state: "LIVE",
      redirectUrl: "https://shop.example.com/cb",
      trialEndsAt: null,
      paid: false,
      availableActions: ["SUSPEND"],
      plan: { name: "Basic" },
      account: { id: s.accountId },
    });
    expect(app.userKey).toMatch(/^[0-9a-f]{32}$/);
    expect(app.appId).toMatch(/^[0-9a-f]{16}$/);
    expect(app.clientId).toBe(app.appId);
    expect(app.clientSecret).toMatch(/^[0-9a-f]{32}$/);
    expect(app.keys).toEqual([{ id: expect.any(String), value: expect.stringMatching(/^[0-9a-f]{32}$/) }]);
    const subs = await s.admin.ok(SUBS);
    expect(subs.serviceSubscriptions.nodes).toEqual([
      { id: expect.any(String), state: "LIVE", plan: { name: "Default" }, service: { id: s.serviceId }, account: { id: s.accountId }, availableActions: ["SUSPEND"] },
    ]);
    // A second application does not subscribe again.
    await newApp(s, { name: "Second" });
    expect((await s.admin.ok(SUBS)).serviceSubscriptions.totalCount).toBe(1);
    const account = await s.admin.ok(`query($id: ID!) { account(id: $id) { applicationCount applications { nodes { name } } serviceSubscriptions { totalCount } } }`, { id: s.accountId });
    expect(account.account).toEqual({ applicationCount: 2, applications: { nodes: [{ name: "Second" }, { name: "My app" }] }, serviceSubscriptions: { totalCount: 1 } });
  });

  it("is pending on a plan that requires approval, with the plan's trial; accepting makes it live and rejecting deletes it", async () => {
    const s = await setup();
    const gated = s.plans.find((p) => p.name === "Unlimited")!;
    await s.admin.ok(`mutation($input: UpdatePlanInput!) { updatePlan(input: $input) { userErrors { code } } }`, { input: { id: gated.id, approvalRequired: true, trialPeriodDays: 30 } });
    const app = await newApp(s, { planId: gated.id });
    expect(app.state).toBe("PENDING");
    expect(app.availableActions).toEqual(["ACCEPT"]);
    const days = (new Date(app.trialEndsAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThan(30.1);
    const accepted = await s.admin.ok(appMutation("acceptApplication"), { input: { id: app.id } });
    expect(accepted.acceptApplication.application.state).toBe("LIVE");
    // Only a pending one is rejected.
    const refused = await s.admin.ok(REJECT_APP, { input: { id: app.id } });
    expect(refused.rejectApplication).toEqual({ deletedApplicationId: null, userErrors: [{ field: ["input", "id"], code: "INVALID_STATE", message: "The application is live; only a pending one can be rejected." }] });
    const other = await newApp(s, { planId: gated.id });
    expect((await s.admin.ok(REJECT_APP, { input: { id: other.id } })).rejectApplication).toEqual({ deletedApplicationId: other.id, userErrors: [] });
    expect((await s.admin.gql(`query($id: ID!) { application(id: $id) { id } }`, { id: other.id })).errors?.[0]?.extensions.code).toBe("NOT_FOUND");
  });

  it("suspends and resumes, refusing what the state does not allow", async () => {
    const s = await setup();
    const app = await newApp(s);
    const run = async (name: string) => (await s.admin.ok(appMutation(name), { input: { id: app.id } }))[name];
    expect((await run("resumeApplication")).userErrors).toEqual([
      { field: ["input", "id"], code: "INVALID_STATE", message: "The application is live; it can be resumed only when suspended." },
    ]);
    expect((await run("suspendApplication")).application.state).toBe("SUSPENDED");
    expect((await run("acceptApplication")).userErrors[0].message).toBe("The application is suspended; it can be accepted only when pending.");
    expect((await run("resumeApplication")).application.state).toBe("LIVE");
  });

  it("refuses bad input with coded errors and writes nothing", async () => {
    const s = await setup();
    const other = await setup();
    const cases: [Record<string, unknown>, { field: string[]; code: string }][] = [
      [{ name: " " }, { field: ["input", "name"], code: "BLANK" }],
      [{ name: "x".repeat(201) }, { field: ["input", "name"], code: "TOO_LONG" }],
      [{ redirectUrl: "ftp://x.example" }, { field: ["input", "redirectUrl"], code: "INVALID" }],
      [{ accountId: other.accountId }, { field: ["input", "accountId"], code: "NOT_FOUND" }],
      [{ serviceId: other.serviceId }, { field: ["input", "serviceId"], code: "NOT_FOUND" }],
      [{ planId: other.plans[0]!.id }, { field: ["input", "planId"], code: "WRONG_PLAN" }],
      [{ userKey: "custom-key-1" }, { field: ["input", "userKey"], code: "CUSTOM_KEYS_NOT_ALLOWED" }],
    ];
    for (const [input, error] of cases) {
      const res = await s.admin.ok(CREATE_APP, { input: { accountId: s.accountId, serviceId: s.serviceId, name: "Fine", ...input } });
      expect(res.createApplication.application, JSON.stringify(input)).toBeNull();
      expect(res.createApplication.userErrors, JSON.stringify(input)).toContainEqual(expect.objectContaining(error));
    }
    // Without a default application plan: NO_DEFAULT_PLAN, and the subscription it would have made is undone.
    // (The API always keeps a default; porta lets a product have none, so this one is made in the database.)
    const service = await s.admin.ok(`mutation { createService(input: { name: "Bare" }) { service { id } } }`);
    const bare = service.createService.service;
    const tenantId = rowIdOf(s.tenant.id, "Tenant")!;
    await inTenantTransaction(server.database.db, { tenantId, master: false }, (tx) =>
      tx.update(plans).set({ isDefault: false }).where(and(eq(plans.serviceId, rowIdOf(bare.id, "Service")!), eq(plans.kind, "APPLICATION"))),
    );
    const none = await s.admin.ok(CREATE_APP, { input: { accountId: s.accountId, serviceId: bare.id, name: "Fine" } });
    expect(none.createApplication.userErrors).toEqual([expect.objectContaining({ code: "NO_DEFAULT_PLAN", field: ["input", "planId"] })]);
    expect((await s.admin.ok(`{ applications { totalCount } }`)).applications.totalCount).toBe(0);
    expect((await s.admin.ok(SUBS)).serviceSubscriptions.totalCount).toBe(0);
  });

  it("regenerates and sets user keys when allowed, never recording a key in the audit log", async () => {
    const s = await setup();
    const app = await newApp(s);
    const regenerated = await s.admin.ok(appMutation("regenerateUserKey"), { input: { id: app.id } });
    expect(regenerated.regenerateUserKey.application.userKey).not.toBe(app.userKey);
    const refused = await s.admin.ok(appMutation("setUserKey", "SetUserKeyInput"), { input: { id: app.id, userKey: "my-custom-key" } });
    expect(refused.setUserKey.userErrors).toEqual([expect.objectContaining({ code: "CUSTOM_KEYS_NOT_ALLOWED" })]);
    await s.admin.ok(`mutation($input: UpdateServiceInput!) { updateService(input: $input) { userErrors { code } } }`, { input: { id: s.serviceId, customKeysAllowed: true } });
    for (const [key, code] of [
      ["bad key!", "INVALID"],
      ["abc", "INVALID"],
    ] as const) {
      const res = await s.admin.ok(appMutation("setUserKey", "SetUserKeyInput"), { input: { id: app.id, userKey: key } });
      expect(res.setUserKey.userErrors, key).toEqual([expect.objectContaining({ code, field: ["input", "userKey"] })]);
    }
    const set = await s.admin.ok(appMutation("setUserKey", "SetUserKeyInput"), { input: { id: app.id, userKey: "my-custom-key" } });
    expect(set.setUserKey.application.userKey).toBe("my-custom-key");
    const second = await newApp(s, { name: "Other" });
    const taken = await s.admin.ok(appMutation("setUserKey", "SetUserKeyInput"), { input: { id: second.id, userKey: "my-custom-key" } });
    expect(taken.setUserKey.userErrors).toEqual([expect.objectContaining({ code: "TAKEN" })]);
    const takenOnCreate = await s.admin.ok(CREATE_APP, { input: { accountId: s.accountId, serviceId: s.serviceId, name: "Third", userKey: "my-custom-key" } });
    expect(takenOnCreate.createApplication.userErrors).toEqual([expect.objectContaining({ code: "TAKEN", field: ["input", "userKey"] })]);

    const log = await s.admin.ok(`query($id: ID!) { auditLog(first: 10, filter: { targetId: $id }) { nodes { event summary changes { from to } } } }`, { id: app.id });
    const text = JSON.stringify(log);
    expect(log.auditLog.nodes.map((e: { event: string }) => e.event)).toEqual(["application.user_key_changed", "application.user_key_changed", "application.created"]);
    for (const secret of [app.userKey, regenerated.regenerateUserKey.application.userKey, "my-custom-key", app.clientSecret]) expect(text).not.toContain(secret);
  });

  it("keeps up to five app keys in rotation and the last one of an app-key product", async () => {
    const s = await setup();
    await s.admin.ok(`mutation($input: UpdateServiceInput!) { updateService(input: $input) { userErrors { code } } }`, { input: { id: s.serviceId, authMode: "APP_ID_APP_KEY" } });
    const app = await newApp(s);
    const [first] = app.keys;
    const added = [];
    for (let i = 0; i < 4; i++) {
      const res = await s.admin.ok(CREATE_KEY, { input: { applicationId: app.id } });
      expect(res.createApplicationKey.userErrors).toEqual([]);
      added.push(res.createApplicationKey.key);
    }
    const sixth = await s.admin.ok(CREATE_KEY, { input: { applicationId: app.id } });
    expect(sixth.createApplicationKey.userErrors).toEqual([expect.objectContaining({ code: "KEY_LIMIT_REACHED" })]);
    expect((await s.admin.ok(CREATE_KEY, { input: { applicationId: app.id, value: "custom-app-key" } })).createApplicationKey.userErrors).toEqual([
      expect.objectContaining({ code: "CUSTOM_KEYS_NOT_ALLOWED" }),
    ]);
    for (const key of added) expect((await s.admin.ok(DELETE_KEY, { input: { id: key.id } })).deleteApplicationKey.userErrors).toEqual([]);
    const last = await s.admin.ok(DELETE_KEY, { input: { id: first.id } });
    expect(last.deleteApplicationKey.userErrors).toEqual([expect.objectContaining({ code: "LAST_KEY", field: ["input", "id"] })]);
    // On a user-key product the last app key may go.
    await s.admin.ok(`mutation($input: UpdateServiceInput!) { updateService(input: $input) { userErrors { code } } }`, { input: { id: s.serviceId, authMode: "USER_KEY" } });
    expect((await s.admin.ok(DELETE_KEY, { input: { id: first.id } })).deleteApplicationKey.userErrors).toEqual([]);
    expect((await s.admin.ok(DELETE_KEY, { input: { id: first.id } })).deleteApplicationKey.userErrors).toEqual([expect.objectContaining({ code: "NOT_FOUND" })]);
    const secret = await s.admin.ok(appMutation("regenerateClientSecret"), { input: { id: app.id } });
    expect(secret.regenerateClientSecret.application.clientSecret).not.toBe(app.clientSecret);
  });

  it("changes plans within the product, updates details, and deletes", async () => {
    const s = await setup();
    const other = await setup();
    const app = await newApp(s);
    const unlimited = s.plans.find((p) => p.name === "Unlimited")!;
    const moved = await s.admin.ok(appMutation("changeApplicationPlan", "ChangeApplicationPlanInput"), { input: { id: app.id, planId: unlimited.id } });
    expect(moved.changeApplicationPlan.application.plan.name).toBe("Unlimited");
    const wrong = await s.admin.ok(appMutation("changeApplicationPlan", "ChangeApplicationPlanInput"), { input: { id: app.id, planId: other.plans[0]!.id } });
    expect(wrong.changeApplicationPlan.userErrors).toEqual([expect.objectContaining({ code: "WRONG_PLAN", field: ["input", "planId"] })]);
    const inUse = await s.admin.ok(`mutation($input: PlanIdInput!) { deletePlan(input: $input) { userErrors { code message } } }`, { input: { id: unlimited.id } });
    expect(inUse.deletePlan.userErrors).toEqual([{ code: "PLAN_IN_USE", message: "1 application is on this plan; move them to another plan first." }]);
    const updated = await s.admin.ok(appMutation("updateApplication", "UpdateApplicationInput"), { input: { id: app.id, name: "Renamed", description: "" } });
    expect(updated.updateApplication.application).toMatchObject({ name: "Renamed", description: null });
    expect((await s.admin.ok(DELETE_APP, { input: { id: app.id } })).deleteApplication).toEqual({ deletedApplicationId: app.id, userErrors: [] });
    expect((await s.admin.ok(DELETE_APP, { input: { id: app.id } })).deleteApplication.userErrors).toEqual([expect.objectContaining({ code: "NOT_FOUND" })]);
  });

  it("finds applications by name, user key, app ID, account, plan, state and paid; never by app key or secret; and accounts by key", async () => {
    const s = await setup();
    const a = await newApp(s, { name: "Checkout" });
    const b = await newApp(s, { name: "Newsletter" });
    const unlimited = s.plans.find((p) => p.name === "Unlimited")!;
    await s.admin.ok(`mutation($input: UpdatePlanInput!) { updatePlan(input: $input) { userErrors { code } } }`, { input: { id: unlimited.id, costPerMonth: "10" } });
    await s.admin.ok(appMutation("changeApplicationPlan", "ChangeApplicationPlanInput"), { input: { id: b.id, planId: unlimited.id } });
    await s.admin.ok(appMutation("suspendApplication"), { input: { id: a.id } });
    const names = async (filter: Record<string, unknown>) =>
      ((await s.admin.ok(`query($filter: ApplicationFilter) { applications(filter: $filter, orderBy: { field: NAME, direction: ASC }) { nodes { name } } }`, { filter })).applications.nodes as { name: string }[]).map(
        (x) => x.name,
      );
    expect(await names({ search: "check" })).toEqual(["Checkout"]);
    expect(await names({ search: a.userKey })).toEqual(["Checkout"]);
    expect(await names({ search: b.appId })).toEqual(["Newsletter"]);
    expect(await names({ search: a.keys[0].value })).toEqual([]);
    expect(await names({ search: a.clientSecret })).toEqual([]);
    expect(await names({ search: a.userKey.slice(0, 10) })).toEqual([]);
    expect(await names({ account: s.accountId })).toEqual(["Checkout", "Newsletter"]);
    expect(await names({ plan: unlimited.id })).toEqual(["Newsletter"]);
    expect(await names({ states: ["SUSPENDED"] })).toEqual(["Checkout"]);
    expect(await names({ paid: true })).toEqual(["Newsletter"]);
    expect(await names({ paid: false })).toEqual(["Checkout"]);
    expect(await names({ service: s.serviceId })).toEqual(["Checkout", "Newsletter"]);
    const byKey = await s.admin.ok(`query($search: String) { accounts(filter: { search: $search }) { nodes { id } } }`, { search: b.userKey });
    expect(byKey.accounts.nodes).toEqual([{ id: s.accountId }]);
    const byAppKey = await s.admin.ok(`query($search: String) { accounts(filter: { search: $search }) { nodes { id } } }`, { search: b.keys[0].value });
    expect(byAppKey.accounts.nodes).toEqual([]);
  });

  it("finds by a key the names that hold it too, whatever their case, as long as the key or renamed to hold it", async () => {
    // The search skips names shorter than the text (db/like.ts): these are as long, or longer.
    const s = await setup();
    const a = await newApp(s, { name: "Checkout" });
    const other = await s.admin.ok(`mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } userErrors { code } } }`, {
      input: { orgName: `Org ${a.userKey.toUpperCase()}`, email: `${a.appId}@example.com`, userFields: [{ name: "last_name", value: a.clientId.toUpperCase() }] },
    });
    const otherId = other.createAccount.account.id as string;
    const exact = await s.admin.ok(CREATE_APP, { input: { accountId: otherId, serviceId: s.serviceId, name: a.userKey.toUpperCase() } });
    const copy = await s.admin.ok(CREATE_APP, { input: { accountId: otherId, serviceId: s.serviceId, name: `Copy of ${a.appId.toUpperCase()}` } });
    const short = await newApp(s, { name: "Short" });
    const names = async (search: string) =>
      ((await s.admin.ok(`query($search: String) { applications(filter: { search: $search }) { nodes { name } } }`, { search })).applications.nodes as { name: string }[])
        .map((x) => x.name)
        .sort();
    const accountIds = async (search: string) =>
      ((await s.admin.ok(`query($search: String) { accounts(filter: { search: $search }) { nodes { id } } }`, { search })).accounts.nodes as { id: string }[]).map((x) => x.id).sort();
    expect(await names(a.userKey)).toEqual(["Checkout", a.userKey.toUpperCase()].sort());
    expect(await names(a.appId)).toEqual(["Checkout", `Copy of ${a.appId.toUpperCase()}`].sort());
    expect(await names(a.clientId)).toEqual(["Checkout", `Copy of ${a.appId.toUpperCase()}`].sort());
    expect(await names(exact.createApplication.application.userKey)).toEqual([a.userKey.toUpperCase()]);
    // The account by its application's key, the other by its org name, its user's email or name.
    expect(await accountIds(a.userKey)).toEqual([s.accountId, otherId].sort());
    expect(await accountIds(a.appId)).toEqual([s.accountId, otherId].sort());
    expect(await accountIds(copy.createApplication.application.appId)).toEqual([otherId]);
    // A rename counts at once, both ways.
    await s.admin.ok(appMutation("updateApplication", "UpdateApplicationInput"), { input: { id: short.id, name: `Renamed ${a.userKey}` } });
    await s.admin.ok(appMutation("updateApplication", "UpdateApplicationInput"), { input: { id: exact.createApplication.application.id, name: "Short now" } });
    expect(await names(a.userKey)).toEqual(["Checkout", `Renamed ${a.userKey}`]);
  });

  it("lists 50 accounts with admin, plan, application count and applications with plan and service in a constant number of statements", async () => {
    const s = await setup();
    for (let i = 0; i < 3; i++) await newApp(s, { name: `App ${i}` });
    for (let i = 0; i < 5; i++) {
      const acc = await s.admin.ok(`mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }`, { input: { orgName: `More ${i}`, email: `more-${unique()}@example.com` } });
      await s.admin.ok(CREATE_APP, { input: { accountId: acc.createAccount.account.id, serviceId: s.serviceId, name: "App" } });
    }
    const query = `query($n: Int) { accounts(first: $n) { nodes { id orgName adminUser { email } plan { name } applicationCount applications(first: 10) { nodes { name state plan { name costPerMonth } service { name } } } } } }`;
    const statements = async (count: number) => {
      const before = server.database.statementCount;
      const data = await s.admin.ok(query, { n: count });
      expect(data.accounts.nodes).toHaveLength(count);
      return server.database.statementCount - before;
    };
    // The request's opening statement; the page of accounts with their admin users, application counts
    // and applications (kit/listing.ts prefetch); the plans of accounts and applications, one batch; the services.
    const few = await statements(2);
    expect(await statements(6)).toBe(few);
    expect(few).toBeLessThanOrEqual(4);
  });

  it("keeps tenants apart and follows the access rules", async () => {
    const s = await setup();
    const other = await setup();
    const app = await newApp(s);
    expect((await other.admin.ok(`{ applications { totalCount } }`)).applications.totalCount).toBe(0);
    expect((await other.admin.gql(`query($id: ID!) { application(id: $id) { id } }`, { id: app.id })).errors?.[0]?.extensions.code).toBe("NOT_FOUND");
    for (const name of ["suspendApplication", "regenerateUserKey", "regenerateClientSecret"]) {
      expect((await other.admin.ok(appMutation(name), { input: { id: app.id } }))[name].userErrors, name).toEqual([expect.objectContaining({ code: "NOT_FOUND" })]);
    }
    expect((await other.admin.ok(DELETE_KEY, { input: { id: app.keys[0].id } })).deleteApplicationKey.userErrors).toEqual([expect.objectContaining({ code: "NOT_FOUND" })]);
    expect((await other.admin.ok(CREATE_KEY, { input: { applicationId: app.id } })).createApplicationKey.userErrors).toEqual([expect.objectContaining({ code: "NOT_FOUND" })]);
    expect((await other.admin.ok(SUBS)).serviceSubscriptions.totalCount).toBe(0);
    const member = await createMember(server, s.tenant);
    expect((await member.ok(`{ applications { totalCount } }`)).applications.totalCount).toBe(1);
    expect((await member.gql(appMutation("suspendApplication"), { input: { id: app.id } })).errors?.[0]?.extensions.code).toBe("FORBIDDEN");
    const analytics = await createAccessToken(s.admin, { scopes: ["ANALYTICS"] });
    expect((await server.client().withToken(analytics.token).gql(`{ applications { totalCount } }`)).errors?.[0]?.extensions.code).toBe("FORBIDDEN");
  });

  it("emits notifications and webhooks for application events", async () => {
    const s = await setup();
    await s.admin.ok(`mutation($input: UpdateWebhookSettingsInput!) { updateWebhookSettings(input: $input) { userErrors { code message } } }`, {
      input: {
        url: "https://hooks.example.com/gatehouse",
        enabled: true,
        adminActionsFire: true,
        events: ["APPLICATION_CREATED", "APPLICATION_SUSPENDED", "APPLICATION_USER_KEY_CHANGED", "APPLICATION_PLAN_CHANGED", "APPLICATION_DELETED", "KEY_CREATED", "KEY_DELETED"],
      },
    });
    const partners = await createMember(server, s.tenant, ["PARTNERS"]);
    const app = await newApp(s);
    await s.admin.ok(appMutation("suspendApplication"), { input: { id: app.id } });
    await s.admin.ok(appMutation("regenerateUserKey"), { input: { id: app.id } });
    const key = await s.admin.ok(CREATE_KEY, { input: { applicationId: app.id } });
    await s.admin.ok(DELETE_KEY, { input: { id: key.createApplicationKey.key.id } });
    await s.admin.ok(appMutation("changeApplicationPlan", "ChangeApplicationPlanInput"), { input: { id: app.id, planId: s.plans.find((p) => p.name === "Unlimited")!.id } });
    await s.admin.ok(DELETE_APP, { input: { id: app.id } });
    const deliveries = (await s.admin.ok(`{ webhookDeliveries(first: 20) { nodes { event body } } }`)).webhookDeliveries.nodes as { event: string; body: string }[];
    expect(deliveries.map((d) => d.event).reverse()).toEqual([
      "application.created",
      "application.suspended",
      "application.user_key_changed",
      "application_key.created",
      "application_key.deleted",
      "application.plan_changed",
      "application.deleted",
    ]);
    const bodies = deliveries.map((d) => d.body).join("\n");
    expect(bodies).not.toContain(key.createApplicationKey.key.value);
    expect(bodies).not.toContain(app.clientSecret);
    const feed = ((await partners.ok(`{ notifications(first: 10) { nodes { type } } }`)).notifications.nodes as { type: string }[]).map((x) => x.type).reverse();
    expect(feed).toEqual(["SERVICE_SUBSCRIPTION_CREATED", "APPLICATION_CREATED", "APPLICATION_PLAN_CHANGED", "APPLICATION_CANCELLED"]);
  });
});

describe("bulk operations on applications and subscriptions", () => {
  const BULK_APPS = `mutation($input: RunBulkApplicationOperationInput!) { runBulkApplicationOperation(input: $input) {
    results { id status error { code message } } job { id kind } userErrors { field code message } } }`;

  it("by ids with mixed results; a plan of another product fails that application only", async () => {
    const s = await setup();
    const live = await newApp(s, { name: "Live" });
    const suspended = await newApp(s, { name: "Suspended" });
    await s.admin.ok(appMutation("suspendApplication"), { input: { id: suspended.id } });
    const res = await s.admin.ok(BULK_APPS, { input: { ids: [live.id, suspended.id], operation: "SUSPEND" } });
    expect(res.runBulkApplicationOperation.results).toEqual([
      { id: live.id, status: "DONE", error: null },
      { id: suspended.id, status: "FAILED", error: { code: "INVALID_STATE", message: "The application is suspended; it can be suspended only when live." } },
    ]);
    // A second product's plan: each application of the first product fails with WRONG_PLAN.
    const other = await s.admin.ok(`mutation { createService(input: { name: "Second" }) { service { id applicationPlans { nodes { id } } } } }`);
    const foreignPlan = other.createService.service.applicationPlans.nodes[0].id;
    const otherApp = (await s.admin.ok(CREATE_APP, { input: { accountId: s.accountId, serviceId: other.createService.service.id, name: "There" } })).createApplication.application;
    const moved = await s.admin.ok(BULK_APPS, { input: { ids: [live.id, otherApp.id], operation: "CHANGE_PLAN", planId: foreignPlan } });
    expect(moved.runBulkApplicationOperation.results.map((r: { status: string; error: { code: string } | null }) => [r.status, r.error?.code ?? null])).toEqual([
      ["FAILED", "WRONG_PLAN"],
      ["DONE", null],
    ]);
    const accountPlan = (await s.admin.ok(`{ accountPlans { nodes { id } } }`)).accountPlans.nodes[0].id;
    expect((await s.admin.ok(BULK_APPS, { input: { ids: [live.id], operation: "CHANGE_PLAN", planId: accountPlan } })).runBulkApplicationOperation.userErrors).toEqual([
      { field: ["input", "planId"], code: "INVALID_OPERATION", message: "No such application plan in this tenant." },
    ]);
  });

});

describe("service subscriptions", () => {
  it("subscribes, refuses a second subscription, changes state and plan, and unsubscribes only without applications", async () => {
    const s = await setup();
    const created = await s.admin.ok(subMutation("createServiceSubscription", "CreateServiceSubscriptionInput"), { input: { accountId: s.accountId, serviceId: s.serviceId } });
    expect(created.createServiceSubscription).toMatchObject({ serviceSubscription: { state: "LIVE", plan: { name: "Default" } }, userErrors: [] });
    const id = created.createServiceSubscription.serviceSubscription.id;
    const again = await s.admin.ok(subMutation("createServiceSubscription", "CreateServiceSubscriptionInput"), { input: { accountId: s.accountId, serviceId: s.serviceId } });
    expect(again.createServiceSubscription.userErrors).toEqual([expect.objectContaining({ code: "TAKEN", field: ["input", "serviceId"] })]);
    const run = async (name: string) => (await s.admin.ok(subMutation(name), { input: { id } }))[name];
    expect((await run("acceptServiceSubscription")).userErrors[0]).toMatchObject({ code: "INVALID_STATE", message: "The subscription is live; it can be accepted only when pending." });
    expect((await run("suspendServiceSubscription")).serviceSubscription.state).toBe("SUSPENDED");
    expect((await run("resumeServiceSubscription")).serviceSubscription.state).toBe("LIVE");

    const plan = await s.admin.ok(`mutation($input: CreateServicePlanInput!) { createServicePlan(input: $input) { plan { id } userErrors { code } } }`, { input: { serviceId: s.serviceId, name: "Premium" } });
    const moved = await s.admin.ok(subMutation("changeServiceSubscriptionPlan", "ChangeServiceSubscriptionPlanInput"), { input: { id, planId: plan.createServicePlan.plan.id } });
    expect(moved.changeServiceSubscriptionPlan.serviceSubscription.plan.name).toBe("Premium");
    const wrong = await s.admin.ok(subMutation("changeServiceSubscriptionPlan", "ChangeServiceSubscriptionPlanInput"), { input: { id, planId: s.plans[0]!.id } });
    expect(wrong.changeServiceSubscriptionPlan.userErrors).toEqual([expect.objectContaining({ code: "WRONG_PLAN" })]);

    const app = await newApp(s);
    const DEL = `mutation($input: ServiceSubscriptionIdInput!) { deleteServiceSubscription(input: $input) { deletedServiceSubscriptionId userErrors { field code message } } }`;
    expect((await s.admin.ok(DEL, { input: { id } })).deleteServiceSubscription.userErrors).toEqual([
      { field: ["input", "id"], code: "HAS_APPLICATIONS", message: "The account has 1 application of this product: delete them first." },
    ]);
    await s.admin.ok(DELETE_APP, { input: { id: app.id } });
    expect((await s.admin.ok(DEL, { input: { id } })).deleteServiceSubscription).toEqual({ deletedServiceSubscriptionId: id, userErrors: [] });
    expect((await s.admin.ok(SUBS)).serviceSubscriptions.totalCount).toBe(0);
  });

  it("is pending on a service plan that requires approval", async () => {
    const s = await setup();
    const plan = await s.admin.ok(`mutation($input: CreateServicePlanInput!) { createServicePlan(input: $input) { plan { id } userErrors { code } } }`, {
      input: { serviceId: s.serviceId, name: "Gated", approvalRequired: true },
    });
    const created = await s.admin.ok(subMutation("createServiceSubscription", "CreateServiceSubscriptionInput"), {
      input: { accountId: s.accountId, serviceId: s.serviceId, planId: plan.createServicePlan.plan.id },
    });
    expect(created.createServiceSubscription.serviceSubscription).toMatchObject({ state: "PENDING", plan: { name: "Gated" } });
    const subs = await s.admin.ok(SUBS, { filter: { states: ["PENDING"], account: s.accountId } });
    expect(subs.serviceSubscriptions.nodes[0].availableActions).toEqual(["ACCEPT"]);
  });
});
