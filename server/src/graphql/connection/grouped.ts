import DataLoader from "dataloader";
import { and, count, getTableColumns, inArray, lte, type SQL, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Executor } from "../../db/client.js";
import { buildPage, type KeysetOrder, lazy, pageRequest, planPage } from "./keyset.js";
import type { ConnectionArgs, ConnectionResult } from "./types.js";

export interface GroupedPaginateOptions<Row> {
  tx: Executor;
  table: PgTable;
  /** The parent key column (e.g. users.tenant_id): one connection per parent. */
  groupColumn: PgColumn;
  groupOf: (row: Row) => string;
  idColumn: PgColumn;
  id: (row: Row) => string;
}

/** One page request of a grouped connection: the same for every parent of a batch. */
export interface GroupedPageRequest<Row> {
  args: ConnectionArgs;
  order: KeysetOrder<Row>;
  /** A filter besides the parent key, and a key that identifies it (requests with equal keys share a batch). */
  where?: SQL;
  whereKey?: string;
}

/**
 * The same connection for many parents (`users` of each tenant in a list of tenants) in one
 * query: rows are ranked within their parent with row_number() and cut at the page size. A
 * listing's nested connections cost one query per distinct page request, not one per parent.
 */
export function connectionLoader<Row>(options: GroupedPaginateOptions<Row>) {
  const { tx, table, groupColumn, idColumn } = options;
  const loaders = new Map<string, { pages: DataLoader<string, ConnectionResult<Row>>; counts: DataLoader<string, number> }>();

  const loadersFor = ({ args, order, where, whereKey }: GroupedPageRequest<Row>) => {
    const key = JSON.stringify([args.first, args.after, args.last, args.before, order.key, order.direction, whereKey ?? null]);
    let entry = loaders.get(key);
    if (entry) return entry;
    const counts = new DataLoader<string, number>(async (groups) => {
      const rows = await tx
        .select({ group: groupColumn, n: count() })
        .from(table)
        .where(and(inArray(groupColumn, [...groups]), where))
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
        .where(and(inArray(groupColumn, [...groups]), where, plan.keyset))
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

  return (group: string, request: GroupedPageRequest<Row>): Promise<ConnectionResult<Row>> => {
    pageRequest(request.args); // bad arguments fail this field alone, before any batch runs
    return loadersFor(request).pages.load(group);
  };
}
