import { randomUUID } from "node:crypto";
import {
  type GraphQLEnumType,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLList,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
} from "graphql";
import type { Random } from "./random.js";

/** An argument value, printable both as a GraphQL literal and as JSON for the variables. */
export type Value =
  | { kind: "null" }
  | { kind: "int" | "float"; value: number }
  | { kind: "string"; value: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "enum"; value: string }
  | { kind: "list"; items: Value[] }
  | { kind: "object"; fields: [string, Value][] };

export function toLiteral(value: Value): string {
  switch (value.kind) {
    case "null":
      return "null";
    case "int":
    case "float":
    case "boolean":
    case "enum":
      return String(value.value);
    case "string":
      // JSON's escapes are GraphQL's; a lone surrogate escaped this way is a GraphQL syntax error, on purpose.
      return JSON.stringify(value.value);
    case "list":
      return `[${value.items.map(toLiteral).join(", ")}]`;
    case "object":
      return `{${value.fields.map(([name, v]) => `${name}: ${toLiteral(v)}`).join(", ")}}`;
  }
}

export function toJson(value: Value): unknown {
  switch (value.kind) {
    case "null":
      return null;
    case "list":
      return value.items.map(toJson);
    case "object":
      return Object.fromEntries(value.fields.map(([name, v]) => [name, toJson(v)]));
    default:
      return value.value;
  }
}

/** Values seen in responses, so generated arguments can name real objects and pages. */
export interface Observed {
  ids: string[];
  cursors: string[];
  strings: string[];
}

const str = (value: string): Value => ({ kind: "string", value });
const int = (value: number): Value => ({ kind: "int", value });
const nothing = (): Value => ({ kind: "null" });

