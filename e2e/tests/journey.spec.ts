// The main journey in a real Chromium against the real server on a fresh embedded database:
// the master creates a tenant; its admin creates an access token, an integrator uses it over HTTP,
// the admin revokes it and the integrator is refused; then 30 tokens found by a search are revoked
// across pages as one job. Screenshots of each page go to e2e/artifacts/.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, type Page, test } from "@playwright/test";
import { type FirstLoad, FIRST_LOADS, measureFirstLoad, medianFirstLoad, recordFirstLoad } from "../support/first-load.js";
import { master } from "../support/server.js";

const artifacts = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "artifacts");
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });

async function logIn(page: Page, login: { tenant?: string; email: string; password: string }) {
  await page.goto("/login");
  if (login.tenant) await page.getByLabel("Tenant", { exact: true }).fill(login.tenant);
  await page.getByLabel("Email", { exact: true }).fill(login.email);
  await page.getByLabel("Password", { exact: true }).fill(login.password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByTestId("viewer-email")).toHaveText(login.email);
}

async function logOut(page: Page) {
  await page.getByRole("button", { name: "Account menu" }).click();
  await page.getByRole("menuitem", { name: "Log out" }).click();
  await expect(page).toHaveURL(/\/login/);
}

test("master creates a tenant; its admin creates, uses and revokes an access token", async ({ browser, page, playwright }) => {
  // The security headers' content policy must not block anything the admin loads (scripts, styles, the explorer's workers).
  const policyViolations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) policyViolations.push(message.text());
  });

  const run = Date.now().toString(36);
  const tenantName = `Journey ${run}`;
  const subdomain = `journey-${run}`;
  const admin = { tenant: subdomain, email: `admin-${run}@journey.test`, password: "journey-admin-password" };

  // The master logs in and creates a tenant.
  await page.goto("/login");
  await shot(page, "01-login");
  const wrong = page.getByLabel("Password", { exact: true });
  await page.getByLabel("Email", { exact: true }).fill(master.email);
  await wrong.fill("not-the-password");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByText("The email or password is not right.")).toBeVisible();
  await logIn(page, master);
  await expect(page.getByRole("status", { name: /Connection: live/ })).toBeVisible({ timeout: 15_000 });

  await page.getByRole("link", { name: "Tenants" }).click();
  await expect(page.getByRole("table", { name: "Tenants" })).toBeVisible();
  await page.getByRole("button", { name: "Create tenant" }).click();
  const create = page.getByRole("dialog", { name: "Create tenant" });
  await create.getByLabel("Name", { exact: true }).fill(tenantName);
  await expect(create.getByTestId("subdomain-preview")).toContainText(subdomain);
  await create.getByLabel("Admin email", { exact: true }).fill(admin.email);
  await create.getByLabel("Admin password", { exact: true }).fill(admin.password);
  await shot(page, "02-create-tenant");
  await create.getByRole("button", { name: "Create tenant" }).click();
  await expect(create).toBeHidden();
  await expect(page.getByRole("table", { name: "Tenants" }).getByText(tenantName)).toBeVisible();
  await expect(page.getByText(`${tenantName} is ready.`)).toBeHidden({ timeout: 10_000 });
  await shot(page, "03-tenants");
  await logOut(page);

  // The tenant admin logs in and creates an access token.
  await logIn(page, admin);
  await expect(page.getByRole("link", { name: "Tenants" })).toHaveCount(0);
  await page.getByRole("link", { name: "Access tokens" }).click();
  await expect(page.getByRole("table", { name: "Access tokens" })).toBeVisible();
  await page.getByRole("button", { name: "Create access token" }).click();
  const dialog = page.getByRole("dialog", { name: "Create access token" });
  await dialog.getByLabel("Name", { exact: true }).fill("Deploy script");
  await dialog.getByLabel("Account management").check();
  await dialog.getByLabel("Read & write").check();
  await dialog.getByRole("button", { name: "Create token" }).click();
  const shown = page.getByRole("dialog", { name: "Access token created" });
  await expect(dialog).toBeHidden();
  const token = (await shown.getByTestId("new-access-token").textContent())?.trim() ?? "";
  expect(token).toMatch(/^gha_[A-Za-z0-9_-]{43}$/);
  await shot(page, "04-token-shown-once");
  await shown.getByRole("button", { name: "Done" }).click();
  await expect(shown).toBeHidden();
  await expect(page.getByRole("table", { name: "Access tokens" }).getByText("Deploy script")).toBeVisible();
  await expect(page.getByText(token)).toHaveCount(0);
  await shot(page, "05-access-tokens");

  // Settings → Access tokens opened signed in with an empty cache, three times (one load on a shared
  // machine says little): bytes and the median paint time are recorded in artifacts/first-load.json for
  // the bench to print, not asserted.
  const loads: FirstLoad[] = [];
  for (let i = 0; i < FIRST_LOADS; i++) {
    loads.push(
      await measureFirstLoad(browser, page, "/settings/access-tokens", async (fresh) => {
        await expect(fresh.getByRole("table", { name: "Access tokens" }).getByText("Deploy script")).toBeVisible();
      }),
    );
  }
  recordFirstLoad(artifacts, medianFirstLoad(loads));

  // An integrator uses it over HTTP, without the browser's cookie.
  const api = await playwright.request.newContext({ baseURL: page.url() });
  const ask = () => api.post("/graphql", { headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, data: { query: "{ viewer { email } }" } });
  const ok = await ask();
  expect(ok.status()).toBe(200);
  expect((await ok.json()).data.viewer.email).toBe(admin.email);

  // The admin revokes it, and it is refused.
  await page.getByRole("button", { name: "Revoke Deploy script" }).click();
  await page.getByRole("button", { name: "Confirm revoke" }).click();
  await expect(page.getByText("Access token revoked")).toBeVisible();
  const refused = await ask();
  expect(refused.status()).toBe(401);
  expect((await refused.json()).errors[0].extensions.code).toBe("UNAUTHENTICATED");
  await api.dispose();

  // Bulk: every token a search matches, across pages, revoked as one job on the server.
  const createBatchToken = (name: string) =>
    page.request.post("/graphql", {
      data: {
        query: `mutation($i: CreateAccessTokenInput!) { createAccessToken(input: $i) { userErrors { code } } }`,
        variables: { i: { name, scopes: ["ANALYTICS"], permission: "READ_ONLY" } },
      },
    });
  for (let i = 1; i <= 30; i++) expect((await createBatchToken(`Batch ${i}`)).status()).toBe(200);
  await page.reload();
  await page.getByPlaceholder("Search tokens").fill("Batch");
  await expect(page.getByText("30 total")).toBeVisible();
  await page.getByRole("checkbox", { name: "Select all rows on this page" }).check();
  await page.getByRole("button", { name: "Select all 30 matching" }).click();
  await page.getByRole("region", { name: "Bulk actions" }).getByRole("button", { name: "Revoke selected" }).click();
  await page.getByRole("button", { name: "Confirm revoke" }).click();
  await expect(page.getByText("30 access tokens revoked")).toBeVisible({ timeout: 30_000 });
  await shot(page, "05b-bulk-revoked");
  const stillActive = await page.request.post("/graphql", {
    data: { query: `{ accessTokens(filter: { search: "Batch", states: [ACTIVE] }) { totalCount } }` },
  });
  expect((await stillActive.json()).data.accessTokens.totalCount).toBe(0);

  // The remaining pages, for a look.
  await page.getByRole("link", { name: "Personal settings" }).click();
  await expect(page.getByLabel("Current password", { exact: true })).toBeVisible();
  await shot(page, "06-personal-settings");
  await page.getByRole("link", { name: "API explorer" }).click();
  await expect(page.locator(".graphiql-container")).toBeVisible({ timeout: 30_000 });
  await expect(page.locator(".graphiql-query-editor .monaco-editor")).toBeVisible({ timeout: 30_000 });
  // Runs the default query with the session cookie: the result shows the signed-in user.
  await page.locator(".graphiql-execute-button").click();
  await expect(page.locator(".graphiql-response")).toContainText(admin.email, { timeout: 30_000 });
  await shot(page, "07-api-explorer");
  expect(policyViolations).toEqual([]);
});
