import { MAX_SEARCH_TEXT_LENGTH } from '@gatehouse/schema/lengths';
import { badUserInput } from './mock-errors';

/**
 * The server's bound on a listing's free-text filter (server/src/kit/listing.ts, `filter.text`):
 * a longer `search` is BAD_USER_INPUT on `filter.search`, with the server's message, whether the
 * listing is read or a bulk action runs over it.
 */
export function assertListingFilter(filter: { search?: string | null } | null | undefined): void {
  const search = filter?.search;
  if (search !== null && search !== undefined && search.length > MAX_SEARCH_TEXT_LENGTH) {
    throw badUserInput(`\`filter.search\`: Use at most ${MAX_SEARCH_TEXT_LENGTH} characters.`, 'filter.search');
  }
}
