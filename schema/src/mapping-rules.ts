/**
 * Mapping rules: which metric or method an API request counts against (DOMAIN.md "Catalog", 003 §19.4).
 * A rule is a verb, a URL pattern, a metric or method, an increment, a position and a "last" flag. The
 * server checks patterns when they are saved and matches every request the usage endpoint receives; the
 * admin checks patterns as they are typed and previews which rules a sample request triggers; the mock
 * store does both. Matching follows APIcast's `mapping_rule.lua` and `mapping_rules_matcher.lua`:
 *
 * - Rules are tried in position order (ties: input order). Every rule whose verb, path and query match
 *   adds its increment; a matching rule marked `last` ends the evaluation.
 * - The path part of a pattern is a prefix of the request path, compared character by character:
 *   `/foo` matches `/foo`, `/foo/`, `/foo/bar` and `/foobar`. A trailing `$` anchors it: `/foo$` matches
 *   `/foo` only, not `/foo/` (a trailing slash is a different path, as in APIcast).
 * - `{name}` matches one or more characters of one path segment, never a `/`.
 * - The query part `?a=1&b={x}` requires each listed parameter, in any order, among other ones:
 *   a literal value must equal the request's value, `{x}` (or a bare `?a`) needs only the parameter's
 *   presence, with any value, empty included. A parameter the request repeats counts with its last value,
 *   as in APIcast. Names and values are compared form-decoded (`%20` and `+` are a space) on both sides.
 * - Verbs: the request's is compared case-insensitively; one outside HTTP_METHODS matches no rule.
 * - A matched method's increment rolls up into its parent metric (`hits`), as 3scale reports it.
 *
 * Percent-encoding (where Gatehouse chooses its own rule, because APIcast matches nginx's decoded and
 * re-encoded `$uri`, in which `%2F` has already become a separator): the path is matched as sent, after
 * RFC 3986 §6.2.2 normalization of both the path and the pattern —
 * - an encoded unreserved character (`A-Z a-z 0-9 - . _ ~`) equals the character: `%7E` is `~`, `%41` is `A`;
 * - every other encoding stays encoded, with its hex digits uppercased: `%2f` is `%2F`, and it is never a
 *   separator, so `{name}` matches `a%2Fb` and `/a/b` does not match `/a%2Fb`; `%20` matches only `%20`
 *   (a pattern cannot hold a raw space); `%27` is not `'` (sub-delimiters differ from their encodings);
 * - characters a client should have encoded (a raw space, `é`, `"`…) count as their UTF-8 encoding, so
 *   `/caf%C3%A9` matches a request for `/café`; a `%` that starts no encoding counts as `%25`.
 * Nothing else is normalized: `//` stays two slashes, `.` and `..` stay segments, letter case matters.
 */

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** Porta's bound on `proxy_rules.pattern`. */
export const MAX_MAPPING_RULE_PATTERN_LENGTH = 255;

export interface MappingRuleInput {
  httpMethod: string;
  pattern: string;
  /** The metric or method the rule increments. */
  metricSystemName: string;
  /** The increment: an integer greater than 0. */
  delta: number;
  position: number;
  /** When this rule matches, the rules after it are not tried. */
  last: boolean;
}

/** One metric of the service: methods are the children of `hits`. */
export interface MetricNode {
  systemName: string;
  parentSystemName: string | null;
}

/** A service's rules made ready for matching by `compileMappingRules`; build it once, match many times. */
export interface CompiledMappingRules {
  readonly ruleCount: number;
}

export interface MappingRuleMatch {
  /**
   * Per metric system name, the summed increments, methods rolled up into their parents (`hits`). An
   * object without prototype, so a metric named `__proto__` or `constructor` is an ordinary key.
   */
  increments: Record<string, number>;
  /** Indexes into the compiled rules' input array, in evaluation order. */
  matchedRules: number[];
}

// --- Pattern syntax ---------------------------------------------------------------------------------

