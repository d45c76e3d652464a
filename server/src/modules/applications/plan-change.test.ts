import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMember, createTenant } from "../../../test/factories.js";
import { startTestServer, type TestServer } from "../../../test/harness.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const REQUEST = `mutation($input: RequestApplicationPlanChangeInput!) { requestApplicationPlanChange(input: $input) {
  planChangeRequest { id state message fromPlan { name } toPlan { name } application { id } } userErrors { field code message } } }`;
const APPROVE = `mutation($input: PlanChangeRequestIdInput!) { approvePlanChangeRequest(input: $input) { planChangeRequest { id state decidedAt } userErrors { field code message } } }`;
const REJECT = `mutation($input: RejectPlanChangeRequestInput!) { rejectPlanChangeRequest(input: $input) { planChangeRequest { id state reason } userErrors { field code message } } }`;

async function setup() {
  const t = await createTenant(server);
  const admin = await t.login();
  const signup = await admin.ok(`mutation { signupExpress(input: { orgName: "Requester", email: "req-${Date.now()}@example.com" }) { account { id } applications { id } } }`);
  const plans = await admin.ok(`{ services(first: 1) { nodes { applicationPlans { nodes { id name } } } } }`);
  const byName = Object.fromEntries(plans.services.nodes[0].applicationPlans.nodes.map((p: { id: string; name: string }) => [p.name, p.id]));
  return { ...t, admin, accountId: signup.signupExpress.account.id as string, appId: signup.signupExpress.applications[0].id as string, plans: byName as Record<string, string> };
}

describe("plan change requests", () => {
  it("a developer asks, the team is notified, an admin approves: the application moves and the account is told", async () => {
    const s = await setup();
    const partners = await createMember(server, s.tenant, ["PARTNERS"]);
    const asked = await s.admin.ok(REQUEST, { input: { applicationId: s.appId, planId: s.plans.Unlimited, message: "We need more." } });
    expect(asked.requestApplicationPlanChange).toMatchObject({
      planChangeRequest: { state: "PENDING", message: "We need more.", fromPlan: { name: "Basic" }, toPlan: { name: "Unlimited" }, application: { id: s.appId } },
      userErrors: [],
    });
    const id = asked.requestApplicationPlanChange.planChangeRequest.id;
    const again = await s.admin.ok(REQUEST, { input: { applicationId: s.appId, planId: s.plans.Unlimited } });
    expect(again.requestApplicationPlanChange.userErrors).toEqual([expect.objectContaining({ code: "TAKEN", field: ["input", "applicationId"] })]);
    const feed = await partners.ok(`{ notifications(first: 5) { nodes { type summary } } }`);
    expect(feed.notifications.nodes).toContainEqual({ type: "APPLICATION_PLAN_CHANGE_REQUESTED", summary: '"Requester" asks to move the application "API app" from "Basic" to "Unlimited".' });
    const listed = await s.admin.ok(`{ planChangeRequests(filter: { states: [PENDING] }) { totalCount nodes { id } } }`);
    expect(listed.planChangeRequests).toEqual({ totalCount: 1, nodes: [{ id }] });

    const approved = await s.admin.ok(APPROVE, { input: { id } });
    expect(approved.approvePlanChangeRequest).toMatchObject({ planChangeRequest: { id, state: "APPROVED", decidedAt: expect.any(String) }, userErrors: [] });
    expect((await s.admin.ok(APPROVE, { input: { id } })).approvePlanChangeRequest.userErrors).toEqual([
      { field: ["input", "id"], code: "INVALID_STATE", message: "The request is approved already." },
    ]);
    const app = await s.admin.ok(`query($id: ID!) { application(id: $id) { plan { name } account { messages { nodes { subject body } } } } }`, { id: s.appId });
    expect(app.application.plan.name).toBe("Unlimited");
    expect(app.application.account.messages.nodes).toEqual([{ subject: "Plan change approved: API app", body: 'Your application "API app" is now on the plan "Unlimited".' }]);
  });

  it("rejects with a reason sent to the developer, and refuses wrong plans", async () => {
    const s = await setup();
    const other = await createTenant(server);
    const otherAdmin = await other.login();
    expect((await s.admin.ok(REQUEST, { input: { applicationId: s.appId, planId: s.plans.Basic } })).requestApplicationPlanChange.userErrors).toEqual([
      { field: ["input", "planId"], code: "WRONG_PLAN", message: "The application is already on this plan." },
    ]);
    const accountPlan = (await s.admin.ok(`{ accountPlans { nodes { id } } }`)).accountPlans.nodes[0].id;
    expect((await s.admin.ok(REQUEST, { input: { applicationId: s.appId, planId: accountPlan } })).requestApplicationPlanChange.userErrors[0].code).toBe("WRONG_PLAN");
    expect((await otherAdmin.ok(REQUEST, { input: { applicationId: s.appId, planId: s.plans.Unlimited } })).requestApplicationPlanChange.userErrors[0].code).toBe("NOT_FOUND");

    const id = (await s.admin.ok(REQUEST, { input: { applicationId: s.appId, planId: s.plans.Unlimited } })).requestApplicationPlanChange.planChangeRequest.id;
    expect((await otherAdmin.ok(REJECT, { input: { id } })).rejectPlanChangeRequest.userErrors[0].code).toBe("NOT_FOUND");
    const rejected = await s.admin.ok(REJECT, { input: { id, reason: "Talk to sales first." } });
    expect(rejected.rejectPlanChangeRequest).toEqual({ planChangeRequest: { id, state: "REJECTED", reason: "Talk to sales first." }, userErrors: [] });
    const app = await s.admin.ok(`query($id: ID!) { application(id: $id) { plan { name } account { messages { nodes { body } } } } }`, { id: s.appId });
    expect(app.application.plan.name).toBe("Basic");
    expect(app.application.account.messages.nodes[0].body).toBe('Your request to move the application "API app" to the plan "Unlimited" was declined.\n\nTalk to sales first.');
    // Once decided, a new request may be made.
    expect((await s.admin.ok(REQUEST, { input: { applicationId: s.appId, planId: s.plans.Unlimited } })).requestApplicationPlanChange.userErrors).toEqual([]);
  });

  it("approves a request of an application on its custom plan (which goes), and keeps a plan asked for from deletion", async () => {
    const s = await setup();
    await s.admin.ok(`mutation($input: ApplicationIdInput!) { customizeApplicationPlan(input: $input) { userErrors { code } } }`, { input: { id: s.appId } });
    const asked = await s.admin.ok(REQUEST, { input: { applicationId: s.appId, planId: s.plans.Unlimited } });
    expect(asked.requestApplicationPlanChange.planChangeRequest.fromPlan).toEqual({ name: "Basic (custom)" });
    const id = asked.requestApplicationPlanChange.planChangeRequest.id;
    // While it is pending, the plan it asks for stays.
    const DELETE_PLAN = `mutation($input: PlanIdInput!) { deletePlan(input: $input) { userErrors { code message } } }`;
    expect((await s.admin.ok(DELETE_PLAN, { input: { id: s.plans.Unlimited } })).deletePlan.userErrors).toEqual([
      { code: "PLAN_IN_USE", message: "1 pending plan change request asks for this plan; approve or reject them first." },
    ]);
    const approved = await s.admin.ok(APPROVE, { input: { id } });
    expect(approved.approvePlanChangeRequest).toMatchObject({ planChangeRequest: { id, state: "APPROVED" }, userErrors: [] });
    // The custom plan went with the move; the request stays, naming no plan it came from.
    const request = await s.admin.ok(`query($id: ID!) { node(id: $id) { ... on PlanChangeRequest { state fromPlan { name } toPlan { name } } } }`, { id });
    expect(request.node).toEqual({ state: "APPROVED", fromPlan: null, toPlan: { name: "Unlimited" } });
    expect((await s.admin.ok(`query($id: ID!) { application(id: $id) { plan { name } } }`, { id: s.appId })).application.plan.name).toBe("Unlimited");
    // Decided, it no longer holds the plan; the application on it still does.
    expect((await s.admin.ok(DELETE_PLAN, { input: { id: s.plans.Unlimited } })).deletePlan.userErrors).toEqual([
      { code: "PLAN_IN_USE", message: "1 application is on this plan; move them to another plan first." },
    ]);
  });
});
