/**
 * Selections of a bulk action (`RevokeAccessTokensInput` and every later one): `ids` answered at
 * once, at most MAX_BULK_IDS per request (the web sends larger selections in chunks of that size);
 * or a filter run as a job, which may leave out at most MAX_EXCEPT_IDS items.
 */
export const MAX_BULK_IDS = 250;
export const MAX_EXCEPT_IDS = 10_000;
