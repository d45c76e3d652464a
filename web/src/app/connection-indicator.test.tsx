import { afterEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { ws } from 'msw';
import type { Client } from 'graphql-ws';
import { server } from '../mocks/server';
import { demo } from '../mocks/store';
import { renderApp, signInAs } from '../testing/render-app';
import { createApolloClient } from '../lib/apollo-client';
import { createConnectionStatusStore, createGraphqlWsClient, graphqlWsUrl } from '../lib/graphql-ws-client';
import { AppProviders } from './providers';
import { ConnectionIndicator } from './connection-indicator';

const href = 'http://localhost:3000/';
/** The API's graphql-ws endpoint, answered by MSW: no real socket is opened. */
const api = ws.link(graphqlWsUrl(href));

let wsClient: Client | undefined;
afterEach(() => {
  // Not awaited: after a drop, dispose waits out graphql-ws's reconnect back-off (1–4 s). Once the
  // indicator unmounts no subscription holds the socket, so the pending retry gives up by itself.
  void Promise.resolve(wsClient?.dispose()).catch(() => {});
  wsClient = undefined;
});

/** The indicator wired as the app wires it, over a live (MSW-intercepted) graphql-ws client. */
function renderLiveIndicator() {
  const store = createConnectionStatusStore('connecting');
  wsClient = createGraphqlWsClient(graphqlWsUrl(href), store);
  const apolloClient = createApolloClient({ href, wsClient, onUnauthenticated: () => {} });
  render(
    <AppProviders apolloClient={apolloClient}>
      <ConnectionIndicator store={store} />
    </AppProviders>,
  );
}

describe('connection indicator', () => {
  it('says "mock" when the app runs without a server connection', async () => {
    signInAs(demo.masterEmail);
    await renderApp('/settings/personal');
    const indicator = await screen.findByRole('status', { name: 'Connection: mock' });
    expect(indicator).toHaveTextContent('Mock');
  });

  it('goes live when the socket is acknowledged, and offline when the server closes it', async () => {
    const serverSide: { close: (code?: number, reason?: string) => void }[] = [];
    server.use(
      api.addEventListener('connection', ({ client }) => {
        serverSide.push(client);
        client.addEventListener('message', (event) => {
          const message = JSON.parse(String(event.data)) as { type: string; id?: string };
          if (message.type === 'connection_init') client.send(JSON.stringify({ type: 'connection_ack' }));
          if (message.type === 'subscribe') {
            const heartbeat = { heartbeat: { __typename: 'Heartbeat', at: '2026-01-15T09:00:00.000Z' } };
            client.send(JSON.stringify({ id: message.id, type: 'next', payload: { data: heartbeat } }));
          }
        });
      }),
    );
    renderLiveIndicator();
    // Opening the heartbeat subscription opens the lazy socket.
    expect(screen.getByRole('status', { name: 'Connection: connecting' })).toBeInTheDocument();
    expect(await screen.findByRole('status', { name: 'Connection: live' })).toHaveTextContent('Live');

    // A server going away (not a normal 1000 close, after which graphql-ws reconnects at once):
    // the client backs off for a second or more before "connecting" again, long enough to look.
    serverSide[0]?.close(1001, 'Going away');
    expect(await screen.findByRole('status', { name: 'Connection: offline' })).toHaveTextContent('Offline');
  });
});
