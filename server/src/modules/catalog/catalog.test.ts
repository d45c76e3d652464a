import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccessToken, createMember, createTenant } from "../../../test/factories.js";
import { startTestServer, type TestClient, type TestServer } from "../../../test/harness.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const SERVICE_FIELDS = `id name systemName description authMode userKeyParameter appIdParameter appKeyParameter customKeysAllowed state`;
const CREATE_SERVICE = `mutation($input: CreateServiceInput!) { createService(input: $input) { service { ${SERVICE_FIELDS} metrics { systemName friendlyName unit kind builtin } } userErrors { field code message } } }`;
const UPDATE_SERVICE = `mutation($input: UpdateServiceInput!) { updateService(input: $input) { service { ${SERVICE_FIELDS} } userErrors { field code message } } }`;
const DELETE_SERVICE = `mutation($input: DeleteServiceInput!) { deleteService(input: $input) { deletedServiceId userErrors { field code message } } }`;
const CREATE_METRIC = `mutation($input: CreateMetricInput!) { createMetric(input: $input) { metric { id systemName friendlyName unit kind parent { systemName } } userErrors { field code message } } }`;
const CREATE_METHOD = `mutation($input: CreateMethodInput!) { createMethod(input: $input) { metric { id systemName friendlyName unit kind parent { systemName } } userErrors { field code message } } }`;
const UPDATE_METRIC = `mutation($input: UpdateMetricInput!) { updateMetric(input: $input) { metric { id systemName friendlyName unit } userErrors { field code message } } }`;
const DELETE_METRIC = `mutation($input: DeleteMetricInput!) { deleteMetric(input: $input) { deletedMetricId deletedMappingRuleIds userErrors { field code message } } }`;
const CREATE_RULE = `mutation($input: CreateMappingRuleInput!) { createMappingRule(input: $input) { mappingRule { id httpMethod pattern delta position last metric { systemName } } userErrors { field code message } } }`;
const UPDATE_RULE = `mutation($input: UpdateMappingRuleInput!) { updateMappingRule(input: $input) { mappingRule { id pattern position } userErrors { field code message } } }`;
const DELETE_RULE = `mutation($input: DeleteMappingRuleInput!) { deleteMappingRule(input: $input) { deletedMappingRuleId userErrors { field code message } } }`;
const RULES = `query($id: ID!) { service(id: $id) { mappingRules { id pattern position metric { systemName } } } }`;

async function newService(admin: TestClient, name = `Service ${Math.random().toString(36).slice(2, 8)}`) {
  const res = await admin.ok(CREATE_SERVICE, { input: { name } });
  expect(res.createService.userErrors).toEqual([]);
  return res.createService.service as { id: string; systemName: string };
}

async function metricOf(admin: TestClient, serviceId: string, kind: "metric" | "method", friendlyName: string, extra: object = {}) {
  const res = await admin.ok(kind === "metric" ? CREATE_METRIC : CREATE_METHOD, {
    input: { serviceId, friendlyName, ...(kind === "metric" ? { unit: "mb" } : {}), ...extra },
  });
  const payload = kind === "metric" ? res.createMetric : res.createMethod;
  expect(payload.userErrors).toEqual([]);
  return payload.metric as { id: string; systemName: string };
}

