import { DEFAULT_PAGE_SIZE, pageSizeProblem } from '@gatehouse/schema/pagination';
import { badUserInput } from './mock-errors';
import { fromBase64Url, toBase64Url } from './base64url';
import { fromGlobalId } from './global-id';

/**
 * Relay connections as the server pages them (server/src/graphql/connection.ts): keyset pagination
 * over (sort key, row id), the same cursor format and the same argument errors.
 */
// Page-size bounds of the contract (the schema documents 1–250 and pages of 50 without `first`).

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export type Direction = 'ASC' | 'DESC';

/**
 * A sort order: the enum value naming it (cursors are valid for that order only), the key, the
 * direction. How the server's column compares: timestamps chronologically, text byte by byte
 * (collation "C"), integers numerically (their cursors hold a number).
 */
export type KeysetOrder<T> =
  | { key: string; kind: 'timestamp' | 'text'; value: (item: T) => string; direction: Direction }
  | { key: string; kind: 'integer'; value: (item: T) => number; direction: Direction };

/** Validates first/last and returns the page direction and size (also used by the cost estimate). */
export function pageRequest(args: ConnectionArgs): { forward: boolean; size: number; cursorArg: 'after' | 'before' | null } {
  const { first, last, after, before } = args;
  if (first != null && last != null) throw badUserInput('Pass either `first` or `last`, not both.', 'first');
  for (const [name, value] of [
    ['first', first],
    ['last', last],
  ] as const) {
    const problem = value == null ? null : pageSizeProblem(name, value);
    if (problem) throw badUserInput(problem, name);
  }
  if (after != null && before != null) throw badUserInput('Pass either `after` or `before`, not both.', 'after');
  if (last != null && after != null) throw badUserInput('`after` goes with `first`; use `before` with `last`.', 'after');
  if (first != null && before != null) throw badUserInput('`before` goes with `last`; use `after` with `first`.', 'before');
  const forward = last == null && before == null;
  if (forward) return { forward, size: first ?? DEFAULT_PAGE_SIZE, cursorArg: after != null ? 'after' : null };
  return { forward, size: last ?? first ?? DEFAULT_PAGE_SIZE, cursorArg: before != null ? 'before' : null };
}

interface Cursor {
  k: string;
  v: string | number;
  id: string;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function decodeCursor(value: string, argName: string, order: KeysetOrder<never>): Cursor {
  const invalid = () => badUserInput(`\`${argName}\` is not a valid cursor.`, argName);
  let parsed: unknown;
  try {
    parsed = JSON.parse(fromBase64Url(value) ?? '');
  } catch {
    throw invalid();
  }
  const c = parsed as Partial<Cursor> | null;
  if (!c || typeof c !== 'object' || typeof c.id !== 'string' || !UUID.test(c.id) || typeof c.k !== 'string') throw invalid();
  const fits =
    order.kind === 'integer'
      ? typeof c.v === 'number' && Number.isFinite(c.v)
      : typeof c.v === 'string' && (order.kind === 'timestamp' ? ISO_INSTANT.test(c.v) : !c.v.includes('\u0000'));
  if (!fits) throw invalid();
  if (c.k !== order.key) throw badUserInput(`\`${argName}\` was issued for another sort order; start again without it.`, argName);
  return c as Cursor;
}

/** Code-point order, which is the byte order of UTF-8: how PostgreSQL's "C" collation sorts text. */
export function compareText(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

function compareValues(a: string | number, b: string | number, kind: KeysetOrder<never>['kind']): number {
  if (kind === 'integer') return Number(a) - Number(b);
  return kind === 'timestamp' ? Date.parse(String(a)) - Date.parse(String(b)) : compareText(String(a), String(b));
}

const rowIdOfItem = (item: { id: string }) => fromGlobalId(item.id)?.rowId ?? item.id;

/**
 * One page of `items` (already filtered) in `order`: rows strictly after `after` / before
 * `before`. A cursor holds the key of the row it came from, so it stays valid when that row is
 * gone or no longer matches the filter.
 */
export function connection<T extends { id: string }, N extends string>(items: readonly T[], args: ConnectionArgs, typename: N, order: KeysetOrder<T>) {
  const { forward, size, cursorArg } = pageRequest(args);
  const ascending = (order.direction === 'ASC') === forward;
  const compare = (a: Cursor, b: Cursor) => {
    const byValue = compareValues(a.v, b.v, order.kind);
    const d = byValue !== 0 ? byValue : compareText(a.id, b.id);
    return ascending ? d : -d;
  };
  const keyOf = (item: T): Cursor => ({ k: order.key, v: order.value(item), id: rowIdOfItem(item) });
  const cursor = cursorArg ? decodeCursor(args[cursorArg]!, cursorArg, order as KeysetOrder<never>) : null;
  const rows = items
    .map((item) => ({ item, key: keyOf(item) }))
    .filter((row) => !cursor || compare(row.key, cursor) > 0)
    .sort((a, b) => compare(a.key, b.key));
  const hasMore = rows.length > size;
  const page = rows.slice(0, size);
  if (!forward) page.reverse();
  const edges = page.map(({ item, key }) => ({
    __typename: `${typename}Edge` as const,
    cursor: toBase64Url(JSON.stringify(key)),
    node: item,
  }));
  return {
    __typename: `${typename}Connection` as const,
    edges,
    nodes: page.map((row) => row.item),
    pageInfo: {
      __typename: 'PageInfo' as const,
      hasNextPage: forward ? hasMore : cursorArg !== null,
      hasPreviousPage: forward ? cursorArg !== null : hasMore,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: items.length,
  };
}
