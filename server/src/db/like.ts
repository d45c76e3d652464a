import { type SQL, sql, type SQLWrapper } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";

/** Escapes LIKE wildcards so user text matches literally. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Searching by text on a large tenant. `x ilike '%text%'` has no index to use (a trigram index needs
 * pg_trgm, which PGlite lacks), so every row of the tenant is lowercased and compared — even when the text
 * is an application's 32-character user key, which its own index finds at once. PostgreSQL's `ilike`
 * compares the lowercased value with the lowercased text, so it can only hold where the value's
 * lowercased length is at least the text's. The tables keep that length in a generated column with an
 * index on (tenant, length): a search skips the values too short to hold the text (most names, usernames
 * and emails, for a key) and matches exactly what it did. An index on the expression itself would not do:
 * under row-level security PostgreSQL only uses an index for conditions whose functions are leakproof,
 * and `lower` is not.
 */

/** The expression of such a generated column: the value's length once lowercased. */
export const loweredLength = (value: SQLWrapper): SQL => sql`char_length(lower(${value}))`;

/** Where the value whose lowered length `lengthColumn` keeps is long enough to contain `text`, whatever its case. */
export function longEnoughFor(lengthColumn: AnyPgColumn, text: string): SQL {
  return sql`${lengthColumn} >= ${loweredLength(sql`${text}`)}`;
}
