// Webhooks in a real Chromium against the real server on a fresh embedded database: a tenant admin
// points the webhook at a receiver this test starts on 127.0.0.1 (the e2e server runs with
// GATEHOUSE_WEBHOOKS_ALLOW_PRIVATE=true, see playwright.config.ts), picks events, sends a test event
// and sees it delivered in the log with its attempt; the receiver checks the signature with the secret
// the page reveals. The secret is rotated (the next delivery carries two v1, one per secret); a test
// event the receiver refuses is shown so and deleted from the log. Screenshots go to e2e/artifacts/.
import { createHmac } from "node:crypto";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, type APIRequestContext, type Locator, type Page, test } from "@playwright/test";
import { master } from "../support/server.js";

const artifacts = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "artifacts");
/** The whole page from its top (a page scrolled down would show its sticky header halfway), or one dialog. */
async function shot(page: Page, name: string, dialog?: Locator) {
  const file = path.join(artifacts, `${name}.png`);
  if (dialog) return dialog.screenshot({ path: file });
  await page.evaluate(() => window.scrollTo(0, 0));
  return page.screenshot({ path: file, fullPage: true });
}

async function gql(request: APIRequestContext, query: string, variables: object = {}) {
  const res = await request.post("/graphql", { headers: { "content-type": "application/json" }, data: { query, variables } });
  const body = (await res.json()) as { data?: Record<string, any>; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data!;
}

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A webhook receiver on 127.0.0.1: records each POST and answers what `answer` says (200 unless told). */
async function startReceiver() {
  const received: Received[] = [];
  let status = 200;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      res.writeHead(status, { "content-type": "application/json" });
      res.end(status === 200 ? '{"received":true}' : '{"error":"receiver is down for maintenance"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/gatehouse`,
    received,
    answer: (next: number) => (status = next),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The `v1` values of a Gatehouse-Signature that are the HMAC of "t.body" under `secret`. */
function signedWith(header: string, body: string, secret: string): number {
  const parts = header.split(",").map((part) => part.split("=", 2) as [string, string]);
  const t = parts.find(([key]) => key === "t")?.[1];
  const expected = createHmac("sha256", secret).update(`${t}.${body}`).digest("hex");
  return parts.filter(([key, value]) => key === "v1" && value === expected).length;
}
const v1Count = (header: string) => header.split(",").filter((part) => part.startsWith("v1=")).length;

test("an admin sets up the webhook, sends a test event that is delivered and signed, and rotates the secret", async ({ page, request }) => {
  const receiver = await startReceiver();
  try {
    const run = Date.now().toString(36);
    const admin = { tenant: `hooks-${run}`, email: `admin-${run}@hooks.test`, password: "hooks-admin-password" };
    await gql(request, `mutation($input: LoginInput!) { login(input: $input) { userErrors { code } } }`, { input: master });
    const created = await gql(request, `mutation($input: CreateTenantInput!) { createTenant(input: $input) { userErrors { code } } }`, {
      input: { name: `Hooks ${run}`, subdomain: admin.tenant, adminEmail: admin.email, adminPassword: admin.password },
    });
    expect(created.createTenant.userErrors).toEqual([]);

    await page.goto("/login");
    await page.getByLabel("Tenant", { exact: true }).fill(admin.tenant);
    await page.getByLabel("Email", { exact: true }).fill(admin.email);
    await page.getByLabel("Password", { exact: true }).fill(admin.password);
    await page.getByRole("button", { name: "Log in" }).click();
    await expect(page.getByTestId("viewer-email")).toHaveText(admin.email);

    // A new tenant's webhook: no URL, disabled, no secret, nothing in the log.
    await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Webhooks" }).click();
    await expect(page).toHaveURL(/\/settings\/webhooks$/);
    await expect(page.getByText("None yet: the secret is made when the webhook is first saved.")).toBeVisible();
    const log = page.getByRole("table", { name: "Webhook deliveries" });
    await expect(log.getByText(/Nothing posted yet/)).toBeVisible();

    // A test event needs a URL.
    await page.getByRole("button", { name: "Send test event" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Nothing was sent" })).toContainText("Give the webhook a URL first.");

    // Set it up: the receiver's URL, enabled, the account and application events.
    await page.getByRole("textbox", { name: "URL" }).fill(receiver.url);
    await page.getByRole("switch", { name: "Enabled" }).check({ force: true });
    await page.getByRole("group", { name: "Accounts" }).getByRole("checkbox", { name: "Accounts" }).check({ force: true });
    await page.getByRole("checkbox", { name: "application.created" }).check({ force: true });
    await expect(page.getByText("3 unsaved changes")).toBeVisible();
    await shot(page, "webhooks-01-settings");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Webhook saved")).toBeVisible();
    await expect(page.getByRole("button", { name: "Save" })).toBeDisabled();

    // The first save made the secret: masked until revealed.
    const secretBox = page.getByTestId("webhook-secret");
    await expect(secretBox).not.toContainText("whsec_");
    await page.getByRole("button", { name: "Reveal secret" }).click();
    await expect(secretBox).toContainText("whsec_");
    const secret = (await secretBox.textContent())!.trim();

    // A test event, delivered to the receiver, signed with that secret.
    await page.getByRole("button", { name: "Send test event" }).click();
    await expect(page.getByText("Test event delivered")).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText(/took it: HTTP 200 in \d+ ms/)).toBeVisible();
    expect(receiver.received).toHaveLength(1);
    const [ping] = receiver.received;
    const pingBody = JSON.parse(ping!.body) as { id: string; type: string; action: string };
    expect(pingBody).toMatchObject({ type: "webhook", action: "ping" });
    expect(ping!.headers["gatehouse-event-id"]).toBe(pingBody.id);
    const signature = String(ping!.headers["gatehouse-signature"]);
    expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(signedWith(signature, ping!.body, secret)).toBe(1);

    // In the log: delivered, one attempt, the receiver's answer.
    const pingRow = log.getByRole("row", { name: /webhook\.ping/ });
    await expect(pingRow).toContainText("Delivered");
    await expect(pingRow.getByRole("cell").nth(3)).toHaveText("1");
    await expect(pingRow).toContainText("200");
    await expect(page.getByText("Webhook saved")).toBeHidden();
    await shot(page, "webhooks-02-test-event-delivered");
    await log.getByRole("button", { name: "webhook.ping" }).click();
    const delivery = page.getByRole("dialog", { name: "webhook.ping" });
    await expect(delivery.getByRole("table", { name: "About this delivery" })).toContainText(pingBody.id);
    await expect(delivery.getByTestId("webhook-delivery-body")).toContainText('"action": "ping"');
    const attempts = delivery.getByRole("table", { name: "Attempt log" }).getByRole("row");
    await expect(attempts).toHaveCount(2);
    await expect(attempts.nth(1)).toContainText("200");
    await expect(attempts.nth(1)).toContainText('{"received":true}');
    // Tall enough for the whole dialog, attempt log included.
    await page.setViewportSize({ width: 1280, height: 1300 });
    await shot(page, "webhooks-03-delivery", delivery);
    await page.keyboard.press("Escape");
    await expect(delivery).toBeHidden();

    // Rotate: the previous secret keeps signing for 24 hours, by default.
    await page.getByRole("button", { name: "Rotate secret" }).click();
    const rotate = page.getByRole("dialog", { name: "Rotate signing secret" });
    await expect(rotate.getByRole("textbox", { name: "Hours the previous secret keeps signing" })).toHaveValue("24");
    await rotate.getByRole("button", { name: "Rotate secret" }).click();
    const rotated = page.getByRole("dialog", { name: "Secret rotated" });
    const newSecret = (await rotated.getByTestId("rotated-webhook-secret").textContent())!.trim();
    expect(newSecret).toMatch(/^whsec_/);
    expect(newSecret).not.toBe(secret);
    await expect(rotated).toContainText("The previous secret also signs until");
    await shot(page, "webhooks-04-secret-rotated", rotated);
    await rotated.getByRole("button", { name: "Done" }).click();
    await expect(page.getByTestId("previous-secret-expiry")).toContainText("in a day");
    await expect(secretBox).toContainText(newSecret);

    // During the rotation a delivery carries two v1, one per secret.
    await page.getByRole("button", { name: "Send test event" }).click();
    await expect.poll(() => receiver.received.length, { timeout: 20_000 }).toBe(2);
    const second = receiver.received[1]!;
    const both = String(second.headers["gatehouse-signature"]);
    expect(v1Count(both)).toBe(2);
    expect(signedWith(both, second.body, newSecret)).toBe(1);
    expect(signedWith(both, second.body, secret)).toBe(1);
    await expect(page.getByText("Test event delivered")).toBeVisible({ timeout: 20_000 });

    // A receiver that refuses: the page says so, and when it is tried again.
    receiver.answer(503);
    await page.getByRole("button", { name: "Send test event" }).click();
    await expect(page.getByText("The endpoint did not take the test event")).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText(/HTTP 503 in \d+ ms: /)).toBeVisible();
    await expect(page.getByText(/It is tried again at/)).toBeVisible();
    await page.getByRole("group", { name: "Status" }).getByText("Pending", { exact: true }).click();
    await expect(page).toHaveURL(/statuses=/);
    await expect(log.getByRole("row")).toHaveCount(2);
    const refused = log.getByRole("row", { name: /webhook\.ping/ });
    await expect(refused).toContainText("503");
    await shot(page, "webhooks-05-refused");

    // Deleted from the log after confirmation: it is not posted again.
    await refused.getByRole("checkbox").check();
    await page.getByRole("region", { name: "Bulk actions" }).getByRole("button", { name: "Delete" }).click();
    const confirm = page.getByRole("dialog", { name: "Delete delivery" });
    await expect(confirm).toContainText("A pending delivery is then not posted.");
    await confirm.getByRole("button", { name: "Confirm delete" }).click();
    await expect(page.getByText("1 delivery deleted")).toBeVisible();
    await expect(log.getByText("No delivery matches the filter.")).toBeVisible();
    await page.getByRole("group", { name: "Status" }).getByText("Pending", { exact: true }).click();
    // The two delivered test events are left.
    await expect(log.getByRole("row", { name: /webhook\.ping/ })).toHaveCount(2);
    await expect(log.getByRole("row").filter({ hasText: "webhook.ping" }).filter({ hasText: "Delivered" })).toHaveCount(2);

    // The audit log has it all.
    await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Audit log" }).click();
    const audit = page.getByRole("table", { name: "Audit log" });
    await expect(audit.getByText(/Set up the webhook/)).toBeVisible();
    await expect(audit.getByText(/Rotated the webhook secret; the previous one also signs for 24 hours/)).toBeVisible();
  } finally {
    await receiver.close();
  }
});
