import { badUserInput } from "../errors.js";

/** SQL types a sort column may have: the cursor value is cast back to it. */
export type CursorSqlType = "timestamptz" | "text" | "uuid" | "integer" | "numeric";

/** Opaque page cursors: the sort key name, the row's sort value and its id, base64url JSON. */
export interface Cursor {
  k: string;
  v: string | number;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** PostgreSQL's `integer`. */
const INT_MIN = -(2 ** 31);
const INT_MAX = 2 ** 31 - 1;

/**
 * A UTC instant PostgreSQL accepts: the form alone lets through dates that do not exist
 * (2026-02-30, 24:00:00, year 0), which fail in SQL. Each part must survive a round trip through a Date.
 */
function isInstant(value: string): boolean {
  const parts = ISO_INSTANT.exec(value);
  if (!parts) return false;
  const [year, month, day, hour, minute, second] = parts.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second);
  return (
    year >= 1 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute &&
    date.getUTCSeconds() === second
  );
}

export function decodeCursor(value: string, argName: string, orderKey: string, sqlType: CursorSqlType): Cursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
  } catch {
    throw badUserInput(`\`${argName}\` is not a valid cursor.`, argName);
  }
  const c = parsed as Partial<Cursor> | null;
  const invalid = () => badUserInput(`\`${argName}\` is not a valid cursor.`, argName);
  if (!c || typeof c !== "object" || typeof c.id !== "string" || !UUID.test(c.id) || typeof c.k !== "string") throw invalid();
  // The value is cast to the column type in SQL: check it fits first, so a forged cursor is the
  // caller's error rather than a failed statement.
  const fits =
    sqlType === "timestamptz"
      ? typeof c.v === "string" && isInstant(c.v)
      : sqlType === "uuid"
        ? typeof c.v === "string" && UUID.test(c.v)
        : sqlType === "integer"
          ? Number.isInteger(c.v) && (c.v as number) >= INT_MIN && (c.v as number) <= INT_MAX
          : sqlType === "numeric"
            ? typeof c.v === "number" && Number.isFinite(c.v)
            : typeof c.v === "string" && !c.v.includes("\u0000");
  if (!fits) throw invalid();
  if (c.k !== orderKey) {
    throw badUserInput(`\`${argName}\` was issued for another sort order; start again without it.`, argName);
  }
  return c as Cursor;
}

