import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTenant } from "../../../test/factories.js";
import { startTestServer, type TestServer } from "../../../test/harness.js";
import { createLogger } from "../../config/logger.js";
import { rowsOf } from "../../db/client.js";
import { anonymousScope, inTenantTransaction } from "../../db/tenancy.js";
import { rowIdOf } from "../../graphql/node.js";
import { purgeNotifications } from "../notifications/notifications.service.js";
import { purgeWebhookDeliveries } from "./webhooks.service.js";

// No worker posts here (no delivery is due until the test says so): the claim and the purges are called directly.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const tenantId = async () => rowIdOf((await createTenant(server)).tenant.id, "Tenant")!;
const logger = createLogger({ logLevel: "silent", env: "test" });

async function deliveries(tenant: string, count: number, extra: { status?: string; createdDaysAgo?: number; due?: boolean } = {}) {
  const status = extra.status ?? "PENDING";
  const age = extra.createdDaysAgo ?? 0;
  await server.database.db.execute(sql`
    insert into webhook_deliveries (tenant_id, event, url, body, status, next_attempt_at, created_at)
    select ${tenant}, 'webhook.ping', 'https://hooks.example.com/', '{}', ${status},
           case when ${extra.due ?? false} then clock_timestamp() - interval '1 second' else null end,
           clock_timestamp() - ${age}::integer * interval '1 day'
    from generate_series(1, ${count})`);
}

describe("the webhook claim", () => {
  it("takes at most two deliveries of one tenant per batch, so one tenant's backlog does not crowd out another", async () => {
    const busy = await tenantId();
    const quiet = await tenantId();
    await deliveries(busy, 6, { due: true });
    await deliveries(quiet, 1, { due: true });
    const claimed = rowsOf<{ tenant_id: string; attempts: number }>(
      await inTenantTransaction(server.database.db, anonymousScope, (tx) => tx.execute(sql`select tenant_id, attempts from gatehouse_claim_webhooks('claimer', 60000, 20)`)),
    );
    expect(claimed.filter((c) => c.tenant_id === busy)).toHaveLength(2);
    expect(claimed.filter((c) => c.tenant_id === quiet)).toHaveLength(1);
    // The claim counts the attempt; a second claim skips what is leased.
    expect(claimed.every((c) => c.attempts === 1)).toBe(true);
    const again = rowsOf<{ tenant_id: string }>(
      await inTenantTransaction(server.database.db, anonymousScope, (tx) => tx.execute(sql`select tenant_id from gatehouse_claim_webhooks('other', 60000, 20)`)),
    );
    expect(again.filter((c) => c.tenant_id === busy)).toHaveLength(2);
    expect(again.filter((c) => c.tenant_id === quiet)).toHaveLength(0);
  });
});

describe("the daily purges", () => {
  it("remove old delivered and failed deliveries, and nothing pending or recent", async () => {
    const tenant = await tenantId();
    await deliveries(tenant, 1, { status: "DELIVERED", createdDaysAgo: 31 });
    await deliveries(tenant, 1, { status: "DELIVERED", createdDaysAgo: 5 });
    await deliveries(tenant, 1, { status: "FAILED", createdDaysAgo: 31 });
    await deliveries(tenant, 1, { status: "FAILED", createdDaysAgo: 91 });
    await deliveries(tenant, 1, { status: "PENDING", createdDaysAgo: 200 });
    await purgeWebhookDeliveries.run(server.database, logger);
    const left = rowsOf<{ status: string; days: number }>(
      await server.database.db.execute(sql`select status, round(extract(epoch from clock_timestamp() - created_at) / 86400)::int as days from webhook_deliveries where tenant_id = ${tenant} order by status, days`),
    );
    expect(left).toEqual([
      { status: "DELIVERED", days: 5 },
      { status: "FAILED", days: 31 },
      { status: "PENDING", days: 200 },
    ]);
  });

  it("remove read notifications after 90 days, any after a year, and finished mail after 30 days", async () => {
    const tenant = await tenantId();
    const [user] = rowsOf<{ id: string }>(await server.database.db.execute(sql`select id from users where tenant_id = ${tenant} limit 1`));
    const note = (title: string, days: number, read: boolean) =>
      server.database.db.execute(sql`
        insert into notifications (tenant_id, user_id, type, title, summary, created_at, read_at)
        values (${tenant}, ${user!.id}, 'SERVICE_DELETED', ${title}, 's', clock_timestamp() - ${days}::integer * interval '1 day', case when ${read} then clock_timestamp() else null end)`);
    await note("read old", 91, true);
    await note("read recent", 10, true);
    await note("unread old", 200, false);
    await note("unread ancient", 366, false);
    const mail = (subject: string, status: string, days: number) =>
      server.database.db.execute(sql`
        insert into outbox_messages (tenant_id, to_address, subject, text_body, html_body, status, created_at)
        values (${tenant}, 'a@example.com', ${subject}, 't', 'h', ${status}, clock_timestamp() - ${days}::integer * interval '1 day')`);
    await mail("sent old", "SENT", 31);
    await mail("held old", "HELD", 31);
    await mail("sent recent", "SENT", 3);
    await mail("pending old", "PENDING", 31);
    await purgeNotifications.run(server.database, logger);
    const notes = rowsOf<{ title: string }>(await server.database.db.execute(sql`select title from notifications where tenant_id = ${tenant} order by title`));
    expect(notes.map((n) => n.title)).toEqual(["read recent", "unread old"]);
    const mails = rowsOf<{ subject: string }>(await server.database.db.execute(sql`select subject from outbox_messages where tenant_id = ${tenant} order by subject`));
    expect(mails.map((m) => m.subject)).toEqual(["pending old", "sent recent"]);
  });
});
