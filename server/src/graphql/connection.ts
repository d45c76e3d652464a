import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, pageSizeProblem } from "@gatehouse/schema/pagination";
import DataLoader from "dataloader";
import { and, count, getTableColumns, inArray, lte, type SQL, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Executor } from "../db/client.js";
import { ArgsType, Field, InputType, Int, ObjectType, registerEnumType, type ClassType } from "type-graphql";
import { badUserInput } from "./errors.js";

export enum OrderDirection {
  ASC = "ASC",
  DESC = "DESC",
}
registerEnumType(OrderDirection, {
  name: "OrderDirection",
  description: "Sort direction.",
  valuesConfig: { ASC: { description: "Ascending." }, DESC: { description: "Descending." } },
});

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Return the first n items (1–${MAX_PAGE_SIZE}).` })
  first?: number | null;
  @Field(() => String, { nullable: true, description: "Return items after this cursor." })
  after?: string | null;
  @Field(() => Int, { nullable: true, description: `Return the last n items (1–${MAX_PAGE_SIZE}).` })
  last?: number | null;
  @Field(() => String, { nullable: true, description: "Return items before this cursor." })
  before?: string | null;
}

@ObjectType("PageInfo", { description: "Where a page sits in the whole list (Relay cursor connections)." })
export class PageInfo {
  @Field(() => Boolean, { description: "True when more items follow this page." })
  hasNextPage: boolean;
  @Field(() => Boolean, { description: "True when items precede this page." })
  hasPreviousPage: boolean;
  @Field(() => String, { nullable: true, description: "Cursor of the first item of the page." })
  startCursor: string | null;
  @Field(() => String, { nullable: true, description: "Cursor of the last item of the page." })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/** What a paginated query returns; `totalCount` is counted only when asked for. */
export interface ConnectionResult<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: PromiseLike<number>;
}

/** A promise-like that runs `fn` only when awaited: GraphQL awaits `totalCount` only when it is selected. */
function lazy<T>(fn: () => Promise<T>): PromiseLike<T> {
  let started: Promise<T> | undefined;
  return {
    then: (onFulfilled, onRejected) => (started ??= fn()).then(onFulfilled, onRejected),
  };
}

/**
 * Builds the `<Name>Connection` and `<Name>Edge` types for a node type. One generic shape for every
 * list of the API: `edges { cursor node }`, `nodes`, `pageInfo`, `totalCount`.
 */
export function Connection<T extends object>(nodeType: ClassType<T>, name: string, description: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor.` })
  class EdgeType {
    @Field(() => String, { description: "Opaque cursor of this item; pass it as `after` or `before`." })
    cursor: string;
    @Field(() => nodeType, { description: `The ${name}.` })
    node: T;
  }

  @ObjectType(`${name}Connection`, { description })
  class ConnectionType {
    @Field(() => [EdgeType], { description: "The items of this page with their cursors." })
    edges: EdgeType[];
    @Field(() => [nodeType], { description: "The items of this page, without cursors." })
    nodes: T[];
    @Field(() => PageInfo, { description: "Pagination state of this page." })
    pageInfo: PageInfo;
    @Field(() => Int, { description: "Number of items matching the filter, over all pages." })
    totalCount: number;
  }
  return ConnectionType;
}

/**
 * Declares `<Name>OrderField` (the sort keys, described) and the `<Name>Order` input
 * `{ field, direction }` for a listing. Returns the input class.
 */
export function OrderInput<K extends string>(name: string, things: string, fields: Record<K, string>) {
  const fieldEnum = Object.fromEntries(Object.keys(fields).map((k) => [k, k])) as Record<K, K>;
  registerEnumType(fieldEnum, {
    name: `${name}OrderField`,
    description: `What ${things} can be sorted by.`,
    valuesConfig: Object.fromEntries(Object.entries(fields).map(([k, description]) => [k, { description }])) as Partial<
      Record<K, { description: string }>
    >,
  });

  @InputType(`${name}Order`, { description: `Sort order of ${things}.` })
  class Order {
    @Field(() => fieldEnum, { description: "Sort key." })
    field: K;
    @Field(() => OrderDirection, { description: "Direction." })
    direction: OrderDirection;
  }
  return Order;
}

