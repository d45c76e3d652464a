/**
 * URL state of a listing (TanStack Router search params): page size, one cursor window, sort and a
 * free-text filter. Feature-specific filters extend it in their own route's validateSearch.
 */
export interface ListSearch {
  size?: number;
  after?: string;
  before?: string;
  /** `<ORDER_FIELD>:<ASC|DESC>`, e.g. `NAME:ASC`. */
  sort?: string;
  q?: string;
}

export const PAGE_SIZES = [10, 25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 25;

/** The parts of the search that place the page (window and order), not what the listing matches. */
const NOT_FILTERS: ReadonlySet<string> = new Set(['size', 'after', 'before', 'sort']);

/** Whether the search narrows the listing: `q` or any feature filter (e.g. token states) is set. */
export function hasFilters(search: ListSearch): boolean {
  return Object.entries(search).some(([key, value]) => !NOT_FILTERS.has(key) && value !== undefined);
}

/**
 * The search without its cursor window: what the listing matches and in which order. A selection
 * holds within it (across pages) and a new one starts when it changes.
 */
export function selectionScope(search: ListSearch): string {
  const { after: _after, before: _before, size: _size, ...filterAndOrder } = search;
  return JSON.stringify(filterAndOrder);
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function validateListSearch(raw: Record<string, unknown>): ListSearch {
  const size = Number(raw['size']);
  return {
    size: (PAGE_SIZES as readonly number[]).includes(size) ? size : undefined,
    after: optionalString(raw['after']),
    before: optionalString(raw['before']),
    sort: optionalString(raw['sort']),
    q: optionalString(raw['q']),
  };
}

export interface ConnectionArgs {
  first?: number;
  after?: string;
  last?: number;
  before?: string;
}

/** Relay arguments for the page the URL points at: forwards by default, backwards after "previous". */
export function connectionArgs(search: ListSearch): ConnectionArgs {
  const size = search.size ?? DEFAULT_PAGE_SIZE;
  if (search.before) return { last: size, before: search.before };
  return search.after ? { first: size, after: search.after } : { first: size };
}

export type SortDirection = 'ASC' | 'DESC';

export interface SortState<F extends string = string> {
  field: F;
  direction: SortDirection;
}

export function parseSort<F extends string>(sort: string | undefined, fields: readonly F[]): SortState<F> | undefined {
  if (!sort) return undefined;
  const [field, direction] = sort.split(':');
  if (!fields.includes(field as F) || (direction !== 'ASC' && direction !== 'DESC')) return undefined;
  return { field: field as F, direction };
}

export function formatSort(sort: SortState | undefined): string | undefined {
  return sort ? `${sort.field}:${sort.direction}` : undefined;
}
