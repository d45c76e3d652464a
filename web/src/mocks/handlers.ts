import { graphql, HttpResponse } from 'msw';
import { execute, parse } from 'graphql';
import { mockSchema } from './mock-schema';

/** One handler for every operation: run it against the executable mock schema. */
export const handlers = [
  graphql.operation(async ({ query, variables, operationName }) => {
    const result = await execute({
      schema: mockSchema(),
      document: parse(query),
      variableValues: variables,
      operationName,
    });
    const unauthenticated = result.errors?.some((e) => e.extensions['code'] === 'UNAUTHENTICATED');
    // Like the server: an operation refused for want of a session answers 401.
    return HttpResponse.json(JSON.parse(JSON.stringify(result)), { status: unauthenticated ? 401 : 200 });
  }),
];
