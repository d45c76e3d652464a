import { desc, gt, sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  customType,
  date,
  doublePrecision,
  inet,
  integer,
  interval,
  json,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  real,
  smallint,
  text,
  time,
  timestamp,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../test/harness.js";
import type { Database } from "../../db/client.js";
import { compiledShapes, tableShape } from "../../db/statement.js";
import { connectionLoader } from "./grouped.js";
import { type KeysetOrder, paginate, planPage } from "./keyset.js";
import { countOfGroup, firstRowOfGroup } from "../loader.js";
import { jsonEncoding, nestedSlotPrefix, paginateWithNested, paginateWithParts, prefetchable, type ReceivedPart } from "./prefetch.js";
import { OrderDirection } from "./types.js";

/**
 * A nested page fetched in its parent's statement travels as JSON: every column type the prefetch takes
 * must come out exactly as the compiled statements' rows do (the loader's query here) — same JavaScript
 * types, same digits, same instants. On PGlite and, with TEST_DATABASE_URL, on PostgreSQL (postgres.js).
 * Not compared: a NULL element inside an array, which postgres.js reads as the text "NULL" (NaN in an
 * integer array) and JSON, like PGlite, as null.
 */

const mood = pgEnum("prefetch_mood", ["sad", "happy"]);
const parents = pgTable("prefetch_parents", {
  id: uuid("id").primaryKey(),
  name: text("name").notNull(),
});
const children = pgTable("prefetch_children", {
  id: uuid("id").primaryKey(),
  parentId: uuid("parent_id").notNull(),
  position: integer("position").notNull(),
  label: varchar("label", { length: 40 }),
  note: text("note"),
  amount: numeric("amount", { precision: 30, scale: 10 }),
  big: bigint("big", { mode: "number" }),
  huge: bigint("huge", { mode: "bigint" }),
  small: smallint("small"),
  ratio: doublePrecision("ratio"),
  single: real("single"),
  flag: boolean("flag"),
  doc: jsonb("doc"),
  raw: json("raw"),
  day: date("day", { mode: "date" }),
  dayText: date("day_text"),
  clock: time("clock"),
  span: interval("span"),
  at: timestamp("at", { withTimezone: true, precision: 6, mode: "date" }),
  atText: timestamp("at_text", { withTimezone: true, precision: 6, mode: "string" }),
  local: timestamp("local", { precision: 3, mode: "date" }),
  address: inet("address"),
  feeling: mood("feeling"),
  tags: text("tags").array(),
  refs: uuid("refs").array(),
  numbers: integer("numbers").array(),
});

const parentIds = ["00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002", "00000000-0000-4000-8000-000000000003"];

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
  const statements = `
    create type prefetch_mood as enum ('sad', 'happy');
    create table prefetch_parents (id uuid primary key, name text not null);
    create table prefetch_children (
      id uuid primary key, parent_id uuid not null, position integer not null, label varchar(40), note text,
      amount numeric(30, 10), big bigint, huge bigint, small smallint, ratio double precision, single real,
      flag boolean, doc jsonb, raw json, day date, day_text date, clock time, span interval,
      at timestamptz(6), at_text timestamptz(6), local timestamp(3), address inet, feeling prefetch_mood,
      tags text[], refs uuid[], numbers integer[]);
    insert into prefetch_parents values
      ('${parentIds[0]}', 'one'), ('${parentIds[1]}', 'two'), ('${parentIds[2]}', 'none');
    insert into prefetch_children values
      ('10000000-0000-4000-8000-000000000001', '${parentIds[0]}', 1, 'varchar', E'quote " backslash \\\\ newline \\n ünïcode ✓',
       12345678901234567890.0123456789, 9007199254740991, 4611686018427387904, -32768, 0.30000000000000004, 1.1,
       true, '{"a": [1, "x", null, 1.5e300], "b": {"c": true}, "n": 12345678901234567890}', '{"z": 1, "z": 2}',
       '2026-02-28', '2026-02-28', '12:34:56.789', '1 day 02:03:04.5',
       '2026-01-01 00:00:00.123456+00', '2026-01-01 00:00:00.123456+00', '2026-01-01 00:00:00.5', '192.168.0.1/24', 'happy',
       ARRAY['a', 'NULL', 'b "q"', 'c,d', '', E'back\\\\slash'], ARRAY['20000000-0000-4000-8000-000000000001']::uuid[], ARRAY[1, 2, 3]),
      ('10000000-0000-4000-8000-000000000002', '${parentIds[0]}', 2, null, null, null, null, null, null, 'NaN', 'Infinity',
       false, 'null', '[]', null, null, null, null, null, null, null, null, null, '{}', null, '{}'),
      ('10000000-0000-4000-8000-000000000003', '${parentIds[0]}', 3, null, '', 0, 0, 0, 0, '-Infinity', -0.5,
       null, '"text"', '"123"', '0001-01-01', '9999-12-31', '00:00', '-1 mon', '1970-01-01 00:00:00+00', null, '2026-06-30 23:59:59.999', '::1', 'sad',
       null, ARRAY[]::uuid[], null),
      ('10000000-0000-4000-8000-000000000004', '${parentIds[1]}', 1, 'only', null, -0.0000000001, -1, -1, 1, 1e-300, 3.4e38,
       true, '{}', '{}', null, null, null, null, '2026-12-02 04:05:06.7+00', '2026-12-02 04:05:06.7+00', null, null, null,
       ARRAY['x'], null, ARRAY[]::integer[]);
  `;
  for (const statement of statements.split(/;\s*$/m).filter((s) => s.trim())) await database.db.execute(sql.raw(statement));
});
afterAll(() => database?.close());

