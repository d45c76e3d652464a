/**
 * Reading an OpenAPI or Swagger document's text (JSON or YAML: JSON is YAML) into its operations, with
 * positions: the same reader for the server (which then validates the document against its
 * specification) and the mock. Kept apart from openapi.ts so the admin's pages that only need the
 * bounds do not load the YAML parser.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import { openApiOperations, type OpenApiOperations } from "./openapi";

/** Where in the text a problem is: 1-based line and column, and the path of keys to it. */
export interface DocumentProblem {
  message: string;
  line: number | null;
  column: number | null;
  /** E.g. `servers.0`; null when the problem is not at a value of the document. */
  path: string | null;
}

export type ReadOpenApiText =
  | {
      ok: true;
      api: OpenApiOperations;
      /** The document as plain data (what a validator takes). */
      data: unknown;
      /** Line and column where the value at a path of keys starts in the text (its key's, for a map entry). */
      locate(path: readonly (string | number)[]): { line: number; column: number } | null;
    }
  | { ok: false; problems: DocumentProblem[] };

/** Problems reported at most, the first being the one to fix first. */
export const MAX_DOCUMENT_PROBLEMS = 5;

const firstLine = (message: string) => message.split("\n")[0]!.trim();

/**
 * Parses the text and reads its operations. A key given twice is an error (as JSON parsers that keep
 * the last one would hide a mistake), and aliases are bounded so that nested ones cannot expand
 * without end.
 */
export function readOpenApiText(text: string): ReadOpenApiText {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length) {
    return {
      ok: false,
      problems: doc.errors.slice(0, MAX_DOCUMENT_PROBLEMS).map((e) => {
        const at = lineCounter.linePos(e.pos[0]);
        return { message: firstLine(e.message), line: at.line, column: at.col, path: null };
      }),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { ok: false, problems: [{ message: error instanceof Error ? firstLine(error.message) : String(error), line: null, column: null, path: null }] };
  }
  const api = openApiOperations(data);
  if (typeof api === "string") return { ok: false, problems: [{ message: api, line: 1, column: 1, path: null }] };
  return {
    ok: true,
    api,
    data,
    locate(path) {
      const start = startOf(doc.contents, path);
      if (start === undefined) return null;
      const { line, col } = lineCounter.linePos(start);
      return { line, column: col };
    },
  };
}

/** "<message> (line L, column C, at a.b)": a problem as a user error's message. */
export function describeDocumentProblem(problem: DocumentProblem): string {
  const where = [problem.line !== null ? `line ${problem.line}, column ${problem.column}` : null, problem.path ? `at ${problem.path}` : null].filter(Boolean).join(", ");
  return where ? `${problem.message} (${where})` : problem.message;
}

function startOf(root: Node | null, path: readonly (string | number)[]): number | undefined {
  let node: unknown = root;
  let start: number | undefined = isScalar(root) || isMap(root) || isSeq(root) ? root.range?.[0] : undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair) break;
      start = isScalar(pair.key) ? pair.key.range?.[0] : start;
      node = pair.value;
    } else if (isSeq(node) && typeof key === "number") {
      const item = node.items[key] as Node | undefined;
      if (!item) break;
      start = item.range?.[0] ?? start;
      node = item;
    } else break;
  }
  return start;
}
