import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMember, createTenant } from "../../../test/factories.js";
import { startTestServer, type TestClient, type TestServer } from "../../../test/harness.js";
import { inTenantTransaction } from "../../db/tenancy.js";
import { rowIdOf } from "../../graphql/node.js";
import { emit } from "../events/events.service.js";
import { verifyWebhookSignature } from "./webhook-signature.js";

/** A local receiver: answers each request by `answer(path, n)` (n: the how-manieth request to that path). */
interface Received {
  path: string;
  body: string;
  headers: IncomingMessage["headers"];
  status: number;
}
const received: Received[] = [];
const counts = new Map<string, number>();
let answer: (path: string, n: number) => number = () => 200;
let receiver: Server;
let base: string;
let server: TestServer;

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      const path = req.url ?? "/";
      const n = (counts.get(path) ?? 0) + 1;
      counts.set(path, n);
      const status = answer(path, n);
      received.push({ path, body, headers: req.headers, status });
      if (status >= 300 && status < 400) res.setHeader("location", "http://example.com/");
      res.writeHead(status, { "content-type": "text/plain" }).end(path === "/binary" ? Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x41]) : `answer ${status}`);
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  server = await startTestServer({
    GATEHOUSE_WEBHOOKS_ALLOW_PRIVATE: "true",
    GATEHOUSE_WEBHOOK_RETRY_DELAYS: "0.05,0.05,0.05,0.05,0.05",
    GATEHOUSE_DELIVERY_POLL_MS: "40",
    GATEHOUSE_SCHEDULER_TICK_MS: "30",
    GATEHOUSE_JOB_POLL_MS: "50",
  });
});
afterAll(async () => {
  await server?.close();
  await new Promise<void>((resolve) => receiver?.close(() => resolve()));
});

const SETTINGS = `{ webhookSettings { url enabled adminActionsFire events secret previousSecretExpiresAt } }`;
const UPDATE = `mutation($input: UpdateWebhookSettingsInput!) { updateWebhookSettings(input: $input) { settings { url enabled adminActionsFire events secret } userErrors { code field message } } }`;
const ROTATE = `mutation($input: RotateWebhookSecretInput) { rotateWebhookSecret(input: $input) { settings { secret previousSecretExpiresAt } userErrors { code field } } }`;
const PING = `mutation { pingWebhook { delivery { id eventId event status } userErrors { code } } }`;
const DELIVERIES = `query($filter: WebhookDeliveryFilter) { webhookDeliveries(first: 20, filter: $filter) { totalCount nodes { id eventId event url body status attempts lastStatusCode lastError deliveredAt attemptLog { statusCode durationMs response error } } } }`;
const RETRY = `mutation($input: RetryWebhookDeliveriesInput!) { retryWebhookDeliveries(input: $input) { results { id status error { code } } job { id } userErrors { code } } }`;
const DELETE = `mutation($input: DeleteWebhookDeliveriesInput!) { deleteWebhookDeliveries(input: $input) { results { id status error { code } } job { id } userErrors { code } } }`;

async function waitFor<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function tenantWithHook(path: string) {
  const t = await createTenant(server);
  const admin = await t.login();
  const saved = await admin.ok(UPDATE, { input: { url: `${base}${path}`, enabled: true, events: ["ACCOUNT_CREATED", "APPLICATION_CREATED"] } });
  expect(saved.updateWebhookSettings.userErrors).toEqual([]);
  return { ...t, admin, tenantId: rowIdOf(t.tenant.id, "Tenant")!, secret: saved.updateWebhookSettings.settings.secret as string };
}

const deliveries = async (client: TestClient, filter: object = {}) => (await client.ok(DELIVERIES, { filter })).webhookDeliveries as { totalCount: number; nodes: any[] };

