import { MAX_PAGE_SIZE } from "@gatehouse/schema/pagination";
import { ArgsType, Field, InputType, Int, ObjectType, registerEnumType, type ClassType } from "type-graphql";

/** The GraphQL shapes every list of the API shares: Relay connections, page info, sort orders. */

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

