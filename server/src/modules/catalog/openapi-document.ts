import { validate } from "@readme/openapi-parser";
import { openApiOperations, type OpenApiOperations } from "@gatehouse/schema/openapi";
import { isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";

/** Where in the uploaded text a problem is: 1-based line and column, and the path of keys to it. */
export interface DocumentProblem {
  message: string;
  line: number | null;
  column: number | null;
  /** E.g. `paths./pets.get.responses`; null when the problem is the whole text. */
  path: string | null;
}

export type ParsedOpenApi = { ok: true; api: OpenApiOperations } | { ok: false; problems: DocumentProblem[] };

/** Problems reported at most, the first being the one to fix first. */
const MAX_PROBLEMS = 5;

/**
 * Reads an OpenAPI 3.x or Swagger 2.0 document given as JSON or YAML text (JSON is YAML), validates
 * it with @readme/openapi-parser against its specification, and returns its operations. `$ref`s to
 * other files or URLs are never fetched: only the text given is read. Problems carry the line and
 * column in the text as given, also for the validator's findings (which it reports on its own
 * pretty-printed JSON of the document).
 */
export async function parseOpenApiDocument(text: string): Promise<ParsedOpenApi> {
  const lineCounter = new LineCounter();
  // uniqueKeys: a key given twice is an error in JSON's and YAML's eyes alike. Aliases are bounded
  // (`maxAliasCount`) so a document of nested aliases cannot expand without end.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length) {
    return {
      ok: false,
      problems: doc.errors.slice(0, MAX_PROBLEMS).map((e) => {
        const at = lineCounter.linePos(e.pos[0]);
        return { message: firstLine(e.message), line: at.line, column: at.col, path: null };
      }),
    };
  }
  let api: unknown;
  try {
    api = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { ok: false, problems: [{ message: error instanceof Error ? firstLine(error.message) : String(error), line: null, column: null, path: null }] };
  }
  const shape = openApiOperations(api);
  if (typeof shape === "string") return { ok: false, problems: [{ message: shape, line: 1, column: 1, path: null }] };

  const result = await validate(structuredClone(api) as Parameters<typeof validate>[0], {
    resolve: { external: false },
    timeoutMs: 10_000,
    validate: { errors: { colorize: false } },
  }).catch((error: unknown) => ({ valid: false as const, errors: [{ message: error instanceof Error ? error.message : String(error) }] }));
  if (!result.valid) {
    const lines = prettyJsonLinePaths(api);
    return {
      ok: false,
      problems: result.errors.slice(0, MAX_PROBLEMS).map(({ message }) => {
        // The validator shows where with a code frame of JSON.stringify(document, null, 2): `>  9 |     {`.
        const marked = /^>\s*(\d+)\s*\|/m.exec(message);
        const path = marked ? lines[Number(marked[1]) - 1] : undefined;
        const at = path ? positionOf(doc.contents, path, lineCounter) : null;
        return { message: firstLine(message), line: at?.line ?? null, column: at?.col ?? null, path: path ? path.join(".") : null };
      }),
    };
  }
  return { ok: true, api: shape };
}

function firstLine(message: string): string {
  return message.split("\n")[0]!.trim();
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

/** Line and column where the value at `path` starts in the text (its key's, for a map entry). */
function positionOf(root: Node | null, path: readonly (string | number)[], lineCounter: LineCounter): { line: number; col: number } | null {
  let node: unknown = root;
  let start: number | undefined = isScalar(root) || isMap(root) || isSeq(root) ? root.range?.[0] : undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair) break;
      start = isScalar(pair.key) ? pair.key.range?.[0] : start;
      node = pair.value;
    } else if (isSeq(node) && typeof key === "number") {
      const item = node.items[key];
      if (!item) break;
      start = (item as Node).range?.[0] ?? start;
      node = item;
    } else break;
  }
  return start === undefined ? null : lineCounter.linePos(start);
}
