import DataLoader from "dataloader";
import { and, getTableColumns, getTableName, type SQL, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Executor } from "../db/client.js";
import { compileQuery, covers, type RowShape, rowShape, runArrays, selectList, selectRows, slot, tableShape } from "../db/statement.js";
import { propertiesRead } from "../kit/reads.js";
import { countPart, decodeJsonRow, firstRowPart, type GroupSource, type Prefetchable, prefetchable, type PrefetchInternals, shapeTravelsAsJson } from "./connection/prefetch.js";
import { type NodeSelection, selectedObjectFields } from "./connection/selection.js";

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
 *
 * A row fetched ahead may hold only some columns (`shape`: those its query's fields read, see `rowById`):
 * it then answers only a caller that says it needs no more (`get` with the columns it reads); any other
 * caller gets the whole row, loaded as without it.
 */
export class AheadLoader<K, V> extends DataLoader<K, V> {
  readonly #ahead = new Map<K, { value: V; shape: RowShape<unknown> | null }>();

  /** Takes the value of `key` fetched ahead, with the columns it holds (null: all); one with fewer columns than the one taken before does not replace it. */
  ahead(key: K, value: V, shape: RowShape<unknown> | null = null): void {
    const had = this.#ahead.get(key);
    if (!had || (had.shape !== null && (shape === null || covers(shape, had.shape)))) this.#ahead.set(key, { value, shape });
  }

  override load(key: K): Promise<V> {
    const had = this.#ahead.get(key);
    return had && had.shape === null ? Promise.resolve(had.value) : super.load(key);
  }

  /**
   * The value of `key`: at once when it was fetched ahead with the columns `needed` (null: all) — not a
   * promise, so a field resolver that returns it lets graphql-jit complete the field in place, without a
   * promise and its callbacks per row — else as `load` gives it.
   */
  get(key: K, needed: RowShape<unknown> | null = null): V | Promise<V> {
    const had = this.#ahead.get(key);
    if (had && (had.shape === null || (needed !== null && covers(had.shape, needed)))) return had.value;
    return super.load(key);
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

/**
 * Rows of `table` by primary key (`id`): a plan by its id, its fields those of the object type `node`.
 * Made once per table; `(tx)` gives the per-request loader — one query per batch, null for a missing
 * row — which a parent listing can fetch ahead in its page's statement (kit/listing.ts `prefetch`, with
 * the parent's column holding the id as `parentKey`: `plan: { loader: (l) => l.plans.planById, parentKey:
 * applications.planId }`) — one subquery per row of the page, so for a page's own rows, not for those of a
 * page nested in it (255 such subqueries cost PostgreSQL more than one batch) — with only the columns the
 * query's fields of `node` read (kit/reads.ts). A field resolver passes its resolve info to `row` to be
 * answered at once by such a row: `planById.row(app.planId, info)`.
 */
export function rowById<T extends PgTable & { id: PgColumn }>(table: T, name: string, node: abstract new (...args: never[]) => object) {
  const full = tableShape(table);
  const columnsByKey = new Map(Object.entries(getTableColumns(table)));
  const batch = compileQuery(sql`select ${selectList(full)} from ${table} where ${table.id} = any(${slot("ids")})`);
  const travels = shapeTravelsAsJson(full);
  /** The columns the fields selected on the object read; every column when that is not known. Kept per set of names. */
  const projections = new WeakMap<ReadonlySet<string>, RowShape<unknown>>();
  const projection = (selection: NodeSelection | undefined): RowShape<unknown> => {
    const names = selection ? selectedObjectFields(selection) : null;
    if (!names) return full;
    let shape = projections.get(names);
    if (!shape) {
      const keys = propertiesRead(node, names);
      shape = keys ? rowShape(Object.fromEntries([...columnsByKey].filter(([key, column]) => column === table.id || keys.has(key)))) : full;
      if (shape.columns.length === full.columns.length) shape = full;
      projections.set(names, shape);
    }
    return shape;
  };
  type Row = T["$inferSelect"] & { id: string };
  return (tx: Executor) => {
    const loader = new AheadLoader<string, Row | null>(async (ids) => {
      const rows = (await selectRows(tx, batch, full, { ids: [...ids] })) as Row[];
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    });
    const internals: PrefetchInternals = {
      key: () => "",
      part: (_args, _index, parentColumn, selection) => {
        const shape = projection(selection);
        if (!travels) return null;
        return {
          ...firstRowPart({ table, groupColumn: table.id, shape, orderBy: null }, parentColumn, `by-id:${name}:${getTableName(parentColumn.table)}.${parentColumn.name}:${shape.key}`),
          prime: (id: string, value: unknown) => loader.ahead(id, decodeJsonRow(shape, value) as Row | null, shape === full ? null : shape),
        };
      },
    };
    return Object.assign(loader, {
      [prefetchable]: internals,
      /** The row of `id`, at once when fetched ahead with the columns the field (`info`) reads. */
      row: (id: string, info: NodeSelection): Row | null | Promise<Row | null> => loader.get(id, projection(info)),
    });
  };
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
