import { MAX_SEARCH_TEXT_LENGTH } from '@gatehouse/schema/lengths';
import { badUserInput } from './mock-errors';

/**
 * The server's bound on a listing's free-text filters (server/src/kit/listing.ts, `filter.text`):
 * a longer one is BAD_USER_INPUT on `filter.<name>`, with the server's message, whether the listing
 * is read or a bulk action runs over it. The text filters are checked in the order given (the
 * server's declaration order: the mock's schema lists input fields alphabetically).
 */
export function assertListingFilter(filter: object | null | undefined, textFields: readonly string[] = ['search']): void {
  for (const key of textFields) {
    const value = (filter as Record<string, unknown> | null | undefined)?.[key];
    if (typeof value === 'string' && value.length > MAX_SEARCH_TEXT_LENGTH) {
      throw badUserInput(`\`filter.${key}\`: Use at most ${MAX_SEARCH_TEXT_LENGTH} characters.`, `filter.${key}`);
    }
  }
}
