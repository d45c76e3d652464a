import DataLoader from "dataloader";
import { and, type SQL, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { Executor } from "../../db/client.js";
import { runArrays, selectList, selectRows, slot } from "../../db/statement.js";
import { buildPage, type KeysetOrder, type KeysetSource, lazy, pageRequest, type PagePlan, planPage } from "./keyset.js";
import type { ConnectionArgs, ConnectionResult } from "./types.js";

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
    { pages: DataLoader<string, ConnectionResult<Row>>; counts: DataLoader<string, number>; request: GroupedPageRequest<Row>; plan?: PagePlan }
  >();
  const inGroups = sql`${groupColumn} = any(${slot("groups")})`;

  const loadersFor = (args: ConnectionArgs, { order, where }: GroupedPageRequest<Row>) => {
    const counts = new DataLoader<string, number>(async (groups) => {
      const count = () => sql`select ${groupColumn}, count(*)::int from ${table} where ${and(inGroups, where)} group by ${groupColumn}`;
      const rows = await runArrays(tx, shapes.get(where ? null : `grouped-count:${groupColumn.name}`, count), { groups: [...groups] });
      const byGroup = new Map(rows.map(([group, n]) => [String(group), Number(n)]));
      return groups.map((g) => byGroup.get(g) ?? 0);
    });
    const pages = new DataLoader<string, ConnectionResult<Row>>(async (groups) => {
      const plan = planPage(args, order, idColumn);
      const page = () => sql`select ${selectList(shape)} from (
          select ${selectList(shape)}, row_number() over (partition by ${groupColumn} order by ${plan.orderBy}) as rank_in_group
          from ${table} where ${and(inGroups, where, plan.keyset)}
        ) as ranked where rank_in_group <= ${plan.limit} order by rank_in_group`;
      const query = shapes.get(where ? null : `grouped-page:${groupColumn.name}:${plan.key}`, page);
      const rows = await selectRows(tx, query, shape, { ...plan.values, groups: [...groups] });
      const byGroup = new Map<string, Row[]>(groups.map((g) => [g, []]));
      for (const row of rows) byGroup.get(options.groupOf(row))?.push(row);
      return groups.map((g) => buildPage(byGroup.get(g)!, plan, order, options.id, lazy(() => counts.load(g))));
    });
    return { pages, counts };
  };

  const entryFor = (args: ConnectionArgs, requestKey: string, describe: () => GroupedPageRequest<Row>) => {
    const key = JSON.stringify([args.first ?? null, args.after ?? null, args.last ?? null, args.before ?? null, requestKey]);
    let entry = loaders.get(key);
    if (!entry) {
      pageRequest(args); // bad arguments fail this field alone, before any batch runs
      const request = describe();
      entry = { ...loadersFor(args, request), request };
      loaders.set(key, entry);
    }
    return entry;
  };

  /**
   * The page of `group`. Parents asking with equal arguments share a batch: `requestKey` names the
   * request's order and filter, and `describe` makes them, once per batch.
   */
  const load = (group: string, args: ConnectionArgs, requestKey: string, describe: () => GroupedPageRequest<Row>): Promise<ConnectionResult<Row>> =>
    entryFor(args, requestKey, describe).pages.load(group);

  /**
   * Hands the loader the rows of `group`'s page fetched elsewhere (in the parent's statement,
   * connection/prefetch.ts): up to the page size + 1, in page order, as this loader's query would
   * give them. `load` with the same arguments then answers the same page without a query; its
   * `totalCount` is still counted, for all parents at once, when it is read.
   */
  const prime = (group: string, args: ConnectionArgs, requestKey: string, describe: () => GroupedPageRequest<Row>, rows: Row[]): void => {
    const entry = entryFor(args, requestKey, describe);
    const plan = (entry.plan ??= planPage(args, entry.request.order, idColumn));
    entry.pages.prime(group, buildPage(rows, plan, entry.request.order, options.id, lazy(() => entry.counts.load(group))));
  };

  return Object.assign(load, { prime });
}
