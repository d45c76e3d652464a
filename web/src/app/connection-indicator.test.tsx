import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ws } from 'msw';
import type { Client } from 'graphql-ws';
import { server } from '../mocks/server';
import { demo, state } from '../mocks/store';
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
function renderLiveIndicator(options: { resubscribeDelayMs?: number } = {}) {
  const store = createConnectionStatusStore('connecting');
  wsClient = createGraphqlWsClient(graphqlWsUrl(href), store, { onUnauthenticated: () => {} });
  const apolloClient = createApolloClient({ href, wsClient, onUnauthenticated: () => {} });
  render(
    <AppProviders apolloClient={apolloClient}>
      <ConnectionIndicator store={store} resubscribeDelayMs={options.resubscribeDelayMs} />
    </AppProviders>,
  );
}

type ServerSide = { send: (data: string) => void; close: (code?: number, reason?: string) => void };

/**
 * A graphql-ws server: acknowledges each connection and hands each subscribe to `onSubscribe`
 * with the connection's number (0 for the first) and the operation's name (the whole app also
 * subscribes to `notificationReceived`, which a heartbeat would not answer).
 */
function graphqlWsServer(onSubscribe: (client: ServerSide, id: string, connection: number, operationName: string | undefined) => void) {
  let connections = 0;
  server.use(
    api.addEventListener('connection', ({ client }) => {
      const connection = connections++;
      client.addEventListener('message', (event) => {
        const message = JSON.parse(String(event.data)) as { type: string; id?: string; payload?: { operationName?: string } };
        if (message.type === 'connection_init') client.send(JSON.stringify({ type: 'connection_ack' }));
        if (message.type === 'subscribe' && message.id) onSubscribe(client, message.id, connection, message.payload?.operationName);
      });
    }),
  );
}

const heartbeat = (id: string) =>
  JSON.stringify({ id, type: 'next', payload: { data: { heartbeat: { __typename: 'Heartbeat', at: '2026-01-15T09:00:00.000Z' } } } });

describe('connection indicator', () => {
  it('says "mock" when the app runs without a server connection', async () => {
    signInAs(demo.masterEmail);
    await renderApp('/settings/personal');
    const indicator = await screen.findByRole('status', { name: 'Connection: mock' });
    expect(indicator).toHaveTextContent('Mock');
  });

  it('tells the last heartbeat in a tooltip while the pointer is on the badge', async () => {
    graphqlWsServer((client, id, _connection, operationName) => {
      if (operationName === 'Heartbeat') client.send(heartbeat(id));
    });
    renderLiveIndicator();
    const indicator = await screen.findByRole('status', { name: 'Connection: live' });
    // jsdom lays nothing out, so Mantine hides the open tooltip as if its badge were off screen: `hidden: true`.
    expect(screen.queryByRole('tooltip', { hidden: true })).not.toBeInTheDocument();
    const user = userEvent.setup();
    await user.hover(indicator);
    const lastBeat = new Date('2026-01-15T09:00:00.000Z').toLocaleTimeString();
    expect(await screen.findByRole('tooltip', { hidden: true })).toHaveTextContent(`Live: last heartbeat ${lastBeat}`);
    await user.unhover(screen.getByRole('status', { name: 'Connection: live' }));
    await waitFor(() => expect(screen.queryByRole('tooltip', { hidden: true })).not.toBeInTheDocument());
    // And again, on every hover.
    await user.hover(screen.getByRole('status', { name: 'Connection: live' }));
    expect(await screen.findByRole('tooltip', { hidden: true })).toHaveTextContent('Live: last heartbeat');
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

  it('subscribes again after a close graphql-ws does not retry, and goes live again', async () => {
    const subscribes: number[] = [];
    graphqlWsServer((client, id, connection) => {
      subscribes.push(connection);
      // 4500 (internal error) is fatal to graphql-ws: no reconnect of its own.
      if (connection === 0) client.close(4500, 'Internal error');
      else client.send(heartbeat(id));
    });
    renderLiveIndicator({ resubscribeDelayMs: 50 });
    expect(await screen.findByRole('status', { name: 'Connection: offline' })).toBeInTheDocument();
    expect(await screen.findByRole('status', { name: 'Connection: live' })).toBeInTheDocument();
    expect(subscribes).toEqual([0, 1]);
  });

  it('sends the viewer to the login page when the server closes the socket as unauthorized (4401)', async () => {
    let close: (() => void) | undefined;
    graphqlWsServer((client, id, _connection, operationName) => {
      if (operationName === 'Heartbeat') client.send(heartbeat(id));
      // What the server does when its periodic re-check finds the session ended or the token revoked.
      close = () => client.close(4401, 'Session ended');
    });
    signInAs(demo.masterEmail);
    const app = await renderApp('/settings/personal?tab=x', { liveConnection: true });
    wsClient = app.wsClient ?? undefined;
    expect(await screen.findByRole('status', { name: 'Connection: live' })).toBeInTheDocument();
    expect(JSON.stringify(app.apolloClient.cache.extract())).toContain(demo.masterEmail);

    state.sessionUserId = null; // the session ended on the server (logged out elsewhere, say)
    close?.();
    await waitFor(() => expect(app.router.state.location.pathname).toBe('/login'));
    expect(app.router.state.location.search).toEqual({ redirect: '/settings/personal?tab=x' });
    // The store was cleared: nothing of the signed-out user is left in the cache.
    expect(JSON.stringify(app.apolloClient.cache.extract())).not.toContain(demo.masterEmail);
  });
});