const PLACEHOLDER_NAME = /^[A-Za-z0-9_]+$/;
const WHOLE_PLACEHOLDER = /^\{([A-Za-z0-9_]+)\}$/;
/** What the path part may hold besides placeholders and a final `$`: RFC 3986 pchars, `/` and encodings. */
const PATH_CHARACTER = /[A-Za-z0-9\-._~!*'():@&=+,;/%{}$]/;
/** The query part may also hold `?`, `/`, `[` and `]` (RFC 3986 `query`). */
const QUERY_CHARACTER = /[A-Za-z0-9\-._~!*'():@&=+,;/%{}$?[\]]/;
const MALFORMED_PERCENT = /%(?![0-9A-Fa-f]{2})/;
const WHITESPACE = /\s/;

/**
 * Why a mapping-rule pattern cannot be saved, as a sentence to show next to the field, or null when it
 * can. Porta's rules: an absolute path of URL characters with `{name}` placeholders, optionally ending in
 * `$`, optionally followed by a query string whose values may be placeholders; no placeholder name and no
 * query parameter twice.
 */
export function mappingRulePatternProblem(pattern: string): string | null {
  if (!pattern.startsWith("/")) return "The pattern must start with /, as in /users/{id}.";
  if (pattern.length > MAX_MAPPING_RULE_PATTERN_LENGTH) {
    return `The pattern can be at most ${MAX_MAPPING_RULE_PATTERN_LENGTH} characters long.`;
  }
  if (WHITESPACE.test(pattern)) return "The pattern cannot contain spaces; write a space as %20.";
  if (pattern.includes("#")) return "The pattern cannot contain a # fragment: clients never send it, so it would never match.";

  const queryStart = pattern.indexOf("?");
  const path = queryStart < 0 ? pattern : pattern.slice(0, queryStart);
  const query = queryStart < 0 ? null : pattern.slice(queryStart + 1);
  for (const [part, allowed] of [[path, PATH_CHARACTER], [query ?? "", QUERY_CHARACTER]] as const) {
    for (const character of part) {
      if (!allowed.test(character)) {
        return `The pattern cannot contain ${character}; write it percent-encoded, as ${percentEncode(character)}.`;
      }
    }
  }
  if (MALFORMED_PERCENT.test(pattern)) return "Each % must start a percent-encoded character, such as %20 (write % itself as %25).";

  const dollar = path.indexOf("$");
  if (dollar >= 0 && dollar !== path.length - 1) {
    return "A $ can only end the path (before any ?): it means the path must end there.";
  }

  const names: string[] = [];
  const pathProblem = placeholderProblem(path, names);
  if (pathProblem) return pathProblem;

  if (query !== null) {
    const keys = new Set<string>();
    for (const parameter of query.split("&")) {
      if (parameter === "") continue;
      const equals = parameter.indexOf("=");
      const key = equals < 0 ? parameter : parameter.slice(0, equals);
      const value = equals < 0 ? "" : parameter.slice(equals + 1);
      if (key === "") return "Each query parameter needs a name, as in ?page=1.";
      if (key.includes("{") || key.includes("}")) {
        return "A query parameter name cannot be a placeholder; make its value one instead, as in ?page={page}.";
      }
      const placeholder = WHOLE_PLACEHOLDER.exec(value);
      if (placeholder) names.push(placeholder[1]!);
      else if (value.includes("{") || value.includes("}")) {
        const problem = placeholderProblem(value, []);
        return problem ?? "In the query string, a placeholder must be the whole value, as in ?page={page}.";
      }
      const decodedKey = formDecode(key);
      if (keys.has(decodedKey)) return `The query parameter "${decodedKey}" is listed more than once.`;
      keys.add(decodedKey);
    }
  }

  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) return `The placeholder {${name}} is used more than once; give each placeholder its own name.`;
    seen.add(name);
  }
  return null;
}

/** Checks the braces of `text` and collects the placeholder names into `names`. */
function placeholderProblem(text: string, names: string[]): string | null {
  let from = 0;
  for (;;) {
    const open = text.indexOf("{", from);
    const close = text.indexOf("}", from);
    if (open < 0 && close < 0) return null;
    if (open < 0 || close < open) return "Each { needs a matching } around a placeholder name, as in /users/{id}.";
    const nextOpen = text.indexOf("{", open + 1);
    if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
      return "Each { needs a matching } around a placeholder name, as in /users/{id}.";
    }
    const name = text.slice(open + 1, close);
    if (!PLACEHOLDER_NAME.test(name)) {
      return `{${name}} is not a valid placeholder: use only letters, digits and underscores between the braces, as in {user_id}.`;
    }
    names.push(name);
    from = close + 1;
  }
}

// --- Normalization ----------------------------------------------------------------------------------

