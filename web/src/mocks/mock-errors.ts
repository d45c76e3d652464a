import { GraphQLError } from 'graphql';

/**
 * The server's error vocabulary (server/src/graphql/errors.ts): the only codes an error may carry,
 * with the same default messages and extensions, so the app handles the mock's errors as the server's.
 */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  QUERY_TOO_COSTLY: 'QUERY_TOO_COSTLY',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export function appError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

export const unauthenticated = (message = 'Sign in or send a valid access token.') => appError(ErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message = 'You are not allowed to do this.') => appError(ErrorCode.FORBIDDEN, message);
export const notFound = (what = 'Object') => appError(ErrorCode.NOT_FOUND, `${what} not found.`);
export const badUserInput = (message: string, field?: string) =>
  appError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});

/** A payload's `userErrors` item; `__typename` names the module's `<Module>UserError` type. */
export function userError<T extends string, C extends string>(__typename: T, code: C, message: string, field: string[] | null = null) {
  return { __typename, code, message, field };
}

/**
 * Another module's code as one of `codes` (a module passing on what the module it called refused; the
 * server's `codeIn`): the same code when `codes` has it, else `fallback`. A code outside the module's
 * enum would be an internal error on the server.
 */
export function codeIn<C extends string>(codes: { readonly [K in C]: K }, code: string, fallback: NoInfer<C>): C {
  return Object.hasOwn(codes, code) ? (code as C) : fallback;
}