describe("services", () => {
  it("a new tenant has its default service; created services get hits and a derived system name", async () => {
    const admin = await (await createTenant(server)).login();
    const list = await admin.ok(`{ services { totalCount nodes { name systemName metricCount methodCount metrics { systemName builtin kind } } } }`);
    expect(list.services).toEqual({
      totalCount: 1,
      nodes: [{ name: "API", systemName: "api", metricCount: 1, methodCount: 0, metrics: [{ systemName: "hits", builtin: true, kind: "METRIC" }] }],
    });

    const res = await admin.ok(CREATE_SERVICE, {
      input: { name: "Email API", authMode: "APP_ID_APP_KEY", appIdParameter: "api_user", appKeyParameter: "api_key", description: "  Mail.  " },
    });
    expect(res.createService).toMatchObject({
      service: {
        name: "Email API",
        systemName: "email_api",
        description: "Mail.",
        authMode: "APP_ID_APP_KEY",
        userKeyParameter: "user_key",
        appIdParameter: "api_user",
        appKeyParameter: "api_key",
        customKeysAllowed: false,
        state: "ACTIVE",
        metrics: [{ systemName: "hits", friendlyName: "Hits", unit: "hit", kind: "METRIC", builtin: true }],
      },
      userErrors: [],
    });
    // The same name again: the derived system name gets a suffix; a given one that is taken is refused.
    expect((await admin.ok(CREATE_SERVICE, { input: { name: "Email API" } })).createService.service.systemName).toBe("email_api_2");
    const taken = await admin.ok(CREATE_SERVICE, { input: { name: "Other", systemName: "email_api" } });
    expect(taken.createService).toMatchObject({ service: null, userErrors: [{ code: "TAKEN", field: ["input", "systemName"] }] });
  });

  it("validates every field and writes nothing on a user error", async () => {
    const admin = await (await createTenant(server)).login();
    const res = await admin.ok(CREATE_SERVICE, { input: { name: " ", systemName: "Bad Name", userKeyParameter: "a b" } });
    expect(res.createService.userErrors.map((e: { code: string; field: string[] }) => [e.code, e.field.join(".")])).toEqual([
      ["BLANK", "input.name"],
      ["INVALID", "input.userKeyParameter"],
      ["INVALID", "input.systemName"],
    ]);
    const long = await admin.ok(CREATE_SERVICE, { input: { name: "x".repeat(201) } });
    expect(long.createService.userErrors[0]).toMatchObject({ code: "TOO_LONG", field: ["input", "name"] });
    const symbols = await admin.ok(CREATE_SERVICE, { input: { name: "!!!" } });
    expect(symbols.createService.userErrors[0]).toMatchObject({ code: "INVALID", field: ["input", "systemName"] });
    expect((await admin.ok(`{ services { totalCount } }`)).services.totalCount).toBe(1);
  });

  it("updates settings but never the system name; suspends", async () => {
    const admin = await (await createTenant(server)).login();
    const service = await newService(admin, "Payments");
    const res = await admin.ok(UPDATE_SERVICE, { input: { id: service.id, name: "Payments v2", state: "SUSPENDED", customKeysAllowed: true, description: "" } });
    expect(res.updateService.service).toMatchObject({ name: "Payments v2", systemName: "payments", state: "SUSPENDED", customKeysAllowed: true, description: null });
    const unknownField = await admin.gql(UPDATE_SERVICE, { input: { id: service.id, systemName: "other" } });
    expect(unknownField.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    const missing = await admin.ok(UPDATE_SERVICE, { input: { id: "nope", name: "x" } });
    expect(missing.updateService.userErrors[0]).toMatchObject({ code: "NOT_FOUND", field: ["input", "id"] });
  });

  it("deletes a service with its metrics and rules, but never the tenant's last one", async () => {
    const admin = await (await createTenant(server)).login();
    const service = await newService(admin);
    const method = await metricOf(admin, service.id, "method", "Send");
    await admin.ok(CREATE_RULE, { input: { serviceId: service.id, httpMethod: "POST", pattern: "/send", metricId: method.id } });
    const res = await admin.ok(DELETE_SERVICE, { input: { id: service.id } });
    expect(res.deleteService).toEqual({ deletedServiceId: service.id, userErrors: [] });
    expect((await admin.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: method.id })).errors?.[0]?.extensions.code).toBe("NOT_FOUND");

    const only = (await admin.ok(`{ services { nodes { id } } }`)).services.nodes[0].id;
    const last = await admin.ok(DELETE_SERVICE, { input: { id: only } });
    expect(last.deleteService).toMatchObject({ deletedServiceId: null, userErrors: [{ code: "LAST_SERVICE" }] });
    // Two deletions at once leave one service.
    const a = await newService(admin);
    const both = await Promise.all([admin.ok(DELETE_SERVICE, { input: { id: a.id } }), admin.ok(DELETE_SERVICE, { input: { id: only } })]);
    expect(both.filter((r) => r.deleteService.userErrors.length === 0)).toHaveLength(1);
    expect((await admin.ok(`{ services { totalCount } }`)).services.totalCount).toBe(1);
  });

  it("pages, sorts and filters the listing, and its counts cost a constant number of statements", async () => {
    const admin = await (await createTenant(server)).login();
    for (const name of ["Zulu", "Bravo", "Mike"]) {
      const s = await newService(admin, name);
      await metricOf(admin, s.id, "method", "Get");
    }
    const names = await admin.ok(`{ services(first: 2, orderBy: { field: NAME, direction: ASC }) { nodes { name } pageInfo { hasNextPage } } }`);
    expect(names.services).toEqual({ nodes: [{ name: "API" }, { name: "Bravo" }], pageInfo: { hasNextPage: true } });
    const searched = await admin.ok(`{ services(filter: { search: "ulu", states: [ACTIVE] }) { nodes { name } } }`);
    expect(searched.services.nodes).toEqual([{ name: "Zulu" }]);
    const query = `query($n: Int) { services(first: $n, orderBy: { field: NAME, direction: DESC }) { nodes { id metricCount methodCount metrics { systemName mapped parent { systemName } } mappingRules { id } } } }`;
    const statements = async (n: number) => {
      const before = server.database.statementCount;
      expect((await admin.ok(query, { n })).services.nodes).toHaveLength(n);
      return server.database.statementCount - before;
    };
    expect(await statements(3)).toBe(await statements(1));
  });
});

