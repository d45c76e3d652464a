import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTenant } from "../../../test/factories.js";
import { startTestServer, type TestClient, type TestServer } from "../../../test/harness.js";
import { startSmtpReceiver } from "../../../test/smtp-receiver.js";
import { rowsOf } from "../../db/client.js";
import { inTenantTransaction } from "../../db/tenancy.js";
import { rowIdOf } from "../../graphql/node.js";
import { createUser } from "../team/user.service.js";

// Mail to addresses starting with "flaky" is refused twice, then accepted; to "dead" always refused.
const receiver = await startSmtpReceiver({ refuse: (to, attempt) => to.startsWith("dead") || (to.startsWith("flaky") && attempt <= 2) });
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    SMTP_URL: receiver.url,
    GATEHOUSE_MAIL_FROM: "Gatehouse Test <mail@gatehouse.test>",
    // Three retries 50 ms apart, picked up by a scheduler that looks every 30 ms.
    GATEHOUSE_MAIL_RETRY_DELAYS: "0.05,0.05,0.05",
    GATEHOUSE_DELIVERY_POLL_MS: "40",
    GATEHOUSE_SCHEDULER_TICK_MS: "30",
    GATEHOUSE_PUBLIC_URL: "https://admin.example.test/",
  });
});
afterAll(async () => {
  await server?.close();
  await receiver.close();
});

const OUTBOX = `query($filter: OutboxMessageFilter) { outbox(first: 20, filter: $filter) { nodes { toAddress subject textBody status attempts lastError sentAt nextAttemptAt } } }`;

async function tenantWithReader(prefix: string) {
  const t = await createTenant(server);
  const admin = await t.login();
  const tenantId = rowIdOf(t.tenant.id, "Tenant")!;
  const email = `${prefix}-${randomBytes(3).toString("hex")}@example.com`;
  await inTenantTransaction(server.database.db, { tenantId, master: false }, (tx) => createUser(tx, { tenantId, email, password: "reader-password-1", role: "ADMIN" }));
  return { admin, email };
}

async function deleteAService(admin: TestClient) {
  const created = await admin.ok(`mutation { createService(input: { name: "Mailed API" }) { service { id } } }`);
  await admin.ok(`mutation($id: ID!) { deleteService(input: { id: $id }) { userErrors { code } } }`, { id: created.createService.service.id });
}

async function waitForMail(admin: TestClient, to: string, done: (m: any) => boolean) {
  const until = Date.now() + 15_000;
  for (;;) {
    const mail = (await admin.ok(OUTBOX, { filter: { search: to } })).outbox.nodes[0];
    if (mail && done(mail)) return mail;
    if (Date.now() > until) throw new Error(`mail to ${to} never got there: ${JSON.stringify(mail)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe("outbox delivery over SMTP", () => {
  it("sends mail after commit, with the tenant's name and links into the admin", async () => {
    const { admin, email } = await tenantWithReader("reader");
    await deleteAService(admin);
    const mail = await waitForMail(admin, email, (m) => m.status === "SENT");
    expect(mail).toMatchObject({ status: "SENT", attempts: 1, lastError: null, nextAttemptAt: null });
    expect(mail.textBody).toContain("https://admin.example.test/notifications");
    const got = receiver.received.filter((r) => r.to.includes(email));
    expect(got).toHaveLength(1);
    expect(got[0]!.raw).toContain("From: Gatehouse Test <mail@gatehouse.test>");
    expect(got[0]!.raw).toContain("Product deleted");
  });

  it("retries a refused send and delivers it exactly once: 3 attempts logged", async () => {
    const { admin, email } = await tenantWithReader("flaky");
    await deleteAService(admin);
    const mail = await waitForMail(admin, email, (m) => m.status !== "PENDING");
    expect(mail).toMatchObject({ status: "SENT", attempts: 3, lastError: null });
    expect(receiver.received.filter((r) => r.to.includes(email))).toHaveLength(1);
    expect(receiver.attempts.get(email)).toBe(3);
  });

  it("fails a message for good after the last retry, with the server's answer", async () => {
    const { admin, email } = await tenantWithReader("dead");
    await deleteAService(admin);
    const mail = await waitForMail(admin, email, (m) => m.status !== "PENDING");
    expect(mail).toMatchObject({ status: "FAILED", attempts: 4, sentAt: null, nextAttemptAt: null });
    expect(mail.lastError).toContain("Try again later");
    expect(receiver.received.filter((r) => r.to.includes(email))).toHaveLength(0);
  });

  it("runs each scheduled slot once across workers, and records it", async () => {
    const runs = rowsOf<{ task: string; n: number; unfinished: number }>(
      await server.database.db.execute(sql`select task, count(*)::int as n, count(*) filter (where finished_at is null)::int as unfinished from scheduled_runs group by task`),
    );
    expect(runs.map((r) => r.task)).toContain("deliveries.retry");
    const slots = rowsOf<{ dupes: number }>(await server.database.db.execute(sql`select count(*)::int - count(distinct (task, slot))::int as dupes from scheduled_runs`));
    expect(slots[0]!.dupes).toBe(0);
  });
});
