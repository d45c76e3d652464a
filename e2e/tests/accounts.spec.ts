// Developer accounts in a real Chromium against the real server: a tenant admin creates an account, finds
// it by its admin's email, makes it pending and approves it, moves it to another account plan, then adds
// an extra field in Settings → Fields and sets it on the account. Screenshots go to e2e/artifacts/ (and
// /tmp/accounts-*.png, to look at while working).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, type Page, test } from "@playwright/test";
import { master } from "../support/server.js";

const artifacts = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "artifacts");
const shot = async (page: Page, name: string) => {
  await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
  await page.screenshot({ path: path.join("/tmp", `${name}.png`), fullPage: true });
};

test("a tenant admin creates a developer account, moves it through states and plans, and gives it an extra field", async ({ page, request }) => {
  const run = Date.now().toString(36);
  const admin = { tenant: `accounts-${run}`, email: `admin-${run}@accounts.test`, password: "accounts-admin-password" };
  const developer = { org: `Journey Labs ${run}`, email: `dev-${run}@journey.test` };

  // The master creates the tenant, whose admin adds a second account plan, over the API.
  const gql = async (query: string, variables: object) => {
    const res = await request.post("/graphql", { headers: { "content-type": "application/json" }, data: { query, variables } });
    const body = (await res.json()) as { data?: Record<string, { userErrors?: unknown[] }>; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    return body.data!;
  };
  await gql(`mutation($input: LoginInput!) { login(input: $input) { userErrors { code } } }`, { input: master });
  const created = await gql(`mutation($input: CreateTenantInput!) { createTenant(input: $input) { userErrors { code } } }`, {
    input: { name: `Accounts ${run}`, subdomain: admin.tenant, adminEmail: admin.email, adminPassword: admin.password },
  });
  expect(created.createTenant!.userErrors).toEqual([]);
  await gql(`mutation($input: LoginInput!) { login(input: $input) { userErrors { code } } }`, { input: admin });
  const plan = await gql(`mutation($input: CreateAccountPlanInput!) { createAccountPlan(input: $input) { userErrors { code } } }`, {
    input: { name: "Gold", costPerMonth: "49.00" },
  });
  expect(plan.createAccountPlan!.userErrors).toEqual([]);

  await page.goto("/login");
  await page.getByLabel("Tenant", { exact: true }).fill(admin.tenant);
  await page.getByLabel("Email", { exact: true }).fill(admin.email);
  await page.getByLabel("Password", { exact: true }).fill(admin.password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByTestId("viewer-email")).toHaveText(admin.email);

  // Create the account: on the default plan, with a VAT rate; it opens on its page, approved.
  await page.getByRole("link", { name: "Accounts", exact: true }).click();
  await expect(page.getByRole("table", { name: "Accounts" })).toContainText("No developer accounts yet.");
  await page.getByRole("button", { name: "Create account" }).click();
  const create = page.getByRole("dialog", { name: "Create account" });
  await create.getByLabel("Organization name", { exact: true }).fill(developer.org);
  await create.getByLabel("Admin email", { exact: true }).fill(developer.email);
  await expect(create.getByTestId("username-preview")).toContainText(`dev-${run}`);
  await create.getByLabel("VAT rate (%)", { exact: true }).fill("21");
  await create.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: developer.org })).toBeVisible();
  await expect(page.getByTestId("account-state")).toHaveText("Approved");
  await expect(page.getByLabel("VAT rate (%)", { exact: true })).toHaveValue("21");

  // The same email again is refused at the email input.
  await page.getByRole("link", { name: "Accounts", exact: true }).first().click();
  await page.getByRole("button", { name: "Create account" }).click();
  await create.getByLabel("Organization name", { exact: true }).fill("Someone Else");
  await create.getByLabel("Admin email", { exact: true }).fill(developer.email);
  await create.getByRole("button", { name: "Create account" }).click();
  await expect(create.getByText("Another developer user of this tenant has this email.")).toBeVisible();
  await create.getByRole("button", { name: "Cancel" }).click();

  // Find it by its admin's email.
  const accounts = page.getByRole("table", { name: "Accounts" });
  await page.getByRole("textbox", { name: "Search accounts" }).fill(developer.email);
  await expect(page).toHaveURL(/q=/);
  await expect(accounts.getByRole("row")).toHaveCount(2);
  await expect(accounts.getByRole("row").nth(1)).toContainText(developer.email);
  await expect(accounts.getByRole("row").nth(1)).toContainText("Approved");
  await shot(page, "accounts-01-listing");
  await accounts.getByRole("link", { name: developer.org }).click();
  await expect(page.getByRole("heading", { name: developer.org })).toBeVisible();

  // Make it pending, then approve it; only the changes its state allows are offered.
  const actions = page.getByRole("group", { name: "State actions" });
  await expect(actions.getByRole("button", { name: "Approve" })).toHaveCount(0);
  await actions.getByRole("button", { name: "Make pending" }).click();
  await expect(page.getByTestId("account-state")).toHaveText("Pending");
  await expect(actions.getByRole("button", { name: "Make pending" })).toHaveCount(0);
  await actions.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByTestId("account-state")).toHaveText("Approved");

  // Move it to the Gold plan.
  await expect(page.getByTestId("account-plan")).toHaveText("Default");
  await page.getByRole("combobox", { name: "Account plan" }).click();
  await page.getByRole("option", { name: /^Gold/ }).click();
  await page.getByRole("button", { name: "Change plan" }).click();
  await expect(page.getByTestId("account-plan")).toHaveText("Gold");
  await shot(page, "accounts-02-account");

  // Settings → Fields: an extra field of accounts with two choices.
  await page.getByRole("link", { name: "Fields", exact: true }).click();
  const fields = page.getByRole("table", { name: "Account fields" });
  await expect(fields.locator('tr[data-field="vat_rate"]')).toContainText("built-in");
  await page.getByRole("button", { name: "Add field" }).click();
  const add = page.getByRole("dialog", { name: "Add a field to accounts" });
  await add.getByLabel("Name", { exact: true }).fill("industry");
  await add.getByLabel("Label", { exact: true }).fill("Industry");
  await add.getByLabel("Choices", { exact: true }).fill("Fintech");
  await add.getByLabel("Choices", { exact: true }).press("Enter");
  await add.getByLabel("Choices", { exact: true }).fill("Retail");
  await add.getByLabel("Choices", { exact: true }).press("Enter");
  await add.getByLabel("Hidden from developers").check();
  await add.getByRole("button", { name: "Add field" }).click();
  await expect(add).toBeHidden();
  const industry = fields.locator('tr[data-field="industry"]');
  await expect(industry).toContainText("extra");
  await expect(industry).toContainText("Fintech");
  await shot(page, "accounts-03-fields");

  // Set it on the account: it is marked hidden from developers, and the value stays after a reload.
  await page.goBack();
  await expect(page.getByRole("heading", { name: developer.org })).toBeVisible();
  const details = page.getByRole("form", { name: "Account details" });
  await expect(details.getByText("hidden from developers")).toBeVisible();
  await details.getByRole("combobox", { name: "Industry" }).click();
  await page.getByRole("option", { name: "Retail" }).click();
  await details.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Account saved")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("form", { name: "Account details" }).getByRole("combobox", { name: "Industry" })).toHaveValue("Retail");
  await expect(page.getByTestId("account-plan")).toHaveText("Gold");
  await shot(page, "accounts-04-account-with-field");
});
