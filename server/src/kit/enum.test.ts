import { getTableConfig, pgTable, text } from "drizzle-orm/pg-core";
import { PgDialect } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { defineEnum, type EnumValue } from "./enum.js";

const Color = defineEnum("TestColor", "A colour.", { RED: "Red.", GREEN: "Green." });
type Color = EnumValue<typeof Color>;

describe("defineEnum", () => {
  it("gives the values, the GraphQL enum object, a guard and the SQL check from one declaration", () => {
    const red: Color = "RED";
    expect(Color.values).toEqual(["RED", "GREEN"]);
    expect(Color.graphql).toEqual({ RED: "RED", GREEN: "GREEN" });
    expect(Color.is(red)).toBe(true);
    expect(Color.is("BLUE")).toBe(false);
    const table = pgTable("things", { color: text("color", { enum: Color.values }).notNull(), colors: text("colors").array() }, (t) => [
      Color.check("things_color_check", t.color),
      Color.check("things_colors_check", t.colors, true),
    ]);
    const dialect = new PgDialect();
    const checks = getTableConfig(table).checks.map((c) => dialect.sqlToQuery(c.value).sql);
    expect(checks).toEqual([`"things"."color" in ('RED', 'GREEN')`, `"things"."colors" <@ array['RED', 'GREEN']::text[]`]);
  });
});
