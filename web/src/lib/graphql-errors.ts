import { CombinedGraphQLErrors } from '@apollo/client';

export type GraphqlErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'QUERY_TOO_COSTLY'
  | 'INTERNAL_SERVER_ERROR';

export function graphqlErrorCodes(error: unknown): string[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.map((e) => String(e.extensions?.['code'] ?? ''));
}

export function hasErrorCode(error: unknown, code: GraphqlErrorCode): boolean {
  return graphqlErrorCodes(error).includes(code);
}

/** A readable message for an error state or a toast. */
export function errorMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) return error.errors.map((e) => e.message).join('\n');
  if (error instanceof Error) return error.message;
  return 'Something went wrong';
}
