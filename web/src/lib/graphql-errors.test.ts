// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import { errorMessage, hasErrorCode } from './graphql-errors';

describe('graphql errors', () => {
  it('reads codes from GraphQL errors', () => {
    const error = new CombinedGraphQLErrors({
      errors: [{ message: 'No.', extensions: { code: 'FORBIDDEN' } }],
    });
    expect(hasErrorCode(error, 'FORBIDDEN')).toBe(true);
    expect(errorMessage(error)).toBe('No.');
  });

  it('reads codes from a non-2xx GraphQL response (401 UNAUTHENTICATED)', () => {
    const body = JSON.stringify({ errors: [{ message: 'Sign in first.', extensions: { code: 'UNAUTHENTICATED' } }] });
    const error = new ServerError('Response not successful', {
      response: new Response(body, { status: 401 }),
      bodyText: body,
    });
    expect(hasErrorCode(error, 'UNAUTHENTICATED')).toBe(true);
    expect(errorMessage(error)).toBe('Sign in first.');
  });
});
