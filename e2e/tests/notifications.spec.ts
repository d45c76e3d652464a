// Notifications in a real Chromium against the real server on a fresh embedded database: a tenant
// admin asks for email of finished bulk operations in the preferences, starts one (a bulk revoke of
// access tokens, run as a job by the server), and the notification arrives live over graphql-ws in
// the header's bell and the dashboard's Activity card; it is marked read on /notifications, and its
// email waits in the outbox as HELD (the e2e server has no SMTP_URL). Screenshots go to e2e/artifacts/.
//
// Why a bulk job and not a product deleted by a second admin: notifications skip the user who acted,
// and the API has no way to add a second team user to a tenant (no invitation or user mutation yet;
// the e2e server starts without demo data). A finished job is the one notification addressed to the
// user who started it.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, type APIRequestContext, type Page, test } from "@playwright/test";
import { master } from "../support/server.js";

const artifacts = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "artifacts");
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });

async function gql(request: APIRequestContext, query: string, variables: object = {}) {
  const res = await request.post("/graphql", { headers: { "content-type": "application/json" }, data: { query, variables } });
  const body = (await res.json()) as { data?: Record<string, any>; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data!;
}

test("a finished bulk operation reaches the bell live, is marked read, and its email is held in the outbox", async ({ page, request }) => {
  // The content policy must not block anything: the outbox's sandboxed frame inherits it.
  const policyViolations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) policyViolations.push(message.text());
  });
  const run = Date.now().toString(36);
  const tenantName = `Notify ${run}`;
  const admin = { tenant: `notify-${run}`, email: `admin-${run}@notify.test`, password: "notify-admin-password" };

  // The master creates the tenant over the API (the journey spec covers doing it in the admin).
  await gql(request, `mutation($input: LoginInput!) { login(input: $input) { userErrors { code } } }`, { input: master });
  const created = await gql(request, `mutation($input: CreateTenantInput!) { createTenant(input: $input) { userErrors { code } } }`, {
    input: { name: tenantName, subdomain: admin.tenant, adminEmail: admin.email, adminPassword: admin.password },
  });
  expect(created.createTenant.userErrors).toEqual([]);

  await page.goto("/login");
  await page.getByLabel("Tenant", { exact: true }).fill(admin.tenant);
  await page.getByLabel("Email", { exact: true }).fill(admin.email);
  await page.getByLabel("Password", { exact: true }).fill(admin.password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByTestId("viewer-email")).toHaveText(admin.email);
  await expect(page.getByRole("status", { name: /Connection: live/ })).toBeVisible({ timeout: 15_000 });

  // Nothing yet: a quiet bell and an empty Activity card.
  const bell = page.getByRole("button", { name: /^Notifications/ });
  await expect(bell).toHaveAccessibleName("Notifications");
  const activity = page.getByRole("region", { name: "Activity" });
  await expect(activity.getByText(/Nothing has happened yet/)).toBeVisible();

  // Preferences: finished bulk operations are not emailed by default; ask for them.
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Notification preferences" }).click();
  const bulkEmail = page.getByRole("switch", { name: "Email me: Bulk operation finished" });
  await expect(bulkEmail).not.toBeChecked();
  await expect(page.getByRole("switch", { name: "Email me: Product deleted" })).toBeChecked();
  await expect(page.getByRole("button", { name: "Save" })).toBeDisabled();
  await bulkEmail.check({ force: true });
  await expect(page.getByText("1 unsaved change")).toBeVisible();
  await shot(page, "notifications-01-preferences");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Preferences saved")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save" })).toBeDisabled();
  await page.reload();
  await expect(page.getByRole("switch", { name: "Email me: Bulk operation finished" })).toBeChecked();

  // Back on the dashboard, the admin starts a bulk operation through the API with the same session
  // (as a second tab would): 3 tokens, revoked by a filter as one job.
  await page.getByRole("link", { name: "Dashboard" }).click();
  await expect(activity.getByText(/Nothing has happened yet/)).toBeVisible();
  for (let i = 1; i <= 3; i++) {
    await gql(page.request, `mutation($i: CreateAccessTokenInput!) { createAccessToken(input: $i) { userErrors { code } } }`, {
      i: { name: `Notify batch ${i}`, scopes: ["ANALYTICS"], permission: "READ_ONLY" },
    });
  }
  const revoked = await gql(page.request, `mutation($input: RevokeAccessTokensInput!) { revokeAccessTokens(input: $input) { job { id } userErrors { code } } }`, {
    input: { filter: { search: "Notify batch" }, exceptIds: [] },
  });
  expect(revoked.revokeAccessTokens.userErrors).toEqual([]);
  expect(revoked.revokeAccessTokens.job).toBeTruthy();

  // Pushed live, without a reload: the bell's number and the Activity card.
  await expect(bell).toHaveAccessibleName("Notifications: 1 unread", { timeout: 30_000 });
  await expect(page.getByTestId("notification-count")).toContainText("1");
  await expect(activity.getByRole("button", { name: /Bulk operation finished: .*3 of 3 items done.*\(unread\)/ })).toBeVisible();
  await shot(page, "notifications-02-dashboard");

  // The bell's dropdown lists it, unread.
  await bell.click();
  const dropdown = page.getByRole("dialog", { name: "Notifications" });
  await expect(dropdown.getByRole("button", { name: /Bulk operation finished.*\(unread\)/ })).toBeVisible();
  await expect(dropdown.getByRole("button", { name: "Mark all read" })).toBeEnabled();
  await shot(page, "notifications-03-bell");

  // See all: the listing, unread only; select it and mark it read.
  await dropdown.getByRole("link", { name: "See all" }).click();
  await expect(page).toHaveURL(/\/notifications$/);
  const table = page.getByRole("table", { name: "Notifications" });
  await expect(table.getByRole("row")).toHaveCount(2);
  await page.locator("label", { hasText: /^Unread$/ }).click();
  await expect(page).toHaveURL(/show=unread/);
  await expect(table.getByRole("row", { name: /Bulk operation finished/ })).toContainText("unread");
  await shot(page, "notifications-04-list-unread");
  await table.getByRole("checkbox", { name: /^Select The bulk operation/ }).check();
  await page.getByRole("region", { name: "Bulk actions" }).getByRole("button", { name: "Mark read" }).click();
  await expect(page.getByText("Marked 1 notification read")).toBeVisible();
  await expect(table.getByText("No notification matches the filter.")).toBeVisible();
  await expect(bell).toHaveAccessibleName("Notifications");
  await page.locator("label", { hasText: /^All$/ }).click();
  await expect(table.getByRole("row", { name: /Bulk operation finished/ })).toContainText("read");
  await shot(page, "notifications-05-list-read");

  // The email is in the outbox, HELD: no mail server is configured.
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Outbox" }).click();
  const outbox = page.getByRole("table", { name: "Outbox" });
  const mail = outbox.getByRole("row", { name: new RegExp(`\\[${tenantName}\\] Bulk operation finished`) });
  await expect(mail).toContainText("Held");
  await expect(mail).toContainText(admin.email);
  await expect(page.getByText(/no mail server was configured/)).toBeVisible();
  await page.getByRole("group", { name: "Status" }).getByText("Held", { exact: true }).click();
  await expect(page).toHaveURL(/statuses=/);
  await expect(outbox.getByRole("row")).toHaveCount(2);
  await shot(page, "notifications-06-outbox");
  await outbox.getByRole("button", { name: `[${tenantName}] Bulk operation finished` }).click();
  const message = page.getByRole("dialog", { name: `[${tenantName}] Bulk operation finished` });
  await expect(message.getByTestId("outbox-text-body")).toContainText("3 of 3 items done");
  const frame = message.frameLocator("iframe");
  await expect(frame.getByRole("heading", { name: "Bulk operation finished" })).toBeVisible();
  await expect(message.locator("iframe")).toHaveAttribute("sandbox", "");
  await shot(page, "notifications-07-outbox-message");
  expect(policyViolations).toEqual([]);
});
