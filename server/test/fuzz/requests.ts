import { createHash } from "node:crypto";
import type { Operation } from "./operations.js";
import type { Random } from "./random.js";

/** One HTTP request to /graphql, as sent; printed as is when it finds something. */
export interface HttpRequest {
  /** What kind of request this is, for the report. */
  variant: string;
  method: string;
  /** The query string, with its `?`. */
  search: string;
  headers: Record<string, string>;
  body?: string;
}

const JSON_TYPE = { "content-type": "application/json" };

/**
 * The HTTP request for an operation: usually a JSON POST as clients send it; for hostile runs also
 * GET, other methods, odd or missing content types, batches, invalid or wrongly shaped JSON,
 * persisted-query extensions, documents nested thousands deep and bodies over the size limit.
 */
export function httpRequest(operation: Operation, random: Random, hostile: boolean): HttpRequest {
  const payload = { query: operation.query, variables: operation.variables, operationName: operation.operationName };
  const json = JSON.stringify(payload);
  const post = (variant: string, body: string, headers: Record<string, string> = JSON_TYPE): HttpRequest => ({ variant, method: "POST", search: "", headers, body });
  if (!hostile || random.chance(0.75)) return post("POST application/json", json);
  const sha = createHash("sha256").update(operation.query).digest("hex");
  const deep = (depth: number, open: string, close: string, inner: string) => `${open.repeat(depth)}${inner}${close.repeat(depth)}`;
  const depth = random.pick([60, 101, 500, 2000, 5000]);
  const variants: (() => HttpRequest)[] = [
    () => {
      const params = new URLSearchParams({ query: operation.query, variables: JSON.stringify(operation.variables) });
      if (operation.operationName) params.set("operationName", operation.operationName);
      return { variant: "GET", method: "GET", search: `?${params}`, headers: {} };
    },
    () => ({ variant: "GET with a body type", method: "GET", search: `?query=${encodeURIComponent(operation.query)}`, headers: { "content-type": "text/plain" } }),
    () => ({ variant: "GET without a query", method: "GET", search: random.pick(["", "?query=", "?variables={", "?query=%7B&query=%7B"]), headers: {} }),
    () => {
      const type = random.pick([
        "APPLICATION/JSON",
        "Application/Json; charset=UTF-8",
        "application/json; charset=latin1",
        "application/json;",
        "text/plain",
        "application/graphql",
        "application/graphql-response+json",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "json",
        "",
      ]);
      return post(`POST ${type || "(empty content type)"}`, json, { "content-type": type });
    },
    () => post("POST without a content type", json, {}),
    () => post("POST text/plain with a preflight header", json, { "content-type": "text/plain", "apollo-require-preflight": "true" }),
    () => post("batched", JSON.stringify([payload, payload])),
    () => post("invalid JSON", json.slice(0, random.int(0, json.length - 1))),
    () => post("JSON that is not a request", random.pick(["null", "[]", "{}", "42", '"query"', "true"])),
    () =>
      post(
        "wrongly typed request fields",
        JSON.stringify(
          random.pick<Record<string, unknown>>([
            { query: 42 },
            { ...payload, variables: "x" },
            { ...payload, variables: [1] },
            { ...payload, operationName: 5 },
            { ...payload, operationName: "NoSuchOperation" },
            { ...payload, extensions: "x" },
            { ...payload, extensions: [] },
            { query: "" },
            { variables: {} },
          ]),
        ),
      ),
    () =>
      post(
        "persisted query",
        JSON.stringify(
          random.pick<Record<string, unknown>>([
            { ...payload, extensions: { persistedQuery: { version: 1, sha256Hash: "abc" } } },
            { ...payload, extensions: { persistedQuery: { version: 2, sha256Hash: sha } } },
            { ...payload, extensions: { persistedQuery: { version: 1, sha256Hash: sha } } },
            { variables: payload.variables, extensions: { persistedQuery: { version: 1, sha256Hash: sha } } },
            { variables: payload.variables, extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } },
            { ...payload, extensions: { persistedQuery: "x" } },
            { ...payload, extensions: { persistedQuery: {} } },
          ]),
        ),
      ),
    () => post(`list literal nested ${depth} deep`, JSON.stringify({ query: `{ __typename @include(if: ${deep(depth, "[", "]", "true")}) }` })),
    () => post(`object literal nested ${depth} deep`, JSON.stringify({ query: `{ __typename @include(if: ${deep(depth, "{a: ", "}", "true")}) }` })),
    () => post(`selections nested ${depth} deep`, JSON.stringify({ query: deep(depth, "{ a ", "}", "") })),
    () => post("body over the size limit", JSON.stringify({ query: operation.query, variables: { pad: "x".repeat(1024 * 1024) } })),
    () => ({ ...post("another method", json), method: random.pick(["PUT", "DELETE", "PATCH", "OPTIONS"]) }),
    () => ({ variant: "HEAD", method: "HEAD", search: `?query=${encodeURIComponent(operation.query)}`, headers: {} }),
    () => post("Accept", json, { ...JSON_TYPE, accept: random.pick(["text/html", "application/graphql-response+json", "multipart/mixed", "*/*;q=0", "x"]) }),
  ];
  return random.pick(variants)();
}