type Child = typeof children.$inferSelect;
const parentSource = { table: parents, shape: tableShape(parents), idColumn: parents.id, id: (row: { id: string }) => row.id, shapes: compiledShapes() };
const childSource = { table: children, shape: tableShape(children), idColumn: children.id, id: (row: Child) => row.id, shapes: compiledShapes() };
const parentOrder: KeysetOrder<typeof parents.$inferSelect> = { key: "NAME", column: parents.name, sqlType: "text", value: (r) => r.name, direction: OrderDirection.ASC };
const childOrder: KeysetOrder<Child> = { key: "POSITION", column: children.position, sqlType: "integer", value: (r) => r.position, direction: OrderDirection.ASC };

describe("a nested page in its parent's statement", () => {
  it("decodes every column type it takes exactly as the compiled statements do", async () => {
    expect(childSource.shape.columns.every((column) => jsonEncoding(column) !== null)).toBe(true);
    const tx = database.db;
    for (const args of [{ first: 2 }, { first: 10 }, { first: 1, after: null }]) {
      const received = new Map<string, Child[]>();
      const plan = planPage(args, childOrder, children.id, nestedSlotPrefix(0));
      const page = await paginateWithNested({
        ...parentSource,
        tx,
        args: { first: 10 },
        order: parentOrder,
        where: undefined,
        nested: [
          {
            key: "children",
            table: children,
            shape: childSource.shape,
            groupColumn: children.parentId,
            parentColumn: parents.id,
            idColumn: children.id,
            plan,
            order: childOrder as KeysetOrder<unknown>,
            where: undefined,
            receive: (parent, rows) => received.set(parent.id as string, rows as Child[]),
          },
        ],
      });
      // The parent page is the page `paginate` gives.
      const flat = await paginate({ ...parentSource, tx, args: { first: 10 }, order: parentOrder, where: undefined });
      expect(page.nodes).toStrictEqual(flat.nodes);
      expect(page.pageInfo).toStrictEqual(flat.pageInfo);
      expect([...received.keys()].sort()).toEqual([...parentIds].sort());

      // Each parent's rows, primed into one loader, give the page the loader's own query gives.
      const loaded = connectionLoader<Child>({ ...childSource, tx, groupColumn: children.parentId, groupOf: (row) => row.parentId });
      const primed = connectionLoader<Child>({ ...childSource, tx, groupColumn: children.parentId, groupOf: (row) => row.parentId });
      const request = () => ({ order: childOrder });
      for (const [parentId, rows] of received) primed.prime(parentId, args, "", request, rows);
      const before = database.statementCount;
      const fromPrefetch = await Promise.all(parentIds.map((id) => primed(id, args, "", request)));
      expect(database.statementCount).toBe(before);
      const fromQuery = await Promise.all(parentIds.map((id) => loaded(id, args, "", request)));
      for (let i = 0; i < parentIds.length; i++) {
        expect(fromPrefetch[i]!.nodes).toStrictEqual(fromQuery[i]!.nodes);
        expect(fromPrefetch[i]!.edges).toStrictEqual(fromQuery[i]!.edges);
        expect({ ...fromPrefetch[i]!.pageInfo }).toStrictEqual({ ...fromQuery[i]!.pageInfo });
      }
      expect(fromQuery[0]!.nodes.length).toBe(Math.min(args.first, 3));
    }
    // A few values spelled out, so a decoder that changed on both paths is still caught.
    const [first] = (await paginateRows()).get(parentIds[0]!)!;
    expect(first).toMatchObject({
      amount: "12345678901234567890.0123456789",
      big: 9007199254740991,
      huge: 4611686018427387904n,
      ratio: 0.30000000000000004,
      at: new Date("2026-01-01T00:00:00.123Z"),
      local: new Date("2026-01-01T00:00:00.500Z"),
      feeling: "happy",
      tags: ["a", "NULL", 'b "q"', "c,d", "", "back\\slash"],
      numbers: [1, 2, 3],
    });
  });

  it("fetches one row and a count per parent as their loaders load them", async () => {
    const tx = database.db;
    const lastChild = firstRowOfGroup({ name: "lastChild", table: children, groupColumn: children.parentId, orderBy: [desc(children.position), desc(children.id)] });
    const laterChildren = countOfGroup({ name: "laterChildren", table: children, groupColumn: children.parentId, where: gt(children.position, 1) });
    const ahead = { last: lastChild(tx), count: laterChildren(tx) };
    const parts = [ahead.last, ahead.count].map((loader, i): ReceivedPart => {
      const { prime, ...part } = loader[prefetchable].part({}, i, parents.id)!;
      return { ...part, receive: (parent, value) => prime(parent.id as string, value) };
    });
    const page = await paginateWithParts({ ...parentSource, tx, args: { first: 10 }, order: parentOrder, where: undefined, parts });
    expect(page.nodes.map((p) => p.name)).toEqual(["none", "one", "two"]);
    const before = database.statementCount;
    const fromPrefetch = { last: await Promise.all(parentIds.map((id) => ahead.last.load(id))), count: await Promise.all(parentIds.map((id) => ahead.count.load(id))) };
    expect(database.statementCount).toBe(before);
    const loaders = { last: lastChild(tx), count: laterChildren(tx) };
    const fromQuery = { last: await Promise.all(parentIds.map((id) => loaders.last.load(id))), count: await Promise.all(parentIds.map((id) => loaders.count.load(id))) };
    expect(database.statementCount).toBe(before + 2);
    expect(fromPrefetch).toStrictEqual(fromQuery);
    expect(fromQuery.last.map((row) => row?.position ?? null)).toEqual([3, 1, null]);
    expect(fromQuery.count).toEqual([2, 0, 0]);
  });

  it("leaves out a listing with a column JSON does not carry", () => {
    const bytea = customType<{ data: Buffer }>({ dataType: () => "bytea" });
    const table = pgTable("prefetch_blobs", { id: uuid("id").primaryKey(), data: bytea("data"), points: timestamp("points").array() });
    expect(jsonEncoding(table.id)).toBe("native");
    expect(jsonEncoding(table.data)).toBeNull();
    expect(jsonEncoding(table.points)).toBeNull();
  });
});

async function paginateRows(): Promise<Map<string, Child[]>> {
  const received = new Map<string, Child[]>();
  await paginateWithNested({
    ...parentSource,
    tx: database.db,
    args: { first: 10 },
    order: parentOrder,
    where: undefined,
    nested: [
      {
        key: "children",
        table: children,
        shape: childSource.shape,
        groupColumn: children.parentId,
        parentColumn: parents.id,
        idColumn: children.id,
        plan: planPage({ first: 5 }, childOrder, children.id, nestedSlotPrefix(0)),
        order: childOrder as KeysetOrder<unknown>,
        where: undefined,
        receive: (parent, rows) => received.set(parent.id as string, rows as Child[]),
      },
    ],
  });
  return received;
}
