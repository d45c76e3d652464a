import { MAX_SEARCH_TEXT_LENGTH } from "@gatehouse/schema/lengths";
import { and, getTableColumns, type SQL, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { ArgsType, Field, ID, InputType, type ClassType } from "type-graphql";
import type { Executor } from "../db/client.js";
import { compiledShapes, rowShape } from "../db/statement.js";
import { connectionLoader } from "../graphql/connection/grouped.js";
import { type KeysetOrder, type KeysetSource, paginate } from "../graphql/connection/keyset.js";
import { Connection, ConnectionArgs, type ConnectionResult, OrderDirection, OrderInput } from "../graphql/connection/types.js";
import { badUserInput } from "../graphql/errors.js";
import { fromGlobalId } from "../graphql/node.js";

/**
 * The listing kit: one declaration per listing — its table, sortable columns and filters — gives the
 * GraphQL types (`<Name>Connection`, `<Name>Order`, `<Name>Filter`, and the field's arguments),
 * keyset pagination with `totalCount`, the filter as SQL (for bulk actions over a whole filter) and
 * a windowed loader for the same list nested under many parents. See docs/adding-a-module.md.
 */

/** A filter of a listing: its GraphQL input field and the SQL it stands for. */
export interface ListingFilter<V> {
  /** The GraphQL type of the input field, as type-graphql takes it. */
  type: () => unknown;
  description: string;
  /** Why a value cannot be used (said of the filter field, e.g. "Use at most 200 characters."), or null. */
  problem?: (value: V) => string | null;
  /** The condition for a given value; undefined when the value narrows nothing (an empty search). */
  where: (value: V) => SQL | undefined;
}

/** Filter kinds: every listing's filters are built from these, so they behave alike. */
export const filter = {
  /** Free text, up to MAX_SEARCH_TEXT_LENGTH characters; trimmed, an empty text narrows nothing. */
  text(description: string, where: (text: string) => SQL | undefined): ListingFilter<string> {
    return {
      type: () => String,
      description: `${description} At most ${MAX_SEARCH_TEXT_LENGTH} characters.`,
      problem: (v) => (v.length > MAX_SEARCH_TEXT_LENGTH ? `Use at most ${MAX_SEARCH_TEXT_LENGTH} characters.` : null),
      where: (v) => (v.trim() ? where(v.trim()) : undefined),
    };
  },
  /** Any of a list of enum values; an empty list narrows nothing. */
  anyOf<V extends string>(values: { graphql: object }, description: string, where: (values: V[]) => SQL | undefined): ListingFilter<V[]> {
    return { type: () => [values.graphql], description, where: (v) => (v.length ? where([...new Set(v)]) : undefined) };
  },
  /** Yes or no. */
  flag(description: string, where: (value: boolean) => SQL | undefined): ListingFilter<boolean> {
    return { type: () => Boolean, description, where };
  },
  /**
   * An object by its global ID. An ID of none of `types` (any type when omitted), or one that is no
   * global ID at all, names nothing here: the list is empty, as for an object that does not exist.
   */
  node(description: string, where: (rowId: string, typeName: string) => SQL | undefined, types?: readonly string[]): ListingFilter<string> {
    return {
      type: () => ID,
      description,
      where: (v) => {
        const decoded = fromGlobalId(v);
        return decoded && (!types || types.includes(decoded.typeName)) ? where(decoded.id, decoded.typeName) : sql`false`;
      },
    };
  },
  /** A point in time, for one end of a range (`from`, `to`). */
  time(description: string, where: (time: Date) => SQL | undefined): ListingFilter<Date> {
    return { type: () => Date, description, where };
  },
};

type Filters = Record<string, ListingFilter<never>>;
export type FilterValues<F> = { [K in keyof F]?: (F[K] extends ListingFilter<infer V> ? V : never) | null };

export interface ListingDeclaration<Row, O extends string, F> {
  /** Type name prefix: `AccessToken` → `AccessTokenConnection`, `AccessTokenOrder`, `AccessTokenFilter`. */
  name: string;
  /** Plural in words, for descriptions: "access tokens". */
  things: string;
  node: ClassType<object>;
  table: PgTable;
  /** The primary key; breaks ties in every order. */
  id: PgColumn;
  /** Sortable non-null columns, with a description for the API. */
  orders: Record<O, { column: PgColumn; description: string }>;
  defaultOrder: { field: NoInfer<O>; direction: "ASC" | "DESC" };
  filters?: F;
  /** Row type marker: `row: {} as AccessTokenRow`. */
  row: Row;
}

export interface ListingArgs<O extends string, F> extends ConnectionArgs {
  filter?: FilterValues<F> | null;
  orderBy?: { field: O; direction: OrderDirection } | null;
}

const sqlTypeOf = (column: PgColumn): KeysetOrder<unknown>["sqlType"] => {
  const type = column.getSQLType();
  if (type.startsWith("timestamp")) return "timestamptz";
  if (type === "uuid" || type === "integer" || type === "numeric") return type;
  if (type === "text" || type.startsWith("varchar")) return "text";
  throw new Error(`Column ${column.name} (${type}) cannot be a listing's sort key.`);
};

export function defineListing<Row extends { id: string }, O extends string, F extends Filters = Record<never, never>>(
  declaration: ListingDeclaration<Row, O, F>,
) {
  const { name, things, table, id } = declaration;
  const filters = (declaration.filters ?? {}) as F;
  // The page, count and nested queries of this listing, compiled once per shape (db/statement.ts).
  const source: KeysetSource<Row> = { table, shape: rowShape<Row>(getTableColumns(table)), idColumn: id, id: (row) => row.id, shapes: compiledShapes() };
  const columnKeys = new Map<PgColumn, string>(Object.entries(getTableColumns(table)).map(([key, column]) => [column, key]));
  const orders = Object.fromEntries(
    Object.entries(declaration.orders as Record<string, { column: PgColumn; description: string }>).map(([key, { column }]) => {
      const rowKey = columnKeys.get(column);
      if (!rowKey) throw new Error(`Listing ${name}: the sort column of ${key} is not a column of its table.`);
      if (!column.notNull) throw new Error(`Listing ${name}: the sort column of ${key} must be NOT NULL.`);
      return [key, { column, sqlType: sqlTypeOf(column), rowKey }];
    }),
  );

  const Order = OrderInput<O>(
    name,
    things,
    Object.fromEntries(Object.entries(declaration.orders as Record<string, { description: string }>).map(([k, v]) => [k, v.description])) as Record<O, string>,
  );

  let Filter: ClassType<object> | null = null;
  if (Object.keys(filters).length) {
    @InputType(`${name}Filter`, { description: `Narrows a list of ${things}; all given conditions must hold.` })
    class ListingFilterInput {}
    for (const [key, f] of Object.entries(filters)) {
      Field(f.type as () => never, { nullable: true, description: f.description })(ListingFilterInput.prototype, key);
    }
    Filter = ListingFilterInput;
  }

  const defaultField = (declaration.orders as Record<string, { description: string }>)[declaration.defaultOrder.field]!.description.replace(/\.$/, "");
  const defaultText = `${defaultField.toLowerCase()}, ${declaration.defaultOrder.direction === "ASC" ? "ascending" : "descending"}`;
  @ArgsType()
  class Args extends ConnectionArgs {}
  if (Filter) Field(() => Filter!, { nullable: true, description: "Narrow the list." })(Args.prototype, "filter");
  Field(() => Order, { nullable: true, description: `Sort order; by default ${defaultText}.` })(Args.prototype, "orderBy");

  const keysetOrder = (orderBy: ListingArgs<O, F>["orderBy"]): KeysetOrder<Row> => {
    const field = orderBy?.field ?? declaration.defaultOrder.field;
    const direction = orderBy?.direction ?? (declaration.defaultOrder.direction as OrderDirection);
    const o = orders[field]!;
    return { key: field, column: o.column, sqlType: o.sqlType, value: (row) => (row as Record<string, string | number | Date>)[o.rowKey]!, direction };
  };

  /** The filter as one SQL condition (undefined when it narrows nothing); BAD_USER_INPUT for a value no filter takes. */
  const where = (values: FilterValues<F> | null | undefined): SQL | undefined => {
    if (!values) return undefined;
    const conditions = Object.entries(values)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([key, v]) => {
        const f = filters[key] as ListingFilter<unknown> | undefined;
        const problem = f?.problem?.(v);
        if (problem) throw badUserInput(`\`filter.${key}\`: ${problem}`, `filter.${key}`);
        return f?.where(v);
      });
    return and(...conditions);
  };

  return {
    name,
    /** `<Name>Connection`, for `@Query(() => X.Connection)` and field resolvers. */
    Connection: Connection(declaration.node, name, `A page of ${things}.`),
    Order,
    /** `<Name>Filter`, when the listing has filters. */
    Filter: Filter as ClassType<FilterValues<F>> | null,
    /** The field's arguments (pagination, `filter`, `orderBy`): `@Args(() => X.Args) args: ListingArgs<…>`. */
    Args: Args as ClassType<ListingArgs<O, F>>,
    where,
    /** One page of the listing within `base` (the caller's own rows, say), with the caller's filter. */
    list(tx: Executor, args: ListingArgs<O, F>, base?: SQL): Promise<ConnectionResult<Row>> {
      const condition = and(base, where(args.filter));
      return paginate<Row>({ ...source, tx, args, order: keysetOrder(args.orderBy), where: condition });
    },
    /**
     * The listing nested under many parents (`users` of each tenant of a page of tenants), one query
     * per distinct page request. Create it per request, in the module's loaders.
     */
    nested(tx: Executor, groupColumn: PgColumn, options: { base?: SQL } = {}) {
      const groupKey = columnKeys.get(groupColumn);
      if (!groupKey) throw new Error(`Listing ${name}: the group column is not a column of its table.`);
      const load = connectionLoader<Row>({
        ...source,
        tx,
        groupColumn,
        groupOf: (row) => String((row as Record<string, unknown>)[groupKey]),
      });
      return (group: string, args: ListingArgs<O, F>) =>
        load(group, args, `${args.orderBy?.field}\u0000${args.orderBy?.direction}\u0000${args.filter ? JSON.stringify(args.filter) : ""}`, () => ({
          order: keysetOrder(args.orderBy),
          where: and(options.base, where(args.filter)),
        }));
    },
  };
}

export type ListingArgsOf<L> = L extends { Args: ClassType<infer A> } ? A : never;
