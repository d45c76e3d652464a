/**
 * Importing an OpenAPI 3.x or Swagger 2.0 document into a service: one method per operation and the
 * mapping rule that counts it. These are the pure parts, shared by the server and the mock: reading the
 * operations out of a parsed (and, on the server, validated) document, and planning what an import
 * changes given what the service already has. Parsing and validating the text is the server's job.
 */
import { deriveMetricSystemName, MAX_DESCRIPTION_LENGTH, MAX_METRIC_NAME_LENGTH, MAX_SYSTEM_NAME_LENGTH, systemNameCandidate } from "./catalog";
import { MAX_LONG_TEXT_LENGTH } from "./lengths";
import { HTTP_METHODS, mappingRulePatternProblem } from "./mapping-rules";

/** The longest document `importOpenApi` takes, in characters (a large API's description fits; the request body limit is twice this). */
export const MAX_OPENAPI_DOCUMENT_LENGTH = MAX_LONG_TEXT_LENGTH;
/** The most operations one import handles (a service has at most 2,000 mapping rules anyway). */
export const MAX_OPENAPI_OPERATIONS = 2000;

/** The verbs an OpenAPI path item may hold, in the order the import lists them. */
const OPENAPI_VERBS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

export interface OpenApiOperation {
  /** Upper case; TRACE too, which mapping rules cannot count (the plan skips it). */
  verb: string;
  /** The path as the document writes it, e.g. `/pets/{petId}`. */
  path: string;
  operationId: string | null;
  summary: string | null;
  description: string | null;
}

