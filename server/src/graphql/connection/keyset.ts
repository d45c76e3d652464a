import { DEFAULT_PAGE_SIZE, pageSizeProblem } from "@gatehouse/schema/pagination";
import { and, type SQL, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Executor } from "../../db/client.js";
import { type compiledShapes, type RowShape, runArrays, selectList, selectRows, slot } from "../../db/statement.js";
import { badUserInput } from "../errors.js";
import { type CursorSqlType, decodeCursor, encodeCursor } from "./cursor.js";
import { type ConnectionArgs, type ConnectionResult, type Edge, OrderDirection, type PageInfo } from "./types.js";

/** Keyset pagination: one page of a sorted list as a WHERE condition, an ORDER BY and a LIMIT. */

/** A promise-like that runs `fn` only when awaited: GraphQL awaits `totalCount` only when it is selected. */
export function lazy<T>(fn: () => Promise<T>): PromiseLike<T> {
  let started: Promise<T> | undefined;
  return {
    then: (onFulfilled, onRejected) => (started ??= fn()).then(onFulfilled, onRejected),
  };
}

/** A sort order over a non-null column; the row's primary key breaks ties. */
export interface KeysetOrder<Row> {
  /** Name of the order (the enum value); a cursor is valid only for the order that produced it. */
  key: string;
  column: PgColumn;
  /** SQL type of the column, used to cast the cursor value back. */
  sqlType: CursorSqlType;
  value: (row: Row) => string | number | Date;
  direction: OrderDirection;
}

/** Where a list's rows come from, and how a row is read. */
export interface KeysetSource<Row> {
  table: PgTable;
  /** The columns selected, in order, with their keys in a row. */
  shape: RowShape<Row>;
  /** The primary key; breaks ties in every order. */
  idColumn: PgColumn;
  id: (row: Row) => string;
  /** Compiled page and count queries of this list, by shape (db/statement.ts). */
  shapes: ReturnType<typeof compiledShapes>;
}

export interface PaginateOptions<Row> extends KeysetSource<Row> {
  tx: Executor;
  args: ConnectionArgs;
  order: KeysetOrder<Row>;
  /**
   * The filter, applied to the page and to the count. A list without one runs statements compiled once
   * per shape; with one, its statements are compiled per request (the filter holds values) — unless it
   * holds no value, only placeholders (`slot`) filled from `whereValues`, and `whereKey` tells its text
   * from any other's (the tenant's rows: kit/listing.ts `ofTenant`).
   */
  where: SQL | undefined;
  whereKey?: string;
  whereValues?: Record<string, unknown>;
}

/** The key of a statement over `where` (null: compile it each time), from the key it has without one. */
export function keyOver(options: Pick<PaginateOptions<unknown>, "where" | "whereKey">, key: string): string | null {
  if (!options.where) return key;
  return options.whereKey === undefined ? null : `${key}|where:${options.whereKey}`;
}

/** Validates first/last and returns the page direction and size. */
export function pageRequest(args: ConnectionArgs): { forward: boolean; size: number; cursorArg: "after" | "before" | null } {
  const { first, last, after, before } = args;
  if (first != null && last != null) throw badUserInput("Pass either `first` or `last`, not both.", "first");
  for (const [name, value] of [
    ["first", first],
    ["last", last],
  ] as const) {
    const problem = value == null ? null : pageSizeProblem(name, value);
    if (problem) throw badUserInput(problem, name);
  }
  if (after != null && before != null) throw badUserInput("Pass either `after` or `before`, not both.", "after");
  // Relay's first/after and last/before; the mixed forms are ambiguous and refused.
  if (last != null && after != null) throw badUserInput("`after` goes with `first`; use `before` with `last`.", "after");
  if (first != null && before != null) throw badUserInput("`before` goes with `last`; use `after` with `first`.", "before");
  const forward = last == null && before == null;
  if (forward) return { forward, size: first ?? DEFAULT_PAGE_SIZE, cursorArg: after != null ? "after" : null };
  return { forward, size: last ?? first ?? DEFAULT_PAGE_SIZE, cursorArg: before != null ? "before" : null };
}

export interface PagePlan {
  forward: boolean;
  size: number;
  cursorArg: "after" | "before" | null;
  /** The keyset condition, with the placeholders `cursorValue` and `cursorId`. */
  keyset: SQL | undefined;
  orderBy: SQL;
  direction: SQL;
  /**
   * The LIMIT: the page size + 1 (to see whether more follow), as a literal, not a placeholder. PostgreSQL
   * costs a generic plan of `limit $n` as if it read a tenth of the table, so it planned every page
   * statement anew for each request (custom plans, ~0.5 ms each for a page with a nested page); with the
   * number in the text it keeps one plan per prepared statement. Page sizes are bounded
   * (`pageSizeProblem`): a shape has at most that many texts.
   */
  limit: SQL;
  /** What tells this plan's SQL text from another's (its limit, never a value). */
  key: string;
  /** The placeholders' values: the cursor's. */
  values: Record<string, unknown>;
}

/**
 * Turns connection arguments into the keyset condition and sort of the page query. `slotPrefix` names
 * its placeholders apart from another plan's in the same statement (a nested page's, `n0_limit`…).
 */
