import { request } from "node:http";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTenant } from "../../test/factories.js";
import { startTestServer, type TestServer } from "../../test/harness.js";

const lines: Record<string, unknown>[] = [];
let server: TestServer;
beforeAll(async () => {
  const logger = pino({ level: "info" }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  server = await startTestServer({ GATEHOUSE_BASE_DOMAIN: "gatehouse.test" }, {}, logger);
});
afterAll(() => server?.close());

describe("GraphQL over HTTP", () => {
  it("logs one structured line per request: operation, cost, status, duration, tenant and user", async () => {
    const master = await server.master();
    lines.length = 0;
    const me = await master.ok(`query WhoAmI { viewer { id tenant { id } } }`);
    const entry = lines.find((l) => l.msg === "graphql request");
    expect(entry).toMatchObject({ operation: "WhoAmI", type: "query", cost: 2, status: 200, rolledBack: false, via: "session" });
    expect(typeof entry?.ms).toBe("number");
    expect(entry?.userId).toBeTruthy();
    expect(me.viewer.id).toBeTruthy();
  });

  it("infers the tenant of a login from the Host <subdomain>-admin.<GATEHOUSE_BASE_DOMAIN>", async () => {
    const { tenant, admin } = await createTenant(server);
    // fetch() does not let a caller set Host; node:http sends it as given, like a reverse proxy would.
    const payload = JSON.stringify({
      query: `mutation($input: LoginInput!) { login(input: $input) { user { email tenant { subdomain } } userErrors { code } } }`,
      variables: { input: { email: admin.email, password: admin.password } },
    });
    const text = await new Promise<string>((resolve, reject) => {
      const req = request(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", host: `${tenant.subdomain}-admin.gatehouse.test` },
      }, (res) => {
        let data = "";
        res.on("data", (chunk) => (data += chunk));
        res.on("end", () => resolve(data));
      });
      req.on("error", reject);
      req.end(payload);
    });
    const body = JSON.parse(text) as { data: { login: { user: { email: string; tenant: { subdomain: string } } | null; userErrors: unknown[] } } };
    expect(body.data.login.userErrors).toEqual([]);
    expect(body.data.login.user).toEqual({ email: admin.email, tenant: { subdomain: tenant.subdomain } });
  });
});
