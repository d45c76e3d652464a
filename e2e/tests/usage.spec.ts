// Usage in a real Chromium against the real server: a tenant admin's gateway (here, the test) sends
// authreps through the usage endpoint with a service token until an application passes 80 % of its daily
// limit and is refused beyond it; the admin then sees the hits on the application's page with its
// utilization, the chart and table of usage analytics, and the usage alerts. Screenshots go to
// e2e/artifacts/ (and /tmp/usage-*.png).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, type Page, test } from "@playwright/test";
import { master } from "../support/server.js";

const artifacts = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "artifacts");
const shot = async (page: Page, name: string) => {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
  await page.screenshot({ path: path.join("/tmp", `${name}.png`), fullPage: true });
};

test("traffic through the usage endpoint shows up in the application's usage, its utilization, analytics and alerts", async ({ page, request }) => {
  const run = Date.now().toString(36);
  const admin = { tenant: `usage-${run}`, email: `admin-${run}@usage.test`, password: "usage-admin-password" };
  const gql = async (query: string, variables: object = {}) => {
    const res = await request.post("/graphql", { headers: { "content-type": "application/json" }, data: { query, variables } });
    const body = (await res.json()) as { data?: Record<string, any>; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    for (const payload of Object.values(body.data ?? {})) if (payload && typeof payload === "object" && "userErrors" in payload) expect(payload.userErrors).toEqual([]);
    return body.data!;
  };
  await gql(`mutation($input: LoginInput!) { login(input: $input) { userErrors { code } } }`, { input: master });
  await gql(`mutation($input: CreateTenantInput!) { createTenant(input: $input) { userErrors { code } } }`, {
    input: { name: `Usage ${run}`, subdomain: admin.tenant, adminEmail: admin.email, adminPassword: admin.password },
  });
  await gql(`mutation($input: LoginInput!) { login(input: $input) { userErrors { code } } }`, { input: admin });
  const services = await gql(`{ services(first: 5) { nodes { id name metrics { id systemName } applicationPlans(first: 5) { nodes { id name } } } } }`);
  const api = services.services.nodes[0];
  const hits = api.metrics.find((m: { systemName: string }) => m.systemName === "hits");
  const plan = await gql(`mutation($input: CreateApplicationPlanInput!) { createApplicationPlan(input: $input) { plan { id } userErrors { code } } }`, {
    input: { serviceId: api.id, name: "Metered" },
  });
  const planId = plan.createApplicationPlan.plan.id;
  await gql(`mutation($input: SetUsageLimitInput!) { setUsageLimit(input: $input) { userErrors { code } } }`, {
    input: { planId, metricId: hits.id, period: "DAY", value: "20" },
  });
  const account = await gql(`mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } userErrors { code } } }`, {
    input: { orgName: `Traffic Co ${run}`, email: `dev-${run}@usage.test` },
  });
  const app = await gql(`mutation($input: CreateApplicationInput!) { createApplication(input: $input) { application { id userKey } userErrors { code } } }`, {
    input: { accountId: account.createAccount.account.id, serviceId: api.id, planId, name: "Storefront" },
  });
  const token = await gql(`mutation($input: CreateServiceTokenInput!) { createServiceToken(input: $input) { token userErrors { code } } }`, {
    input: { serviceId: api.id, name: "e2e gateway" },
  });

  // The gateway: 22 calls against 20 a day; the last two are refused with limits_exceeded.
  const statuses: number[] = [];
  for (let i = 0; i < 22; i++) {
    const res = await request.post("/api/usage/authrep", {
      headers: { "content-type": "application/json", authorization: `Bearer ${token.createServiceToken.token}` },
      data: { credentials: { userKey: app.createApplication.application.userKey }, usage: { hits: 1 }, responseCode: i % 10 === 9 ? 500 : 200 },
    });
    statuses.push(res.status());
  }
  expect(statuses.filter((s) => s === 200)).toHaveLength(20);
  expect(statuses.slice(20)).toEqual([409, 409]);

  await page.goto("/login");
  await page.getByLabel("Tenant", { exact: true }).fill(admin.tenant);
  await page.getByLabel("Email", { exact: true }).fill(admin.email);
  await page.getByLabel("Password", { exact: true }).fill(admin.password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByTestId("viewer-email")).toHaveText(admin.email);

  // The application's page: today's 20 hits, and the daily limit used up.
  const appRowId = app.createApplication.application.id;
  await page.goto(`/applications/${appRowId}`);
  const usage = page.getByRole("region", { name: "Usage" });
  await expect(usage.getByText("Hits, last 30 days")).toBeVisible();
  const utilization = usage.getByRole("table", { name: "Current utilization" });
  await expect(utilization).toContainText("20");
  await expect(utilization.getByLabel(/per day: 100 % used/)).toBeVisible();
  await shot(page, "usage-application");

  // Usage analytics of the product: the same 20 hits, as a chart and as a table.
  const nav = page.getByRole("navigation", { name: "Main navigation" });
  await nav.getByRole("link", { name: "Usage", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Usage analytics" })).toBeVisible();
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  await expect(page.getByText("20", { exact: true }).first()).toBeVisible();
  await shot(page, "usage-analytics");

  // The alerts the gateway's traffic raised: 50, 80, 90 and 100 %.
  await nav.getByRole("link", { name: "Usage alerts", exact: true }).click();
  const alerts = page.getByRole("table").first();
  await expect(alerts.getByRole("row")).toHaveCount(5);
  await shot(page, "usage-alerts");

  // Settings → Organization: the time zone analytics count days in by default.
  await nav.getByRole("link", { name: "Organization", exact: true }).click();
  const organization = page.getByRole("form", { name: "Organization" });
  const zone = organization.getByRole("combobox", { name: "Time zone" });
  await expect(zone).toHaveValue("UTC");
  await zone.fill("Tokyo");
  await page.getByRole("option", { name: "Asia/Tokyo" }).click();
  await organization.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Organization saved")).toBeVisible();
  await shot(page, "usage-organization");
  await nav.getByRole("link", { name: "Usage", exact: true }).click();
  await expect(page.getByRole("combobox", { name: "Time zone" })).toHaveValue("Asia/Tokyo");
  await expect(page.getByTestId("series-time-zone")).toHaveText("Asia/Tokyo");
});
