import { type SQL, sql } from "drizzle-orm";
import { type AnyPgColumn, check } from "drizzle-orm/pg-core";
import { registerEnumType } from "type-graphql";

/**
 * One declaration per enum: the GraphQL enum (with a description per value), the TypeScript union,
 * the value list drizzle's `text(…, { enum })` takes, and the SQL check constraint — so the API, the
 * code and the database cannot disagree.
 *
 * ```ts
 * export const UserRole = defineEnum("UserRole", "What a team user may do.", { ADMIN: "…", MEMBER: "…" });
 * export type UserRole = EnumValue<typeof UserRole>;
 * role: text("role", { enum: UserRole.values })          // table
 * check("users_role_check", UserRole.sqlIn(t.role))       // constraint
 * @Field(() => UserRole.graphql)                           // GraphQL
 * ```
 */
export function defineEnum<const V extends string>(name: string, description: string, values: Record<V, string>) {
  const keys = Object.keys(values) as V[];
  if (keys.length === 0) throw new Error(`Enum ${name} has no values.`);
  const graphql = Object.fromEntries(keys.map((k) => [k, k])) as { [K in V]: K };
  registerEnumType(graphql, {
    name,
    description,
    valuesConfig: Object.fromEntries(keys.map((k) => [k, { description: values[k] }])) as Partial<Record<V, { description: string }>>,
  });
  const listOf = (values: readonly V[]) => sql.raw(values.map((k) => `'${k}'`).join(", "));
  const list = listOf(keys);
  return {
    name,
    /** The values in declaration order, as drizzle's `enum` option wants them. */
    values: keys as [V, ...V[]],
    /** Pass to type-graphql: `@Field(() => X.graphql)`. */
    graphql,
    descriptions: values as Readonly<Record<V, string>>,
    is(value: unknown): value is V {
      return typeof value === "string" && (keys as string[]).includes(value);
    },
    /** `column in ('A', 'B')` — all values, or only `values` — for a check constraint or a partial index. */
    sqlIn(column: AnyPgColumn, values: readonly V[] = keys): SQL {
      return sql`${column} in (${listOf(values)})`;
    },
    /** `column <@ array['A', 'B']`, for a check constraint on a text[] column. */
    sqlAllIn(column: AnyPgColumn): SQL {
      return sql`${column} <@ array[${list}]::text[]`;
    },
    /** The check constraint itself. */
    check(constraintName: string, column: AnyPgColumn, array = false) {
      return check(constraintName, array ? sql`${column} <@ array[${list}]::text[]` : sql`${column} in (${list})`);
    },
  };
}

/** The TypeScript union of an enum declared with `defineEnum`. */
export type EnumValue<E extends { values: readonly string[] }> = E["values"][number];
