import { and, type SQL, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { decodeRow, decodeRows, type RowShape, runArrays, selectListWith } from "../../db/statement.js";
import { buildPage, type KeysetOrder, keyOver, lazyCount, type PaginateOptions, type PagePlan, planPage } from "./keyset.js";
import type { NodeSelection } from "./selection.js";
import type { ConnectionResult } from "./types.js";

/**
 * A page with the nested pages of its rows in one statement (`tenants(first: 50) { nodes { users(first: 5) } }`):
 * the parent page is a subquery, and each nested page a lateral subquery per parent row that returns the
 * child rows as one JSON array:
 *
 *   select __page.id, …, __nested_0.__rows
 *   from (select … from tenants where … order by created_at desc, id desc limit $limit) as __page
 *   left join lateral (
 *     select json_agg(json_build_array(__child.id, __child.email, __child.created_at::text, …)
 *                     order by __child.created_at, __child.id) as __rows
 *     from (select … from users where users.tenant_id = __page.id [and filter] [and keyset]
 *           order by created_at, id limit $n0_limit) as __child
 *   ) as __nested_0 on true
 *   order by __page.created_at desc, __page.id desc
 *
 * Other parts of a page's rows come the same way, as a column each: one row of a to-one relation (an
 * account's first admin user, as a JSON array, by a scalar subquery) or a count (its applications).
 *
 * It runs as the same role in the same scope as any statement of the request, so row-level security holds
 * for the nested rows as it does for a nested loader's query.
 */

/** One nested page in its parent's statement. */
export interface NestedPage<Child = unknown> {
  /** What tells this nested page's SQL text from another's (never a value); null when its condition holds values. */
  key: string | null;
  table: PgTable;
  shape: RowShape<Child>;
  /** The child's column holding the parent's key (users.tenant_id). */
  groupColumn: PgColumn;
  /** The parent's column it matches (tenants.id), a column of the parent's shape. */
  parentColumn: PgColumn;
  idColumn: PgColumn;
  /** Planned with `slotPrefix`, so its placeholders do not meet the parent's. */
  plan: PagePlan;
  order: KeysetOrder<Child>;
  /** The child's condition besides the parent key and the keyset: a base condition, a filter. */
  where: SQL | undefined;
  /** The child rows of one parent row (up to the page size + 1), in page order. */
  receive(parent: Record<string, unknown>, rows: Child[]): void;
}

/**
 * How each column travels in the JSON array so that the column's decoder gets exactly what the driver
 * gives the compiled statements (db/statement.ts): JSON's own strings, numbers, booleans and arrays where
 * the driver gives the same JavaScript value (an inet is a JSON string of its output, as the driver
 * reads it); PostgreSQL's text output (`::text`) where the driver gives text and JSON would not —
 * timestamps and dates (JSON writes them in ISO form; drizzle makes the Date from the text), numeric and
 * bigint (exact digits), floats (NaN and infinities, which JSON lacks). Null for a column type not
 * listed: such a listing is not fetched ahead. prefetch.test.ts checks each against the driver. One
 * difference is left: a NULL element inside an array is null here, as PGlite reads it, where postgres.js
 * reads the text "NULL" (NaN in an integer array).
 */
const NATIVE = /^(text|uuid|boolean|integer|smallint|serial|smallserial|json|jsonb|varchar(\(\d+\))?|inet|cidr|macaddr8?)$/;
const NATIVE_ARRAY = /^(text|uuid|boolean|integer|smallint|varchar(\(\d+\))?)\[\]$/;
const AS_TEXT =
  /^(timestamp( ?\(\d\))?( with(out)? time zone)?|date|time( ?\(\d\))?( with(out)? time zone)?|interval|numeric(\(\d+(, ?\d+)?\))?|decimal|bigint|bigserial|real|double precision)$/;

export function jsonEncoding(column: PgColumn): "native" | "text" | null {
  // A PostgreSQL enum is text to the driver and a string in JSON.
  if (column.columnType === "PgEnumColumn") return "native";
  const type = column.getSQLType();
  if (NATIVE.test(type) || NATIVE_ARRAY.test(type)) return "native";
  if (AS_TEXT.test(type)) return "text";
  return null;
}

/** True when every column of the shape can travel in a nested page's JSON. */
export function shapeTravelsAsJson(shape: RowShape<unknown>): boolean {
  return shape.columns.every((column) => jsonEncoding(column) !== null);
}

const PAGE = sql.identifier("__page");
const ROWS = sql.identifier("__rows");
const CHILD = sql.identifier("__child");
const ident = (name: string) => sql.identifier(name);

/** The parent row's column in a part's SQL (`__page.id`): what a nested page, a to-one row or a count is matched on. */
export const parentRef = (column: PgColumn): SQL => sql`${PAGE}.${ident(column.name)}`;

/** `json_build_array(…)` of a shape's columns, each as it travels (`jsonEncoding`); `ref` says how a column is named where it is read. */
function jsonArray(shape: RowShape<unknown>, ref: (column: PgColumn) => SQL): SQL {
  const values = sql.join(
    shape.columns.map((column) => (jsonEncoding(column) === "text" ? sql`${ref(column)}::text` : ref(column))),
    sql`, `,
  );
  return sql`json_build_array(${values})`;
}

/** The JSON a statement gives (postgres.js parses json, PGlite too; text when a driver does not). */
const parsedJson = (value: unknown): unknown => (typeof value === "string" ? JSON.parse(value) : value);

/** The rows of a nested page's JSON column (null for a parent without any). */
export function decodeJsonRows<Row>(shape: RowShape<Row>, value: unknown): Row[] {
  const json = parsedJson(value) as unknown[][] | null;
  return json ? decodeRows(shape, json) : [];
}

/** The row of a to-one part's JSON column, or null. */
export function decodeJsonRow<Row>(shape: RowShape<Row>, value: unknown): Row | null {
  const json = parsedJson(value) as unknown[] | null;
  return json ? decodeRow(shape, json) : null;
}

/** `alias.column dir, alias.id dir`: a plan's order over a subquery's columns. */
const orderOver = (alias: ReturnType<typeof sql.identifier>, plan: PagePlan, order: KeysetOrder<unknown>, idColumn: PgColumn) =>
  sql`${alias}.${ident(order.column.name)} ${plan.direction}, ${alias}.${ident(idColumn.name)} ${plan.direction}`;

/**
 * One more column of a parent page's statement: for each parent row, something fetched with it — a
 * nested page (`nestedPagePart`), one row (`firstRowPart`: an account's first admin user), a count
 * (`countPart`: an account's applications).
 */
export interface ParentPart {
  /** What tells this part's SQL text from another's (never a value); null when its SQL holds values that change. */
  key: string | null;
  /**
   * Its SQL: the column, over the parent row (`parentRef`) or the part's join, and the lateral join it
   * reads (a nested page's), if any. Built only when the statement is compiled: not for each request of
   * a shape already compiled.
   */
  sql(): { column: SQL; join?: SQL };
  /** Its placeholders' values, named apart from the page's and other parts' with `nestedSlotPrefix`. */
  values: Record<string, unknown>;
}

/** A part and what takes its value for each parent row. */
export interface ReceivedPart extends ParentPart {
  /** The column's value for one parent row, as the driver gives it. */
  receive(parent: Record<string, unknown>, value: unknown): void;
}

/** A nested page (its rows as one JSON array, in page order) as a part of the `index`th place. */
export function nestedPagePart(nested: Omit<NestedPage, "receive">, index: number): ParentPart {
  const build = () => {
    const alias = ident(`__nested_${index}`);
    const parentKey = sql`${nested.groupColumn} = ${parentRef(nested.parentColumn)}`;
    const rows = jsonArray(nested.shape, (column) => sql`${CHILD}.${ident(column.name)}`);
    // The child rows are ordered by the sort column, which the shape carries only when cursors are read.
    const join = sql` left join lateral (select json_agg(${rows} order by ${orderOver(CHILD, nested.plan, nested.order, nested.idColumn)}) as ${ROWS} from (select ${selectListWith(
      nested.shape,
      nested.order.column,
    )} from ${nested.table} where ${and(parentKey, nested.where, nested.plan.keyset)} order by ${nested.plan.orderBy} limit ${nested.plan.limit}) as ${CHILD}) as ${alias} on true`;
    return { join, column: sql`${alias}.${ROWS}` };
  };
  return { key: nested.key, sql: build, values: nested.plan.values };
}

/** What a to-one or count part reads: the rows of `table` whose `groupColumn` is the parent's key, narrowed by `where`. */
export interface GroupSource {
  table: PgTable;
  groupColumn: PgColumn;
  /** A condition besides the parent key; its values, if any, are the same for every request. */
  where?: SQL;
}

/** The first row (by `orderBy`) of the parent's group, as a JSON array of `shape`'s columns; null when there is none. */
export function firstRowPart(source: GroupSource & { shape: RowShape<unknown>; orderBy: SQL | null }, parentColumn: PgColumn, key: string): ParentPart {
  const build = () => {
    const condition = and(sql`${source.groupColumn} = ${parentRef(parentColumn)}`, source.where);
    const row = jsonArray(source.shape, (column) => sql`${column}`);
    // No order for a group of one row at most (a row by its primary key).
    return { column: sql`(select ${row} from ${source.table} where ${condition}${source.orderBy ? sql` order by ${source.orderBy}` : sql``} limit 1)` };
  };
  return { key, sql: build, values: {} };
}

/** How many rows the parent's group has. */
export function countPart(source: GroupSource, parentColumn: PgColumn, key: string): ParentPart {
  const build = () => {
    const condition = and(sql`${source.groupColumn} = ${parentRef(parentColumn)}`, source.where);
    return { column: sql`(select count(*)::int from ${source.table} where ${condition})` };
  };
  return { key, sql: build, values: {} };
}

/** The slot prefix of the `index`th part: its placeholders are `n0_limit`, `n0_cursorValue`… */
export const nestedSlotPrefix = (index: number) => `n${index}_`;

/**
 * What a per-request loader gives a parent listing so that the listing fetches, in its page's statement,
 * what the loader would load for the page's rows (kit/listing.ts `prefetch`): a nested listing's loader
 * (`listing.nested`), a to-one or count loader (graphql/loader.ts).
 */
export const prefetchable = Symbol("prefetchable");

export interface PrefetchInternals {
  /** Tells one field's arguments from another's as the loader does: a field asked twice with different ones is left to its loader. */
  key(args: Record<string, unknown>): string;
  /**
   * The part for the field's `args` at the `index`th place, matched on the parent's `parentColumn`, with
   * what hands the loader the value of one parent (by its key); null when it is not fetched ahead (a
   * backward page, a column JSON does not carry). `selection`: the field's selection, when known — a
   * nested page fetches the columns its nodes' fields read, a row by id those its fields read.
   */
  part(args: Record<string, unknown>, index: number, parentColumn: PgColumn, selection?: NodeSelection): (ParentPart & { prime(group: string, value: unknown): void }) | null;
}

/** A per-request loader a parent listing can fetch ahead. */
export interface Prefetchable {
  readonly [prefetchable]: PrefetchInternals;
}

/**
 * One page of a list with, for each of its rows, the parts' values: one statement. Each part's value is
 * handed to its `receive` per parent row (null for a nested page or row a parent has none of), before the
 * page is returned.
 */
export async function paginateWithParts<Row>(options: PaginateOptions<Row> & { parts: readonly ReceivedPart[] }): Promise<ConnectionResult<Row>> {
  const { tx, table, shape, shapes, where, parts } = options;
  const plan = planPage(options.args, options.order, options.idColumn);
  const keys = parts.map((p) => p.key);
  const cacheKey = keys.includes(null) ? null : keyOver(options, `parts-page:${shape.key}|${plan.key}|${keys.join("|")}`);
  const statement = () => {
    const built = parts.map((p) => p.sql());
    const columns = sql.join(
      [...shape.columns.map((column) => parentRef(column)), ...built.map((p) => p.column)],
      sql`, `,
    );
    const condition = and(where, plan.keyset);
    return sql`select ${columns} from (select ${selectListWith(shape, options.order.column)} from ${table}${condition ? sql` where ${condition}` : sql``} order by ${plan.orderBy} limit ${plan.limit}) as ${PAGE}${sql.join(
      built.flatMap((p) => (p.join ? [p.join] : [])),
      sql``,
    )} order by ${orderOver(PAGE, plan, options.order as KeysetOrder<unknown>, options.idColumn)}`;
  };
  const values: Record<string, unknown> = { ...options.whereValues, ...plan.values };
  for (const p of parts) Object.assign(values, p.values);
  const raw = await runArrays(tx, shapes.get(cacheKey, statement), values);

  const width = shape.keys.length;
  const rows = new Array<Row>(raw.length);
  for (let r = 0; r < raw.length; r++) {
    const values = raw[r]!;
    const row = decodeRow(shape, values);
    rows[r] = row;
    for (let i = 0; i < parts.length; i++) parts[i]!.receive(row as Record<string, unknown>, values[width + i]);
  }
  return buildPage(rows, plan, options.order, options.id, lazyCount(options));
}

/** `paginateWithParts` with nested pages only, each handed its decoded rows. */
export function paginateWithNested<Row>(options: PaginateOptions<Row> & { nested: readonly NestedPage[] }): Promise<ConnectionResult<Row>> {
  const parts = options.nested.map((nested, i): ReceivedPart => ({
    ...nestedPagePart(nested, i),
    receive: (parent, value) => nested.receive(parent, decodeJsonRows(nested.shape, value)),
  }));
  return paginateWithParts({ ...options, parts });
}