/** Characters RFC 3986 leaves unencoded in a path; anything else in a request path needs normalizing. */
const NEEDS_NORMALIZING = /[^A-Za-z0-9\-._~!$&'()*+,;=:@/]/;
const NORMALIZABLE = /%([0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~!$&'()*+,;=:@/]/g;
const UNRESERVED = /^[A-Za-z0-9\-._~]$/;

/** RFC 3986 §6.2.2 normalization of a request path, as the module comment describes. */
function normalizePath(path: string): string {
  if (!NEEDS_NORMALIZING.test(path)) return path;
  return path.replace(NORMALIZABLE, (match: string, hex: string | undefined) =>
    hex === undefined ? percentEncode(match) : normalizeEncoding(match, hex),
  );
}

/** The same for a valid pattern's path, which has no character to encode but may hold `{placeholders}`. */
function normalizePatternPath(path: string): string {
  return path.includes("%") ? path.replace(/%([0-9A-Fa-f]{2})/g, normalizeEncoding) : path;
}

/** `%7E` → `~` (unreserved), `%2f` → `%2F` (anything else stays encoded, uppercase). */
function normalizeEncoding(_encoding: string, hex: string): string {
  const decoded = String.fromCharCode(parseInt(hex, 16));
  return UNRESERVED.test(decoded) ? decoded : `%${hex.toUpperCase()}`;
}

/** The UTF-8 percent-encoding of one character, uppercase hex (`%` itself becomes `%25`). */
function percentEncode(character: string): string {
  let encoded = "";
  for (const byte of utf8Bytes(character)) encoded += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  return encoded;
}

function utf8Bytes(character: string): number[] {
  const code = character.codePointAt(0) ?? 0xfffd;
  // A lone surrogate has no UTF-8 form; encode the replacement character, as TextEncoder does.
  const c = code >= 0xd800 && code <= 0xdfff ? 0xfffd : code;
  if (c < 0x80) return [c];
  if (c < 0x800) return [0xc0 | (c >> 6), 0x80 | (c & 0x3f)];
  if (c < 0x10000) return [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)];
  return [0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)];
}

/** A query-string name or value as HTML forms encode it: `+` and `%20` are spaces. Malformed stays as sent. */
function formDecode(text: string): string {
  if (!text.includes("%") && !text.includes("+")) return text;
  const spaced = text.replace(/\+/g, " ");
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

/** The request's query parameters, the last value of a repeated one winning, as in APIcast. */
function parseQuery(query: string): Map<string, string> {
  const parameters = new Map<string, string>();
  for (const parameter of query.split("&")) {
    if (parameter === "") continue;
    const equals = parameter.indexOf("=");
    if (equals < 0) parameters.set(formDecode(parameter), "");
    else parameters.set(formDecode(parameter.slice(0, equals)), formDecode(parameter.slice(equals + 1)));
  }
  return parameters;
}

// --- Compiling and matching -------------------------------------------------------------------------

const PREFIX = 0;
const EXACT = 1;
const REGEX = 2;
type PathTest = typeof PREFIX | typeof EXACT | typeof REGEX;

/** A query parameter a rule requires: `value` null means any value. */
interface QueryCondition {
  readonly name: string;
  readonly value: string | null;
}

/** One rule ready to test: every field set in the constructor, so the hot loop sees one object shape. */
class CompiledRule {
  constructor(
    readonly index: number,
    /** Where the rule comes in evaluation order. */
    readonly rank: number,
    readonly test: PathTest,
    /** The whole path (PREFIX, EXACT) or the text before the first placeholder (REGEX). */
    readonly literal: string,
    readonly regex: RegExp | null,
    readonly query: readonly QueryCondition[] | null,
    /** The metric and its ancestors: each receives the increment. */
    readonly metrics: readonly string[],
    readonly delta: number,
    readonly last: boolean,
  ) {}
}

/**
 * A node of a verb's segment tree. A rule hangs at the node of the path segments its pattern spells out
 * in full (`/v1/users/{id}` under `v1` → `users`; `/v{n}` and `/v1/us` at the node above), since only
 * requests with those first segments can match it. `rules` holds the rules of the node and of its
 * ancestors in evaluation order, so matching walks the request's segments down as far as the tree goes
 * and tries that one list: a request to `/v1/users/42` skips the rules of `/v2/…` and `/v1/orders/…`.
 */
class SegmentNode {
  children: Map<string, SegmentNode> | null = null;
  own: CompiledRule[] = [];
  rules: readonly CompiledRule[] = [];
}

class CompiledRuleSet implements CompiledMappingRules {
  constructor(
    readonly ruleCount: number,
    /** Per verb, the root of its segment tree: a rule only matches requests with its own verb. */
    readonly byMethod: ReadonlyMap<string, SegmentNode>,
  ) {}
}

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\/]/g;
const PLACEHOLDER = /\{[A-Za-z0-9_]+\}/g;

/**
 * Sorts the rules by position, turns each pattern into a literal prefix check, an exact comparison or
 * one anchored RegExp, and files the rules per verb in a tree of the path segments they spell out (see
 * SegmentNode), so matching tries only the rules a request's path can reach. Throws on a rule the server would not have saved (a bad verb, pattern or
 * increment). A rule whose metric is missing from `metrics` counts its metric alone, with no parent.
 */
export function compileMappingRules(rules: readonly MappingRuleInput[], metrics: readonly MetricNode[]): CompiledMappingRules {
  const parents = new Map<string, string | null>();
  for (const metric of metrics) parents.set(metric.systemName, metric.parentSystemName);

  const order = rules.map((_, index) => index).sort((a, b) => rules[a]!.position - rules[b]!.position || a - b);
  const byMethod = new Map<string, SegmentNode>();
  for (const [rank, index] of order.entries()) {
    const rule = rules[index]!;
    const method = rule.httpMethod.toUpperCase();
    if (!(HTTP_METHODS as readonly string[]).includes(method)) {
      throw new RangeError(`Mapping rule ${index}: ${JSON.stringify(rule.httpMethod)} is not one of ${HTTP_METHODS.join(", ")}.`);
    }
    const problem = mappingRulePatternProblem(rule.pattern);
    if (problem) throw new RangeError(`Mapping rule ${index} (${JSON.stringify(rule.pattern)}): ${problem}`);
    if (!Number.isInteger(rule.delta) || rule.delta <= 0) {
      throw new RangeError(`Mapping rule ${index}: the increment must be an integer greater than 0, got ${rule.delta}.`);
    }
    let root = byMethod.get(method);
    if (!root) byMethod.set(method, (root = new SegmentNode()));
    const compiled = compileRule(index, rank, rule, metricChain(rule.metricSystemName, parents));
    let node = root;
    for (const segment of spelledOutSegments(compiled)) {
      node.children ??= new Map();
      let child = node.children.get(segment);
      if (!child) node.children.set(segment, (child = new SegmentNode()));
      node = child;
    }
    node.own.push(compiled);
  }
  for (const root of byMethod.values()) inheritRules(root, []);
  return new CompiledRuleSet(rules.length, byMethod);
}

/**
 * The path segments every request the rule matches starts with: those its literal text holds followed
 * by a `/` — or, for an exact path, all of them. `/v1/users/{id}` → v1, users; `/v1/users` → v1 (it
 * also matches `/v1/usersX`); `/v1/users$` → v1, users.
 */
function spelledOutSegments(rule: CompiledRule): string[] {
  const segments = rule.literal.slice(1).split("/");
  if (rule.test !== EXACT) segments.pop();
  return segments;
}

/** Fills each node's `rules`: its ancestors' and its own, merged in evaluation order. */
function inheritRules(node: SegmentNode, inherited: readonly CompiledRule[]): void {
  if (node.own.length === 0) node.rules = inherited;
  else {
    const merged: CompiledRule[] = [];
    let a = 0;
    let b = 0;
    while (a < inherited.length || b < node.own.length) {
      if (b === node.own.length || (a < inherited.length && inherited[a]!.rank < node.own[b]!.rank)) merged.push(inherited[a++]!);
      else merged.push(node.own[b++]!);
    }
    node.rules = merged;
  }
  node.own = [];
  if (node.children) for (const child of node.children.values()) inheritRules(child, node.rules);
}

function compileRule(index: number, rank: number, rule: MappingRuleInput, metrics: string[]): CompiledRule {
  const queryStart = rule.pattern.indexOf("?");
  let path = queryStart < 0 ? rule.pattern : rule.pattern.slice(0, queryStart);
  const anchored = path.endsWith("$");
  if (anchored) path = path.slice(0, -1);
  path = normalizePatternPath(path);

  let query: QueryCondition[] | null = null;
  if (queryStart >= 0) {
    query = [];
    for (const parameter of rule.pattern.slice(queryStart + 1).split("&")) {
      if (parameter === "") continue;
      const equals = parameter.indexOf("=");
      const name = formDecode(equals < 0 ? parameter : parameter.slice(0, equals));
      const value = equals < 0 ? null : parameter.slice(equals + 1);
      query.push({ name, value: value === null || WHOLE_PLACEHOLDER.test(value) ? null : formDecode(value) });
    }
    if (query.length === 0) query = null;
  }

  const firstPlaceholder = path.indexOf("{");
  if (firstPlaceholder < 0) {
    return new CompiledRule(index, rank, anchored ? EXACT : PREFIX, path, null, query, metrics, rule.delta, rule.last);
  }
  const source = path
    .split(PLACEHOLDER)
    .map((literal) => literal.replace(REGEX_SPECIAL, "\\$&"))
    .join("[^/]+");
  const regex = new RegExp(`^${source}${anchored ? "$" : ""}`);
  return new CompiledRule(index, rank, REGEX, path.slice(0, firstPlaceholder), regex, query, metrics, rule.delta, rule.last);
}

/** The metric and its ancestors, nearest first; a cycle in bad data stops at the first repeat. */
function metricChain(systemName: string, parents: ReadonlyMap<string, string | null>): string[] {
  const chain = [systemName];
  for (let parent = parents.get(systemName); parent != null && !chain.includes(parent); parent = parents.get(parent)) {
    chain.push(parent);
  }
  return chain;
}

/**
 * The usage one request reports: `pathWithQuery` is the request target in origin form
 * (`/v3/mail/send?x=1`); a `#fragment`, which clients do not send, is ignored.
 */
export function matchMappingRules(compiled: CompiledMappingRules, method: string, pathWithQuery: string): MappingRuleMatch {
  if (!(compiled instanceof CompiledRuleSet)) throw new TypeError("matchMappingRules takes what compileMappingRules returned.");
  const matchedRules: number[] = [];
  const increments: Record<string, number> = Object.create(null) as Record<string, number>;
  const root = compiled.byMethod.get(method) ?? compiled.byMethod.get(method.toUpperCase());
  if (root === undefined) return { increments, matchedRules };

  let end = pathWithQuery.indexOf("#");
  if (end < 0) end = pathWithQuery.length;
  let queryStart = pathWithQuery.indexOf("?");
  if (queryStart > end) queryStart = -1;
  let path = queryStart < 0 ? (end === pathWithQuery.length ? pathWithQuery : pathWithQuery.slice(0, end)) : pathWithQuery.slice(0, queryStart);
  path = path === "" ? "/" : normalizePath(path);

  let node = root;
  for (let start = 1; node.children !== null && start <= path.length; ) {
    let slash = path.indexOf("/", start);
    if (slash < 0) slash = path.length;
    const child = node.children.get(path.slice(start, slash));
    if (child === undefined) break;
    node = child;
    start = slash + 1;
  }
  const rules = node.rules;
  let query: Map<string, string> | null = null;

  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    if (!path.startsWith(rule.literal)) continue;
    if (rule.test === EXACT) {
      if (path.length !== rule.literal.length) continue;
    } else if (rule.test === REGEX) {
      if (!rule.regex!.test(path)) continue;
    }
    if (rule.query !== null) {
      query ??= queryStart < 0 ? new Map() : parseQuery(pathWithQuery.slice(queryStart + 1, end));
      if (!queryMatches(rule.query, query)) continue;
    }
    matchedRules.push(rule.index);
    const metrics = rule.metrics;
    for (let m = 0; m < metrics.length; m++) {
      const name = metrics[m]!;
      increments[name] = (increments[name] ?? 0) + rule.delta;
    }
    if (rule.last) break;
  }
  return { increments, matchedRules };
}

function queryMatches(conditions: readonly QueryCondition[], query: ReadonlyMap<string, string>): boolean {
  for (let i = 0; i < conditions.length; i++) {
    const condition = conditions[i]!;
    const value = query.get(condition.name);
    if (value === undefined) return false;
    if (condition.value !== null && value !== condition.value) return false;
  }
  return true;
}
