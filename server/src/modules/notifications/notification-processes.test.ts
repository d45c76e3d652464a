import { createClient } from "graphql-ws";
import { afterAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { TestClient } from "../../../test/harness.js";
import { createStore, exited, killServerProcesses, type Store, startServerProcess, until } from "../../../test/server-process.js";
import { startSmtpReceiver } from "../../../test/smtp-receiver.js";
import { bootstrap } from "../../bootstrap.js";
import { loadConfig } from "../../config/config.js";
import { createLogger } from "../../config/logger.js";
import { inTenantTransaction } from "../../db/tenancy.js";
import { compose } from "../../kit/module.js";
import { createUser } from "../team/user.service.js";
import { createTenant, findMasterTenant } from "../tenants/tenant.service.js";

const MASTER = { email: "process-master@test.local", password: "process-master-password" };
const TENANT = { subdomain: "relay", admin: "actor@relay.test", reader: "reader@relay.test", password: "relay-password-123" };
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

afterAll(killServerProcesses);

/** A store with a tenant of two admins: one acts, the other is told. */
async function prepare(store: Store): Promise<void> {
  const database = await store.open();
  try {
    const config = loadConfig({ GATEHOUSE_SECRET: "x".repeat(32), GATEHOUSE_MASTER_EMAIL: MASTER.email, GATEHOUSE_MASTER_PASSWORD: MASTER.password, LOG_LEVEL: "silent" });
    await bootstrap(compose([]), config, createLogger(config), database, { demo: false });
    const master = await inTenantTransaction(database.db, { tenantId: null, master: true }, (tx) => findMasterTenant(tx));
    const scope = { tenantId: master!.id, master: true };
    const created = await inTenantTransaction(database.db, scope, (tx) =>
      createTenant(tx, { name: "Relay", subdomain: TENANT.subdomain, adminEmail: TENANT.admin, adminPassword: TENANT.password }, scope),
    );
    if (!created.ok) throw new Error(JSON.stringify(created.userErrors));
    const tenantId = created.tenant.id;
    await inTenantTransaction(database.db, { tenantId, master: false }, (tx) => createUser(tx, { tenantId, email: TENANT.reader, password: TENANT.password, role: "ADMIN" }));
  } finally {
    await database.close();
  }
}

const baseEnv = (store: Store) => ({ GATEHOUSE_MASTER_EMAIL: MASTER.email, GATEHOUSE_MASTER_PASSWORD: MASTER.password, ...store.env });

async function signIn(url: string, email: string): Promise<TestClient> {
  const client = new TestClient(`${url}/graphql`);
  await client.login({ tenant: TENANT.subdomain, email, password: TENANT.password });
  return client;
}

async function deleteAService(client: TestClient, name: string): Promise<void> {
  const created = await client.ok(`mutation($name: String!) { createService(input: { name: $name }) { service { id } } }`, { name });
  await client.ok(`mutation($id: ID!) { deleteService(input: { id: $id }) { userErrors { code } } }`, { id: created.createService.service.id });
}

describe.skipIf(!onPostgres)("two server processes on PostgreSQL", () => {
  it("a notification made by a mutation on one reaches a subscriber on the other", { timeout: 180_000 }, async () => {
    const store = await createStore();
    try {
      await prepare(store);
      const [one, two] = await Promise.all([startServerProcess(baseEnv(store)), startServerProcess(baseEnv(store))]);
      const actor = await signIn(one.url, TENANT.admin);
      const reader = await signIn(two.url, TENANT.reader);
      const ws = createClient({
        url: `${two.url.replace("http", "ws")}/graphql`,
        retryAttempts: 0,
        webSocketImpl: class extends WebSocket {
          constructor(address: string, protocols?: string | string[]) {
            super(address, protocols, { headers: { cookie: reader.cookie! } });
          }
        },
      });
      const received: unknown[] = [];
      const iterator = ws.iterate({ query: `subscription { notificationReceived { type targetName } }` });
      const reading = (async () => {
        for await (const result of iterator) received.push(result);
      })();
      // The subscription has started once the server answers a ping on the same socket's process.
      await new Promise((resolve) => setTimeout(resolve, 500));
      await deleteAService(actor, "Cross-process API");
      await until("the notification to arrive on the other process", () => received.length > 0, 10_000);
      expect(received).toEqual([{ data: { notificationReceived: { type: "SERVICE_DELETED", targetName: "Cross-process API" } } }]);
      await iterator.return?.();
      await ws.dispose();
      await reading.catch(() => {});
      for (const p of [one, two]) p.child.kill("SIGTERM");
      await Promise.all([exited(one.child), exited(two.child)]);
    } finally {
      await store.drop();
    }
  });
});

describe(`a server process killed between commit and delivery (${onPostgres ? "PostgreSQL" : "PGlite"})`, () => {
  it("leaves the mail to the next process, which sends it once", { timeout: 240_000 }, async () => {
    let holding = true;
    const receiver = await startSmtpReceiver({ hold: () => holding });
    const store = await createStore();
    try {
      await prepare(store);
      const env = { ...baseEnv(store), SMTP_URL: receiver.url, GATEHOUSE_DELIVERY_LEASE_MS: "1000", GATEHOUSE_WEBHOOK_TIMEOUT_MS: "500", GATEHOUSE_DELIVERY_POLL_MS: "200", GATEHOUSE_SCHEDULER_TICK_MS: "100" };
      const first = await startServerProcess(env);
      await deleteAService(await signIn(first.url, TENANT.admin), "Crash API");
      // The mail committed with the deletion; the first process is sending it and the server holds it.
      await until("the first attempt to reach the mail server", () => receiver.attempts.get(TENANT.reader) === 1, 30_000);
      first.child.kill("SIGKILL");
      await exited(first.child);
      holding = false;

      const second = await startServerProcess(env);
      const admin = await signIn(second.url, TENANT.admin);
      let mail: { status: string; attempts: number } | undefined;
      await until(
        "the mail to be sent by the second process",
        async () => {
          mail = (await admin.ok(`{ outbox(first: 5) { nodes { toAddress status attempts } } }`)).outbox.nodes[0];
          return mail?.status === "SENT";
        },
        60_000,
      );
      // Both attempts are counted (the claim counts it, so a send that kills its process is given up after the last).
      expect(mail).toEqual({ toAddress: TENANT.reader, status: "SENT", attempts: 2 });
      expect(receiver.received.filter((r) => r.to.includes(TENANT.reader))).toHaveLength(1);
      second.child.kill("SIGTERM");
      expect(await exited(second.child)).toBe(0);
    } finally {
      await receiver.close();
      await store.drop();
    }
  });
});