export interface OpenApiOperations {
  /** "OpenAPI 3.0.3" or "Swagger 2.0". */
  specification: string;
  title: string | null;
  /** Path prefix every operation's path is under: Swagger's `basePath`, or the path of OpenAPI's first server URL; "" for none. */
  basePath: string;
  operations: OpenApiOperation[];
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/**
 * Text of the document as a name or description may hold it: well-formed (a lone surrogate becomes
 * U+FFFD, as the database would store it), without control characters (NUL cannot be stored at all),
 * trimmed; null when nothing is left. Descriptions keep their line breaks and tabs.
 */
const text = (value: unknown, multiline = false): string | null => {
  if (typeof value !== "string") return null;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const clean = value.replace(LONE_SURROGATE, "\ufffd").replace(multiline ? /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g : /[\u0000-\u001f\u007f]/g, " ").trim();
  return clean || null;
};

/** The path part of a server URL: `https://api.example.com/v1/` → `/v1`, `/v2` → `/v2`, `https://x.com` → "". */
function pathOfServerUrl(url: string): string {
  let path = url;
  const scheme = path.indexOf("://");
  if (scheme >= 0) {
    const slash = path.indexOf("/", scheme + 3);
    path = slash < 0 ? "" : path.slice(slash);
  } else if (!path.startsWith("/")) {
    path = "";
  }
  const cut = path.search(/[?#]/);
  if (cut >= 0) path = path.slice(0, cut);
  return path.replace(/\/+$/, "");
}

/**
 * The document's operations, or a sentence saying why it is not an OpenAPI or Swagger document (the
 * server's validator gives a finer answer first; the mock relies on this one alone). Path items that
 * are references (`$ref`) are followed within the document.
 */
export function openApiOperations(api: unknown): OpenApiOperations | string {
  if (!isObject(api)) return "The document is not an OpenAPI object (a map with `openapi` or `swagger` at its top).";
  let specification: string;
  let basePath = "";
  if (typeof api.openapi === "string" && /^3\.\d+(\.\d+)?/.test(api.openapi)) {
    specification = `OpenAPI ${api.openapi}`;
    const [server] = Array.isArray(api.servers) ? api.servers : [];
    if (isObject(server) && typeof server.url === "string") basePath = pathOfServerUrl(server.url);
  } else if (api.swagger === "2.0") {
    specification = "Swagger 2.0";
    if (typeof api.basePath === "string") basePath = pathOfServerUrl(api.basePath);
  } else {
    return "The document names no supported version: it needs `openapi: 3.x` or `swagger: \"2.0\"` at its top.";
  }
  const paths = api.paths ?? {};
  if (!isObject(paths)) return "`paths` must be a map of paths to path items.";
  const info = isObject(api.info) ? api.info : {};
  const operations: OpenApiOperation[] = [];
  for (const [path, declared] of Object.entries(paths)) {
    const item = followReference(api, declared);
    if (!isObject(item)) continue;
    for (const verb of OPENAPI_VERBS) {
      const operation = item[verb];
      if (!isObject(operation)) continue;
      operations.push({
        verb: verb.toUpperCase(),
        path,
        operationId: text(operation.operationId),
        summary: text(operation.summary),
        description: text(operation.description, true),
      });
    }
  }
  return { specification, title: text(info.title), basePath, operations };
}

/** A path item given as `$ref: "#/…"` (OpenAPI 3.1 `components/pathItems`), looked up in the document; anything else as it is. */
function followReference(api: Record<string, unknown>, value: unknown): unknown {
  if (!isObject(value) || typeof value.$ref !== "string" || !value.$ref.startsWith("#/")) return value;
  let node: unknown = api;
  for (const raw of value.$ref.slice(2).split("/")) {
    const key = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    node = isObject(node) ? node[key] : undefined;
  }
  return node;
}

export type OpenApiImportAction =
  /** A new method and a mapping rule counting it. */
  | "CREATE_METHOD_AND_RULE"
  /** The method exists (same system name): only its mapping rule is added. */
  | "CREATE_RULE"
  /** The method and its rule exist: nothing to do. */
  | "UNCHANGED"
  /** The operation cannot be counted by a mapping rule (see `note`). */
  | "SKIPPED";

export interface PlannedOperation {
  httpMethod: string;
  /** The path as the document writes it (without the base path). */
  path: string;
  operationId: string | null;
  /** The mapping rule's pattern: base path + path, ending with `$` (the path must end there). */
  pattern: string;
  methodSystemName: string;
  methodFriendlyName: string;
  /** What the method's description will be when it is created. */
  description: string | null;
  action: OpenApiImportAction;
  /** Why an operation is skipped, or how a name was changed to stay unique. */
  note: string | null;
}

export interface ExistingMetric {
  systemName: string;
  friendlyName: string;
}

export interface ExistingRule {
  httpMethod: string;
  pattern: string;
  /** System name of the metric or method the rule increments. */
  metricSystemName: string;
}

/** The friendly name a method for the operation starts from, before it is made unique. */
export function baseFriendlyNameOf(operation: OpenApiOperation): string {
  return baseFriendlyName(operation);
}

/** The method's system name: the operation's id made safe, else verb and path (`get_pets_petId`). */
function baseSystemName(operation: OpenApiOperation): string {
  const fromId = operation.operationId ? deriveMetricSystemName(operation.operationId) : "";
  if (fromId) return fromId;
  return deriveMetricSystemName(`${operation.verb.toLowerCase()} ${operation.path.replace(/[{}]/g, "")}`.replace(/\//g, " ")) || operation.verb.toLowerCase();
}

function baseFriendlyName(operation: OpenApiOperation): string {
  const name = operation.summary ?? operation.operationId ?? `${operation.verb} ${operation.path}`;
  return truncate(name.replace(/\s+/g, " "), MAX_METRIC_NAME_LENGTH);
}

function descriptionOf(operation: OpenApiOperation): string | null {
  const description = operation.description ?? operation.summary;
  return description === null ? null : truncate(description, MAX_DESCRIPTION_LENGTH);
}

/** At most `max` UTF-16 units, cut between characters (never inside a surrogate pair), with an ellipsis when cut. */
function truncate(value: string, max: number): string {
  if (value.length <= max) return value;
  let kept = "";
  for (const character of value) {
    if (kept.length + character.length > max - 1) break;
    kept += character;
  }
  return `${kept}…`;
}

/**
 * What importing the operations into a service changes, operation by operation, in document order.
 * An operation whose method (by system name) and rule (same verb, pattern and method) exist is
 * UNCHANGED, so importing the same document twice changes nothing the second time. New methods get
 * friendly names no other metric of the service (or of this import) has; friendly names compare
 * without case, as the database's unique index does.
 */
export function planOpenApiImport(
  imported: OpenApiOperations,
  existingMetrics: readonly ExistingMetric[],
  existingRules: readonly ExistingRule[],
  /**
   * How names compare without case: the database's `lower()` where the caller knows it (it may differ
   * from JavaScript's for some letters), JavaScript's otherwise.
   */
  fold: (name: string) => string = (name) => name.toLowerCase(),
): PlannedOperation[] {
  const bySystemName = new Map(existingMetrics.map((m) => [m.systemName, m]));
  const friendlyNames = new Set(existingMetrics.map((m) => fold(m.friendlyName)));
  const rules = new Set(existingRules.map((r) => `${r.httpMethod} ${r.pattern} ${r.metricSystemName}`));
  // System names this import has given an operation: each operation gets its own method.
  const claimed = new Set<string>();
  const planned: PlannedOperation[] = [];
  for (const operation of imported.operations) {
    const pattern = `${imported.basePath}${operation.path}$`;
    const entry: PlannedOperation = {
      httpMethod: operation.verb,
      path: operation.path,
      operationId: operation.operationId,
      pattern,
      methodSystemName: "",
      methodFriendlyName: "",
      description: descriptionOf(operation),
      action: "SKIPPED",
      note: null,
    };
    planned.push(entry);
    const problem = !(HTTP_METHODS as readonly string[]).includes(operation.verb)
      ? `Mapping rules count ${HTTP_METHODS.join(", ")} requests; not ${operation.verb}.`
      : mappingRulePatternProblem(pattern);
    if (problem) {
      entry.note = problem;
      entry.methodSystemName = baseSystemName(operation).slice(0, MAX_SYSTEM_NAME_LENGTH);
      entry.methodFriendlyName = baseFriendlyName(operation);
      continue;
    }
    const base = baseSystemName(operation);
    // The same operation id (or verb and path) meets its method again; another operation of this
    // import that derived the same name gets a numbered one, the same one on every import.
    let systemName = base;
    for (let attempt = 2; claimed.has(systemName); attempt++) systemName = systemNameCandidate(base, attempt);
    claimed.add(systemName);
    entry.methodSystemName = systemName;
    const existing = bySystemName.get(systemName);
    if (existing) {
      entry.methodFriendlyName = existing.friendlyName;
      entry.action = rules.has(`${operation.verb} ${pattern} ${systemName}`) ? "UNCHANGED" : "CREATE_RULE";
      rules.add(`${operation.verb} ${pattern} ${systemName}`);
      continue;
    }
    const friendlyBase = baseFriendlyName(operation);
    let friendlyName = friendlyBase;
    for (let attempt = 2; friendlyNames.has(fold(friendlyName)); attempt++) {
      const suffix = ` (${attempt})`;
      friendlyName = truncate(friendlyBase, MAX_METRIC_NAME_LENGTH - suffix.length) + suffix;
    }
    if (friendlyName !== friendlyBase) entry.note = `Named "${friendlyName}": another metric or method is already named "${friendlyBase}".`;
    friendlyNames.add(fold(friendlyName));
    entry.methodFriendlyName = friendlyName;
    entry.action = "CREATE_METHOD_AND_RULE";
    rules.add(`${operation.verb} ${pattern} ${systemName}`);
  }
  return planned;
}
