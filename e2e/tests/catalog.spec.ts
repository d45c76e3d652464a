// The catalog in a real Chromium against the real server: a tenant admin creates a product, adds a
// method and mapping rules, tests a path against the rules, reorders them, imports an OpenAPI file,
// prices and limits a plan, checks the calculator, copies the plan, and deletes the product.
// Screenshots go to e2e/artifacts/.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, type Page, test } from "@playwright/test";
import { master } from "../support/server.js";

const artifacts = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "artifacts");
const petstore = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "server", "test", "fixtures", "petstore-openapi.yaml");
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });

test("a tenant admin builds a product's methods and mapping rules and tests a path", async ({ page, request }) => {
  const run = Date.now().toString(36);
  const admin = { tenant: `catalog-${run}`, email: `admin-${run}@catalog.test`, password: "catalog-admin-password" };

  // The master creates the tenant over the API (the browser journey covers doing it in the admin).
  const gql = async (query: string, variables: object) => {
    const res = await request.post("/graphql", { headers: { "content-type": "application/json" }, data: { query, variables } });
    const body = (await res.json()) as { data?: Record<string, { userErrors?: unknown[] }>; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    return body.data!;
  };
  await gql(`mutation($input: LoginInput!) { login(input: $input) { userErrors { code } } }`, { input: master });
  const created = await gql(`mutation($input: CreateTenantInput!) { createTenant(input: $input) { userErrors { code } } }`, {
    input: { name: `Catalog ${run}`, subdomain: admin.tenant, adminEmail: admin.email, adminPassword: admin.password },
  });
  expect(created.createTenant!.userErrors).toEqual([]);

  await page.goto("/login");
  await page.getByLabel("Tenant", { exact: true }).fill(admin.tenant);
  await page.getByLabel("Email", { exact: true }).fill(admin.email);
  await page.getByLabel("Password", { exact: true }).fill(admin.password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByTestId("viewer-email")).toHaveText(admin.email);

  // The tenant starts with its default product.
  await page.getByRole("link", { name: "Products" }).click();
  const products = page.getByRole("table", { name: "Products" });
  await expect(products.getByRole("link", { name: "API", exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Create product" }).click();
  const create = page.getByRole("dialog", { name: "Create product" });
  await create.getByLabel("Name", { exact: true }).fill("Echo Journey");
  await expect(create.getByTestId("system-name-preview")).toContainText("echo_journey");
  await create.getByRole("button", { name: "Create product" }).click();
  await expect(page.getByRole("heading", { name: "Echo Journey" })).toBeVisible();
  await shot(page, "catalog-01-product-overview");

  // A method under hits.
  await page.getByRole("tab", { name: "Methods & Metrics" }).click();
  await page.getByRole("button", { name: "Add method" }).click();
  const method = page.getByRole("dialog", { name: "Add method" });
  await method.getByLabel("Name", { exact: true }).fill("Say hello");
  await method.getByRole("button", { name: "Add method" }).click();
  const metrics = page.getByRole("table", { name: "Methods and metrics" });
  await expect(metrics.getByText("Say_hello", { exact: true })).toBeVisible();
  await shot(page, "catalog-02-methods-and-metrics");

  // Two mapping rules, then a path tested against them.
  await page.getByRole("tab", { name: "Mapping rules" }).click();
  for (const [pattern, metric] of [
    ["/say/{word}", "Say hello (method)"],
    ["/", "Hits"],
  ] as const) {
    await page.getByRole("button", { name: "Add mapping rule" }).click();
    const rule = page.getByRole("dialog", { name: "Add mapping rule" });
    await rule.getByLabel("Pattern", { exact: true }).fill(pattern);
    await rule.getByLabel("Metric or method to increment", { exact: true }).click();
    await page.getByRole("option", { name: metric, exact: true }).click();
    await rule.getByRole("button", { name: "Add rule" }).click();
    await expect(rule).toBeHidden();
  }
  const rules = page.getByRole("table", { name: "Mapping rules" });
  await expect(rules.getByRole("row")).toHaveCount(3);
  const tester = page.getByRole("form", { name: "Test a path" });
  await tester.getByLabel("Path with query").fill("/say/hello?loud=1");
  await tester.getByRole("button", { name: "Test" }).click();
  const result = page.getByTestId("match-result");
  await expect(result).toContainText("2 rules match");
  await expect(result).toContainText("Say_hello +1");
  await expect(result).toContainText("hits +2");
  await shot(page, "catalog-03-mapping-rules");

  // Move the catch-all first; the order holds after a reload.
  await rules.getByRole("button", { name: "Move GET / up" }).click();
  await expect(rules.getByRole("row").nth(1)).toContainText("Hits");
  await page.reload();
  await expect(page.getByRole("table", { name: "Mapping rules" }).getByRole("row").nth(1)).toContainText("Hits");

  // Import an OpenAPI file: the preview first, then the import adds a method and a rule per operation.
  await page.getByRole("tab", { name: "OpenAPI import" }).click();
  await page.locator("input[type=file]").setInputFiles(petstore);
  const operations = page.getByRole("table", { name: "Operations in the document" });
  await expect(operations.getByRole("row")).toHaveCount(6);
  await expect(operations.getByRole("row", { name: /TRACE/ })).toContainText("skipped");
  await expect(page.getByText("The import will create 4 methods and 4 mapping rules.")).toBeVisible();
  await shot(page, "catalog-04-openapi-preview");
  await page.getByRole("button", { name: "Import 4 methods and 4 rules" }).click();
  await expect(page.getByText("Created 4 methods and 4 mapping rules.")).toBeVisible();
  await page.getByRole("tab", { name: "Mapping rules" }).click();
  const imported = page.getByRole("table", { name: "Mapping rules" });
  await expect(imported.getByRole("row")).toHaveCount(7);
  await expect(imported.getByRole("row").nth(6)).toContainText("/v1/pets/{petId}$");
  await tester.getByLabel("Path with query").fill("/v1/pets/42");
  await tester.getByRole("button", { name: "Test" }).click();
  await expect(result).toContainText("get_pets_petId +1");

  // The product's Basic plan: a limit on hits, two pricing rules on the method, the calculator, then a copy.
  await page.getByRole("tab", { name: "Application plans" }).click();
  const plans = page.getByRole("table", { name: "Application plans" });
  await expect(plans.getByRole("link", { name: "Basic" })).toBeVisible();
  await plans.getByRole("link", { name: "Basic" }).click();
  await expect(page.getByRole("heading", { name: "Basic" })).toBeVisible();
  const limits = page.getByRole("table", { name: "Limits and pricing" });
  await limits.getByRole("button", { name: "Add a limit on Hits" }).click();
  const limit = page.getByRole("form", { name: "Limit on Hits" });
  await limit.getByLabel("Units").fill("1000");
  await limit.getByRole("button", { name: "Set limit" }).click();
  await expect(limits.locator('tr[data-metric="hits"]')).toContainText("1000 per day");
  for (const [from, to, cost] of [
    ["1", "100", "0.04"],
    ["101", "", "0.10"],
  ] as const) {
    await limits.getByRole("button", { name: "Add a price on Say hello" }).click();
    const price = page.getByRole("form", { name: "Price on Say hello" });
    await price.getByLabel("From unit").fill(from);
    await price.getByLabel("To unit").fill(to);
    await price.getByLabel("Price per unit").fill(cost);
    await price.getByRole("button", { name: "Add price" }).click();
    await expect(price).toBeHidden();
  }
  await expect(limits.locator('tr[data-metric="Say_hello"]')).toContainText("101–∞ @ 0.1000");
  // 003 §25.1: call 150 costs 0.10 while calls 1–100 still cost 0.04 each: 4.00 + 5.00.
  const calculator = page.getByRole("form", { name: "Cost calculator" });
  await calculator.getByLabel("Say hello (units in a month)").fill("150");
  await calculator.getByRole("button", { name: "Calculate" }).click();
  await expect(page.getByTestId("cost-total")).toHaveText("9.00");
  await shot(page, "catalog-05-plan-editor");
  await page.getByRole("link", { name: "Echo Journey" }).click();
  await page.getByRole("tab", { name: "Application plans" }).click();
  await plans.getByRole("button", { name: "Copy Basic" }).click();
  await expect(plans.getByRole("link", { name: "Basic (copy)" })).toBeVisible();
  await shot(page, "catalog-06-application-plans");

  // Delete the product, typing its name to confirm.
  await page.getByRole("tab", { name: "Overview" }).click();
  await page.getByRole("button", { name: "Delete product" }).click();
  const remove = page.getByRole("dialog", { name: "Delete product" });
  await expect(remove.getByTestId("deletion-impact")).toContainText("1 metric and 5 methods");
  await remove.getByRole("textbox").fill("Echo Journey");
  await remove.getByRole("button", { name: "Delete product" }).click();
  await expect(page).toHaveURL(/\/products$/);
  await expect(page.getByRole("table", { name: "Products" }).getByText("Echo Journey")).toHaveCount(0);

  // Every step above is in the audit log, newest first, with who did it.
  await page.getByRole("link", { name: "Audit log" }).click();
  const auditLog = page.getByRole("table", { name: "Audit log" });
  await expect(auditLog.getByRole("row").nth(1)).toContainText('Deleted the service "Echo Journey"');
  await expect(auditLog.getByRole("row").nth(1)).toContainText(admin.email);
  await page.getByRole("textbox", { name: "Search the log" }).fill("imported");
  await expect(auditLog.getByRole("row")).toHaveCount(2);
  await expect(auditLog).toContainText('Imported "Petstore" (OpenAPI 3.0.3) into Echo Journey: 4 methods and 4 mapping rules.');
  await shot(page, "catalog-07-audit-log");
});
