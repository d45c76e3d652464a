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

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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
      ? typeof c.v === "string" && ISO_INSTANT.test(c.v)
      : sqlType === "uuid"
        ? typeof c.v === "string" && UUID.test(c.v)
        : sqlType === "integer" || sqlType === "numeric"
          ? typeof c.v === "number" && Number.isFinite(c.v)
          : typeof c.v === "string" && !c.v.includes("\u0000");
  if (!fits) throw invalid();
  if (c.k !== orderKey) {
    throw badUserInput(`\`${argName}\` was issued for another sort order; start again without it.`, argName);
  }
  return c as Cursor;
}

