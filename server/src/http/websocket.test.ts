import { createClient } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { createTenant } from "../../test/factories.js";
import { startTestServer, type TestServer } from "../../test/harness.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({}, { socketRecheckMs: 300, maxSubscriptionsPerSocket: 3, maxSocketsPerUser: 2 });
});
afterAll(() => server?.close());

function socketClient(headers: Record<string, string>) {
  const url = `${server.url.replace("http", "ws")}/graphql`;
  return createClient({
    url,
    retryAttempts: 0,
    lazy: true,
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers });
      }
    },
  });
}

async function first(client: ReturnType<typeof socketClient>, query: string) {
  const events = client.iterate({ query });
  try {
    const next = await events.next();
    return next.value;
  } finally {
    await events.return?.();
    await client.dispose();
  }
}

describe("subscriptions over graphql-ws", () => {
  it("pushes a heartbeat at once to a signed-in user", async () => {
    const master = await server.master();
    const result = await first(socketClient({ cookie: master.cookie! }), "subscription { heartbeat { at } }");
    expect(result?.errors).toBeUndefined();
    expect(new Date((result!.data!.heartbeat as { at: string }).at).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it("refuses anonymous subscribers with UNAUTHENTICATED", async () => {
    const error = await first(socketClient({}), "subscription { heartbeat { at } }").then(
      () => null,
      (e: unknown) => e,
    );
    expect(JSON.stringify(error)).toContain("UNAUTHENTICATED");
  });

  it("refuses a handshake from another site's page (cross-site WebSocket hijacking)", async () => {
    const master = await server.master();
    const host = new URL(server.url).host;
    const closed = await first(socketClient({ cookie: master.cookie!, origin: "https://evil.example", host }), "subscription { heartbeat { at } }").then(
      () => null,
      (e: unknown) => e as { code?: number },
    );
    expect(closed?.code).toBe(4403);
  });

  it("refuses documents that would crash parsing or validation with BAD_USER_INPUT", async () => {
    const master = await server.master();
    for (const query of [
      `subscription { heartbeat @include(if: ${"[".repeat(5000)}true${"]".repeat(5000)}) { at } }`,
      "subscription($on: Boolean!) { heartbeat @include(if: $on) { at } }",
    ]) {
      const error = await first(socketClient({ cookie: master.cookie! }), query).then(
        () => null,
        (e: unknown) => e,
      );
      expect(JSON.stringify(error), query.slice(0, 60)).toContain("BAD_USER_INPUT");
    }
  });

  it("re-checks credentials: a revoked token gets no new subscription, and its open socket is closed", async () => {
    const { createAccessToken } = await import("../../test/factories.js");
    const master = await server.master();
    const { token, id } = await createAccessToken(master);
    const client = socketClient({ authorization: `Bearer ${token}` });
    const closed = new Promise<number>((resolve) => client.on("closed", (event) => resolve((event as { code: number }).code)));
    const events = client.iterate({ query: "subscription { heartbeat { at } }" });
    expect((await events.next()).value?.data).toBeTruthy();
    await master.ok(`mutation($id: ID!) { revokeAccessToken(input: { id: $id }) { userErrors { code } } }`, { id });
    expect(await closed).toBe(4401);
    await client.dispose();

    const again = await first(socketClient({ authorization: `Bearer ${token}` }), "subscription { heartbeat { at } }").then(
      () => null,
      (e: unknown) => e,
    );
    expect(JSON.stringify(again)).toContain("UNAUTHENTICATED");
  });

  it("runs only subscriptions; queries go over HTTP", async () => {
    const master = await server.master();
    const error = await first(socketClient({ cookie: master.cookie! }), "{ viewer { id } }").then(
      () => null,
      (e: unknown) => e,
    );
    expect(JSON.stringify(error)).toMatch(/Only subscriptions/);
  });

  it("authenticates a socket once: subscribing costs no database round trip", async () => {
    const master = await server.master();
    const client = socketClient({ cookie: master.cookie! });
    const first = client.iterate({ query: "subscription { heartbeat { at } }" });
    await first.next();
    const before = server.database.statementCount;
    const second = client.iterate({ query: "subscription { heartbeat { at } }" });
    expect((await second.next()).value?.data).toBeTruthy();
    expect(server.database.statementCount - before).toBe(0);
    await first.return?.();
    await second.return?.();
    await client.dispose();
  });

  it("holds at most maxSubscriptionsPerSocket subscriptions per socket; completing one frees its place", async () => {
    const user = await (await createTenant(server)).login();
    const client = socketClient({ cookie: user.cookie! });
    const running = [];
    for (let i = 0; i < 3; i++) {
      const events = client.iterate({ query: "subscription { heartbeat { at } }" });
      expect((await events.next()).value?.data).toBeTruthy();
      running.push(events);
    }
    const refused = await client
      .iterate({ query: "subscription { heartbeat { at } }" })
      .next()
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(JSON.stringify(refused)).toMatch(/at most 3/);
    await running.pop()!.return?.();
    // The server learns of the completion asynchronously; the freed place is soon usable.
    let again: unknown = null;
    for (let attempt = 0; attempt < 20 && !again; attempt++) {
      again = await client
        .iterate({ query: "subscription { heartbeat { at } }" })
        .next()
        .then((r) => r.value?.data ?? null, () => null);
      if (!again) await new Promise((r) => setTimeout(r, 50));
    }
    expect(again).toBeTruthy();
    for (const events of running) await events.return?.();
    await client.dispose();
  });

  it("lets one user open at most maxSocketsPerUser sockets (4429 beyond)", async () => {
    // A user of its own: other tests' sockets of the master may still be closing.
    const user = await (await createTenant(server)).login();
    const open = [socketClient({ cookie: user.cookie! }), socketClient({ cookie: user.cookie! })];
    const streams = open.map((c) => c.iterate({ query: "subscription { heartbeat { at } }" }));
    for (const s of streams) expect((await s.next()).value?.data).toBeTruthy();
    const third = socketClient({ cookie: user.cookie! });
    const closed = await third
      .iterate({ query: "subscription { heartbeat { at } }" })
      .next()
      .then(
        () => null,
        (e: unknown) => e as { code?: number },
      );
    expect(closed?.code).toBe(4429);
    await third.dispose();
    for (const s of streams) await s.return?.();
    for (const c of open) await c.dispose();
  });

  it("refuses a frame larger than 64 KB by closing the socket (1009), before parsing anything", async () => {
    const master = await server.master();
    const host = new URL(server.url).host;
    const socket = new WebSocket(`ws://${host}/graphql`, "graphql-transport-ws", { headers: { cookie: master.cookie! } });
    await new Promise((resolve, reject) => socket.once("open", resolve).once("error", reject));
    const closed = new Promise<number>((resolve) => socket.once("close", (code) => resolve(code)));
    socket.send(JSON.stringify({ type: "connection_init", payload: { pad: "x".repeat(70 * 1024) } }));
    expect(await closed).toBe(1009);
  });
});