/** A sort order over a non-null column; the row's primary key breaks ties. */
export interface KeysetOrder<Row> {
  /** Name of the order (the enum value); a cursor is valid only for the order that produced it. */
  key: string;
  column: PgColumn;
  /** SQL type of the column, used to cast the cursor value back. */
  sqlType: "timestamptz" | "text" | "uuid" | "integer" | "numeric";
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

interface Cursor {
  k: string;
  v: string | number;
  id: string;
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function decodeCursor(value: string, argName: string, orderKey: string, sqlType: KeysetOrder<unknown>["sqlType"]): Cursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
  } catch {
    throw badUserInput(`\`${argName}\` is not a valid cursor.`, argName);
  }
  const c = parsed as Partial<Cursor> | null;
  const invalid = () => badUserInput(`\`${argName}\` is not a valid cursor.`, argName);
  if (!c || typeof c !== "object" || typeof c.id !== "string" || !UUID.test(c.id) || typeof c.k !== "string") throw invalid();
  // The value is cast to the column type in SQL: check it fits first, so a forged cursor is the
  // caller's error rather than a failed statement.
  const fits =
    sqlType === "timestamptz"
      ? typeof c.v === "string" && ISO_INSTANT.test(c.v)
      : sqlType === "uuid"
        ? typeof c.v === "string" && UUID.test(c.v)
        : sqlType === "integer" || sqlType === "numeric"
          ? typeof c.v === "number" && Number.isFinite(c.v)
          : typeof c.v === "string" && !c.v.includes("\u0000");
  if (!fits) throw invalid();
  if (c.k !== orderKey) {
    throw badUserInput(`\`${argName}\` was issued for another sort order; start again without it.`, argName);
  }
  return c as Cursor;
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

interface PagePlan {
  forward: boolean;
  size: number;
  cursorArg: "after" | "before" | null;
  keyset: SQL | undefined;
  orderBy: SQL[];
  direction: SQL;
}

/** Turns connection arguments into the keyset condition and sort of the page query. */
function planPage<Row>(args: ConnectionArgs, order: KeysetOrder<Row>, idColumn: PgColumn): PagePlan {
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
function buildPage<Row>(rows: Row[], plan: PagePlan, order: KeysetOrder<Row>, id: (row: Row) => string, totalCount: PromiseLike<number>): ConnectionResult<Row> {
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

export interface GroupedPaginateOptions<Row> {
  tx: Executor;
  table: PgTable;
  /** The parent key column (e.g. users.tenant_id): one connection per parent. */
  groupColumn: PgColumn;
  groupOf: (row: Row) => string;
  order: KeysetOrder<Row>;
  idColumn: PgColumn;
  id: (row: Row) => string;
  /** A filter besides the parent key. */
  where?: SQL;
}

/**
 * The same connection for many parents (`users` of each tenant in a list of tenants) in one
 * query: rows are ranked within their parent with row_number() and cut at the page size. Used
 * through `connectionLoader`, so a listing's nested connections cost one query, not one per row.
 */
export function connectionLoader<Row>(options: GroupedPaginateOptions<Row>) {
  const { tx, table, groupColumn, idColumn } = options;
  const loaders = new Map<string, { pages: DataLoader<string, ConnectionResult<Row>>; counts: DataLoader<string, number> }>();

  const loadersFor = (args: ConnectionArgs, order: KeysetOrder<Row>) => {
    const key = JSON.stringify([args.first, args.after, args.last, args.before, order.key, order.direction]);
    let entry = loaders.get(key);
    if (entry) return entry;
    const counts = new DataLoader<string, number>(async (groups) => {
      const rows = await tx
        .select({ group: groupColumn, n: count() })
        .from(table)
        .where(and(inArray(groupColumn, [...groups]), options.where))
        .groupBy(groupColumn);
      const byGroup = new Map(rows.map((r) => [String(r.group), r.n]));
      return groups.map((g) => byGroup.get(g) ?? 0);
    });
    const pages = new DataLoader<string, ConnectionResult<Row>>(async (groups) => {
      const plan = planPage(args, order, idColumn);
      const rank = sql<number>`row_number() over (partition by ${groupColumn} order by ${order.column} ${plan.direction}, ${idColumn} ${plan.direction})`;
      const ranked = tx
        .select({ ...getTableColumns(table), rank_in_group: rank.as("rank_in_group") })
        .from(table)
        .where(and(inArray(groupColumn, [...groups]), options.where, plan.keyset))
        .as("ranked");
      const rows = (await tx
        .select()
        .from(ranked)
        .where(lte(ranked.rank_in_group, plan.size + 1))
        .orderBy(ranked.rank_in_group)) as (Row & { rank_in_group?: number })[];
      const byGroup = new Map<string, Row[]>(groups.map((g) => [g, []]));
      for (const row of rows) {
        delete row.rank_in_group;
        byGroup.get(options.groupOf(row))?.push(row);
      }
      return groups.map((g) => buildPage(byGroup.get(g)!, plan, order, options.id, lazy(() => counts.load(g))));
    });
    entry = { pages, counts };
    loaders.set(key, entry);
    return entry;
  };

  return (group: string, args: ConnectionArgs, order: KeysetOrder<Row>): Promise<ConnectionResult<Row>> => {
    pageRequest(args); // bad arguments fail this field alone, before any batch runs
    return loadersFor(args, order).pages.load(group);
  };
}
