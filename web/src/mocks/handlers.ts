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
    return HttpResponse.json(JSON.parse(JSON.stringify(result)));
  }),
];
