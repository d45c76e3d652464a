import { and, type SQL, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { decodeRow, type RowShape, runArrays, selectList } from "../../db/statement.js";
import { buildPage, type KeysetOrder, lazyCount, type PaginateOptions, type PagePlan, planPage } from "./keyset.js";
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

/** `alias.column dir, alias.id dir`: a plan's order over a subquery's columns. */
const orderOver = (alias: ReturnType<typeof sql.identifier>, plan: PagePlan, order: KeysetOrder<unknown>, idColumn: PgColumn) =>
  sql`${alias}.${ident(order.column.name)} ${plan.direction}, ${alias}.${ident(idColumn.name)} ${plan.direction}`;

function nestedJoin(nested: NestedPage, index: number): SQL {
  const alias = ident(`__nested_${index}`);
  const values = sql.join(
    nested.shape.columns.map((column) => (jsonEncoding(column) === "text" ? sql`${CHILD}.${ident(column.name)}::text` : sql`${CHILD}.${ident(column.name)}`)),
    sql`, `,
  );
  const parentKey = sql`${nested.groupColumn} = ${PAGE}.${ident(nested.parentColumn.name)}`;
  return sql` left join lateral (select json_agg(json_build_array(${values}) order by ${orderOver(CHILD, nested.plan, nested.order as KeysetOrder<unknown>, nested.idColumn)}) as ${ROWS} from (select ${selectList(
    nested.shape,
  )} from ${nested.table} where ${and(parentKey, nested.where, nested.plan.keyset)} order by ${nested.plan.orderBy} limit ${nested.plan.limit}) as ${CHILD}) as ${alias} on true`;
}

/** The slot prefix of the `index`th nested page: its placeholders are `n0_limit`, `n0_cursorValue`… */
export const nestedSlotPrefix = (index: number) => `n${index}_`;

/**
 * One page of a list with the nested pages of its rows: one statement. Each nested page's rows are handed
 * to its `receive` per parent row (an empty list for a parent without any), before the page is returned.
 */
export async function paginateWithNested<Row>(options: PaginateOptions<Row> & { nested: readonly NestedPage[] }): Promise<ConnectionResult<Row>> {
  const { tx, table, shape, shapes, where, nested } = options;
  const plan = planPage(options.args, options.order, options.idColumn);
  const keys = nested.map((n) => n.key);
  const cacheKey = where || keys.includes(null) ? null : `nested-page:${plan.key}|${keys.join("|")}`;
  const statement = () => {
    const columns = sql.join(
      shape.columns.map((column) => sql`${PAGE}.${ident(column.name)}`),
      sql`, `,
    );
    const nestedRows = sql.join(
      nested.map((_, i) => sql`, ${ident(`__nested_${i}`)}.${ROWS}`),
      sql``,
    );
    const condition = and(where, plan.keyset);
    return sql`select ${columns}${nestedRows} from (select ${selectList(shape)} from ${table}${condition ? sql` where ${condition}` : sql``} order by ${plan.orderBy} limit ${plan.limit}) as ${PAGE}${sql.join(
      nested.map((n, i) => nestedJoin(n, i)),
      sql``,
    )} order by ${orderOver(PAGE, plan, options.order as KeysetOrder<unknown>, options.idColumn)}`;
  };
  const values: Record<string, unknown> = { ...plan.values };
  for (const n of nested) Object.assign(values, n.plan.values);
  const raw = await runArrays(tx, shapes.get(cacheKey, statement), values);

  const width = shape.keys.length;
  const rows = new Array<Row>(raw.length);
  for (let r = 0; r < raw.length; r++) {
    const values = raw[r]!;
    const row = decodeRow(shape, values);
    rows[r] = row;
    for (let i = 0; i < nested.length; i++) {
      const { shape: childShape, receive } = nested[i]!;
      let json = values[width + i];
      if (typeof json === "string") json = JSON.parse(json);
      const children = ((json as unknown[][] | null) ?? []).map((child) => decodeRow(childShape, child));
      receive(row as Record<string, unknown>, children);
    }
  }
  return buildPage(rows, plan, options.order, options.id, lazyCount(options));
}