export function planPage<Row>(args: ConnectionArgs, order: KeysetOrder<Row>, idColumn: PgColumn, slotPrefix = ""): PagePlan {
  const { forward, size, cursorArg } = pageRequest(args);
  const ascending = (order.direction === OrderDirection.ASC) === forward;
  const values: Record<string, unknown> = {};
  let keyset: SQL | undefined;
  if (cursorArg) {
    const cursor = decodeCursor(cursorArg === "after" ? args.after! : args.before!, cursorArg, order.key, order.sqlType);
    const cast = sql.raw(order.sqlType);
    values[`${slotPrefix}cursorValue`] = cursor.v;
    values[`${slotPrefix}cursorId`] = cursor.id;
    const bound = sql`(cast(${slot(`${slotPrefix}cursorValue`)} as ${cast}), cast(${slot(`${slotPrefix}cursorId`)} as uuid))`;
    keyset = ascending ? sql`(${order.column}, ${idColumn}) > ${bound}` : sql`(${order.column}, ${idColumn}) < ${bound}`;
  }
  const direction = sql.raw(ascending ? "asc" : "desc");
  return {
    forward,
    size,
    cursorArg,
    keyset,
    orderBy: sql`${order.column} ${direction}, ${idColumn} ${direction}`,
    direction,
    // A whole number within the page size's bounds (pageRequest), never text from the request.
    limit: sql.raw(String(size + 1)),
    key: `${order.column.name}:${order.sqlType}:${ascending ? "asc" : "desc"}:${cursorArg ? "keyset" : "start"}:${size + 1}`,
    values,
  };
}

/**
 * Builds the connection from up to size + 1 rows fetched in page order. Edges and cursors are made
 * only when the query selects them: a client asking for `nodes` pays for no cursor.
 */
export function buildPage<Row>(rows: Row[], plan: PagePlan, order: KeysetOrder<Row>, id: (row: Row) => string, totalCount: PromiseLike<number>): ConnectionResult<Row> {
  const hasMore = rows.length > plan.size;
  const page = hasMore ? rows.slice(0, plan.size) : rows;
  if (!plan.forward) page.reverse();
  return new Page(page, hasMore, plan, order, id, totalCount);
}

/** A connection (ConnectionResult) whose edges and page info are made on first read. */
class Page<Row> implements ConnectionResult<Row> {
  #edges: Edge<Row>[] | undefined;
  #pageInfo: PageInfo | undefined;

  constructor(
    readonly nodes: Row[],
    private readonly hasMore: boolean,
    private readonly plan: PagePlan,
    private readonly order: KeysetOrder<Row>,
    private readonly id: (row: Row) => string,
    readonly totalCount: PromiseLike<number>,
  ) {}

  get edges(): Edge<Row>[] {
    return (this.#edges ??= this.nodes.map((node) => ({ node, cursor: this.cursorOf(node) })));
  }

  get pageInfo(): PageInfo {
    if (this.#pageInfo) return this.#pageInfo;
    const { nodes, plan, hasMore } = this;
    const cursorOf = (node: Row | undefined) => (node === undefined ? null : this.cursorOf(node));
    return (this.#pageInfo = {
      hasNextPage: plan.forward ? hasMore : plan.cursorArg !== null,
      hasPreviousPage: plan.forward ? plan.cursorArg !== null : hasMore,
      get startCursor() {
        return cursorOf(nodes[0]);
      },
      get endCursor() {
        return cursorOf(nodes[nodes.length - 1]);
      },
    });
  }

  private cursorOf(node: Row): string {
    const v = this.order.value(node);
    return encodeCursor({ k: this.order.key, v: v instanceof Date ? v.toISOString() : v, id: this.id(node) });
  }
}

const whereClause = (condition: SQL | undefined) => (condition ? sql` where ${condition}` : sql``);

/** The list's `totalCount`, counted when awaited. */
export function lazyCount(options: Pick<PaginateOptions<unknown>, "tx" | "table" | "shapes" | "where" | "whereKey" | "whereValues">): PromiseLike<number> {
  const { tx, table, shapes, where } = options;
  const count = () => sql`select count(*)::int from ${table}${whereClause(where)}`;
  return lazy(async () => Number((await runArrays(tx, shapes.get(keyOver(options, "count"), count), options.whereValues))[0]![0]));
}

/** Keyset pagination over (order column, id): no OFFSET, stable under inserts. */
export async function paginate<Row>(options: PaginateOptions<Row>): Promise<ConnectionResult<Row>> {
  const { tx, table, shape, shapes, where } = options;
  const plan = planPage(options.args, options.order, options.idColumn);
  const page = () => sql`select ${selectList(shape)} from ${table}${whereClause(and(where, plan.keyset))} order by ${plan.orderBy} limit ${plan.limit}`;
  const values = options.whereValues ? { ...options.whereValues, ...plan.values } : plan.values;
  const rows = await selectRows(tx, shapes.get(keyOver(options, `page:${shape.key}:${plan.key}`), page), shape, values);
  return buildPage(rows, plan, options.order, options.id, lazyCount(options));
}
