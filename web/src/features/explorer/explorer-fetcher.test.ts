import { afterEach, describe, expect, it, vi } from 'vitest';
import { ws } from 'msw';
import { createClient, type Client } from 'graphql-ws';
import { server } from '../../mocks/server';
import { demo, state } from '../../mocks/store';
import { createExplorerFetcher } from './explorer-fetcher';

// GraphiQL's Monaco editors do not run in jsdom (no queryCommandSupported, no workers, and seconds of
// module loading), so the explorer's own logic, its fetcher, is tested on its own.

const href = 'http://localhost:3000/explorer';
const wsUrl = 'ws://localhost:3000/graphql';
const api = ws.link(wsUrl);

let wsClient: Client | undefined;
afterEach(async () => {
  server.events.removeAllListeners();
  await wsClient?.dispose();
  wsClient = undefined;
});

/** A graphql-ws server (via MSW) that acknowledges and answers every subscription with one heartbeat. */
function heartbeatServer() {
  const subscribed: unknown[] = [];
  server.use(
    api.addEventListener('connection', ({ client }) => {
      client.addEventListener('message', (event) => {
        const message = JSON.parse(String(event.data)) as { type: string; id?: string; payload?: unknown };
        if (message.type === 'connection_init') client.send(JSON.stringify({ type: 'connection_ack' }));
        if (message.type === 'subscribe') {
          subscribed.push(message.payload);
          const data = { heartbeat: { at: '2026-01-15T09:00:00.000Z' } };
          client.send(JSON.stringify({ id: message.id, type: 'next', payload: { data } }));
          client.send(JSON.stringify({ id: message.id, type: 'complete' }));
        }
      });
    }),
  );
  return subscribed;
}

describe('explorer fetcher', () => {
  it('posts queries as JSON to /graphql on the same origin, with the session cookie', async () => {
    state.sessionUserId = state.users.find((u) => u.email === demo.masterEmail)?.id ?? null;
    const posted: { method: string; url: string; contentType: string | null; body: unknown }[] = [];
    server.events.on('request:start', async ({ request }) => {
      posted.push({
        method: request.method,
        url: request.url,
        contentType: request.headers.get('content-type'),
        body: await request.clone().json(),
      });
    });
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const subscribed = heartbeatServer();
    wsClient = createClient({ url: wsUrl, lazy: true });
    const fetcher = createExplorerFetcher({ href, ws: wsClient });

    const params = { query: 'query Me { viewer { email } }', operationName: 'Me' };
    const result = await fetcher(params, {});

    expect(result).toEqual({ data: { viewer: { email: demo.masterEmail } }, extensions: { cost: expect.any(Object) } });
    expect(fetchSpy.mock.calls[0]?.[1]).toMatchObject({ method: 'POST', credentials: 'same-origin' });
    expect(posted).toEqual([
      { method: 'POST', url: 'http://localhost:3000/graphql', contentType: 'application/json', body: params },
    ]);
    expect(subscribed).toEqual([]);
  });

  it('sends subscriptions over graphql-ws and streams what the server pushes', async () => {
    const subscribed = heartbeatServer();
    const httpRequests = vi.fn();
    server.events.on('request:start', httpRequests);
    wsClient = createClient({ url: wsUrl, lazy: true });
    const fetcher = createExplorerFetcher({ href, ws: wsClient });

    const query = 'query Me { viewer { id } }\nsubscription Beat { heartbeat { at } }';
    const stream = (await fetcher({ query, operationName: 'Beat' }, {})) as AsyncIterable<unknown>;
    const received: unknown[] = [];
    for await (const result of stream) received.push(result);

    expect(received).toEqual([{ data: { heartbeat: { at: '2026-01-15T09:00:00.000Z' } } }]);
    expect(subscribed).toEqual([expect.objectContaining({ query, operationName: 'Beat' })]);
    expect(httpRequests).not.toHaveBeenCalled();
  });

  it('sends subscriptions over HTTP when no socket may be opened (mock mode)', async () => {
    const httpRequests: unknown[] = [];
    server.events.on('request:start', async ({ request }) => void httpRequests.push(await request.clone().json()));
    const fetcher = createExplorerFetcher({ href, ws: null });
    const params = { query: 'subscription Beat { heartbeat { at } }', operationName: 'Beat' };
    await fetcher(params, {});
    expect(httpRequests).toEqual([params]);
  });
});
