import { validate } from "@readme/openapi-parser";
import type { OpenApiOperations } from "@gatehouse/schema/openapi";
import { type DocumentProblem, MAX_DOCUMENT_PROBLEMS, readOpenApiText } from "@gatehouse/schema/openapi-text";

export type ParsedOpenApi = { ok: true; api: OpenApiOperations } | { ok: false; problems: DocumentProblem[] };

/**
 * Reads an OpenAPI 3.x or Swagger 2.0 document given as JSON or YAML text (the shared reader), then
 * validates it with @readme/openapi-parser against its specification. `$ref`s to other files or URLs
 * are never fetched: only the text given is read. The validator's findings carry the line and column
 * in the text as given, though it reports them on its own pretty-printed JSON of the document.
 */
export async function parseOpenApiDocument(text: string): Promise<ParsedOpenApi> {
  const read = readOpenApiText(text);
  if (!read.ok) return read;
  const result = await validate(structuredClone(read.data) as Parameters<typeof validate>[0], {
    resolve: { external: false },
    timeoutMs: 10_000,
    validate: { errors: { colorize: false } },
  }).catch((error: unknown) => ({ valid: false as const, errors: [{ message: error instanceof Error ? error.message : String(error) }] }));
  if (result.valid) return { ok: true, api: read.api };
  const lines = prettyJsonLinePaths(read.data);
  return {
    ok: false,
    problems: result.errors.slice(0, MAX_DOCUMENT_PROBLEMS).map(({ message }) => {
      // The validator shows where with a code frame of JSON.stringify(document, null, 2): `>  9 |     {`.
      const marked = /^>\s*(\d+)\s*\|/m.exec(message);
      const path = marked ? lines[Number(marked[1]) - 1] : undefined;
      const at = path ? read.locate(path) : null;
      return { message: message.split("\n")[0]!.trim(), line: at?.line ?? null, column: at?.column ?? null, path: path ? path.join(".") : null };
    }),
  };
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
