import { request } from "node:http";
import { sql } from "drizzle-orm";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTenant } from "../../test/factories.js";
import { DOCUMENT_BUDGETS, MAX_DOCUMENT_NESTING } from "../graphql/document-source.js";
import { startTestServer, type TestServer } from "../../test/harness.js";
import { MAX_BODY_BYTES } from "./graphql-http.js";

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

  it("reads a JSON body whatever the case of its media type, and refuses one that is not JSON", async () => {
    const post = (body: string, contentType: string) =>
      fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": contentType }, body }).then(async (r) => ({ status: r.status, body: (await r.json()) as any }));
    for (const type of ["APPLICATION/JSON", "Application/Json; Charset=UTF-8"]) {
      const res = await post(JSON.stringify({ query: "{ viewer { id } }" }), type);
      expect(res, type).toMatchObject({ status: 200, body: { data: { viewer: null } } });
    }
    const invalid = await post('{ "query": "{ viewer { id } }"', "application/json");
    expect(invalid).toMatchObject({ status: 400, body: { errors: [{ message: "The request body is not valid JSON.", extensions: { code: "BAD_USER_INPUT" } }] } });
  });

  it("refuses a subscription over HTTP as a bad request, even one validation would have crashed on", async () => {
    const master = await server.master();
    for (const [query, variables] of [
      ["subscription { heartbeat { at } }", {}],
      // graphql-js 16 throws validating @include(if: $v) on a subscription's root field.
      ["subscription($on: Boolean!) { heartbeat @include(if: $on) { at } }", { on: true }],
    ] as const) {
      const res = await master.gql(query, variables);
      expect(res.status, query).toBe(400);
      expect(res.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0]?.message).toMatch(/WebSocket/);
    }
  });

  it("keeps every item of a list in its place, also one that fails before an earlier one is loaded", async () => {
    const client = await server.master();
    const own = await client.ok<{ viewer: { tenant: { id: string } } }>(`{ viewer { tenant { id } } }`);
    // The tenant is loaded from the database; "nope" fails at once, before it.
    const res = await client.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: [own.viewer.tenant.id, "nope", own.viewer.tenant.id, "nope"] });
    expect(res.data?.nodes).toEqual([{ id: own.viewer.tenant.id }, null, { id: own.viewer.tenant.id }, null]);
    expect(res.errors?.map((e) => [e.path, e.extensions.code])).toEqual([
      [["nodes", 1], "NOT_FOUND"],
      [["nodes", 3], "NOT_FOUND"],
    ]);
  });

  it("refuses a document nested deeper than it can parse, before parsing it", async () => {
    const client = await server.master();
    const deep = await client.gql(`{ nodes(ids: ${"[".repeat(5000)}"x"${"]".repeat(5000)}) { id } }`);
    expect(deep.status).toBe(400);
    expect(deep.errors?.[0]).toMatchObject({ message: `The document nests deeper than ${MAX_DOCUMENT_NESTING} levels of brackets.`, extensions: { code: "BAD_USER_INPUT" } });
    // Brackets in strings and comments are not nesting.
    const text = await client.gql(`# ${"[".repeat(200)}\n{ nodes(ids: ["${"[".repeat(200)}"]) { id } }`);
    expect(text.errors?.[0]?.extensions.code).toBe("NOT_FOUND");
  });

  it("refuses an anonymous document over its budget before parsing it; a signed-in caller has a larger one", async () => {
    const fields = `{ viewer { ${"id ".repeat(DOCUMENT_BUDGETS.anonymous.tokens)} } }`;
    const anonymous = await server.client().gql(fields);
    expect(anonymous.status).toBe(400);
    expect(anonymous.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" }, message: expect.stringMatching(/anonymous caller/) });
    const master = await server.master();
    const ids = Array.from({ length: DOCUMENT_BUDGETS.anonymous.tokens }, (_, i) => `"id${i}"`).join(", ");
    const allowed = await master.gql(`{ nodes(ids: [${ids}]) { id } }`);
    // Past the budget, parsed and answered: the API's own limit on IDs speaks, not the document budget.
    expect(allowed.errors?.[0]?.message).toMatch(/at most 100 IDs/);
    const tooMany = await master.gql(`{ viewer { ${"id ".repeat(DOCUMENT_BUDGETS.authenticated.tokens)} } }`);
    expect(tooMany.status).toBe(400);
    expect(tooMany.errors?.[0]?.message).toMatch(/signed-in caller/);
  });

  it("closes the connection after refusing an over-large body, so a client does not reuse it half-read", async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ viewer { id } }", variables: { pad: "x".repeat(MAX_BODY_BYTES.anonymous) } }),
    });
    expect(res.status).toBe(413);
    // A signed-in caller may send more (a whole OpenAPI document), up to its own limit.
    const admin = await (await createTenant(server)).login();
    const document = "x".repeat(MAX_BODY_BYTES.anonymous);
    const larger = await admin.gql(`mutation($d: LongText!) { importOpenApi(input: { serviceId: "nope", document: $d, dryRun: true }) { userErrors { code } } }`, { d: document });
    expect(larger.status).toBe(200);
    expect(larger.data).toMatchObject({ importOpenApi: { userErrors: [{ code: "INVALID_DOCUMENT" }] } });
    const tooLarge = await admin.gql(`mutation($d: LongText!) { importOpenApi(input: { serviceId: "nope", document: $d }) { userErrors { code } } }`, { d: "x".repeat(MAX_BODY_BYTES.credentialed) });
    expect(tooLarge.status).toBe(413);
    expect(res.headers.get("connection")).toBe("close");
    // The next request gets a fresh connection and its answer.
    expect((await server.client().gql("{ viewer { id } }")).status).toBe(200);
  });

  it("answers a failure during execution with 200 and a coded error, for a query as for a mutation", async () => {
    // The same failure in both: a statement the database cannot run.
    const admin = await (await createTenant(server)).login();
    await server.database.db.execute(sql.raw("alter table access_tokens rename to access_tokens_away"));
    try {
      const query = await admin.gql(`{ accessTokens { totalCount } }`);
      const mutation = await admin.gql(`mutation { createAccessToken(input: { name: "x", scopes: [ANALYTICS], permission: READ_ONLY }) { token } }`);
      for (const res of [query, mutation]) {
        expect(res.status).toBe(200);
        expect(res.data ?? null).toBeNull();
        expect(res.errors?.[0]?.extensions.code).toBe("INTERNAL_SERVER_ERROR");
      }
    } finally {
      await server.database.db.execute(sql.raw("alter table access_tokens_away rename to access_tokens"));
    }
  });
});
