/**
 * Upper bounds on free text people and programs send. Lengths count UTF-16 code units, as
 * JavaScript's `length` and the HTML `maxlength` attribute do. The server refuses longer values;
 * forms stop typing at the bound.
 */

/** The longest address SMTP can deliver to: RFC 5321's 256-octet path less its angle brackets. */
export const MAX_EMAIL_LENGTH = 254;
/** An organization's name as shown in listings and page titles. */
export const MAX_TENANT_NAME_LENGTH = 100;
/** A team user's display name. */
export const MAX_USER_NAME_LENGTH = 100;
/** What an access token is for, as its owner names it. */
export const MAX_ACCESS_TOKEN_NAME_LENGTH = 100;
/** A service token's name (the gateway or environment it is for). */
export const MAX_SERVICE_TOKEN_NAME_LENGTH = 100;
/** A listing's search box: longer text names nothing and only costs the database a longer scan. */
export const MAX_SEARCH_TEXT_LENGTH = 200;
/**
 * The longest string any argument of the API may carry, checked before anything runs; fields bound
 * their values more tightly where they use them (the bounds above). Generous on purpose: it is a
 * backstop for a field that forgets its own bound, not the bound of any field.
 */
export const MAX_STRING_INPUT_LENGTH = 65_536;
/**
 * The bound of the few arguments typed `LongText` (a whole document, such as an OpenAPI file) instead
 * of MAX_STRING_INPUT_LENGTH; the request body limit leaves room for it.
 */
export const MAX_LONG_TEXT_LENGTH = 1_048_576;

/** Half of a UTF-16 surrogate pair without its other half: it has no UTF-8 form, so it is no text. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Whether `value` holds an unpaired surrogate (String.prototype.isWellFormed, which Node 20's TypeScript target lacks). */
export function hasLoneSurrogate(value: string): boolean {
  return LONE_SURROGATE.test(value);
}

/**
 * Date-time inputs fall in the years 1 to 9999: what ISO 8601 writes with four digits and PostgreSQL
 * stores (it has no year 0, which JavaScript parses "0000-01-01" as). Null when the date is in range.
 */
export function dateTimeYearProblem(date: Date): string | null {
  const year = date.getUTCFullYear();
  return year >= 1 && year <= 9999 ? null : "A date-time must fall between the years 1 and 9999.";
}
