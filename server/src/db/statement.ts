import { Column, fillPlaceholders, getTableColumns, type Placeholder, type SQL, sql } from "drizzle-orm";
import { type PgColumn, PgDialect, type PgTable } from "drizzle-orm/pg-core";
import type { Executor } from "./client.js";

/**
 * The fast path for the statements every request runs (listings, rows by id, the request's opening):
 * the SQL is still written with drizzle, but
 *  - its text is built once per shape and kept (`compiled`), with `sql.placeholder(…)` for what varies —
 *    drizzle would rebuild it, walking every chunk, on each call;
 *  - it runs on the executor's own connection as a server-side prepared statement (postgres.js keeps
 *    it per connection; PostgreSQL parses and plans it once) — drizzle sends an unnamed statement, which
 *    costs postgres.js an extra round trip to learn the parameter types and PostgreSQL a parse each time;
 *  - its rows arrive as arrays and are mapped by a `RowShape` made once: the select list's keys, each
 *    with its column's decoder (a timestamp becomes a Date, as drizzle does) — drizzle's generic mapping
 *    checks every field's kind on every row.
 * Counted in `Database.statementCount` like every drizzle statement.
 */

/** The keys of a row in the order of the select list, with the decoder of each column. */
export interface RowShape<Row> {
  keys: readonly string[];
  columns: readonly PgColumn[];
  /** What tells this shape's select list from another's (its column names), for the keys of compiled statements. */
  key: string;
  /** Marker for the row type. */
  readonly row?: Row;
}

/** Whether rows of shape `has` carry every column of `needed`. */
export function covers(has: RowShape<unknown>, needed: RowShape<unknown>): boolean {
  if (has === needed || has.key === needed.key) return true;
  return needed.columns.every((column) => has.columns.includes(column));
}

/** A row shape over columns: `{ id: users.id, email: users.email }`, or a table's columns. */
export function rowShape<Row>(columns: Record<string, PgColumn>): RowShape<Row> {
  const list = Object.values(columns);
  return { keys: Object.keys(columns), columns: list, key: list.map((column) => column.name).join(",") };
}

export function tableShape<T extends PgTable>(table: T): RowShape<T["$inferSelect"]> {
  return rowShape(getTableColumns(table));
}

/** `"c1", "c2", …`: the shape's columns as a select list (unqualified: they may come from a subquery). */
export function selectList(shape: RowShape<unknown>): SQL {
  return sql.join(
    shape.columns.map((column) => sql.identifier(column.name)),
    sql`, `,
  );
}

/** `selectList`, and `column` after it when the shape lacks it: what a subquery is ordered by outside it. */
export function selectListWith(shape: RowShape<unknown>, column: PgColumn): SQL {
  return shape.columns.includes(column) ? selectList(shape) : sql`${selectList(shape)}, ${sql.identifier(column.name)}`;
}

const dialect = new PgDialect();

/** SQL text and parameters (values, or placeholders filled at run time). */
export interface CompiledQuery {
  text: string;
  params: unknown[];
}

export function compileQuery(query: SQL): CompiledQuery {
  const { sql: text, params } = dialect.sqlToQuery(query);
  return { text, params };
}

/**
 * A cache of compiled shapes: `get(key, build)` builds the query the first time a key is seen. Keys
 * must name everything that changes the text (never a value); a null key is a query that holds values
 * (a caller's filter), compiled each time. Bounded: shapes come from code, but a runaway key must not
 * grow memory without end.
 */
export function compiledShapes(limit = 500) {
  const cache = new Map<string, CompiledQuery>();
  return {
    get(key: string | null, build: () => SQL): CompiledQuery {
      if (key === null) return compileQuery(build());
      let compiled = cache.get(key);
      if (!compiled) {
        compiled = compileQuery(build());
        if (cache.size >= limit) cache.delete(cache.keys().next().value!);
        cache.set(key, compiled);
      }
      return compiled;
    },
  };
}

/** A placeholder for a value filled in at run time (`sql.placeholder`, typed for readability). */
export function slot(name: string): Placeholder {
  return sql.placeholder(name);
}

interface DrizzleSessionInternals {
  client: {
    unsafe?: (text: string, params: unknown[], options: { prepare: boolean; simple: boolean }) => { values(): Promise<unknown[][]> };
    query?: (text: string, params: unknown[], options: object) => Promise<{ rows: unknown[][] }>;
  };
  logger: { logQuery(query: string, params: unknown[]): void };
}

