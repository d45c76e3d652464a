import {
  ACCESS_TOKEN_DISPLAY_PREFIX_LENGTH,
  ACCESS_TOKEN_DISPLAY_PREFIX_PATTERN,
  ACCESS_TOKEN_PATTERN,
  SERVICE_TOKEN_PATTERN,
  SERVICE_TOKEN_PREFIX,
} from '@gatehouse/schema/tokens';
import { fromBase64Url } from '../base64url';
import { fromGlobalId } from '../global-id';

/**
 * What must be the same in the mock's and the server's answer to one request, values aside: the
 * HTTP status, every key with its type and nullness, lists empty or not (the distinct signatures of
 * their items), and the formats of strings — access and service tokens and their prefixes, global IDs
 * (with their type), cursors (with their sort order), ISO date-times, webhook secrets and event ids; a
 * webhook delivery's `body`
 * (JSON) by the signature of what it holds. Codes, `field` paths, error paths, enum values, booleans
 * and the cost are compared as values, and so are userError messages (people read them). A step
 * may name further keys whose values are deterministic in its flow (the names of a sorted list).
 */
export type Signature = string | number | boolean | null | Signature[] | { [key: string]: Signature };

const ALWAYS_BY_VALUE = new Set(['code', 'field', 'path', '__typename', 'requestedQueryCost', 'maximumAvailable']);
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
// The contract's formats, checked on both sides (see the token and password rules of the server).
const ACCESS_TOKEN = ACCESS_TOKEN_PATTERN;
/** What listings keep of a service token: `ghs_` and as many characters as an access token's prefix has. */
const SERVICE_TOKEN_DISPLAY_PREFIX = new RegExp(`^${SERVICE_TOKEN_PREFIX}[A-Za-z0-9_-]{${ACCESS_TOKEN_DISPLAY_PREFIX_LENGTH - SERVICE_TOKEN_PREFIX.length}}$`);

const GENERATED_PASSWORD = /^[A-Za-z0-9_-]{20}$/;
const ENUM_VALUE = /^[A-Z][A-Z0-9_]+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** A webhook signing secret: `whsec_` and 32 random bytes, base64url (server/src/modules/webhooks/webhook-signature.ts). */
const WEBHOOK_SECRET = /^whsec_[A-Za-z0-9_-]{43}$/;

function cursorFormat(value: string): string {
  try {
    const cursor = JSON.parse(fromBase64Url(value) ?? '') as { k?: unknown; v?: unknown; id?: unknown };
    // A text or timestamp key holds a string, an integer key (a position) a number: both sides alike.
    const valueType = typeof cursor.v === 'string' || typeof cursor.v === 'number' ? typeof cursor.v : null;
    return typeof cursor.k === 'string' && valueType && typeof cursor.id === 'string' && UUID.test(cursor.id)
      ? `cursor(${cursor.k}, ${valueType})`
      : 'cursor(unreadable)';
  } catch {
    return 'cursor(unreadable)';
  }
}

function stringFormat(key: string, value: string): string {
  if (key === 'id') return `ID(${fromGlobalId(value)?.typeName ?? 'unreadable'})`;
  if (key === 'cursor' || key === 'startCursor' || key === 'endCursor') return cursorFormat(value);
  if (key === 'prefix') {
    if (ACCESS_TOKEN_DISPLAY_PREFIX_PATTERN.test(value)) return 'access-token-prefix';
    return SERVICE_TOKEN_DISPLAY_PREFIX.test(value) ? 'service-token-prefix' : 'string';
  }
  if (key === 'generatedAdminPassword') return GENERATED_PASSWORD.test(value) ? 'generated-password' : 'string';
  if (key === 'secret') return WEBHOOK_SECRET.test(value) ? 'webhook-secret' : 'string';
  if (key === 'eventId') return UUID.test(value) ? 'uuid' : 'string';
  if (ACCESS_TOKEN.test(value)) return 'access-token';
  if (SERVICE_TOKEN_PATTERN.test(value)) return 'service-token';
  if (ISO_DATE_TIME.test(value)) return 'DateTime';
  if (ENUM_VALUE.test(value)) return value;
  if (key === 'email') return value.includes('@') ? 'email' : 'string';
  return 'string';
}

const byJson = (a: Signature, b: Signature) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1);

interface Options {
  byValue: ReadonlySet<string>;
  /** Lists keep their items in order (a sorted listing), rather than their distinct signatures. */
  ordered: boolean;
}

/**
 * A text compared by value with the global IDs in it (an email's link to `/accounts/<id>`) as their type:
 * the mock's objects have IDs of their own.
 */
function idsByType(text: string): string {
  return text.replace(/[A-Za-z0-9_-]{20,}/g, (token) => {
    const id = fromGlobalId(token);
    return id ? `ID(${id.typeName})` : token;
  });
}

function signature(value: unknown, key: string, options: Options, inUserErrors: boolean): Signature {
  if (value === null || value === undefined) return null;
  if (options.byValue.has(key) || (inUserErrors && key === 'message')) return typeof value === 'string' ? idsByType(value) : (value as Signature);
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  if (typeof value === 'string') return key === 'body' ? jsonSignature(value, options) : stringFormat(key, value);
  if (Array.isArray(value)) {
    const items = value.map((item) => signature(item, key, options, inUserErrors));
    if (options.ordered) return ['list', ...items];
    const distinct = [...new Map(items.map((item) => [JSON.stringify(item), item])).values()].sort(byJson);
    return value.length === 0 ? ['empty list'] : ['non-empty list', ...distinct];
  }
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, signature((value as Record<string, unknown>)[k], k, options, inUserErrors || k === 'userErrors')]),
  );
}

/** A webhook delivery's body, as posted: the signature of the JSON it holds (its own keys by value where a step names them). */
function jsonSignature(text: string, options: Options): Signature {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return 'string';
  }
  return parsed !== null && typeof parsed === 'object' ? { json: signature(parsed, '', options, false) } : 'string';
}

/** The signature of one HTTP answer; `values` are keys whose values must match as well. */
export function shapeSignature(
  response: { status: number; body: unknown },
  options: { values?: readonly string[]; ordered?: boolean } = {},
): Signature {
  const byValue = new Set([...ALWAYS_BY_VALUE, ...(options.values ?? [])]);
  return { status: response.status, body: signature(response.body, '', { byValue, ordered: options.ordered ?? false }, false) };
}
