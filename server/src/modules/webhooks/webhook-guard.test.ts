import { createServer, type Server } from "node:http";
import { lookup } from "node:dns/promises";
import type { AddressInfo } from "node:net";
import { hostname } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTenant } from "../../../test/factories.js";
import { startTestServer, type TestServer } from "../../../test/harness.js";
import { postWebhook, isPrivateAddress, privateHostProblem } from "./webhook-http.js";
import { signWebhook, verifyWebhookSignature } from "./webhook-signature.js";

// This file's server does not allow private addresses (the default).
let server: TestServer;
let receiver: Server;
let port: number;
let hits = 0;
beforeAll(async () => {
  receiver = createServer((_req, res) => {
    hits++;
    res.end("ok");
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  port = (receiver.address() as AddressInfo).port;
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
  await new Promise<void>((resolve) => receiver?.close(() => resolve()));
});

describe("webhooks and private addresses", () => {
  it("tells private, loopback and link-local addresses from public ones", () => {
    for (const address of ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0", "100.64.0.1", "::1", "::", "fd00::1", "fe80::1", "fec0::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:7f00:1", "64:ff9b::a00:5", "::7f00:1", "2002:7f00:1::"]) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
    for (const address of ["93.184.216.34", "8.8.8.8", "2606:4700::1111", "::ffff:8.8.8.8"]) expect(isPrivateAddress(address), address).toBe(false);
    expect(privateHostProblem("http://localhost:8080/x")).not.toBeNull();
    expect(privateHostProblem("http://[::1]/x")).not.toBeNull();
    expect(privateHostProblem("https://hooks.example.com/x")).toBeNull();
  });

  it("refuses to save a URL naming a private address", async () => {
    const admin = await (await createTenant(server)).login();
    for (const url of [`http://127.0.0.1:${port}/`, "http://localhost/", "http://169.254.169.254/latest/meta-data", "http://[::1]/"]) {
      const saved = await admin.ok(`mutation($url: String) { updateWebhookSettings(input: { url: $url }) { userErrors { code } } }`, { url });
      expect(saved.updateWebhookSettings.userErrors, url).toEqual([{ code: "PRIVATE_ADDRESS" }]);
    }
  });

  it("does not post to a private address literal, and says so at once", async () => {
    const started = Date.now();
    const result = await postWebhook(`http://127.0.0.1:${port}/`, "{}", {}, { timeoutMs: 5_000, allowPrivate: false });
    expect(result).toMatchObject({ statusCode: null, error: "The URL points at a private or loopback address." });
    expect(Date.now() - started).toBeLessThan(4_000);
    expect(hits).toBe(0);
  });

  it("does not post to a name that resolves to a private address", async () => {
    // The machine's own name passes the name check (it is no IP literal, nor localhost) but resolves
    // to a loopback or private address here (/etc/hosts); the guarded lookup stops it at connect time.
    const addresses = await lookup(hostname(), { all: true });
    if (!addresses.every((a) => isPrivateAddress(a.address))) return;
    const result = await postWebhook(`http://${hostname()}:${port}/`, "{}", {}, { timeoutMs: 2_000, allowPrivate: false });
    expect(result.statusCode).toBeNull();
    expect(result.error).toMatch(/private address|points at this machine/);
    expect(hits).toBe(0);
    // With private addresses allowed (tests, private deployments), it goes through.
    expect((await postWebhook(`http://127.0.0.1:${port}/`, "{}", {}, { timeoutMs: 2_000, allowPrivate: true })).statusCode).toBe(200);
    expect(hits).toBe(1);
  });

  it("signs as the README's receiver example verifies, and refuses old timestamps", () => {
    const body = '{"id":"x"}';
    const now = Date.UTC(2026, 11, 2, 12, 0, 0);
    const header = signWebhook(body, ["whsec_a"], now / 1000);
    expect(verifyWebhookSignature(header, body, "whsec_a", 300, now)).toBe(true);
    expect(verifyWebhookSignature(header, body, "whsec_a", 300, now + 301_000)).toBe(false);
    expect(verifyWebhookSignature("t=abc,v1=zz", body, "whsec_a", 300, now)).toBe(false);
  });
});
