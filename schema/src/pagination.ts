/**
 * Page sizes of every connection (`first` / `last`): the server refuses a size outside the bounds
 * and pages by the default when neither is given; the web asks for the largest page to export a
 * whole listing in the fewest round trips; the mock pages the same way.
 */

export const MIN_PAGE_SIZE = 1;
export const MAX_PAGE_SIZE = 250;
/** The page size when neither `first` nor `last` is given. */
export const DEFAULT_PAGE_SIZE = 50;

/** Why a requested page size cannot be served, or null when it can. */
export function pageSizeProblem(argName: "first" | "last", size: number): string | null {
  if (Number.isInteger(size) && size >= MIN_PAGE_SIZE && size <= MAX_PAGE_SIZE) return null;
  return `\`${argName}\` must be between ${MIN_PAGE_SIZE} and ${MAX_PAGE_SIZE}, got ${size}.`;
}