const LOWER = [..."abcdefghijklmnopqrstuvwxyz"];
const ALNUM = [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"];
/** Three UTF-8 bytes each: 1,000 of them are 3,000 bytes, over a btree index entry's 2,704. */
const WIDE = [..."漢字仮名交じり文한국어ไทยᚠᛇᚻ€₹∑≠"];
/** Letters of many scripts, combining marks, joiners, direction marks, emoji, astral characters. */
const UNICODE = [..."aéü名前שלוםمرحبا", "e\u0301", "\u200b", "\u200d", "\u202e", "\ufeff", "👩‍👩‍👧", "🚀", "𝔘", "\u{10ffff}", "ß", "ﬁ", "İ", "\u0085", "\u2028"];
/** Strings that have broken parsers, LIKE patterns, casts and templates elsewhere (no SQL keywords:
 *  the response check looks for those). */
const TRICKY = [
  "' OR '1'='1",
  "%",
  "_",
  "\\",
  "%_\\%",
  "';--",
  "$1",
  "::text",
  '"quoted"',
  "null",
  "undefined",
  "NaN",
  "-1",
  "1e309",
  "0x10",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  "{{7*7}}",
  "${7*7}",
  "%00",
  "\r\n\r\n",
  "\t",
  "\u0001\u001f\u007f",
  "master",
  "MASTER",
  "-",
  "a-",
  "xn--80ak6aa92e",
  "a".repeat(63),
  "a".repeat(64),
  "a".repeat(100),
  "a".repeat(101),
  "a".repeat(200),
  "a".repeat(201),
  "a".repeat(254),
  "a".repeat(255),
];
const DATES = [
  "2000-01-01T00:00:00Z",
  "2026-02-30T00:00:00Z",
  "2026-02-29T00:00:00Z",
  "2026-13-01T00:00:00Z",
  "2026-01-01T24:00:00Z",
  "0000-01-01T00:00:00Z",
  "0001-01-01T00:00:00Z",
  "9999-12-31T23:59:59.999Z",
  "2026-01-01",
  "2026-01-01T00:00:00+14:00",
  "2026-01-01T00:00:00.123456789Z",
  "+275760-09-13T00:00:00.000Z",
  "yesterday",
  "",
];

function weighted<T>(random: Random, choices: [weight: number, make: () => T][]): T {
  const total = choices.reduce((sum, [w]) => sum + w, 0);
  let at = random.next() * total;
  for (const [w, make] of choices) {
    if ((at -= w) < 0) return make();
  }
  return choices[choices.length - 1]![1]();
}

/**
 * Generates argument values for any input type of the schema. Valid values (`hostile: false`) reach
 * the resolvers; hostile ones are of the right type but of every awkward size and content (NUL,
 * huge, unicode, forged IDs and cursors, impossible dates) or wrong in shape (another type, null
 * where required, a missing or unknown field, an unknown enum value, lists of the wrong length).
 */
/** A part of a generated value and its type: `corrupt` swaps one for a hostile value. */
export interface Slot {
  type: GraphQLInputType;
  value: Value;
  /** The argument or input field it is the value of. */
  name: string;
}

export class InputGenerator {
  constructor(
    private readonly random: Random,
    private readonly observed: Observed,
    /** Names of the types implementing Node, for forged global IDs. */
    private readonly nodeTypes: readonly string[],
    /** Every enum value of the schema: sort keys for forged cursors. */
    private readonly enumValues: readonly string[],
  ) {}

  /**
   * A value of the type; `hostile` lets any part of it be wrong. Every part is recorded in `slots`
   * when given, for `corrupt`.
   */
  value(type: GraphQLInputType, hostile: boolean, name: string, slots?: Slot[], depth = 0): Value {
    const r = this.random;
    let value: Value;
    // Of another kind, or null (where it is required too).
    if (hostile && r.chance(0.1)) value = r.chance(0.5) ? this.wrongKind() : nothing();
    else value = this.present(isNonNullType(type) ? type.ofType : type, hostile, name, slots, depth);
    slots?.push({ type, value, name });
    return value;
  }

  /** Replaces the value of one of the slots (a single value rather than a whole list or object, mostly), where it stands, by a hostile value of its type. */
  corrupt(slots: Slot[]): void {
    const leaves = slots.filter((s) => s.value.kind !== "list" && s.value.kind !== "object");
    const slot = this.random.pick(leaves.length && this.random.chance(0.8) ? leaves : slots);
    const replacement = this.value(slot.type, true, slot.name);
    for (const key of Object.keys(slot.value)) delete (slot.value as Record<string, unknown>)[key];
    Object.assign(slot.value, replacement);
  }

  private present(type: GraphQLInputType, hostile: boolean, name: string, slots: Slot[] | undefined, depth: number): Value {
    if (isListType(type)) return this.list(type, hostile, name, slots, depth);
    if (isInputObjectType(type)) return this.object(type, hostile, slots, depth);
    if (isEnumType(type)) return this.enumValue(type, hostile);
    if (isNonNullType(type)) return this.present(type.ofType, hostile, name, slots, depth);
    return this.scalar(type.name, hostile, name);
  }

  private list(type: GraphQLList<GraphQLInputType>, hostile: boolean, name: string, slots: Slot[] | undefined, depth: number): Value {
    const r = this.random;
    if (!hostile) return { kind: "list", items: [this.value(type.ofType, false, name, slots, depth + 1)] };
    return weighted(r, [
      [6, () => ({ kind: "list", items: Array.from({ length: r.int(0, 3) }, () => this.value(type.ofType, true, name, undefined, depth + 1)) })],
      // A single value where a list is expected is coerced to a list of one.
      [1, () => this.value(type.ofType, true, name, undefined, depth + 1)],
      // Many items, or the same one many times: the bounds of bulk actions and `nodes(ids:)`.
      [1, () => {
        const some = Array.from({ length: 3 }, () => this.value(type.ofType, true, name, undefined, depth + 1));
        return { kind: "list", items: Array.from({ length: r.pick([50, 101, 250, 251, 400]) }, (_, i) => some[i % 3]!) };
      }],
      [1, () => ({ kind: "list", items: [{ kind: "list", items: [this.value(type.ofType, true, name, undefined, depth + 1)] }] })],
      [1, () => ({ kind: "list", items: [nothing(), this.value(type.ofType, true, name, undefined, depth + 1)] })],
    ]);
  }

  private object(type: GraphQLInputObjectType, hostile: boolean, slots: Slot[] | undefined, depth: number): Value {
    const r = this.random;
    const fields: [string, Value][] = [];
    for (const field of Object.values(type.getFields())) {
      const required = isNonNullType(field.type) && field.defaultValue === undefined;
      if (required) {
        if (hostile && r.chance(0.04)) continue; // a missing required field
        fields.push([field.name, this.value(field.type, hostile, field.name, slots, depth + 1)]);
      } else if (depth < 6 && r.chance(hostile ? 0.6 : 0.4)) {
        fields.push([field.name, this.value(field.type, hostile, field.name, slots, depth + 1)]);
      }
    }
    if (hostile && r.chance(0.04)) fields.push(["notAField", str("x")]);
    return { kind: "object", fields };
  }

  private enumValue(type: GraphQLEnumType, hostile: boolean): Value {
    const r = this.random;
    const valid = r.pick(type.getValues()).name;
    if (!hostile || r.chance(0.85)) return { kind: "enum", value: valid };
    return r.pick<Value>([
      { kind: "enum", value: "NOT_A_VALUE" },
      { kind: "enum", value: valid.toLowerCase() },
      // Valid in variables (JSON has no enums), a validation error as a literal.
      str(valid),
      { kind: "enum", value: r.pick(this.enumValues) },
    ]);
  }

  private scalar(scalarName: string, hostile: boolean, name: string): Value {
    const r = this.random;
    // Relay's page cursors are Strings named `after` and `before`.
    if (scalarName === "String" && (name === "after" || name === "before")) {
      if (!hostile) return str(this.observed.cursors.length ? r.pick(this.observed.cursors) : this.word());
      if (r.chance(0.8)) return str(this.cursor());
    }
    switch (scalarName) {
      case "Int":
        if (!hostile) return int(r.pick([1, 2, 3, 5, 10]));
        return r.pick([int(0), int(1), int(2), int(5), int(50), int(250), int(251), int(1000), int(-1), int(2 ** 31 - 1), int(-(2 ** 31)), int(2 ** 31), { kind: "float", value: 1.5 }]);
      case "Float":
        return { kind: "float", value: r.pick([0.5, -1.25, 1e300, 2.5]) };
      case "Boolean":
        return { kind: "boolean", value: r.chance(0.5) };
      case "ID":
        return this.id(hostile);
      case "DateTime":
        if (!hostile || r.chance(0.4)) return str(new Date(Date.now() + r.int(1, 1000) * 86_400_000).toISOString());
        return r.chance(0.85) ? str(r.pick(DATES)) : int(r.pick([0, 1_767_225_600_000]));
      case "EmailAddress":
        return str(this.email(hostile));
      case "Decimal":
        if (!hostile) return r.chance(0.8) ? str(r.pick(["0", "1", "5", "10", "2.50", "0.0004", "1000", "120"])) : int(r.pick([0, 1, 100]));
        return r.chance(0.7)
          ? str(r.pick(["-1", "1e3", "1.5e2", "NaN", "Infinity", "0x10", " 1", "1.", ".5", "99999999999999999999.9999999999", "999999999999999999999", "1.12345678901", "9007199254740993", ""]))
          : r.pick([{ kind: "float", value: 9.95 }, int(-1), int(2 ** 31 - 1)]);
      case "LongText":
        // Whole documents (an OpenAPI file): valid ones, broken ones, and text past every other string's bound.
        if (!hostile) return str(r.pick(OPENAPI_DOCUMENTS));
        return r.chance(0.5) ? str(r.pick(OPENAPI_DOCUMENTS)) : str(r.pick([...BROKEN_DOCUMENTS, this.string(true), r.text(200_000, ALNUM)]));
      default:
        // String, and any custom scalar a later module adds.
        return str(this.string(hostile));
    }
  }

  private word(): string {
    return `fuzz ${this.random.text(this.random.int(3, 10), LOWER)}`;
  }

  private string(hostile: boolean): string {
    const r = this.random;
    if (!hostile) return this.observed.strings.length && r.chance(0.3) ? r.pick(this.observed.strings) : this.word();
    return weighted(r, [
      [1, () => ""],
      [1, () => "   "],
      [4, () => this.cursor()],
      [3, () => r.pick([`${this.word()}\u0000`, "\u0000", `\u0000${this.word()}`])],
      [2, () => r.text(r.int(1, 40), UNICODE)],
      [2, () => r.text(3000, ALNUM)],
      [2, () => r.text(1000, WIDE)],
      [0.3, () => r.text(70_000, ALNUM)],
      [4, () => r.pick(TRICKY)],
      [1, () => `\ud800${this.word()}`],
    ]);
  }

  private email(hostile: boolean): string {
    const r = this.random;
    // Never the address of a caller of the fuzz: its failed logins would lock that caller out.
    const valid = () => `fuzz-${r.text(8, LOWER)}@example.com`;
    if (!hostile || r.chance(0.4)) return valid();
    return r.pick([
      () => `${r.text(3000, ALNUM)}@example.com`,
      () => `${r.text(64, LOWER)}@${r.text(177, LOWER)}.com`, // 254 characters: the longest allowed
      () => `${r.text(64, LOWER)}@${r.text(178, LOWER)}.com`, // 255
      () => "not-an-email",
      () => "a@b",
      () => "ü@exämple.com",
      () => `fuzz\u0000@example.com`,
      () => `FUZZ-${r.text(8, LOWER).toUpperCase()}@EXAMPLE.COM`,
      () => ` fuzz-${r.text(4, LOWER)}@example.com `,
      () => `fuzz+tag-${r.text(4, LOWER)}@example.com`,
      () => this.string(true),
    ])();
  }

  private id(hostile: boolean): Value {
    const r = this.random;
    const observed = () => (this.observed.ids.length ? str(r.pick(this.observed.ids)) : forged());
    const forged = () => str(Buffer.from(`${r.pick(this.nodeTypes)}:${randomUUID()}`).toString("base64url"));
    if (!hostile) return r.chance(0.8) ? observed() : forged();
    return weighted<Value>(r, [
      [6, observed],
      [2, forged],
      [1, () => str(Buffer.from("Tenant:1 or 1=1").toString("base64url"))],
      [1, () => str(Buffer.from(`Nope:${randomUUID()}`).toString("base64url"))],
      [1, () => str(randomUUID())],
      [1, () => int(12345)],
      [3, () => str(this.string(true))],
    ]);
  }

  /** Cursors: real ones, and forgeries of every part (sort key, value, id, encoding). */
  private cursor(): string {
    const r = this.random;
    if (this.observed.cursors.length && r.chance(0.2)) return r.pick(this.observed.cursors);
    const b64 = (text: string) => Buffer.from(text).toString("base64url");
    return weighted(r, [
      [6, () => {
        // A real cursor with one part changed, or one made up: the server must check every part.
        let real: Record<string, unknown> = {};
        try {
          if (this.observed.cursors.length) real = JSON.parse(Buffer.from(r.pick(this.observed.cursors), "base64url").toString("utf8")) as typeof real;
        } catch {
          // Not every observed cursor need be JSON.
        }
        const cursor: Record<"k" | "v" | "id", unknown> = { k: real.k ?? r.pick(this.enumValues), v: real.v ?? new Date().toISOString(), id: real.id ?? randomUUID() };
        const part = r.pick(["k", "v", "v", "v", "id"] as const);
        cursor[part] = {
          k: () => r.pick<unknown>([r.pick(this.enumValues), "", 1, null]),
          v: () => r.pick<unknown>([...DATES, "fuzz", "\u0000", r.text(3000, ALNUM), 0, -1, 2 ** 31, 1e308, 1.5, null, {}, [], randomUUID()]),
          id: () => r.pick<unknown>(["x", "", "00000000-0000-0000-0000-00000000000g", 7, null]),
        }[part]();
        return b64(JSON.stringify(cursor));
      }],
      [1, () => r.pick(["!!!", "e30", b64("null"), b64("[]"), b64('{"k":"CREATED_AT"}'), b64('{"k":1,"v":2,"id":3}'), b64("{")])],
      [1, () => {
        const real = this.observed.cursors.length ? r.pick(this.observed.cursors) : b64(JSON.stringify({ k: "X", v: "y", id: randomUUID() }));
        const at = r.int(0, real.length - 1);
        return `${real.slice(0, at)}${r.pick(ALNUM)}${real.slice(at + 1)}`;
      }],
    ]);
  }

  /** A value of some other kind than the one expected. */
  private wrongKind(): Value {
    const r = this.random;
    return r.pick<Value>([
      int(7),
      { kind: "float", value: 2.5 },
      str("wrong"),
      { kind: "boolean", value: true },
      { kind: "enum", value: "SOME_ENUM" },
      { kind: "list", items: [str("x")] },
      { kind: "object", fields: [["a", int(1)]] },
      nothing(),
    ]);
  }
}

/** Small OpenAPI and Swagger documents, as JSON and YAML. */
const OPENAPI_DOCUMENTS = [
  "openapi: 3.0.3\ninfo: { title: Fuzz, version: '1' }\npaths:\n  /fuzz/{id}:\n    get: { operationId: fuzzGet, responses: { '200': { description: ok } } }\n",
  JSON.stringify({ swagger: "2.0", info: { title: "Fuzz", version: "1" }, basePath: "/v1", paths: { "/f": { post: { responses: { "200": { description: "ok" } } } } } }),
  JSON.stringify({ openapi: "3.1.0", info: { title: "Fuzz", version: "1" }, paths: { "/a b": { trace: { responses: {} } }, "/\u0001": { get: { responses: {} } } } }),
];
/** Documents no import takes: syntax errors, aliases, wrong shapes, duplicate keys. */
const BROKEN_DOCUMENTS = [
  "openapi: 3.0.3\ninfo:\n  title: [unclosed\n",
  "a: &a [x, x]\nb: &b [*a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b]\n",
  '{"openapi": "3.0.3", "openapi": "3.0.3"}',
  "openapi: 3.0.3\npaths: 7\n",
  "swagger: '2.0'\ninfo: {title: x, version: '1'}\npaths: { '/x': { get: { responses: { '200': { $ref: 'http://127.0.0.1:9/r.json' } } } } }\n",
  "- 1\n- 2\n",
  "%YAML 9.9\n---\n",
  "!!binary AAAA",
];
