// Applications and bulk operations in a real Chromium against the real server: a tenant admin approves
// two pending accounts in bulk (and sees, approving them again, each refusal with its code), switches a
// product to app ID + app key, creates an application for one account, rotates its app key (adds a
// second, deletes the first, and is refused deleting the last), suspends the application and sees it
// suspended on its page and in the listing, exports the suspended applications as CSV, approves a plan change
// the developer asked for over the API, then looks at Settings → Signup. Screenshots go to
// e2e/artifacts/ (and /tmp/applications-*.png, to look at while working).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, type Page, test } from "@playwright/test";
import { master } from "../support/server.js";

const artifacts = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "artifacts");
const shot = async (page: Page, name: string) => {
  // Toasts would cover the page, and a full-page capture of a scrolled page draws the fixed header midway.
  for (const close of await page.locator(".mantine-Notification-closeButton").all()) await close.click();
  await expect(page.locator(".mantine-Notification-root")).toHaveCount(0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
  await page.screenshot({ path: path.join("/tmp", `${name}.png`), fullPage: true });
};

test("a tenant admin approves pending accounts in bulk, rotates an application's app key and suspends it", async ({ page, request }) => {
  const run = Date.now().toString(36);
  const admin = { tenant: `apps-${run}`, email: `admin-${run}@apps.test`, password: "apps-admin-password" };
  const orgs = [`Bulk Alpha ${run}`, `Bulk Beta ${run}`];

  // Over the API: the master creates the tenant; its admin gives the default product "API" default
  // application and service plans, and creates two developer accounts, both made pending.
  const gql = async (query: string, variables: object) => {
    const res = await request.post("/graphql", { headers: { "content-type": "application/json" }, data: { query, variables } });
    const body = (await res.json()) as { data?: Record<string, Record<string, unknown> & { userErrors?: unknown[] }>; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    for (const payload of Object.values(body.data ?? {})) if (payload && "userErrors" in payload) expect(payload.userErrors).toEqual([]);
    return body.data!;
  };
  await gql(`mutation($input: LoginInput!) { login(input: $input) { userErrors { code } } }`, { input: master });
  await gql(`mutation($input: CreateTenantInput!) { createTenant(input: $input) { userErrors { code } } }`, {
    input: { name: `Apps ${run}`, subdomain: admin.tenant, adminEmail: admin.email, adminPassword: admin.password },
  });
  await gql(`mutation($input: LoginInput!) { login(input: $input) { userErrors { code } } }`, { input: admin });
  const services = await gql(`query { services(first: 10) { nodes { id name } } }`, {});
  const api = (services.services as unknown as { nodes: { id: string; name: string }[] }).nodes.find((s) => s.name === "API")!;
  for (const kind of ["Application", "Service"] as const) {
    const created = await gql(`mutation($input: Create${kind}PlanInput!) { create${kind}Plan(input: $input) { plan { id } userErrors { code message } } }`, {
      input: { serviceId: api.id, name: kind === "Application" ? "Basic" : "Standard" },
    });
    const planId = (created[`create${kind}Plan`]!.plan as { id: string }).id;
    await gql(`mutation($input: PlanIdInput!) { setDefaultPlan(input: $input) { userErrors { code message } } }`, { input: { id: planId } });
  }
  for (const [i, orgName] of orgs.entries()) {
    const created = await gql(`mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } userErrors { code message } } }`, {
      input: { orgName, email: `dev${i}-${run}@bulk.test` },
    });
    const accountId = (created.createAccount!.account as { id: string }).id;
    await gql(`mutation($input: AccountIdInput!) { makeAccountPending(input: $input) { userErrors { code message } } }`, { input: { id: accountId } });
  }

  await page.goto("/login");
  await page.getByLabel("Tenant", { exact: true }).fill(admin.tenant);
  await page.getByLabel("Email", { exact: true }).fill(admin.email);
  await page.getByLabel("Password", { exact: true }).fill(admin.password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByTestId("viewer-email")).toHaveText(admin.email);

  // Approve both pending accounts in bulk: select them, Change state → Approve, confirm the count.
  const nav = page.getByRole("navigation", { name: "Main navigation" });
  await nav.getByRole("link", { name: "Accounts", exact: true }).click();
  const accounts = page.getByRole("table", { name: "Accounts" });
  // The chips' inputs are hidden behind their labels: click what the user clicks.
  const pendingChip = page.getByRole("group", { name: "State" }).getByText("Pending", { exact: true });
  await pendingChip.click();
  await expect(page).toHaveURL(/states=/);
  await expect(accounts.getByRole("row")).toHaveCount(3);
  for (const org of orgs) await accounts.getByRole("checkbox", { name: `Select ${org}` }).check();
  const bar = page.getByRole("region", { name: "Bulk actions" });
  await expect(bar).toContainText("2 selected");
  await bar.getByRole("button", { name: "Change state" }).click();
  const dialog = page.getByRole("dialog", { name: "Change state" });
  await expect(dialog.getByRole("radio", { name: "Approve" })).toBeChecked();
  await expect(dialog.getByTestId("bulk-confirmation")).toContainText("Approve the 2 accounts selected?");
  await dialog.getByRole("button", { name: "Approve 2 accounts" }).click();
  const result = page.getByRole("region", { name: "Bulk operation result" });
  await expect(result).toContainText("Approve: 2 accounts approved");
  await expect(dialog).toBeHidden();
  // Both left the Pending filter; without it they are Approved.
  await expect(accounts).toContainText("No account matches the filters.");
  await pendingChip.click();
  for (const org of orgs) await expect(accounts.getByRole("row", { name: new RegExp(org) })).toContainText("Approved");

  // Approving them again is refused for each, with its code and reason, in the result panel.
  for (const org of orgs) await accounts.getByRole("checkbox", { name: `Select ${org}` }).check();
  await bar.getByRole("button", { name: "Change state" }).click();
  await dialog.getByRole("button", { name: "Approve 2 accounts" }).click();
  await expect(result).toContainText("0 accounts approved, 2 failed");
  const failures = result.getByRole("table", { name: "Failures" });
  await expect(failures.getByRole("row")).toHaveCount(3);
  await expect(failures.getByRole("row", { name: new RegExp(orgs[0]!) })).toContainText("INVALID_STATE");
  await expect(failures).toContainText("The account is approved; it can be approved only when created, pending, rejected.");
  await accounts.getByRole("checkbox", { name: `Select ${orgs[0]}` }).check();
  await expect(bar).toContainText("1 selected");
  await shot(page, "applications-03-accounts-bulk-result");
  await bar.getByRole("button", { name: "Clear selection" }).click();

  // Switch the product "API" to app ID + app key, in its settings.
  await nav.getByRole("link", { name: "Products" }).click();
  await page.getByRole("table", { name: "Products" }).getByRole("link", { name: "API", exact: true }).click();
  const settings = page.getByRole("form", { name: "Product settings" });
  await settings.getByRole("combobox", { name: "Authentication" }).click();
  await page.getByRole("option", { name: "App ID and App Key" }).click();
  await settings.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Product saved")).toBeVisible();

  // A new application for the first account, on the product's default plan: its page opens.
  await nav.getByRole("link", { name: "Accounts", exact: true }).click();
  await accounts.getByRole("link", { name: orgs[0] }).click();
  await expect(page.getByRole("heading", { name: orgs[0] })).toBeVisible();
  await page.getByRole("button", { name: "New application" }).click();
  const create = page.getByRole("dialog", { name: "New application" });
  await create.getByRole("combobox", { name: "Product" }).click();
  await page.getByRole("option", { name: "API", exact: true }).click();
  await expect(create.getByRole("combobox", { name: "Application plan" })).toHaveValue("Basic (default, hidden)");
  await create.getByRole("textbox", { name: "Name", exact: true }).fill("Rotation App");
  await create.getByRole("button", { name: "Create application" }).click();
  await expect(page.getByRole("heading", { name: "Rotation App" })).toBeVisible();
  await expect(page.getByTestId("application-state").first()).toHaveText("Live");

  // Its credentials are an app ID and one app key; add a second key, then delete the first.
  const credentials = page.getByRole("region", { name: "Credentials" });
  await expect(credentials.getByTestId("auth-mode")).toContainText("App ID and app keys");
  await expect(credentials.getByTestId("app-id")).toHaveText(/^[0-9a-f]{16}$/);
  const keys = credentials.getByRole("table", { name: "App keys" });
  await expect(keys.getByTestId("app-key")).toHaveCount(1);
  const firstKey = (await keys.getByTestId("app-key").first().locator("code").textContent())!;
  await credentials.getByRole("button", { name: "Add generated key" }).click();
  await expect(keys.getByTestId("app-key")).toHaveCount(2);
  const secondKey = (await keys.getByTestId("app-key").nth(1).locator("code").textContent())!;
  expect(secondKey).not.toBe(firstKey);
  await keys.getByRole("button", { name: `Delete key …${firstKey.slice(-4)}` }).click();
  await expect(keys.getByTestId("app-key")).toHaveCount(1);
  await expect(keys).toContainText(secondKey);
  await expect(keys).not.toContainText(firstKey);
  // The last key stays: the product requires one.
  await keys.getByRole("button", { name: `Delete key …${secondKey.slice(-4)}` }).click();
  await expect(credentials.getByRole("alert")).toContainText("This is the application's only app key and its product requires one");
  await expect(keys.getByTestId("app-key")).toHaveCount(1);
  await shot(page, "applications-02-application-credentials");

  // Suspend it: it asks first, then the page says Suspended and offers Resume only.
  const actions = page.getByRole("group", { name: "State actions" });
  await actions.getByRole("button", { name: "Suspend" }).click();
  await page.getByRole("dialog", { name: "Suspend application" }).getByRole("button", { name: "Suspend application" }).click();
  await expect(page.getByTestId("application-state").first()).toHaveText("Suspended");
  await expect(actions.getByRole("button")).toHaveText(["Resume"]);
  await page.reload();
  await expect(page.getByTestId("application-state").first()).toHaveText("Suspended");

  // The listing shows it suspended, with its account, product and plan.
  await nav.getByRole("link", { name: "Applications" }).click();
  const applications = page.getByRole("table", { name: "Applications" });
  const row = applications.getByRole("row", { name: /Rotation App/ });
  await expect(row).toContainText("Suspended");
  await expect(row).toContainText(orgs[0]!);
  await expect(row).toContainText("API");
  await expect(row).toContainText("Basic");
  await expect(row).toContainText("Free");
  await shot(page, "applications-01-listing");

  // Export the suspended ones as CSV: the job runs, then the browser downloads the file.
  await page.getByRole("group", { name: "State" }).getByText("Suspended", { exact: true }).click();
  await expect(applications.getByRole("row")).toHaveCount(2);
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^applications-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = (await readFile((await download.path())!, "utf8")).replace(/^\ufeff/, "").split("\r\n");
  expect(csv[0]).toBe("ID,Name,State,Account ID,Account,Product,Plan,Paid,App ID / client ID,Created at,Trial ends at,First traffic at,Last traffic at");
  expect(csv.slice(1, -1)).toHaveLength(1);
  expect(csv[1]).toContain(`,Rotation App,SUSPENDED,`);
  expect(csv[1]).toContain(`,${orgs[0]},API,Basic,false,`);
  await expect(page.getByText("Export ready")).toBeVisible();

  // A developer asks (over the API) to move the application to a new plan, Premium; the admin approves
  // it on Plan change requests: it leaves the pending queue, shows approved, and the application moves.
  const premium = await gql(`mutation($input: CreateApplicationPlanInput!) { createApplicationPlan(input: $input) { plan { id } userErrors { code message } } }`, {
    input: { serviceId: api.id, name: "Premium" },
  });
  const premiumId = (premium.createApplicationPlan!.plan as { id: string }).id;
  const listed = await gql(`query { applications(first: 10) { nodes { id name } } }`, {});
  const rotationApp = (listed.applications as unknown as { nodes: { id: string; name: string }[] }).nodes.find((a) => a.name === "Rotation App")!;
  await gql(`mutation($input: RequestApplicationPlanChangeInput!) { requestApplicationPlanChange(input: $input) { planChangeRequest { id } userErrors { code message } } }`, {
    input: { applicationId: rotationApp.id, planId: premiumId, message: "We need more calls." },
  });
  await nav.getByRole("link", { name: "Plan change requests" }).click();
  const requests = page.getByRole("table", { name: "Plan change requests" });
  const asked = requests.getByRole("row", { name: /Rotation App/ });
  for (const text of [orgs[0]!, "API", "Basic", "Premium", "We need more calls.", "Pending"]) await expect(asked).toContainText(text);
  await shot(page, "applications-05-plan-change-requests");
  await asked.getByRole("button", { name: `Approve Rotation App of ${orgs[0]}` }).click();
  await expect(page.getByText("Plan change approved")).toBeVisible();
  await expect(requests).toContainText("No plan change request is waiting for a decision.");
  await page.getByRole("group", { name: "State" }).getByText("Approved", { exact: true }).click();
  await expect(requests.getByRole("row", { name: /Rotation App/ })).toContainText("Approved");
  await expect(requests.getByRole("button", { name: /^Approve/ })).toHaveCount(0);
  const moved = await gql(`query($id: ID!) { application(id: $id) { id plan { id name } } }`, { id: rotationApp.id });
  expect((moved.application as unknown as { plan: { name: string } }).plan.name).toBe("Premium");

  // Settings → Signup: approval required, saved at once.
  await nav.getByRole("link", { name: "Signup" }).click();
  const approval = page.getByRole("switch", { name: "New accounts wait for approval" });
  await expect(approval).not.toBeChecked();
  await approval.click();
  await expect(page.getByText("Signup settings saved")).toBeVisible();
  await expect(approval).toBeChecked();
  await page.reload();
  await expect(page.getByRole("switch", { name: "New accounts wait for approval" })).toBeChecked();
  await shot(page, "applications-04-settings-signup");
});
