import { http, HttpResponse } from 'msw';
import { executeOperation, type GraphqlRequest } from './execute-operation';
import { exportDownloadHandler } from './exports/export-download';
import { requestIdOf } from './request-id';

/**
 * One handler for every operation sent to `/graphql` (mock mode and Vitest alike): the request
 * runs through the mock's copy of the server pipeline, and the answer keeps the server's HTTP
 * status (401 / 403 / 400 for an operation refused before it ran) and its `X-Request-Id` (the
 * client's, when plausible, or a new one). Tests override single
 * operations with `graphql.query(...)`, which MSW tries first.
 */
export const handlers = [
  http.post('*/graphql', async ({ request }) => {
    let body: unknown;
    try {
      body = await request.json();
    } catch {
      body = null;
    }
    const graphqlRequest = body && typeof body === 'object' && !Array.isArray(body) ? (body as GraphqlRequest) : {};
    const requestId = requestIdOf(request.headers.get('x-request-id'));
    const { status, body: result } = await executeOperation(graphqlRequest, { requestId });
    return HttpResponse.json(result, { status, headers: { 'x-request-id': requestId } });
  }),
  // The CSV file of an export (`Export.url`), as the server serves it beside /graphql.
  exportDownloadHandler,
];
