import { DEFAULT_PAGE_SIZE, pageSizeProblem } from "@gatehouse/schema/pagination";
import { and, type SQL, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { badUserInput } from "../errors.js";
import { type CursorSqlType, decodeCursor, encodeCursor } from "./cursor.js";
import { type ConnectionArgs, type ConnectionResult, OrderDirection } from "./types.js";

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

export interface PaginateOptions<Row> {
  args: ConnectionArgs;
  order: KeysetOrder<Row>;
  idColumn: PgColumn;
  id: (row: Row) => string;
  /** The filter; applied to the page and to the count. */
  where: SQL | undefined;
  /** Runs the page query: the helper supplies where, order and limit. */
  fetch: (where: SQL | undefined, orderBy: SQL[], limit: number) => Promise<Row[]>;
  count: (where: SQL | undefined) => Promise<number>;
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
  keyset: SQL | undefined;
  orderBy: SQL[];
  direction: SQL;
}

/** Turns connection arguments into the keyset condition and sort of the page query. */
export function planPage<Row>(args: ConnectionArgs, order: KeysetOrder<Row>, idColumn: PgColumn): PagePlan {
  const { forward, size, cursorArg } = pageRequest(args);
  const ascending = (order.direction === OrderDirection.ASC) === forward;
  const cast = sql.raw(order.sqlType);
  let keyset: SQL | undefined;
  if (cursorArg) {
    const cursor = decodeCursor(cursorArg === "after" ? args.after! : args.before!, cursorArg, order.key, order.sqlType);
    keyset = ascending
      ? sql`(${order.column}, ${idColumn}) > (cast(${cursor.v} as ${cast}), cast(${cursor.id} as uuid))`
      : sql`(${order.column}, ${idColumn}) < (cast(${cursor.v} as ${cast}), cast(${cursor.id} as uuid))`;
  }
  const direction = sql.raw(ascending ? "asc" : "desc");
  return { forward, size, cursorArg, keyset, orderBy: [sql`${order.column} ${direction}`, sql`${idColumn} ${direction}`], direction };
}

/** Builds the connection from up to size + 1 rows fetched in page order. */
export function buildPage<Row>(rows: Row[], plan: PagePlan, order: KeysetOrder<Row>, id: (row: Row) => string, totalCount: PromiseLike<number>): ConnectionResult<Row> {
  const hasMore = rows.length > plan.size;
  const page = rows.slice(0, plan.size);
  if (!plan.forward) page.reverse();
  const edges = page.map((node) => {
    const v = order.value(node);
    return { node, cursor: encodeCursor({ k: order.key, v: v instanceof Date ? v.toISOString() : v, id: id(node) }) };
  });
  return {
    edges,
    nodes: page,
    pageInfo: {
      hasNextPage: plan.forward ? hasMore : plan.cursorArg !== null,
      hasPreviousPage: plan.forward ? plan.cursorArg !== null : hasMore,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}

/** Keyset pagination over (order column, id): no OFFSET, stable under inserts. */
export async function paginate<Row>(options: PaginateOptions<Row>): Promise<ConnectionResult<Row>> {
  const plan = planPage(options.args, options.order, options.idColumn);
  const rows = await options.fetch(and(options.where, plan.keyset), plan.orderBy, plan.size + 1);
  return buildPage(rows, plan, options.order, options.id, lazy(() => options.count(options.where)));
}