describe("webhook settings", () => {
  it("start disabled with no secret; are saved, validated and recorded; admins only", async () => {
    const t = await createTenant(server);
    const admin = await t.login();
    expect((await admin.ok(SETTINGS)).webhookSettings).toEqual({ url: null, enabled: false, adminActionsFire: false, events: [], secret: null, previousSecretExpiresAt: null });

    const bad = async (input: object) => (await admin.ok(UPDATE, { input })).updateWebhookSettings.userErrors.map((e: { code: string }) => e.code);
    expect(await bad({ url: "ftp://example.com/hook" })).toEqual(["INVALID_URL"]);
    expect(await bad({ url: "not a url" })).toEqual(["INVALID_URL"]);
    expect(await bad({ url: "https://user:pw@example.com/hook" })).toEqual(["INVALID_URL"]);
    expect(await bad({ url: `https://example.com/${"a".repeat(2000)}` })).toEqual(["INVALID_URL"]);
    expect(await bad({ enabled: true })).toEqual(["URL_REQUIRED"]);
    expect(await bad({ events: ["ACCOUNT_CREATED", "ACCOUNT_CREATED"] })).toEqual(["DUPLICATE_EVENT"]);

    const saved = await admin.ok(UPDATE, { input: { url: "https://hooks.example.com/in", enabled: true, events: ["ACCOUNT_CREATED"] } });
    const settings = saved.updateWebhookSettings.settings;
    expect(settings).toMatchObject({ url: "https://hooks.example.com/in", enabled: true, adminActionsFire: false, events: ["ACCOUNT_CREATED"] });
    expect(settings.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    // Fields left out keep theirs; the secret stays.
    const again = await admin.ok(UPDATE, { input: { adminActionsFire: true } });
    expect(again.updateWebhookSettings.settings).toMatchObject({ url: "https://hooks.example.com/in", enabled: true, adminActionsFire: true, secret: settings.secret });
    expect(await bad({ url: null })).toEqual(["URL_REQUIRED"]);

    const audit = await admin.ok(`{ auditLog(first: 5, filter: { event: "webhook" }) { nodes { summary changes { field from to } } } }`);
    expect(audit.auditLog.nodes).toEqual([
      { summary: "Changed the webhook.", changes: [{ field: "adminActionsFire", from: "false", to: "true" }] },
      { summary: "Set up the webhook (https://hooks.example.com/in).", changes: expect.any(Array) },
    ]);

    const member = await createMember(server, t.tenant);
    for (const query of [SETTINGS, PING]) expect((await member.gql(query)).errors?.map((e) => e.extensions.code)).toEqual(["FORBIDDEN"]);
    // Another tenant sees its own (none).
    const other = await (await createTenant(server)).login();
    expect((await other.ok(SETTINGS)).webhookSettings.url).toBeNull();
  });

  it("rotate the secret, keeping the previous one for the hours asked", async () => {
    const t = await tenantWithHook("/rotate");
    const rotated = (await t.admin.ok(ROTATE, { input: { keepPreviousHours: 2 } })).rotateWebhookSecret.settings;
    expect(rotated.secret).not.toBe(t.secret);
    const hours = (new Date(rotated.previousSecretExpiresAt).getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(1.9);
    expect(hours).toBeLessThanOrEqual(2);
    expect((await t.admin.ok(ROTATE, { input: { keepPreviousHours: 169 } })).rotateWebhookSecret.userErrors).toEqual([{ code: "INVALID", field: ["input", "keepPreviousHours"] }]);
    expect((await t.admin.ok(ROTATE, { input: { keepPreviousHours: 0 } })).rotateWebhookSecret.settings.previousSecretExpiresAt).toBeNull();
  });
});

describe("webhook deliveries", () => {
  it("retry a failing endpoint until it answers 2xx: one success, 3 logged attempts, signed with the secret", async () => {
    answer = (path, n) => (path === "/flaky" && n <= 2 ? 500 : 200);
    const t = await tenantWithHook("/flaky");
    const pinged = (await t.admin.ok(PING)).pingWebhook.delivery;
    expect(pinged).toMatchObject({ event: "webhook.ping", status: "PENDING" });
    const [delivery] = (await waitFor("delivery", () => deliveries(t.admin), (d) => d.nodes[0]?.status !== "PENDING")).nodes;
    expect(delivery).toMatchObject({ status: "DELIVERED", attempts: 3, lastStatusCode: 200, lastError: null });
    expect(delivery.attemptLog.map((a: { statusCode: number }) => a.statusCode)).toEqual([500, 500, 200]);
    expect(delivery.attemptLog[0]).toMatchObject({ response: "answer 500", error: "The endpoint answered 500." });
    const posts = received.filter((r) => r.path === "/flaky");
    expect(posts.map((p) => p.status)).toEqual([500, 500, 200]);
    // The same body and event id each time; signed with the tenant's secret.
    expect(new Set(posts.map((p) => p.body)).size).toBe(1);
    const body = JSON.parse(posts[0]!.body);
    expect(body).toMatchObject({ id: pinged.eventId, type: "webhook", action: "ping", object: { tenant: { id: t.tenant.id }, message: expect.any(String) } });
    expect(posts[0]!.headers["gatehouse-event-id"]).toBe(pinged.eventId);
    const signature = posts[2]!.headers["gatehouse-signature"] as string;
    expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature(signature, posts[2]!.body, t.secret)).toBe(true);
    expect(verifyWebhookSignature(signature, posts[2]!.body, "whsec_wrong")).toBe(false);
    expect(verifyWebhookSignature(signature, `${posts[2]!.body} `, t.secret)).toBe(false);
  });

  it("sign with both secrets during a rotation", async () => {
    answer = () => 200;
    const t = await tenantWithHook("/rotating");
    const next = (await t.admin.ok(ROTATE, { input: { keepPreviousHours: 1 } })).rotateWebhookSecret.settings.secret as string;
    await t.admin.ok(PING);
    const post = (await waitFor("post", async () => received.filter((r) => r.path === "/rotating"), (p) => p.length > 0))[0]!;
    const signature = post.headers["gatehouse-signature"] as string;
    expect(signature.split(",").filter((p) => p.startsWith("v1="))).toHaveLength(2);
    expect(verifyWebhookSignature(signature, post.body, t.secret)).toBe(true);
    expect(verifyWebhookSignature(signature, post.body, next)).toBe(true);
  });

  it("end FAILED after the retries; failed ones are retried and deleted, by ids or by filter", async () => {
    answer = (path) => (path === "/dead" ? 503 : path === "/moved" ? 302 : 200);
    const t = await tenantWithHook("/dead");
    await t.admin.ok(PING);
    // One test event at a time.
    expect((await t.admin.ok(PING)).pingWebhook.userErrors).toEqual([{ code: "PING_PENDING" }]);
    await waitFor("the first failure", () => deliveries(t.admin, { statuses: ["FAILED"] }), (d) => d.totalCount === 1);
    await t.admin.ok(PING);
    const failed = await waitFor("failures", () => deliveries(t.admin, { statuses: ["FAILED"] }), (d) => d.totalCount === 2);
    expect(failed.nodes[0]).toMatchObject({ status: "FAILED", attempts: 6, lastStatusCode: 503 });
    expect(failed.nodes[0].attemptLog).toHaveLength(6);

    // Retry one by id (the endpoint works now), and refuse what is not failed.
    answer = () => 200;
    const [first, second] = failed.nodes;
    const retried = await t.admin.ok(RETRY, { input: { ids: [first.id] } });
    expect(retried.retryWebhookDeliveries.results).toEqual([{ id: first.id, status: "DONE", error: null }]);
    await waitFor("the retry", () => deliveries(t.admin, { statuses: ["DELIVERED"] }), (d) => d.totalCount === 1);
    const again = await t.admin.ok(RETRY, { input: { ids: [first.id, "nope"] } });
    expect(again.retryWebhookDeliveries.results.map((r: { error: { code: string } }) => r.error.code)).toEqual(["NOT_RETRYABLE", "NOT_FOUND"]);
    // Retry all failed ones (a job), then delete everything delivered by id and by filter.
    const all = await t.admin.ok(RETRY, { input: { filter: { statuses: ["FAILED"] } } });
    expect(all.retryWebhookDeliveries.job).not.toBeNull();
    await waitFor("all delivered", () => deliveries(t.admin, { statuses: ["DELIVERED"] }), (d) => d.totalCount === 2);
    const deleted = await t.admin.ok(DELETE, { input: { ids: [second.id] } });
    expect(deleted.deleteWebhookDeliveries.results).toEqual([{ id: second.id, status: "DONE", error: null }]);
    await t.admin.ok(DELETE, { input: { filter: { event: "webhook" } } });
    await waitFor("all deleted", () => deliveries(t.admin), (d) => d.totalCount === 0);
    const audit = await t.admin.ok(`{ auditLog(first: 20, filter: { event: "webhook_delivery" }) { nodes { summary } } }`);
    expect(audit.auditLog.nodes.map((n: { summary: string }) => n.summary)).toContain("Queued the webhook delivery webhook.ping again.");

    // A redirect is a failure, not followed.
    answer = (path) => (path === "/moved" ? 302 : 200);
    await t.admin.ok(UPDATE, { input: { url: `${base}/moved` } });
    await t.admin.ok(PING);
    const moved = await waitFor("redirected", () => deliveries(t.admin), (d) => d.nodes[0]?.attempts >= 1 && d.nodes[0]?.lastStatusCode === 302);
    expect(moved.nodes[0].lastError).toBe("Redirected (302); webhooks do not follow redirects.");
  });

  it("go where the webhook points now, are not posted while it is disabled, and keep a binary answer", async () => {
    answer = (path) => (path === "/old" ? 500 : 200);
    const t = await tenantWithHook("/old");
    await t.admin.ok(PING);
    const [failed] = (await waitFor("failure", () => deliveries(t.admin, { statuses: ["FAILED"] }), (d) => d.totalCount === 1)).nodes;
    // Fixing the URL and retrying delivers to the new one.
    await t.admin.ok(UPDATE, { input: { url: `${base}/new` } });
    await t.admin.ok(RETRY, { input: { ids: [failed.id] } });
    const [moved] = (await waitFor("delivered", () => deliveries(t.admin, { statuses: ["DELIVERED"] }), (d) => d.totalCount === 1)).nodes;
    expect(moved.url).toBe(`${base}/new`);
    expect(received.filter((r) => r.path === "/new")).toHaveLength(1);

    // Disabled: queued events fail at once without a post, and say why.
    const event = { type: "account", action: "created", target: null, summary: "x", webhook: { event: "ACCOUNT_CREATED" as const, developerAction: true, object: {} } };
    const system = { kind: "system" as const, tenantId: t.tenantId, master: false, name: "test", onBehalfOf: null };
    await inTenantTransaction(server.database.db, { tenantId: t.tenantId, master: false }, async (tx) => {
      await emit(tx, system, event);
      // Disabled in the same transaction, before any worker sees the delivery.
      await tx.execute(sql`update webhook_settings set enabled = false where tenant_id = ${t.tenantId}`);
    });
    const stopped = await waitFor("the disabled one", () => deliveries(t.admin, { event: "account" }), (d) => d.nodes[0]?.status === "FAILED");
    expect(stopped.nodes[0]).toMatchObject({ lastError: "The webhook is disabled; enable it and retry.", lastStatusCode: null });
    expect(received.filter((r) => r.path === "/new")).toHaveLength(1);

    // An answer with NUL bytes (binary, compressed) is delivered and logged, not retried.
    answer = () => 200;
    await t.admin.ok(UPDATE, { input: { url: `${base}/binary`, enabled: true } });
    await t.admin.ok(PING);
    const binary = await waitFor("binary", () => deliveries(t.admin, { event: "webhook.ping" }), (d) => d.nodes[0]?.url.endsWith("/binary") && d.nodes[0]?.status !== "PENDING");
    expect(binary.nodes[0]).toMatchObject({ status: "DELIVERED", attempts: 1 });
    expect(binary.nodes[0].attemptLog[0].response).toContain("\uFFFD");

    // The secret is for signed-in admins: an access token cannot read it.
    const token = (await t.admin.ok(`mutation { createAccessToken(input: { name: "hooks", scopes: [ACCOUNT_MANAGEMENT], permission: READ_ONLY }) { token } }`)).createAccessToken.token as string;
    const viaToken = server.client().withToken(token);
    expect((await viaToken.gql(`{ webhookSettings { secret } }`)).errors?.map((e) => e.extensions.code)).toEqual(["FORBIDDEN"]);
    expect((await viaToken.ok(`{ webhookSettings { url } }`)).webhookSettings.url).toBe(`${base}/binary`);
  });

  it("are queued by events the webhook listens to, in the event's transaction, for developer actions (admin ones when asked)", async () => {
    answer = () => 200;
    const t = await tenantWithHook("/events");
    const system = { kind: "system" as const, tenantId: t.tenantId, master: false, name: "test", onBehalfOf: null };
    const event = (webhook: { event: "ACCOUNT_CREATED" | "ACCOUNT_DELETED"; developerAction: boolean }, name: string) => ({
      type: "account",
      action: "created",
      target: null,
      summary: name,
      webhook: { ...webhook, object: { id: "QWNjb3VudDox", name } },
    });
    const run = (e: ReturnType<typeof event>, fail = false) =>
      inTenantTransaction(server.database.db, { tenantId: t.tenantId, master: false }, async (tx) => {
        await emit(tx, system, e);
        if (fail) throw new Error("rolled back");
      });
    await run(event({ event: "ACCOUNT_CREATED", developerAction: true }, "by a developer"));
    await run(event({ event: "ACCOUNT_CREATED", developerAction: false }, "by an admin"));
    await run(event({ event: "ACCOUNT_DELETED", developerAction: true }, "not listened to"));
    await expect(run(event({ event: "ACCOUNT_CREATED", developerAction: true }, "rolled back"), true)).rejects.toThrow();
    await t.admin.ok(UPDATE, { input: { adminActionsFire: true } });
    await run(event({ event: "ACCOUNT_CREATED", developerAction: false }, "by an admin, now firing"));
    const done = await waitFor("deliveries", () => deliveries(t.admin), (d) => d.totalCount === 2 && d.nodes.every((n) => n.status === "DELIVERED"));
    const objects = done.nodes.map((n) => JSON.parse(n.body)).map((b) => [b.type, b.action, b.object.name]);
    expect(objects).toEqual([
      ["account", "created", "by an admin, now firing"],
      ["account", "created", "by a developer"],
    ]);
    // Disabled: nothing is queued.
    await t.admin.ok(UPDATE, { input: { enabled: false } });
    await run(event({ event: "ACCOUNT_CREATED", developerAction: true }, "while disabled"));
    expect((await deliveries(t.admin)).totalCount).toBe(2);
  });
});
