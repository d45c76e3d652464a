import { validate } from "@readme/openapi-parser";
import { MAX_OPENAPI_OPERATIONS, type OpenApiOperations } from "@gatehouse/schema/openapi";
import { type DocumentProblem, MAX_DOCUMENT_PROBLEMS, readOpenApiText } from "@gatehouse/schema/openapi-text";

export type CheckedOpenApi = { ok: true; api: OpenApiOperations } | { ok: false; problems: DocumentProblem[] };

/**
 * The most values a document may stand for once its references are followed: what the validator walks.
 * Chained `$ref`s that point twice at the next level double with each level, so a few kilobytes can
 * stand for billions of values; a real API's description, references expanded, stays far below this.
 */
export const MAX_EXPANDED_VALUES = 2_000_000;

const problem = (message: string): CheckedOpenApi => ({ ok: false, problems: [{ message, line: null, column: null, path: null }] });

/**
 * Reads an OpenAPI 3.x or Swagger 2.0 document given as JSON or YAML text (the shared reader) and
 * validates it with @readme/openapi-parser against its specification. `$ref`s to other files or URLs
 * are never fetched: only the text given is read. Bounded before the validator runs: the number of
 * operations, and the size the document stands for with its references followed. CPU- and
 * memory-heavy on a large document: the server runs it in a worker thread (openapi-document.ts).
 */
export async function checkOpenApiDocument(text: string): Promise<CheckedOpenApi> {
  const read = readOpenApiText(text);
  if (!read.ok) return read;
  if (read.api.operations.length === 0) return problem("The document has no operations under `paths`.");
  if (read.api.operations.length > MAX_OPENAPI_OPERATIONS) {
    return problem(`The document has ${read.api.operations.length} operations; an import takes at most ${MAX_OPENAPI_OPERATIONS}.`);
  }
  if (expandedSize(read.data, MAX_EXPANDED_VALUES) > MAX_EXPANDED_VALUES) {
    return problem(`With its references followed, the document stands for more than ${MAX_EXPANDED_VALUES.toLocaleString("en")} values; import a smaller one.`);
  }
  const result = await validate(structuredClone(read.data) as Parameters<typeof validate>[0], {
    resolve: { external: false },
    validate: { errors: { colorize: false } },
  }).catch((error: unknown) => ({ valid: false as const, errors: [{ message: error instanceof Error ? error.message : String(error) }] }));
  if (result.valid) return { ok: true, api: read.api };
  // The validator shows where with a code frame of JSON.stringify(document, null, 2) — but of the
  // document with its references inlined; the line then names a value of the text as given only when
  // the document has no references.
  const lines = hasReference(read.data) ? null : prettyJsonLinePaths(read.data);
  return {
    ok: false,
    problems: result.errors.slice(0, MAX_DOCUMENT_PROBLEMS).map(({ message }) => {
      const marked = /^>\s*(\d+)\s*\|/m.exec(message);
      const path = marked && lines ? lines[Number(marked[1]) - 1] : undefined;
      const at = path ? read.locate(path) : null;
      return { message: message.split("\n")[0]!.trim(), line: at?.line ?? null, column: at?.column ?? null, path: path ? path.join(".") : null };
    }),
  };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

function hasReference(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length) {
    const node = pending.pop();
    if (!isObject(node)) continue;
    if (!Array.isArray(node) && typeof node.$ref === "string") return true;
    pending.push(...Object.values(node));
  }
  return false;
}

/**
 * How many values the document stands for with its internal `$ref`s followed (a reference to a value
 * counts as that value's size; a reference cycle, which the validator does not unroll, as one), or
 * more than `limit` as soon as that is certain. Each value's size is worked out once.
 */
export function expandedSize(document: unknown, limit: number): number {
  const sizes = new Map<unknown, number>();
  const inProgress = new Set<unknown>();
  const resolve = (ref: string): unknown => {
    if (!ref.startsWith("#")) return undefined;
    let node: unknown = document;
    for (const raw of ref.slice(1).split("/").slice(1)) {
      const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
      node = isObject(node) ? node[key] : undefined;
    }
    return node;
  };
  const sizeOf = (node: unknown, depth: number): number => {
    if (!isObject(node)) return 1;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    if (inProgress.has(node) || depth > 500) return 1;
    inProgress.add(node);
    let size = 1;
    if (!Array.isArray(node) && typeof node.$ref === "string") {
      const target = resolve(node.$ref);
      size += target === undefined ? 0 : sizeOf(target, depth + 1);
    }
    for (const value of Object.values(node)) {
      size += sizeOf(value, depth + 1);
      if (size > limit) break;
    }
    inProgress.delete(node);
    sizes.set(node, Math.min(size, limit + 1));
    return Math.min(size, limit + 1);
  };
  return sizeOf(document, 0);
}

/**
 * For each line of `JSON.stringify(value, null, 2)`, the path of keys to the value that line opens
 * (or the key it holds): the same walk as JSON.stringify, in the same key order.
 */
function prettyJsonLinePaths(value: unknown): (readonly (string | number)[])[] {
  const lines: (readonly (string | number)[])[] = [];
  const walk = (node: unknown, path: readonly (string | number)[]) => {
    lines.push(path);
    if (node === null || typeof node !== "object") return;
    const entries: [string | number, unknown][] = Array.isArray(node)
      ? node.map((item, i) => [i, item === undefined || typeof item === "function" ? null : item])
      : Object.entries(node).filter(([, item]) => item !== undefined && typeof item !== "function");
    if (entries.length === 0) return; // `{}` or `[]` on the same line
    for (const [key, item] of entries) walk(item, [...path, key]);
    lines.push(path); // the closing bracket
  };
  walk(value, []);
  return lines;
}
