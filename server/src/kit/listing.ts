import { MAX_SEARCH_TEXT_LENGTH } from "@gatehouse/schema/lengths";
import { and, eq, getTableColumns, getTableName, SQL, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { getNamedType, type GraphQLResolveInfo, isObjectType } from "graphql";
import { ArgsType, Field, ID, InputType, type ClassType } from "type-graphql";
import type { Executor } from "../db/client.js";
import { compiledShapes, type RowShape, rowShape, slot } from "../db/statement.js";
import { connectionLoader, pageKey } from "../graphql/connection/grouped.js";
import { type KeysetOrder, type KeysetSource, pageRequest, paginate, planPage } from "../graphql/connection/keyset.js";
import {
  decodeJsonRows,
  nestedPagePart,
  nestedSlotPrefix,
  paginateWithParts,
  type Prefetchable,
  prefetchable,
  type PrefetchInternals,
  type ReceivedPart,
  shapeTravelsAsJson,
} from "../graphql/connection/prefetch.js";
import {
  carrySelectionFor,
  type ListSelection,
  nodeFieldArguments,
  type NodeSelection,
  readsCursors,
  selectedNodeFields,
  selectionOf,
} from "../graphql/connection/selection.js";
import type { Loaders } from "../graphql/context.js";
import { Connection, ConnectionArgs, type ConnectionResult, OrderDirection, OrderInput } from "../graphql/connection/types.js";
import { badUserInput } from "../graphql/errors.js";
import { fromGlobalId } from "../graphql/node.js";
import { fieldReads } from "./reads.js";

/**
 * The listing kit: one declaration per listing — its table, sortable columns and filters — gives the
 * GraphQL types (`<Name>Connection`, `<Name>Order`, `<Name>Filter`, and the field's arguments),
 * keyset pagination with `totalCount`, the filter as SQL (for bulk actions over a whole filter) and
 * a windowed loader for the same list nested under many parents — which a parent listing may fetch in
 * its own page's statement (`prefetch`). See docs/adding-a-module.md.
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
  /**
   * Fields of this listing's nodes that its page fetches in its own statement when the query selects
   * them: nested listings (`tenants { nodes { users(first: 5) } }`), to-one rows (`adminUser`) and counts
   * (`applicationCount`). The node type's field → the per-request loader its resolver calls
   * (`listing.nested(…)`, or graphql/loader.ts's `firstRowOfGroup` and `countOfGroup`, made by a module's
   * loaders). Another module adds its own fields of these nodes with `addPrefetch`. See `list`.
   */
  prefetch?: Record<string, PrefetchDeclaration>;
}

/** A field a parent listing fetches ahead (`ListingDeclaration.prefetch`). */
export interface PrefetchDeclaration {
  /** The field resolver's loader in this request's loaders: `(loaders) => loaders.team.usersOfTenant`. */
  loader: (loaders: Loaders) => Prefetchable;
  /** The parent's column whose value the field's resolver passes to the loader as the key; the listing's id by default. */
  parentKey?: PgColumn;
}

export type { ListSelection, Prefetchable };

/**
 * A base condition of a listing's `list` that holds placeholders (`slot`) instead of values, so that the
 * page and count statements over it are compiled once, not on every request: `key` tells its text from
 * any other base's, `values` fill its placeholders. See `ofTenant`.
 */
export interface ListingScope {
  key: string;
  where: SQL;
  values: Record<string, unknown>;
}

/**
 * The rows of one tenant (`tenantColumn` = the tenant), and of `also` — a condition whose values are the
 * same on every call, named by its key (`{ key: "account-plans", where: eq(plans.kind, "ACCOUNT") }`):
 * `accountListing.list(tx, args, ofTenant(accounts.tenantId, actor.tenantId))`.
 */
