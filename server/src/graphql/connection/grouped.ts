import DataLoader from "dataloader";
import { and, type SQL, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { Executor } from "../../db/client.js";
import { covers, type RowShape, runArrays, selectList, selectRows, slot } from "../../db/statement.js";
import { buildPage, type KeysetOrder, type KeysetSource, lazy, pageRequest, type PagePlan, planPage } from "./keyset.js";
import type { ConnectionArgs, ConnectionResult } from "./types.js";


const keyPart = (value: string | number | null | undefined): string => (value == null ? "-" : typeof value === "number" ? String(value) : JSON.stringify(value));

/**
 * What tells one page request from another: its pagination and `requestKey` (its order and filter).
 * Asked once per parent of a page (50 times for `tenants(first: 50) { nodes { users(first: 5) } }`):
 * cheaper than one JSON text of them all, and as unambiguous (a cursor, the only free text, is quoted).
 */
export function pageKey(args: ConnectionArgs, requestKey: string): string {
  return `${keyPart(args.first)}|${keyPart(args.after)}|${keyPart(args.last)}|${keyPart(args.before)}|${requestKey}`;
}

export interface GroupedPaginateOptions<Row> extends KeysetSource<Row> {
  tx: Executor;
  /** The parent key column (e.g. users.tenant_id): one connection per parent. */
  groupColumn: PgColumn;
  groupOf: (row: Row) => string;
}

/** One page request of a grouped connection: the same for every parent of a batch. */
export interface GroupedPageRequest<Row> {
  order: KeysetOrder<Row>;
  /** A filter besides the parent key. */
  where?: SQL;
}

/**
 * The same connection for many parents (`users` of each tenant in a list of tenants) in one
 * query: rows are ranked within their parent with row_number() and cut at the page size. A
 * listing's nested connections cost one query per distinct page request, not one per parent.
 * The parents' keys go in as one array parameter, so the statement is the same for any number of them.
 */
export function connectionLoader<Row>(options: GroupedPaginateOptions<Row>) {
  const { tx, table, shape, shapes, groupColumn, idColumn } = options;
  const loaders = new Map<
    string,
    {
      pages: DataLoader<string, ConnectionResult<Row>>;
      counts: DataLoader<string, number>;
      request: GroupedPageRequest<Row>;
      plan?: PagePlan;
      /** Pages fetched ahead (`prime`), answered at once, with the columns their rows have. */
      primed?: Map<string, { page: ConnectionResult<Row>; shape: RowShape<Row> }>;
    }
  >();
  // Built only when a statement is compiled, not for each request's loader.
  const inGroups = () => sql`${groupColumn} = any(${slot("groups")})`;

  const loadersFor = (args: ConnectionArgs, { order, where }: GroupedPageRequest<Row>) => {
    const counts = new DataLoader<string, number>(async (groups) => {
      const count = () => sql`select ${groupColumn}, count(*)::int from ${table} where ${and(inGroups(), where)} group by ${groupColumn}`;
      const rows = await runArrays(tx, shapes.get(where ? null : `grouped-count:${groupColumn.name}`, count), { groups: [...groups] });
      const byGroup = new Map(rows.map(([group, n]) => [String(group), Number(n)]));
      return groups.map((g) => byGroup.get(g) ?? 0);
    });
    const pages = new DataLoader<string, ConnectionResult<Row>>(async (groups) => {
      const plan = planPage(args, order, idColumn);
      const page = () => sql`select ${selectList(shape)} from (
          select ${selectList(shape)}, row_number() over (partition by ${groupColumn} order by ${plan.orderBy}) as rank_in_group
          from ${table} where ${and(inGroups(), where, plan.keyset)}
        ) as ranked where rank_in_group <= ${plan.limit} order by rank_in_group`;
      const query = shapes.get(where ? null : `grouped-page:${groupColumn.name}:${plan.key}`, page);
      const rows = await selectRows(tx, query, shape, { ...plan.values, groups: [...groups] });
      const byGroup = new Map<string, Row[]>(groups.map((g) => [g, []]));
      for (const row of rows) byGroup.get(options.groupOf(row))?.push(row);
      return groups.map((g) => buildPage(byGroup.get(g)!, plan, order, options.id, lazy(() => counts.load(g))));
    });
    return { pages, counts };
  };

  type Entry = NonNullable<ReturnType<typeof loaders.get>>;
  // The parents of a page ask one after the other with equal arguments: the last answer is checked first.
  let last: { args: ConnectionArgs; requestKey: string; entry: Entry } | null = null;
  const entryFor = (args: ConnectionArgs, requestKey: string, describe: () => GroupedPageRequest<Row>): Entry => {
    if (
      last &&
      last.requestKey === requestKey &&
      last.args.first === args.first &&
      last.args.after === args.after &&
      last.args.last === args.last &&
      last.args.before === args.before
    ) {
      return last.entry;
    }
    const key = pageKey(args, requestKey);
    let entry = loaders.get(key);
    if (!entry) {
      pageRequest(args); // bad arguments fail this field alone, before any batch runs
      const request = describe();
      entry = { ...loadersFor(args, request), request };
      loaders.set(key, entry);
    }
    last = { args, requestKey, entry };
    return entry;
  };

  /**
   * The page of `group`. Parents asking with equal arguments share a batch: `requestKey` names the
   * request's order and filter, and `describe` makes them, once per batch. `needed`: the columns the
   * caller reads (every column by default) — a page fetched ahead answers only when its rows have them;
   * the loader's own query fetches every column.
   */
  const load = (
    group: string,
    args: ConnectionArgs,
    requestKey: string,
    describe: () => GroupedPageRequest<Row>,
    needed: RowShape<Row> = shape,
  ): ConnectionResult<Row> | Promise<ConnectionResult<Row>> => {
    const entry = entryFor(args, requestKey, describe);
    const primed = entry.primed?.get(group);
    return primed && covers(primed.shape, needed) ? primed.page : entry.pages.load(group);
  };

  /**
   * Hands the loader the rows of `group`'s page fetched elsewhere (in the parent's statement,
   * connection/prefetch.ts): up to the page size + 1, in page order, as this loader's query would
   * give them. `load` with the same arguments then answers the same page at once — not a promise, so
   * the fields under it load in the same batches as their parent's siblings; its `totalCount` is still
   * counted, for all parents at once, when it is read.
   */
  const primer = (
    args: ConnectionArgs,
    requestKey: string,
    describe: () => GroupedPageRequest<Row>,
    rowShape: RowShape<Row> = shape,
  ): ((group: string, rows: Row[]) => void) => {
    const entry = entryFor(args, requestKey, describe);
    const plan = (entry.plan ??= planPage(args, entry.request.order, idColumn));
    const primed = (entry.primed ??= new Map());
    return (group, rows) => {
      if (!primed.has(group)) primed.set(group, { page: buildPage(rows, plan, entry.request.order, options.id, lazy(() => entry.counts.load(group))), shape: rowShape });
    };
  };
  const prime = (group: string, args: ConnectionArgs, requestKey: string, describe: () => GroupedPageRequest<Row>, rows: Row[], rowShape?: RowShape<Row>): void =>
    primer(args, requestKey, describe, rowShape)(group, rows);

  return Object.assign(load, { prime, primer });
}
