import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTenant } from "../../../test/factories.js";
import { startTestServer, type TestServer } from "../../../test/harness.js";

// Jobs are picked up within 50 ms here (the main applications tests keep workers idle for exact statement counts).
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ GATEHOUSE_JOB_POLL_MS: "50" });
});
afterAll(() => server?.close());

const CREATE_APP = `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { application { id } userErrors { code } } }`;
const SUBS = `{ serviceSubscriptions { nodes { id } } }`;
const BULK_APPS = `mutation($input: RunBulkApplicationOperationInput!) { runBulkApplicationOperation(input: $input) {
  results { id status error { code message } } job { id kind } userErrors { field code message } } }`;
const BULK_SUBS = `mutation($input: RunBulkServiceSubscriptionOperationInput!) { runBulkServiceSubscriptionOperation(input: $input) {
  results { id status error { code } } job { id } userErrors { field code } } }`;

async function setup() {
  const admin = await (await createTenant(server)).login();
  const acc = await admin.ok(`mutation { createAccount(input: { orgName: "Bulk", email: "bulk-${Date.now()}@example.com" }) { account { id } } }`);
  const services = await admin.ok(`{ services(first: 1) { nodes { id } } }`);
  return { admin, accountId: acc.createAccount.account.id as string, serviceId: services.services.nodes[0].id as string };
}

async function newApp(s: Awaited<ReturnType<typeof setup>>, extra: Record<string, unknown>) {
  const res = await s.admin.ok(CREATE_APP, { input: { accountId: s.accountId, serviceId: s.serviceId, name: "App", ...extra } });
  expect(res.createApplication.userErrors).toEqual([]);
  return res.createApplication.application;
}

describe("bulk operations on applications and subscriptions by filter", () => {
  it("by filter as a job, and subscriptions likewise", async () => {
    const s = await setup();
    for (let i = 0; i < 3; i++) await newApp(s, { name: `App ${i}` });
    const res = await s.admin.ok(BULK_APPS, { input: { filter: { states: ["LIVE"] }, operation: "SUSPEND" } });
    expect(res.runBulkApplicationOperation.job.kind).toBe("applications.bulkOperation");
    let job;
    for (let i = 0; i < 100; i++) {
      job = (await s.admin.ok(`query($id: ID!) { job(id: $id) { status total succeeded } }`, { id: res.runBulkApplicationOperation.job.id })).job;
      if (job.status === "SUCCEEDED" || job.status === "FAILED") break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(job).toEqual({ status: "SUCCEEDED", total: 3, succeeded: 3 });
    expect((await s.admin.ok(`{ applications(filter: { states: [SUSPENDED] }) { totalCount } }`)).applications.totalCount).toBe(3);

    const sub = (await s.admin.ok(SUBS)).serviceSubscriptions.nodes[0].id;
    const subs = await s.admin.ok(BULK_SUBS, { input: { ids: [sub], operation: "SEND_EMAIL", subject: "News", body: "We have news." } });
    expect(subs.runBulkServiceSubscriptionOperation.results).toEqual([{ id: sub, status: "DONE", error: null }]);
    const inbox = await s.admin.ok(`query($id: ID!) { account(id: $id) { messages { nodes { subject } } } }`, { id: s.accountId });
    expect(inbox.account.messages.nodes).toEqual([{ subject: "News" }]);
  });
});