describe("metrics and methods", () => {
  it("creates metrics with units and methods under hits, unique by system and friendly name", async () => {
    const admin = await (await createTenant(server)).login();
    const service = await newService(admin);
    const res = await admin.ok(CREATE_METRIC, { input: { serviceId: service.id, friendlyName: "Data transfer", unit: "kb" } });
    expect(res.createMetric.metric).toMatchObject({ systemName: "Data_transfer", friendlyName: "Data transfer", unit: "kb", kind: "METRIC", parent: null });
    const method = await admin.ok(CREATE_METHOD, { input: { serviceId: service.id, friendlyName: "Get status", systemName: "GET_/status" } });
    expect(method.createMethod.metric).toMatchObject({ systemName: "GET_/status", unit: "hit", kind: "METHOD", parent: { systemName: "hits" } });

    const dup = await admin.ok(CREATE_METHOD, { input: { serviceId: service.id, friendlyName: "get STATUS", systemName: "GET_/status" } });
    expect(dup.createMethod.userErrors.map((e: { code: string; field: string[] }) => `${e.code}:${e.field[1]}`)).toEqual(["TAKEN:friendlyName", "TAKEN:systemName"]);
    const bad = await admin.ok(CREATE_METRIC, { input: { serviceId: service.id, friendlyName: "X", systemName: "has space", unit: "" } });
    expect(bad.createMetric.userErrors.map((e: { code: string; field: string[] }) => `${e.code}:${e.field[1]}`)).toEqual(["BLANK:unit", "INVALID:systemName"]);
    const derivedClash = await admin.ok(CREATE_METHOD, { input: { serviceId: service.id, friendlyName: "Data-transfer!" } });
    expect(derivedClash.createMethod.metric.systemName).toBe("Data-transfer");
    const noService = await admin.ok(CREATE_METRIC, { input: { serviceId: "nope", friendlyName: "X", unit: "x" } });
    expect(noService.createMetric.userErrors[0]).toMatchObject({ code: "NOT_FOUND", field: ["input", "serviceId"] });
  });

  it("keeps hits built in; renaming or deleting a used metric needs confirmation and removes its rules", async () => {
    const admin = await (await createTenant(server)).login();
    const service = await newService(admin);
    const hits = (await admin.ok(`query($id: ID!) { service(id: $id) { metrics { id systemName } } }`, { id: service.id })).service.metrics[0];
    expect((await admin.ok(DELETE_METRIC, { input: { id: hits.id, confirm: true } })).deleteMetric.userErrors[0].code).toBe("BUILTIN");
    expect((await admin.ok(UPDATE_METRIC, { input: { id: hits.id, systemName: "calls" } })).updateMetric.userErrors[0].code).toBe("BUILTIN");
    expect((await admin.ok(UPDATE_METRIC, { input: { id: hits.id, friendlyName: "API calls" } })).updateMetric.metric.friendlyName).toBe("API calls");

    const method = await metricOf(admin, service.id, "method", "Send");
    const rules = [];
    for (const pattern of ["/send", "/send/{id}"]) {
      rules.push((await admin.ok(CREATE_RULE, { input: { serviceId: service.id, httpMethod: "POST", pattern, metricId: method.id } })).createMappingRule.mappingRule.id);
    }
    const other = await metricOf(admin, service.id, "metric", "Bytes");
    await admin.ok(CREATE_RULE, { input: { serviceId: service.id, httpMethod: "GET", pattern: "/bytes", metricId: other.id } });

    const rename = await admin.ok(UPDATE_METRIC, { input: { id: method.id, systemName: "send_v2" } });
    expect(rename.updateMetric.userErrors[0]).toMatchObject({ code: "HAS_DEPENDENTS", field: ["input", "systemName"] });
    expect(rename.updateMetric.userErrors[0].message).toContain("2 mapping rules (POST /send, POST /send/{id})");
    expect((await admin.ok(UPDATE_METRIC, { input: { id: method.id, systemName: "send_v2", confirm: true } })).updateMetric.metric.systemName).toBe("send_v2");
    expect((await admin.ok(UPDATE_METRIC, { input: { id: method.id, unit: "mb" } })).updateMetric.userErrors[0]).toMatchObject({ code: "INVALID", field: ["input", "unit"] });

    const refused = await admin.ok(DELETE_METRIC, { input: { id: method.id } });
    expect(refused.deleteMetric).toMatchObject({ deletedMetricId: null, userErrors: [{ code: "HAS_DEPENDENTS" }] });
    const deleted = await admin.ok(DELETE_METRIC, { input: { id: method.id, confirm: true } });
    expect(deleted.deleteMetric).toMatchObject({ deletedMetricId: method.id, userErrors: [] });
    expect([...deleted.deleteMetric.deletedMappingRuleIds].sort()).toEqual([...rules].sort());
    // The remaining rule moved up to position 1.
    expect((await admin.ok(RULES, { id: service.id })).service.mappingRules).toEqual([expect.objectContaining({ pattern: "/bytes", position: 1 })]);
  });
});

