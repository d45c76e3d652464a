import { CombinedGraphQLErrors, ServerError } from '@apollo/client';

export type GraphqlErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'QUERY_TOO_COSTLY'
  | 'INTERNAL_SERVER_ERROR';

interface ErrorEntry {
  message: string;
  code: string;
}

/**
 * GraphQL errors of a failed operation. The server answers some of them (UNAUTHENTICATED: 401) with a
 * non-2xx status, which Apollo Client reports as a ServerError whose body still holds the errors.
 */
function errorEntries(error: unknown): ErrorEntry[] {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.map((e) => ({ message: e.message, code: String(e.extensions?.['code'] ?? '') }));
  }
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: { message: string; extensions?: { code?: string } }[] };
      if (body.errors?.length) return body.errors.map((e) => ({ message: e.message, code: e.extensions?.code ?? '' }));
    } catch {
      // not a GraphQL body: fall through to the status code
    }
    if (error.statusCode === 401) return [{ message: error.message, code: 'UNAUTHENTICATED' }];
  }
  return [];
}

export function graphqlErrorCodes(error: unknown): string[] {
  return errorEntries(error).map((e) => e.code);
}

export function hasErrorCode(error: unknown, code: GraphqlErrorCode): boolean {
  return graphqlErrorCodes(error).includes(code);
}

/** A readable message for an error state or a toast. */
export function errorMessage(error: unknown): string {
  const entries = errorEntries(error);
  if (entries.length > 0) return entries.map((e) => e.message).join('\n');
  if (error instanceof Error) return error.message;
  return 'Something went wrong';
}
