import { pgTable, text, uuid } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { rowShape } from "../db/statement.js";
import { AheadLoader } from "./loader.js";

const things = pgTable("things", { id: uuid("id").primaryKey(), name: text("name").notNull(), note: text("note") });
const full = rowShape({ id: things.id, name: things.name, note: things.note });
const idAndName = rowShape({ id: things.id, name: things.name });
const idAndNote = rowShape({ id: things.id, note: things.note });

type Thing = { id: string; name?: string; note?: string | null };

function loader() {
  const batches: string[][] = [];
  const l = new AheadLoader<string, Thing>(async (ids) => {
    batches.push([...ids]);
    return ids.map((id) => ({ id, name: `name ${id}`, note: `note ${id}` }));
  });
  return { l, batches };
}

describe("AheadLoader", () => {
  it("answers a whole row fetched ahead at once, to get and to load, without a batch", async () => {
    const { l, batches } = loader();
    l.ahead("a", { id: "a", name: "ahead", note: null });
    expect(l.get("a")).toEqual({ id: "a", name: "ahead", note: null });
    expect(await l.load("a")).toEqual({ id: "a", name: "ahead", note: null });
    expect(batches).toEqual([]);
  });

  it("answers a partial row only to a caller that needs no more of it; load and other callers get the whole row", async () => {
    const { l, batches } = loader();
    l.ahead("a", { id: "a", name: "ahead" }, idAndName);
    expect(l.get("a", idAndName)).toEqual({ id: "a", name: "ahead" });
    expect(l.get("a", rowShape({ id: things.id }))).toEqual({ id: "a", name: "ahead" });
    expect(await l.get("a", idAndNote)).toEqual({ id: "a", name: "name a", note: "note a" });
    expect(await l.get("a")).toEqual({ id: "a", name: "name a", note: "note a" });
    expect(await l.load("a")).toEqual({ id: "a", name: "name a", note: "note a" });
    expect(batches).toEqual([["a"]]);
  });

  it("keeps the row with more columns: a partial one does not replace a whole one, a whole one replaces a partial one", () => {
    const { l } = loader();
    l.ahead("a", { id: "a", name: "whole", note: "x" }, null);
    l.ahead("a", { id: "a", name: "partial" }, idAndName);
    expect(l.get("a", full)).toEqual({ id: "a", name: "whole", note: "x" });
    l.ahead("b", { id: "b", name: "partial" }, idAndName);
    l.ahead("b", { id: "b", note: "other" }, idAndNote);
    expect(l.get("b", idAndName)).toEqual({ id: "b", name: "partial" });
    l.ahead("b", { id: "b", name: "whole", note: "y" }, full);
    expect(l.get("b", idAndNote)).toEqual({ id: "b", name: "whole", note: "y" });
  });
});
