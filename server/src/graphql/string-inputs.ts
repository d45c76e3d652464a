import { MAX_STRING_INPUT_LENGTH } from "@gatehouse/schema/lengths";
import { type ASTNode, type DocumentNode, Kind, visit } from "graphql";
import { badUserInput } from "./errors.js";

/**
 * Checks every string a caller sends, once, before anything runs, whatever field it is for: the
 * string literals of the document and every string in the variables. PostgreSQL text cannot hold
 * the NUL character — a statement given one fails — so no input may contain it; and no string may
 * be longer than MAX_STRING_INPUT_LENGTH (fields check their own, tighter bounds where they use
 * them). Throws BAD_USER_INPUT naming the argument or variable at fault.
 */
export function assertStringInputsAllowed(document: DocumentNode, variables: Readonly<Record<string, unknown>> | null | undefined): void {
  // A parsed document is cached and reused (Apollo's document store): its literals are checked once.
  if (!checkedDocuments.has(document)) {
    checkLiterals(document);
    checkedDocuments.add(document);
  }
  // Iterative: the variables may nest as deep as JSON allows.
  const pending: [value: unknown, path: string][] = Object.entries(variables ?? {}).map(([name, value]) => [value, `$${name}`]);
  while (pending.length) {
    const [value, path] = pending.pop()!;
    if (typeof value === "string") {
      const problem = stringProblem(value);
      if (problem) throw refusal("variable", path, problem);
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => pending.push([item, `${path}[${i}]`]));
    } else if (value !== null && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) pending.push([item, `${path}.${key}`]);
    }
  }
}

/** Documents whose string literals all passed. */
const checkedDocuments = new WeakSet<DocumentNode>();

function checkLiterals(document: DocumentNode): void {
  visit(document, {
    StringValue(node, _key, parent, _path, ancestors) {
      const problem = stringProblem(node.value);
      if (problem) throw refusal("argument", literalPath([...ancestors, parent ?? []]), problem);
    },
  });
}

function stringProblem(value: string): string | null {
  if (value.length > MAX_STRING_INPUT_LENGTH) return `is longer than ${MAX_STRING_INPUT_LENGTH} characters`;
  if (value.includes("\u0000")) return "contains the NUL character (\\u0000), which no field accepts";
  return null;
}

const refusal = (what: "argument" | "variable", path: string, problem: string) => badUserInput(`The ${what} \`${path}\` ${problem}.`, path);

/** `filter.search`, `input.name`, `$after` (a variable's default value): where a literal sits. */
function literalPath(ancestors: ReadonlyArray<ASTNode | ReadonlyArray<ASTNode>>): string {
  const names: string[] = [];
  for (const node of ancestors) {
    if (Array.isArray(node) || !("kind" in node)) continue;
    const n = node as ASTNode;
    if (n.kind === Kind.ARGUMENT || n.kind === Kind.OBJECT_FIELD) names.push(n.name.value);
    else if (n.kind === Kind.VARIABLE_DEFINITION) names.push(`$${n.variable.name.value}`);
  }
  return names.join(".") || "(string)";
}
