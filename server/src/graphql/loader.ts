import DataLoader from "dataloader";
import { and, getTableColumns, type SQL, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Executor } from "../db/client.js";
import { compileQuery, runArrays, selectList, selectRows, slot, tableShape } from "../db/statement.js";
import { countPart, decodeJsonRow, firstRowPart, type GroupSource, type Prefetchable, prefetchable, shapeTravelsAsJson } from "./connection/prefetch.js";

/** A per-request DataLoader over rows keyed by `id`: one query per batch, null for missing rows. */
export function rowLoader<T extends { id: string }>(fetch: (ids: readonly string[]) => Promise<T[]>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const map = new Map((await fetch(ids)).map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/** A per-request DataLoader over the rows of many parents (a service's metrics…): one query per batch, rows handed out per parent key. */
export function groupLoader<Row>(fetch: (keys: readonly string[]) => Promise<Row[]>, keyOf: (row: Row) => string) {
  return new DataLoader<string, Row[]>(async (keys) => {
    const groups = new Map<string, Row[]>(keys.map((k) => [k, []]));
    for (const row of await fetch(keys)) groups.get(keyOf(row))?.push(row);
    return keys.map((k) => groups.get(k)!);
  });
}

/**
 * A DataLoader that also takes values fetched ahead (in a parent listing's statement, kit/listing.ts
 * `prefetch`) and answers them at once: a cached value of a plain DataLoader waits for the next batch
 * to be dispatched, and the fields under it — loads of other loaders — would miss that batch.
 */
export class AheadLoader<K, V> extends DataLoader<K, V> {
  readonly #ahead = new Map<K, V>();

  /** Takes the value of `key` fetched ahead; a value taken before stays. */
  ahead(key: K, value: V): void {
    if (!this.#ahead.has(key)) this.#ahead.set(key, value);
  }

  override load(key: K): Promise<V> {
    return this.#ahead.has(key) ? Promise.resolve(this.#ahead.get(key) as V) : super.load(key);
  }

  override clear(key: K): this {
    this.#ahead.delete(key);
    return super.clear(key);
  }

  override clearAll(): this {
    this.#ahead.clear();
    return super.clearAll();
  }
}

const inGroups = (groupColumn: PgColumn) => sql`${groupColumn} = any(${slot("groups")})`;

/** The key of a table's column in its rows (`accountId` for account_users.account_id). */
function rowKeyOf(table: PgTable, column: PgColumn): string {
  const key = Object.entries(getTableColumns(table)).find(([, c]) => c === column)?.[0];
  if (!key) throw new Error(`Column ${column.name} is not a column of its table.`);
  return key;
}

/**
 * The first row, by `orderBy`, of each parent's rows of `table` (`groupColumn` holds the parent's key)
 * that match `where`: an account's first admin user. Made once per definition; `(tx)` gives the
 * per-request loader — one query per batch of parents, null for a parent without any — which a parent
 * listing can fetch ahead in its page's statement (kit/listing.ts `prefetch`).
 */
export function firstRowOfGroup<T extends PgTable>(definition: GroupSource & { table: T; name: string; orderBy: SQL[] }) {
  const { table, groupColumn, where, name } = definition;
  const shape = tableShape(table);
  const groupKey = rowKeyOf(table, groupColumn);
  const orderBy = sql.join(definition.orderBy, sql`, `);
  const batch = compileQuery(
    sql`select distinct on (${groupColumn}) ${selectList(shape)} from ${table} where ${and(inGroups(groupColumn), where)} order by ${groupColumn}, ${orderBy}`,
  );
  const travels = shapeTravelsAsJson(shape);
  type Row = T["$inferSelect"];
  return (tx: Executor): AheadLoader<string, Row | null> & Prefetchable => {
    const loader = new AheadLoader<string, Row | null>(async (groups) => {
      const rows = await selectRows(tx, batch, shape, { groups: [...groups] });
      const byGroup = new Map(rows.map((row) => [String((row as Record<string, unknown>)[groupKey]), row]));
      return groups.map((g) => byGroup.get(g) ?? null);
    });
    return Object.assign(loader, {
      [prefetchable]: {
        key: () => "",
        part: (_args: Record<string, unknown>, _index: number, parentColumn: PgColumn) =>
          travels
            ? {
                ...firstRowPart({ table, groupColumn, where, shape, orderBy }, parentColumn, `first:${name}:${parentColumn.name}`),
                prime: (group: string, value: unknown) => loader.ahead(group, decodeJsonRow(shape, value)),
              }
            : null,
      },
    });
  };
}

/**
 * How many rows of `table` each parent has (`groupColumn` holds the parent's key), among those that
 * match `where`: an account's applications. Made once per definition; `(tx)` gives the per-request
 * loader — one query per batch of parents — which a parent listing can fetch ahead in its page's
 * statement (kit/listing.ts `prefetch`).
 */
export function countOfGroup(definition: GroupSource & { name: string }) {
  const { table, groupColumn, where, name } = definition;
  const batch = compileQuery(sql`select ${groupColumn}, count(*)::int from ${table} where ${and(inGroups(groupColumn), where)} group by ${groupColumn}`);
  return (tx: Executor): AheadLoader<string, number> & Prefetchable => {
    const loader = new AheadLoader<string, number>(async (groups) => {
      const counts = new Map((await runArrays(tx, batch, { groups: [...groups] })).map(([group, n]) => [String(group), Number(n)]));
      return groups.map((g) => counts.get(g) ?? 0);
    });
    return Object.assign(loader, {
      [prefetchable]: {
        key: () => "",
        part: (_args: Record<string, unknown>, _index: number, parentColumn: PgColumn) => ({
          ...countPart({ table, groupColumn, where }, parentColumn, `count:${name}:${parentColumn.name}`),
          prime: (group: string, value: unknown) => loader.ahead(group, Number(value)),
        }),
      },
    });
  };
}
