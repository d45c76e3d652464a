import { ws } from 'msw';
import {
  getOperationAST,
  GraphQLError,
  parse,
  specifiedRules,
  subscribe,
  validate,
  type ExecutionResult,
  type GraphQLFormattedError,
} from 'graphql';
import { assertOperationAllowed } from './access';
import { limitRules, MAX_QUERY_COST, operationCost, tooCostly } from './cost';
import { formatError } from './execute-operation';
import type { MockContext } from './mock-context';
import { ErrorCode } from './mock-errors';
import { accessRules, mockSchema } from './mock-schema';
import { MOCK_BASE_DOMAIN, state, viewer } from './store';

interface SubscribePayload {
  query?: unknown;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

/**
 * What the server's graphql-ws `onSubscribe` checks (server/src/http/websocket.ts), in its order:
 * parse, validate with the limits, subscriptions only, access, cost. Errors refuse the subscribe.
 */
async function subscribeOperation(payload: SubscribePayload): Promise<{ refused: GraphQLFormattedError[] } | { result: AsyncIterable<ExecutionResult> | ExecutionResult }> {
  const schema = mockSchema();
  let document;
  try {
    document = parse(typeof payload.query === 'string' ? payload.query : '');
  } catch (error) {
    return { refused: [(error as GraphQLError).toJSON()] };
  }
  const errors = validate(schema, document, [...specifiedRules, ...limitRules()]);
  if (errors.length) return { refused: errors.map((e) => e.toJSON()) };
  const operationName = payload.operationName ?? undefined;
  const operation = getOperationAST(document, operationName);
  if (!operation || operation.operation !== 'subscription') {
    const message = 'Only subscriptions run over WebSocket; send queries and mutations over HTTP.';
    return { refused: [new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT } }).toJSON()] };
  }
  const variables = payload.variables ?? undefined;
  const caller = viewer();
  const callerTenant = caller ? state.tenants.find((t) => t.id === caller.tenantId) : undefined;
  try {
    const who = { authenticated: !!caller, master: !!callerTenant?.isMaster, role: caller?.role ?? null };
    assertOperationAllowed(schema, document, operation, who, accessRules());
    const cost = operationCost(schema, document, operationName, variables);
    if (cost > MAX_QUERY_COST) throw tooCostly(cost);
  } catch (error) {
    if (error instanceof GraphQLError) return { refused: [error.toJSON()] };
    throw error;
  }
  const contextValue: MockContext = { state, viewer: caller, baseDomain: MOCK_BASE_DOMAIN, now: new Date(), requestId: crypto.randomUUID() };
  return { result: await subscribe({ schema, document, variableValues: variables, operationName, contextValue }) };
}

const formatted = (result: ExecutionResult) =>
  JSON.parse(JSON.stringify(result.errors?.length ? { ...result, errors: result.errors.map(formatError) } : result)) as unknown;

/**
 * The API's graphql-ws endpoint over the mock schema, for component tests that open a live
 * connection (`renderApp(path, { liveConnection: true })`): they opt in with
 * `server.use(mockGraphqlWs(url))`. Subscriptions run their `subscribe` resolvers against the
 * store, as the server's do against the database: `jobProgress` follows a mock job chunk by chunk.
 */
export function mockGraphqlWs(url: string) {
  return ws.link(url).addEventListener('connection', ({ client }) => {
    const running = new Map<string, AsyncIterator<ExecutionResult>>();
    const send = (message: object) => client.send(JSON.stringify(message));

    const run = async (id: string, payload: SubscribePayload) => {
      const outcome = await subscribeOperation(payload);
      if ('refused' in outcome) {
        send({ id, type: 'error', payload: outcome.refused });
        return;
      }
      const { result } = outcome;
      if (!(Symbol.asyncIterator in result)) {
        // The subscribe resolver failed (NOT_FOUND…): one result with the error, then the end.
        send({ id, type: 'next', payload: formatted(result) });
        send({ id, type: 'complete' });
        return;
      }
      const iterator = result[Symbol.asyncIterator]();
      running.set(id, iterator);
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        if (!running.has(id)) return;
        send({ id, type: 'next', payload: formatted(next.value) });
      }
      if (running.delete(id)) send({ id, type: 'complete' });
    };

    const stop = (id: string) => {
      const iterator = running.get(id);
      running.delete(id);
      void iterator?.return?.();
    };

    client.addEventListener('message', (event) => {
      const message = JSON.parse(String(event.data)) as { type: string; id?: string; payload?: SubscribePayload };
      if (message.type === 'connection_init') send({ type: 'connection_ack' });
      else if (message.type === 'ping') send({ type: 'pong' });
      else if (message.type === 'subscribe' && message.id) void run(message.id, message.payload ?? {});
      else if (message.type === 'complete' && message.id) stop(message.id);
    });
    client.addEventListener('close', () => [...running.keys()].forEach(stop));
  });
}
