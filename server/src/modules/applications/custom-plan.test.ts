import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTenant } from "../../../test/factories.js";
import { startTestServer, type TestServer } from "../../../test/harness.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const PAYLOAD = `application { id plan { id name state customForApplication { id } } } userErrors { field code message }`;
const CUSTOMIZE = `mutation($input: ApplicationIdInput!) { customizeApplicationPlan(input: $input) { ${PAYLOAD} } }`;
const DECUSTOMIZE = `mutation($input: DecustomizeApplicationPlanInput!) { decustomizeApplicationPlan(input: $input) { ${PAYLOAD} } }`;
const PLANS = `query($id: ID!) { service(id: $id) { applicationPlans { nodes { name } } } }`;

async function setup() {
  const admin = await (await createTenant(server)).login();
  const signup = await admin.ok(`mutation { signupExpress(input: { orgName: "Custom", email: "custom-${Date.now()}@example.com" }) { applications { id service { id applicationPlans { nodes { id name } } } } } }`);
  const app = signup.signupExpress.applications[0];
  const basic = app.service.applicationPlans.nodes.find((p: { name: string }) => p.name === "Basic");
  return { admin, appId: app.id as string, serviceId: app.service.id as string, basicId: basic.id as string };
}

describe("custom application plans", () => {
  it("copies the plan for the application alone; edits of the original do not reach it; reverting deletes it", async () => {
    const s = await setup();
    const metric = (await s.admin.ok(`query($id: ID!) { service(id: $id) { metrics { id systemName } } }`, { id: s.serviceId })).service.metrics[0].id;
    await s.admin.ok(`mutation($input: SetUsageLimitInput!) { setUsageLimit(input: $input) { userErrors { code message } } }`, { input: { planId: s.basicId, metricId: metric, period: "DAY", value: 100 } });
    const customized = await s.admin.ok(CUSTOMIZE, { input: { id: s.appId } });
    expect(customized.customizeApplicationPlan.userErrors).toEqual([]);
    const custom = customized.customizeApplicationPlan.application.plan;
    expect(custom).toMatchObject({ name: "Basic (custom)", state: "HIDDEN", customForApplication: { id: s.appId } });
    // The copy has the original's limit; a later change of the original does not reach it.
    await s.admin.ok(`mutation($input: SetUsageLimitInput!) { setUsageLimit(input: $input) { userErrors { code } } }`, { input: { planId: s.basicId, metricId: metric, period: "DAY", value: 5 } });
    const limits = async (id: string) =>
      ((await s.admin.ok(`query($id: ID!) { node(id: $id) { ... on Plan { metrics { usageLimits { value period } } } } }`, { id })).node.metrics as { usageLimits: unknown[] }[]).flatMap((m) => m.usageLimits);
    expect(await limits(custom.id)).toEqual([{ value: "100", period: "DAY" }]);
    expect(await limits(s.basicId)).toEqual([{ value: "5", period: "DAY" }]);
    // Not among the service's plans, not for other applications, not a default.
    expect((await s.admin.ok(PLANS, { id: s.serviceId })).service.applicationPlans.nodes.map((p: { name: string }) => p.name)).toEqual(["Basic", "Unlimited"]);
    const again = await s.admin.ok(CUSTOMIZE, { input: { id: s.appId } });
    expect(again.customizeApplicationPlan.userErrors).toEqual([{ field: ["input", "id"], code: "INVALID_STATE", message: 'The application is on its custom plan "Basic (custom)" already.' }]);
    const accountId = (await s.admin.ok(`query($id: ID!) { application(id: $id) { account { id } } }`, { id: s.appId })).application.account.id;
    const other = await s.admin.ok(`mutation($input: CreateApplicationInput!) { createApplication(input: $input) { userErrors { code } } }`, {
      input: { accountId, serviceId: s.serviceId, planId: custom.id, name: "Other" },
    });
    expect(other.createApplication.userErrors).toEqual([{ code: "WRONG_PLAN" }]);
    expect((await s.admin.ok(`mutation($input: PlanIdInput!) { setDefaultPlan(input: $input) { userErrors { code } } }`, { input: { id: custom.id } })).setDefaultPlan.userErrors).toEqual([{ code: "WRONG_KIND" }]);

    const reverted = await s.admin.ok(DECUSTOMIZE, { input: { id: s.appId } });
    expect(reverted.decustomizeApplicationPlan).toMatchObject({ application: { plan: { id: s.basicId, name: "Basic", customForApplication: null } }, userErrors: [] });
    expect((await s.admin.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: custom.id })).data?.node).toBeNull();
    expect((await s.admin.ok(DECUSTOMIZE, { input: { id: s.appId } })).decustomizeApplicationPlan.userErrors[0].code).toBe("INVALID_STATE");
  });

  it("goes with its application, and leaving it for another plan deletes it", async () => {
    const s = await setup();
    const first = (await s.admin.ok(CUSTOMIZE, { input: { id: s.appId } })).customizeApplicationPlan.application.plan.id;
    const unlimited = (await s.admin.ok(PLANS.replace("nodes { name }", "nodes { id name }"), { id: s.serviceId })).service.applicationPlans.nodes.find((p: { name: string }) => p.name === "Unlimited").id;
    await s.admin.ok(`mutation($input: ChangeApplicationPlanInput!) { changeApplicationPlan(input: $input) { userErrors { code } } }`, { input: { id: s.appId, planId: unlimited } });
    expect((await s.admin.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: first })).data?.node).toBeNull();
    const second = (await s.admin.ok(CUSTOMIZE, { input: { id: s.appId } })).customizeApplicationPlan.application.plan;
    expect(second.name).toBe("Unlimited (custom)");
    await s.admin.ok(`mutation($input: ApplicationIdInput!) { deleteApplication(input: $input) { userErrors { code } } }`, { input: { id: s.appId } });
    expect((await s.admin.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: second.id })).data?.node).toBeNull();
    // With the plan it came from gone, reverting needs a plan.
    const s2 = await setup();
    await s2.admin.ok(CUSTOMIZE, { input: { id: s2.appId } });
    const noPlan = await s2.admin.ok(DECUSTOMIZE, { input: { id: s2.appId, planId: s2.appId } });
    expect(noPlan.decustomizeApplicationPlan.userErrors).toEqual([expect.objectContaining({ code: "WRONG_PLAN", field: ["input", "planId"] })]);
  });

  it("customizes on a product that has as many plans as it may have (custom plans do not count)", async () => {
    const s = await setup();
    const CREATE_PLAN = `mutation($input: CreateApplicationPlanInput!) { createApplicationPlan(input: $input) { userErrors { code } } }`;
    const existing = (await s.admin.ok(PLANS, { id: s.serviceId })).service.applicationPlans.nodes.length;
    for (let i = existing; i < 200; i++) expect((await s.admin.ok(CREATE_PLAN, { input: { serviceId: s.serviceId, name: `Plan ${i}` } })).createApplicationPlan.userErrors).toEqual([]);
    expect((await s.admin.ok(CREATE_PLAN, { input: { serviceId: s.serviceId, name: "One too many" } })).createApplicationPlan.userErrors).toEqual([{ code: "LIMIT_REACHED" }]);
    const customized = await s.admin.ok(CUSTOMIZE, { input: { id: s.appId } });
    expect(customized.customizeApplicationPlan).toMatchObject({ application: { plan: { name: "Basic (custom)" } }, userErrors: [] });
  });
});
