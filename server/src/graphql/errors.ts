import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";

/** The only codes an error may carry when it leaves the server (docs/decisions/0002-access-rules-and-cost-before-execution.md). */
export const ErrorCode = {
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  BAD_USER_INPUT: "BAD_USER_INPUT",
  QUERY_TOO_COSTLY: "QUERY_TOO_COSTLY",
  /** Another request changed the same rows at the same moment (a deadlock, a serialization failure): nothing was kept; send it again. */
  CONFLICT: "CONFLICT",
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const publicCodes = new Set<string>(Object.values(ErrorCode));

/** Codes Apollo and graphql-js give to malformed requests: all of them are the caller's input at fault. */
const requestCodes = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
]);

/**
 * Apollo refuses a few malformed requests with a 4xx status but no code (a persisted query whose
 * hash does not match, or of an unknown version): the caller's input, not an internal failure.
 */
function isUncodedRefusal(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.extensions.code !== undefined) return false;
  const status = (error.extensions.http as { status?: unknown } | undefined)?.status;
  return typeof status === "number" && status >= 400 && status < 500;
}

/** SQLSTATEs that mean "ran into a concurrent transaction; retrying can succeed" (deadlock, serialization failure). */
const retryableSqlStates = new Set(["40P01", "40001"]);

/** The SQLSTATE of a database error, looked for through the wrappers (drizzle's `cause`, GraphQL's `originalError`). */
export function sqlStateOf(error: unknown): string | undefined {
  let current = error;
  for (let depth = 0; depth < 6 && current && typeof current === "object"; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { originalError?: unknown }).originalError ?? (current as { cause?: unknown }).cause;
  }
  return undefined;
}

export function appError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

export const unauthenticated = (message = "Sign in or send a valid access token.") =>
  appError(ErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message = "You are not allowed to do this.") => appError(ErrorCode.FORBIDDEN, message);
export const notFound = (what = "Object") => appError(ErrorCode.NOT_FOUND, `${what} not found.`);
export const badUserInput = (message: string, field?: string) =>
  appError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});

export interface ErrorFormatting {
  /** Production hides the messages of unexpected errors. */
  exposeInternalMessages: boolean;
  onInternalError: (error: unknown) => void;
}

/**
 * The one place every error is mapped before it leaves the server: known codes pass through,
 * malformed requests become BAD_USER_INPUT, anything else is INTERNAL_SERVER_ERROR without
 * stack, SQL or internal message (unless running in development).
 */
export function createErrorFormatter(options: ErrorFormatting) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? "");
    const { stacktrace: _stack, limit, ...extensions } = formatted.extensions ?? {};
    if (limit) return { ...formatted, extensions: { ...extensions, code: ErrorCode.QUERY_TOO_COSTLY } };
    if (publicCodes.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      return { ...formatted, extensions };
    }
    if (requestCodes.has(code) || isUncodedRefusal(error)) {
      return { ...formatted, extensions: { ...extensions, code: ErrorCode.BAD_USER_INPUT } };
    }
    const cause = unwrapResolverError(error);
    if (retryableSqlStates.has(sqlStateOf(cause) ?? "")) {
      return {
        message: "Another change to the same data ran at the same time; nothing was saved. Send the request again.",
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: ErrorCode.CONFLICT },
      };
    }
    options.onInternalError(cause);
    return {
      message: options.exposeInternalMessages ? formatted.message : "Internal server error.",
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
