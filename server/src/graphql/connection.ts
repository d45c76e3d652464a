import { and, type SQL, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { ArgsType, Field, Int, ObjectType, registerEnumType, type ClassType } from "type-graphql";
import { badUserInput } from "./errors.js";

export const MAX_PAGE_SIZE = 250;
export const DEFAULT_PAGE_SIZE = 50;

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

function decodeCursor(value: string, argName: string, orderKey: string): Cursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
  } catch {
    throw badUserInput(`\`${argName}\` is not a valid cursor.`, argName);
  }
  const c = parsed as Partial<Cursor> | null;
  if (!c || typeof c !== "object" || typeof c.id !== "string" || typeof c.k !== "string" || c.v === undefined) {
    throw badUserInput(`\`${argName}\` is not a valid cursor.`, argName);
  }
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
    if (value != null && (value < 1 || value > MAX_PAGE_SIZE)) {
      throw badUserInput(`\`${name}\` must be between 1 and ${MAX_PAGE_SIZE}, got ${value}.`, name);
    }
  }
  if (after != null && before != null) throw badUserInput("Pass either `after` or `before`, not both.", "after");
  const forward = last == null && before == null;
  if (forward) return { forward, size: first ?? DEFAULT_PAGE_SIZE, cursorArg: after != null ? "after" : null };
  return { forward, size: last ?? first ?? DEFAULT_PAGE_SIZE, cursorArg: before != null ? "before" : null };
}

/** Keyset pagination over (order column, id): no OFFSET, stable under inserts. */
export async function paginate<Row>(options: PaginateOptions<Row>): Promise<ConnectionResult<Row>> {
  const { args, order, idColumn } = options;
  const { forward, size, cursorArg } = pageRequest(args);
  const ascending = (order.direction === OrderDirection.ASC) === forward;
  const cast = sql.raw(order.sqlType);

  let keyset: SQL | undefined;
  if (cursorArg) {
    const cursor = decodeCursor(cursorArg === "after" ? args.after! : args.before!, cursorArg, order.key);
    keyset = ascending
      ? sql`(${order.column}, ${idColumn}) > (cast(${cursor.v} as ${cast}), cast(${cursor.id} as uuid))`
      : sql`(${order.column}, ${idColumn}) < (cast(${cursor.v} as ${cast}), cast(${cursor.id} as uuid))`;
  }
  const dir = sql.raw(ascending ? "asc" : "desc");
  const rows = await options.fetch(and(options.where, keyset), [sql`${order.column} ${dir}`, sql`${idColumn} ${dir}`], size + 1);
  const hasMore = rows.length > size;
  const page = rows.slice(0, size);
  if (!forward) page.reverse();

  const edges = page.map((node) => {
    const v = order.value(node);
    return { node, cursor: encodeCursor({ k: order.key, v: v instanceof Date ? v.toISOString() : v, id: options.id(node) }) };
  });
  return {
    edges,
    nodes: page,
    pageInfo: {
      hasNextPage: forward ? hasMore : cursorArg !== null,
      hasPreviousPage: forward ? cursorArg !== null : hasMore,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: lazy(() => options.count(options.where)),
  };
}