export function ofTenant(tenantColumn: PgColumn, tenantId: string, also?: { key: string; where: SQL | undefined }): ListingScope {
  const column = `${getTableName(tenantColumn.table)}.${tenantColumn.name}`;
  return {
    key: also ? `tenant:${column}:${also.key}` : `tenant:${column}`,
    where: and(eq(tenantColumn, slot("scope_tenant")), also?.where)!,
    values: { scope_tenant: tenantId },
  };
}

/** A filter's values as one text, whatever object holds them (type-graphql's input instance or graphql-js's plain object). */
const filterKey = (values: object | null | undefined): string =>
  values
    ? JSON.stringify(
        Object.entries(values)
          .filter(([, v]) => v !== null && v !== undefined)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      )
    : "[]";

/** The request key of the default order without a filter: asked for once per parent of a page, so not made each time. */
const DEFAULT_REQUEST_KEY = JSON.stringify([null, null, filterKey(null)]);

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
  const prefetch: { field: string; loader: PrefetchDeclaration["loader"]; parentColumn: PgColumn; parentRowKey: string }[] = [];
  // Replaced, not changed, when fields are added: answers of connection/selection.ts are cached by it.
  let prefetchFields: ReadonlySet<string> = new Set<string>();
  const addPrefetch = (declarations: Record<string, PrefetchDeclaration>) => {
    for (const [field, p] of Object.entries(declarations)) {
      if (prefetchFields.has(field)) throw new Error(`Listing ${name}: the field ${field} is fetched ahead twice.`);
      const parentColumn = p.parentKey ?? id;
      const parentRowKey = Object.entries(getTableColumns(table)).find(([, column]) => column === parentColumn)?.[0];
      if (!parentRowKey) throw new Error(`Listing ${name}: the parent key of the prefetched field ${field} is not a column of its table.`);
      prefetch.push({ field, loader: p.loader, parentColumn, parentRowKey });
      prefetchFields = new Set([...prefetchFields, field]);
    }
    // The fields of this listing's connection type hand their resolvers their selection (connection/selection.ts).
    if (prefetch.length) carrySelectionFor(`${name}Connection`);
  };
  addPrefetch(declaration.prefetch ?? {});
  // Every field of this listing's connection type hands its resolver its selection, from which the
  // listing works out the columns to fetch (`projection`) — nested under a parent too.
  carrySelectionFor(`${name}Connection`);
  // The page, count and nested queries of this listing, compiled once per shape (db/statement.ts).
  const source: KeysetSource<Row> = { table, shape: rowShape<Row>(getTableColumns(table)), idColumn: id, id: (row) => row.id, shapes: compiledShapes() };
  const columnKeys = new Map<PgColumn, string>(Object.entries(getTableColumns(table)).map(([key, column]) => [column, key]));
  const columnsByKey = new Map<string, PgColumn>(Object.entries(getTableColumns(table)));

  /**
   * The columns a page fetches for the fields `names` of its nodes (`selectedNodeFields`): the id, the
   * page's sort column when its cursors are read (`cursorColumn`), the parent keys of the fields fetched
   * ahead, `extra` (a nested page's group column) and what each field reads (kit/reads.ts). Every column
   * — the listing's full shape — when a field does not say what it reads, or the names are not known.
   * Kept per set of names.
   */
  const projections = new WeakMap<ReadonlySet<string>, Map<string, RowShape<Row>>>();
  const projection = (names: ReadonlySet<string> | null, cursorColumn: PgColumn | null, extra: PgColumn | null = null): RowShape<Row> => {
    if (!names) return source.shape;
    let byColumns = projections.get(names);
    const key = `${cursorColumn?.name ?? ""}|${extra?.name ?? ""}`;
    const cached = byColumns?.get(key);
    if (cached) return cached;
    const shape = projectionOf(names, cursorColumn, extra);
    if (!byColumns) projections.set(names, (byColumns = new Map()));
    byColumns.set(key, shape);
    return shape;
  };
  const projectionOf = (names: ReadonlySet<string>, cursorColumn: PgColumn | null, extra: PgColumn | null): RowShape<Row> => {
    const reads = fieldReads(declaration.node);
    // The parent key of a field fetched ahead only when the field is asked for: its part is matched on it.
    const needed = new Set<PgColumn>([id, ...prefetch.filter((p) => names.has(p.field)).map((p) => p.parentColumn)]);
    if (cursorColumn) needed.add(cursorColumn);
    if (extra) needed.add(extra);
    for (const field of names) {
      if (field === "__typename" || field === "id") continue;
      const read = reads.get(field);
      if (!read) return source.shape;
      for (const key of read.keys) {
        const column = columnsByKey.get(key);
        if (column) needed.add(column);
        else if (!read.plain) throw new Error(`Listing ${name}: the field ${field} reads ${key}, which is not a column of its table.`);
      }
    }
    if (needed.size === source.shape.columns.length) return source.shape;
    return rowShape<Row>(Object.fromEntries([...columnsByKey].filter(([, column]) => needed.has(column))));
  };
  /**
   * The columns for a field's selection when the field is one of this listing's connection type (a
   * resolver may list something else with its arguments), for a page in `order`: its sort column only
   * when the page's cursors are read — a page with parts is still ordered by it in SQL (prefetch.ts).
   */
  const projectionFor = (info: NodeSelection | undefined, order: KeysetOrder<Row>, extra: PgColumn | null = null): RowShape<Row> =>
    info && getNamedType(info.returnType).name === `${name}Connection`
      ? projection(selectedNodeFields(info), readsCursors(info) ? order.column : null, extra)
      : source.shape;
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

  // Whether this listing's rows can travel as JSON in a parent's statement (connection/prefetch.ts).
  const jsonShape = shapeTravelsAsJson(source.shape);

  /** The fields `selection` asks for under the nodes that this listing fetches ahead (prefetch), each handing its values to its loader. */
  const prefetchedParts = ({ info, loaders }: ListSelection): ReceivedPart[] => {
    // The selection of a field of this listing's connection type only (a resolver may list something else with its arguments).
    if (getNamedType(info.returnType).name !== `${name}Connection`) return [];
    const requested = nodeFieldArguments(info, prefetchFields);
    if (!requested) return [];
    const parts: ReceivedPart[] = [];
    for (const { field, loader, parentColumn, parentRowKey } of prefetch) {
      const asked = requested.get(field);
      if (!asked) continue;
      try {
        const internals: PrefetchInternals | undefined = loader(loaders)?.[prefetchable];
        // Asked twice with different arguments (aliases): its loader answers both.
        if (!internals || new Set(asked.map((use) => internals.key(use.args))).size !== 1) continue;
        const part = internals.part(asked[0]!.args, parts.length, parentColumn, nestedSelection(info, field, asked.map((use) => use.field)));
        if (!part) continue;
        const { prime, ...sqlPart } = part;
        parts.push({
          ...sqlPart,
          receive: (parent, value) => {
            const group = parent[parentRowKey];
            if (group !== null && group !== undefined) prime(String(group), value);
          },
        });
      } catch {
        // Arguments the field refuses (a bad cursor, a filter value): its resolver reports them.
      }
    }
    return parts;
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
    /**
     * One page of the listing within `base` (the caller's own rows, say), with the caller's filter. Given
     * the field's `selection` (its resolve info and the request's loaders) — which the arguments of a
     * field of this listing's connection type carry (connection/selection.ts `carrySelections`), so
     * resolvers and services just pass the arguments on — the fields declared in `prefetch` that the
     * query selects under the nodes come in the same statement and are handed to their loaders, so they
     * resolve without a query of their own. A selection it does not handle (a directive, a nested field
     * asked twice with different arguments, a backward nested page…) leaves those fields to their
     * loaders, as without a selection.
     */
    list(tx: Executor, args: ListingArgs<O, F>, base?: SQL | ListingScope, selection: ListSelection | undefined = selectionOf(args)): Promise<ConnectionResult<Row>> {
      const scope = base instanceof SQL ? null : (base ?? null);
      const filtered = where(args.filter);
      const conditions = {
        where: and(scope ? scope.where : (base as SQL | undefined), filtered),
        // A scope without a filter: statements compiled once (a filter holds values).
        ...(scope ? { whereValues: scope.values, ...(filtered ? {} : { whereKey: scope.key }) } : {}),
      };
      const order = keysetOrder(args.orderBy);
      const parts = selection && prefetch.length ? prefetchedParts(selection) : [];
      const shape = projectionFor(selection?.info, order);
      if (parts.length) return paginateWithParts<Row>({ ...source, shape, tx, args, order, ...conditions, parts });
      return paginate<Row>({ ...source, shape, tx, args, order, ...conditions });
    },
    /**
     * Fields another module adds to this listing's nodes that the page fetches ahead, as `prefetch`
     * declares them (the applications module's `Account.applications`). Call it when the module loads,
     * before the schema is built.
     */
    addPrefetch,
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
      // What tells one request's order and filter from another's: equal for type-graphql's argument
      // objects and for graphql-js's (a parent listing fetching this page ahead reads those).
      const requestKey = (args: ListingArgs<O, F>) =>
        args.orderBy == null && args.filter == null
          ? DEFAULT_REQUEST_KEY
          : JSON.stringify([args.orderBy?.field ?? null, args.orderBy?.direction ?? null, filterKey(args.filter)]);
      const describe = (args: ListingArgs<O, F>) => () => ({ order: keysetOrder(args.orderBy), where: and(options.base, where(args.filter)) });
      const internals: PrefetchInternals = {
        key: (raw) => {
          const args = raw as ListingArgs<O, F>;
          return pageKey(args, requestKey(args));
        },
        part: (raw, index, parentColumn, selection) => {
          const args = raw as ListingArgs<O, F>;
          if (!pageRequest(args).forward || !jsonShape) return null;
          const order = keysetOrder(args.orderBy);
          const condition = and(options.base, where(args.filter));
          const plan = planPage(args, order, id, nestedSlotPrefix(index));
          const shape = projectionFor(selection, order, groupColumn);
          const part = nestedPagePart(
            {
              key: condition ? null : `${name}:${groupColumn.name}=${parentColumn.name}:${plan.key}:${shape.key}`,
              table,
              shape,
              groupColumn,
              parentColumn,
              idColumn: id,
              plan,
              order: order as KeysetOrder<unknown>,
              where: condition,
            },
            index,
          );
          const prime = load.primer(args, requestKey(args), describe(args), shape);
          return { ...part, prime: (group, value) => prime(group, decodeJsonRows(shape, value)) };
        },
      };
      // The columns the field asks for: a page fetched ahead answers it when it has them.
      const neededBy = (args: ListingArgs<O, F>) => projectionFor(selectionOf(args)?.info, keysetOrder(args.orderBy), groupColumn);
      return Object.assign((group: string, args: ListingArgs<O, F>) => load(group, args, requestKey(args), describe(args), neededBy(args)), {
        [prefetchable]: internals,
      });
    },
  };
}

/**
 * The selection of a field of a connection's nodes (`applications` under `accounts { nodes { … } }`),
 * from the places it is selected: what the field's resolver will get as its resolve info.
 */
function nestedSelection(info: GraphQLResolveInfo, field: string, fieldNodes: NodeSelection["fieldNodes"]): NodeSelection | undefined {
  const connectionType = getNamedType(info.returnType);
  if (!isObjectType(connectionType)) return undefined;
  const nodeType = connectionType.getFields().nodes && getNamedType(connectionType.getFields().nodes!.type);
  const definition = nodeType && isObjectType(nodeType) ? nodeType.getFields()[field] : undefined;
  return definition ? { fieldNodes, returnType: definition.type, fragments: info.fragments, schema: info.schema } : undefined;
}

export type ListingArgsOf<L> = L extends { Args: ClassType<infer A> } ? A : never;