/** PGlite's parsers as drizzle sets them: dates stay text, decoded by the column as drizzle does. */
const textParsers = Object.fromEntries([1114, 1184, 1186, 1082, 1231, 1115, 1185, 1187, 1182].map((oid) => [oid, (value: string) => value]));
const pgliteArrayMode = { rowMode: "array", parsers: textParsers };
const pgliteObjectMode = { rowMode: "object", parsers: textParsers };

/**
 * Runs a compiled query on the executor's connection (the request's transaction, or the pool) and
 * maps its rows. `values` fills the placeholders.
 */
export async function selectRows<Row>(executor: Executor, query: CompiledQuery, shape: RowShape<Row>, values?: Record<string, unknown>): Promise<Row[]> {
  return decodeRows(shape, await runArrays(executor, query, values));
}

type Decoder = ((value: unknown) => unknown) | null;
const decodersOfShape = new WeakMap<RowShape<unknown>, readonly Decoder[]>();
const keepsDriverValue = Column.prototype.mapFromDriverValue;

/** Each column's decoder, or null where the column keeps the driver's value (text, uuid, boolean, enums): no call per value. */
function decodersOf(shape: RowShape<unknown>): readonly Decoder[] {
  let decoders = decodersOfShape.get(shape);
  if (!decoders) {
    decoders = shape.columns.map((column) => (column.mapFromDriverValue === keepsDriverValue ? null : (value: unknown) => column.mapFromDriverValue(value)));
    decodersOfShape.set(shape, decoders);
  }
  return decoders;
}

/** A row from the first values of an array (the shape's columns, in order), each decoded by its column. */
export function decodeRow<Row>(shape: RowShape<Row>, values: readonly unknown[]): Row {
  return decodeWith(shape.keys, decodersOf(shape), values);
}

/** The rows of arrays of values, as `decodeRow` makes each. */
export function decodeRows<Row>(shape: RowShape<Row>, raw: readonly (readonly unknown[])[]): Row[] {
  const { keys } = shape;
  const decoders = decodersOf(shape);
  const rows = new Array<Row>(raw.length);
  for (let r = 0; r < raw.length; r++) rows[r] = decodeWith(keys, decoders, raw[r]!);
  return rows;
}

function decodeWith<Row>(keys: readonly string[], decoders: readonly Decoder[], values: readonly unknown[]): Row {
  const n = keys.length;
  const row: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) {
    const value = values[i];
    const decode = decoders[i];
    row[keys[i]!] = value === null || value === undefined ? null : decode ? decode(value) : value;
  }
  return row as Row;
}

/** Runs a compiled query whose rows are plain values (a count, ids): the arrays as they come. */
export function runArrays(executor: Executor, query: CompiledQuery, values?: Record<string, unknown>): Promise<unknown[][]> {
  return run(executor, query, values, "array") as Promise<unknown[][]>;
}

/**
 * Runs a compiled query and answers its rows as objects keyed by the result's column names, values as
 * the driver gives them (timestamps as text: decode them where they are read).
 */
export function runObjects<T>(executor: Executor, query: CompiledQuery, values?: Record<string, unknown>): Promise<T[]> {
  return run(executor, query, values, "object") as Promise<T[]>;
}

async function run(executor: Executor, query: CompiledQuery, values: Record<string, unknown> | undefined, mode: "array" | "object"): Promise<unknown[]> {
  const session = (executor as unknown as { session: DrizzleSessionInternals }).session;
  const params = values ? fillPlaceholders(query.params, values) : query.params;
  session.logger.logQuery(query.text, params);
  const { client } = session;
  if (client.unsafe) {
    // `simple: false`: postgres.js sends a statement without parameters (a page whose limit is in its
    // text, keyset.ts) as a simple query, parsed and planned anew each time, unless told otherwise.
    const pending = client.unsafe(query.text, params, { prepare: true, simple: false });
    return mode === "array" ? pending.values() : (pending as unknown as Promise<unknown[]>);
  }
  if (client.query) return (await client.query(query.text, params, mode === "array" ? pgliteArrayMode : pgliteObjectMode)).rows;
  throw new Error("db/statement: the executor's client is neither postgres.js nor PGlite");
}

/** `select <table's columns> from <table> where id = any($ids)`, compiled once per table. */
export function rowsByIds<T extends PgTable & { id: PgColumn }>(table: T) {
  const shape = tableShape(table);
  const query = compileQuery(sql`select ${selectList(shape)} from ${table} where ${table.id} = any(${slot("ids")})`);
  return (executor: Executor, ids: readonly string[]): Promise<T["$inferSelect"][]> =>
    ids.length === 0 ? Promise.resolve([]) : selectRows(executor, query, shape, { ids: [...ids] });
}
