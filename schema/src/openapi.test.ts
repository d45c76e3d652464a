import { describe, expect, it } from "vitest";
import { openApiOperations, type OpenApiOperations, planOpenApiImport } from "./openapi";

const doc = (paths: Record<string, unknown>, top: Record<string, unknown> = { openapi: "3.1.0" }) => ({ ...top, info: { title: "T", version: "1" }, paths });
const operationsOf = (api: unknown) => openApiOperations(api) as OpenApiOperations;
const ok = { responses: {} };

describe("openApiOperations", () => {
  it("takes the base path from the first server URL or Swagger's basePath", () => {
    const base = (top: Record<string, unknown>) => operationsOf(doc({}, top)).basePath;
    expect(base({ openapi: "3.0.0", servers: [{ url: "https://api.example.com/v1/" }, { url: "/v2" }] })).toBe("/v1");
    expect(base({ openapi: "3.0.0", servers: [{ url: "https://api.example.com" }] })).toBe("");
    expect(base({ openapi: "3.0.0", servers: [{ url: "/api/v2?x=1" }] })).toBe("/api/v2");
    expect(base({ openapi: "3.0.0", servers: [{ url: "{scheme}://x.com/{version}" }] })).toBe("/{version}");
    expect(base({ openapi: "3.0.0", servers: [{ url: "relative/path" }] })).toBe("");
    expect(base({ openapi: "3.0.0" })).toBe("");
    expect(base({ swagger: "2.0", basePath: "/" })).toBe("");
    expect(base({ swagger: "2.0", basePath: "/api" })).toBe("/api");
  });

  it("lists operations in document order and verb order, skipping non-operation keys", () => {
    const api = operationsOf(doc({ "/a": { parameters: [], summary: "x", post: { ...ok, summary: " Make " }, get: { ...ok, operationId: "getA", description: "" } } }));
    expect(api.operations).toEqual([
      { verb: "GET", path: "/a", operationId: "getA", summary: null, description: null },
      { verb: "POST", path: "/a", operationId: null, summary: "Make", description: null },
    ]);
  });

  it("says why something is not a document it can read", () => {
    expect(openApiOperations([])).toMatch(/not an OpenAPI object/);
    expect(openApiOperations({ openapi: "2.0" })).toMatch(/no supported version/);
    expect(openApiOperations({ swagger: "2.0", paths: [] })).toMatch(/paths/);
  });
});

describe("planOpenApiImport", () => {
  it("derives system names from operationId, else verb and path, numbering clashes the same way on every import", () => {
    const api = operationsOf(doc({ "/pets": { get: ok, post: { ...ok, operationId: "get pets" } }, "/pets/{id}/toys": { get: ok } }));
    const first = planOpenApiImport(api, [{ systemName: "hits", friendlyName: "Hits" }], []);
    expect(first.map((p) => [p.methodSystemName, p.methodFriendlyName, p.action])).toEqual([
      ["get_pets", "GET /pets", "CREATE_METHOD_AND_RULE"],
      ["get_pets_2", "get pets", "CREATE_METHOD_AND_RULE"],
      ["get_pets_id_toys", "GET /pets/{id}/toys", "CREATE_METHOD_AND_RULE"],
    ]);
    const metrics = [{ systemName: "hits", friendlyName: "Hits" }, ...first.map((p) => ({ systemName: p.methodSystemName, friendlyName: p.methodFriendlyName }))];
    const rules = first.map((p) => ({ httpMethod: p.httpMethod, pattern: p.pattern, metricSystemName: p.methodSystemName }));
    expect(planOpenApiImport(api, metrics, rules).map((p) => p.action)).toEqual(["UNCHANGED", "UNCHANGED", "UNCHANGED"]);
    // A rule deleted since: only it comes back.
    expect(planOpenApiImport(api, metrics, rules.slice(1)).map((p) => p.action)).toEqual(["CREATE_RULE", "UNCHANGED", "UNCHANGED"]);
  });

  it("keeps friendly names unique without regard to case, within the import too", () => {
    const api = operationsOf(doc({ "/a": { get: { ...ok, summary: "List" } }, "/b": { get: { ...ok, summary: "list" } } }));
    const plan = planOpenApiImport(api, [{ systemName: "x", friendlyName: "LIST" }], []);
    expect(plan.map((p) => p.methodFriendlyName)).toEqual(["List (2)", "list (3)"]);
    expect(plan[0]!.note).toMatch(/already named "List"/);
  });

  it("skips what a mapping rule cannot count: TRACE and paths the pattern rules refuse", () => {
    const api = operationsOf(doc({ "/a b": { get: ok }, "/c": { trace: ok }, "/{x}/{x}": { get: ok } }));
    const plan = planOpenApiImport(api, [], []);
    expect(plan.map((p) => [p.action, p.note])).toEqual([
      ["SKIPPED", expect.stringMatching(/spaces/)],
      ["SKIPPED", expect.stringMatching(/not TRACE/)],
      ["SKIPPED", expect.stringMatching(/twice|more than once/)],
    ]);
  });

  it("cuts long names and descriptions to their bounds", () => {
    const long = "y".repeat(5000);
    const [p] = planOpenApiImport(operationsOf(doc({ "/a": { get: { ...ok, operationId: long, summary: long } } })), [], []);
    expect(p!.methodSystemName).toHaveLength(100);
    expect(p!.methodFriendlyName).toHaveLength(200);
    expect(p!.description).toHaveLength(2000);
  });
});
