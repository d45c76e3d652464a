import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccessToken, createMember, createTenant } from "../../../test/factories.js";
import { startTestServer, type TestServer } from "../../../test/harness.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const SIGNUP = `mutation($input: SignupExpressInput!) { signupExpress(input: $input) {
  account { id orgName state plan { name } } user { username email state }
  applications { name state plan { name } service { id } userKey }
  serviceSubscriptions { state plan { name } service { id } }
  userErrors { field code message } } }`;
const SETTINGS = `mutation($input: UpdateSignupSettingsInput!) { updateSignupSettings(input: $input) { selfSignupEnabled accountApprovalRequired } }`;

let n = 0;
const email = () => `signup-${Date.now().toString(36)}${n++}@example.com`;

async function tenant() {
  const t = await createTenant(server);
  const admin = await t.login();
  const services = await admin.ok(`{ services(first: 5) { nodes { id name applicationPlans(first: 5) { nodes { id name } } servicePlans(first: 5) { nodes { id name } } } } }`);
  return { ...t, admin, service: services.services.nodes[0] };
}

describe("signup", () => {
  it("signs a developer up with the account, user, subscription and an application on each product's default plan", async () => {
    const { admin, service } = await tenant();
    const res = await admin.ok(SIGNUP, { input: { orgName: "Rocket", email: "ada@rocket.example", password: "a-strong-password-1" } });
    expect(res.signupExpress).toMatchObject({
      account: { orgName: "Rocket", state: "APPROVED", plan: { name: "Default" } },
      user: { username: "ada", email: "ada@rocket.example", state: "ACTIVE" },
      applications: [{ name: "API app", state: "LIVE", plan: { name: "Basic" }, service: { id: service.id } }],
      serviceSubscriptions: [{ state: "LIVE", plan: { name: "Default" }, service: { id: service.id } }],
      userErrors: [],
    });
    // It is a developer's action: the audit log has it, and the new account is announced.
    const log = await admin.ok(`{ auditLog(first: 10) { nodes { event } } }`);
    expect(log.auditLog.nodes.map((e: { event: string }) => e.event)).toEqual(
      expect.arrayContaining(["account.created", "account_user.created", "service_subscription.created", "application.created"]),
    );
  });

  it("waits for approval when the tenant requires it, and uses the plans given", async () => {
    const { admin, service } = await tenant();
    expect((await admin.ok(SETTINGS, { input: { accountApprovalRequired: true } })).updateSignupSettings).toEqual({ selfSignupEnabled: true, accountApprovalRequired: true });
    expect((await admin.ok(`{ signupSettings { selfSignupEnabled accountApprovalRequired } }`)).signupSettings).toEqual({ selfSignupEnabled: true, accountApprovalRequired: true });
    const unlimited = service.applicationPlans.nodes.find((p: { name: string }) => p.name === "Unlimited");
    const res = await admin.ok(SIGNUP, { input: { orgName: "Gated", email: email(), applicationPlanIds: [unlimited.id, unlimited.id], servicePlanIds: [service.servicePlans.nodes[0].id] } });
    expect(res.signupExpress.userErrors).toEqual([]);
    expect(res.signupExpress.account.state).toBe("PENDING");
    expect(res.signupExpress.user.state).toBe("PENDING");
    expect(res.signupExpress.applications.map((a: { plan: { name: string } }) => a.plan.name)).toEqual(["Unlimited", "Unlimited"]);
    expect(res.signupExpress.serviceSubscriptions).toHaveLength(1);
    const none = await admin.ok(SIGNUP, { input: { orgName: "Bare", email: email(), applicationPlanIds: [] } });
    expect(none.signupExpress).toMatchObject({ applications: [], serviceSubscriptions: [], userErrors: [] });
  });

  it("undoes everything when one part fails, saying which", async () => {
    const { admin, service } = await tenant();
    const taken = email();
    await admin.ok(SIGNUP, { input: { orgName: "First", email: taken } });
    const count = async () => (await admin.ok(`{ accounts { totalCount } applications { totalCount } serviceSubscriptions { totalCount } }`)) as Record<string, { totalCount: number }>;
    const before = await count();
    const cases: [Record<string, unknown>, { field: string[]; code: string }][] = [
      [{ email: taken }, { field: ["input", "email"], code: "TAKEN" }],
      [{ password: "short" }, { field: ["input", "password"], code: "INVALID" }],
      [{ accountPlanId: service.applicationPlans.nodes[0].id }, { field: ["input", "accountPlanId"], code: "WRONG_PLAN" }],
      [{ applicationPlanIds: [service.applicationPlans.nodes[0].id, service.servicePlans.nodes[0].id] }, { field: ["input", "applicationPlanIds", "1"], code: "WRONG_PLAN" }],
      [{ servicePlanIds: ["bogus"] }, { field: ["input", "servicePlanIds", "0"], code: "WRONG_PLAN" }],
      [{ fields: [{ name: "vat_rate", value: "x" }] }, { field: ["input", "fields", "0"], code: "INVALID" }],
    ];
    for (const [input, error] of cases) {
      const res = await admin.ok(SIGNUP, { input: { orgName: "Second", email: email(), ...input } });
      expect(res.signupExpress.account, JSON.stringify(input)).toBeNull();
      expect(res.signupExpress.userErrors, JSON.stringify(input)).toEqual([expect.objectContaining(error)]);
    }
    expect(await count()).toEqual(before);
  });

  it("requires the fields developers must fill in (admins creating an account may leave them empty)", async () => {
    const { admin } = await tenant();
    const field = `mutation($input: CreateFieldDefinitionInput!) { createFieldDefinition(input: $input) { userErrors { code message } } }`;
    expect((await admin.ok(field, { input: { target: "ACCOUNT", name: "industry", label: "Industry", required: true } })).createFieldDefinition.userErrors).toEqual([]);
    expect((await admin.ok(field, { input: { target: "USER", name: "phone", label: "Phone", required: true } })).createFieldDefinition.userErrors).toEqual([]);
    const before = (await admin.ok(`{ accounts { totalCount } }`)).accounts.totalCount;
    const missing = await admin.ok(SIGNUP, { input: { orgName: "Fieldless", email: email() } });
    expect(missing.signupExpress).toMatchObject({ account: null, applications: [] });
    expect(missing.signupExpress.userErrors).toEqual([{ field: ["input", "fields", "industry"], code: "BLANK", message: "Industry is required." }]);
    const noPhone = await admin.ok(SIGNUP, { input: { orgName: "Fieldless", email: email(), fields: [{ name: "industry", value: "Retail" }] } });
    expect(noPhone.signupExpress.userErrors).toEqual([{ field: ["input", "userFields", "phone"], code: "BLANK", message: "Phone is required." }]);
    expect((await admin.ok(`{ accounts { totalCount } }`)).accounts.totalCount).toBe(before);
    const full = await admin.ok(SIGNUP, { input: { orgName: "Fielded", email: email(), fields: [{ name: "industry", value: "Retail" }], userFields: [{ name: "phone", value: "+34 600" }] } });
    expect(full.signupExpress.userErrors).toEqual([]);
    // An admin may leave them empty.
    const byAdmin = await admin.ok(`mutation($input: CreateAccountInput!) { createAccount(input: $input) { userErrors { code } } }`, { input: { orgName: "Admin made", email: email() } });
    expect(byAdmin.createAccount.userErrors).toEqual([]);
  });

  it("is refused while self-signup is off; settings are for admins", async () => {
    const { admin, tenant: t } = await tenant();
    await admin.ok(SETTINGS, { input: { selfSignupEnabled: false } });
    const res = await admin.ok(SIGNUP, { input: { orgName: "Late", email: email() } });
    expect(res.signupExpress.userErrors).toEqual([{ field: ["input"], code: "SIGNUP_DISABLED", message: "Signups are turned off (signup settings)." }]);
    const member = await createMember(server, t);
    expect((await member.gql(SETTINGS, { input: { selfSignupEnabled: true } })).errors?.[0]?.extensions.code).toBe("FORBIDDEN");
    // An integrator's token signs developers up.
    await admin.ok(SETTINGS, { input: { selfSignupEnabled: true } });
    const token = await createAccessToken(admin);
    const viaToken = await server.client().withToken(token.token).ok(SIGNUP, { input: { orgName: "Via token", email: email() } });
    expect(viaToken.signupExpress.userErrors).toEqual([]);
  });
});