describe("mapping rules", () => {
  it("keeps positions 1..n through inserts, moves and deletes", async () => {
    const admin = await (await createTenant(server)).login();
    const service = await newService(admin);
    const m = await metricOf(admin, service.id, "method", "Any");
    const add = async (pattern: string, position?: number) =>
      (await admin.ok(CREATE_RULE, { input: { serviceId: service.id, httpMethod: "GET", pattern, metricId: m.id, position } })).createMappingRule.mappingRule;
    const a = await add("/a");
    await add("/b");
    await add("/c");
    await add("/first", 1);
    await add("/far", 99);
    const order = async () => (await admin.ok(RULES, { id: service.id })).service.mappingRules.map((r: { pattern: string; position: number }) => `${r.position}${r.pattern}`);
    expect(await order()).toEqual(["1/first", "2/a", "3/b", "4/c", "5/far"]);
    await admin.ok(UPDATE_RULE, { input: { id: a.id, position: 4 } });
    expect(await order()).toEqual(["1/first", "2/b", "3/c", "4/a", "5/far"]);
    await admin.ok(UPDATE_RULE, { input: { id: a.id, position: 1 } });
    expect(await order()).toEqual(["1/a", "2/first", "3/b", "4/c", "5/far"]);
    await admin.ok(UPDATE_RULE, { input: { id: a.id, position: 50 } });
    expect(await order()).toEqual(["1/first", "2/b", "3/c", "4/far", "5/a"]);
    expect((await admin.ok(DELETE_RULE, { input: { id: a.id } })).deleteMappingRule).toEqual({ deletedMappingRuleId: a.id, userErrors: [] });
    await admin.ok(DELETE_RULE, { input: { id: (await admin.ok(RULES, { id: service.id })).service.mappingRules[1].id } });
    expect(await order()).toEqual(["1/first", "2/c", "3/far"]);
  });

  it("refuses bad patterns, increments, positions and another service's metric", async () => {
    const admin = await (await createTenant(server)).login();
    const service = await newService(admin);
    const other = await newService(admin);
    const m = await metricOf(admin, service.id, "method", "Any");
    const foreign = await metricOf(admin, other.id, "method", "Foreign");
    const errorsOf = async (input: object) =>
      (await admin.ok(CREATE_RULE, { input: { serviceId: service.id, httpMethod: "GET", metricId: m.id, pattern: "/ok", ...input } })).createMappingRule.userErrors.map(
        (e: { code: string; field: string[] }) => `${e.code}:${e.field[1]}`,
      );
    expect(await errorsOf({ pattern: "no-slash" })).toEqual(["INVALID:pattern"]);
    expect(await errorsOf({ pattern: "" })).toEqual(["BLANK:pattern"]);
    expect(await errorsOf({ delta: 0 })).toEqual(["INVALID:delta"]);
    expect(await errorsOf({ position: 0 })).toEqual(["INVALID:position"]);
    expect(await errorsOf({ metricId: foreign.id })).toEqual(["WRONG_SERVICE:metricId"]);
    expect(await errorsOf({ metricId: "nope" })).toEqual(["NOT_FOUND:metricId"]);
    const badVerb = await admin.gql(CREATE_RULE, { input: { serviceId: service.id, httpMethod: "TRACE", metricId: m.id, pattern: "/x" } });
    expect(badVerb.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    expect((await admin.ok(RULES, { id: service.id })).service.mappingRules).toEqual([]);
  });

  it("tells which rules match a request and what each metric gets, methods rolled up into hits", async () => {
    const admin = await (await createTenant(server)).login();
    const service = await newService(admin);
    const send = await metricOf(admin, service.id, "method", "Send");
    const bytes = await metricOf(admin, service.id, "metric", "Bytes");
    const rule = async (httpMethod: string, pattern: string, metricId: string, extra: object = {}) =>
      (await admin.ok(CREATE_RULE, { input: { serviceId: service.id, httpMethod, pattern, metricId, ...extra } })).createMappingRule.mappingRule.id;
    const r1 = await rule("POST", "/mail/{id}/send", send.id);
    const r2 = await rule("POST", "/mail/", bytes.id, { delta: 5, last: true });
    await rule("POST", "/mail/{id}/send$", send.id);
    const q = `query($id: ID!, $path: String!) { service(id: $id) { matchPath(httpMethod: POST, path: $path) { matchedRules { id } increments { metric { systemName } value } } } }`;
    const res = (await admin.ok(q, { id: service.id, path: "/mail/42/send?x=1" })).service.matchPath;
    expect(res.matchedRules.map((r: { id: string }) => r.id)).toEqual([r1, r2]);
    const increments = Object.fromEntries(res.increments.map((i: { metric: { systemName: string }; value: number }) => [i.metric.systemName, i.value]));
    expect(increments).toEqual({ Send: 1, hits: 1, Bytes: 5 });
    const none = (await admin.ok(q, { id: service.id, path: "/other" })).service.matchPath;
    expect(none).toEqual({ matchedRules: [], increments: [] });
    const long = await admin.gql(q, { id: service.id, path: `/${"a".repeat(9000)}` });
    expect(long.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
  });
});

describe("access", () => {
  it("members and read-only tokens read the catalog but cannot change it; tenants never see each other's", async () => {
    const acme = await createTenant(server);
    const admin = await acme.login();
    const service = await newService(admin);
    const member = await createMember(server, acme.tenant);
    expect((await member.ok(`{ services { totalCount } }`)).services.totalCount).toBe(2);
    const denied = await member.gql(CREATE_SERVICE, { input: { name: "Nope" } });
    expect(denied.errors?.[0]?.extensions.code).toBe("FORBIDDEN");

    const { token } = await createAccessToken(admin, { permission: "READ_ONLY" });
    const reader = server.client().withToken(token);
    expect((await reader.ok(`query($id: ID!) { service(id: $id) { name metrics { systemName } } }`, { id: service.id })).service.metrics).toHaveLength(1);
    expect((await reader.gql(DELETE_SERVICE, { input: { id: service.id } })).errors?.[0]?.extensions.code).toBe("FORBIDDEN");
    const { token: billing } = await createAccessToken(admin, { scopes: ["BILLING"] });
    expect((await server.client().withToken(billing).gql(`{ services { totalCount } }`)).errors?.[0]?.extensions.code).toBe("FORBIDDEN");

    const stranger = await (await createTenant(server)).login();
    expect((await stranger.gql(`query($id: ID!) { service(id: $id) { id } }`, { id: service.id })).errors?.[0]?.extensions.code).toBe("NOT_FOUND");
    expect((await stranger.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: service.id })).errors?.[0]?.extensions.code).toBe("NOT_FOUND");
    expect((await stranger.ok(UPDATE_SERVICE, { input: { id: service.id, name: "Mine" } })).updateService.userErrors[0].code).toBe("NOT_FOUND");
    expect((await stranger.ok(DELETE_SERVICE, { input: { id: service.id } })).deleteService.userErrors[0].code).toBe("NOT_FOUND");
    expect((await stranger.ok(CREATE_METHOD, { input: { serviceId: service.id, friendlyName: "X" } })).createMethod.userErrors[0].code).toBe("NOT_FOUND");
    expect((await stranger.ok(`{ services { totalCount } }`)).services.totalCount).toBe(1);
  });
});

describe("the database's own guards", () => {
  it("refuses a mapping rule on another service's metric, and a row whose tenant is not its service's", async () => {
    const a = await createTenant(server);
    const admin = await a.login();
    const one = await newService(admin);
    const two = await newService(admin);
    const foreign = await metricOf(admin, two.id, "method", "Foreign");
    const { inTenantTransaction } = await import("../../db/tenancy.js");
    const { rowIdOf } = await import("../../graphql/node.js");
    const { sql } = await import("drizzle-orm");
    const tenantId = rowIdOf(a.tenant.id, "Tenant")!;
    const insertRule = (serviceId: string, metricId: string) =>
      inTenantTransaction(server.database.db, { tenantId, master: false }, (tx) =>
        tx.execute(sql`insert into mapping_rules (tenant_id, service_id, metric_id, http_method, pattern, position) values (${tenantId}, ${serviceId}, ${metricId}, 'GET', '/x', 1)`),
      );
    await expect(insertRule(rowIdOf(one.id, "Service")!, rowIdOf(foreign.id, "Metric")!)).rejects.toThrow();
    await expect(insertRule(rowIdOf(two.id, "Service")!, rowIdOf(foreign.id, "Metric")!)).resolves.toBeDefined();
  });
});
