import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { withoutMockOnlyDemo } from '../notifications/notification-seed';
import { withoutMockOnlyUsage } from '../usage/usage-seed';
import { withoutMockOnlyWebhooks } from '../webhooks/webhook-seed';
import { server as mockServer } from '../server';
import { resetMockState } from '../store';
import { GraphqlSession, type HttpAnswer } from './graphql-session';
import { exportFlows } from './export-flows';
import { parityFlows, type Expectation, type ParityStep, type Refs } from './parity-flows';
import { shapeSignature } from './shape-signature';

/**
 * The mock keeps to the contract: every step of the main flows, run against the MSW mock (in
 * Node, through the handlers the app's tests use) and against the real server (started by
 * real-server.ts), must give answers with the same signature — status, shape, codes, formats.
 */
const MOCK_URL = 'http://mock.gatehouse.test/graphql';

/** The main flows, then the CSV exports over what they left. */
const flows: ParityStep[] = [...parityFlows, ...exportFlows];

function at(data: unknown, path: string): string {
  const value = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | null)?.[key], data);
  if (typeof value !== 'string') throw new Error(`Nothing to keep at data.${path}`);
  return value;
}

const dataOf = (answer: HttpAnswer) => (answer.body as { data?: Record<string, unknown> | null }).data;

async function runFlows(session: GraphqlSession): Promise<HttpAnswer[]> {
  const refs: Refs = {};
  const answers: HttpAnswer[] = [];
  for (const step of flows) {
    let answer = await session.post(step.query, step.variables?.(refs));
    for (let attempt = 1; step.until && attempt < 100 && !step.until(dataOf(answer)); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      answer = await session.post(step.query, step.variables?.(refs));
    }
    answers.push(answer);
    for (const [ref, path] of Object.entries(step.keep ?? {})) {
      try {
        refs[ref] = at((answer.body as { data?: unknown }).data, path);
      } catch {
        // The step's own check reports why; later steps then fail on the missing ref.
      }
    }
  }
  return answers;
}

/** What the step is for, read from an answer: to be checked on both sides. */
function outcome(answer: HttpAnswer, expectation: Expectation): unknown {
  const body = answer.body as { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };
  if (expectation !== 'data' && 'error' in expectation) return { error: body.errors?.[0]?.extensions?.code };
  const payload = Object.values(body.data ?? {})[0] as { userErrors?: { code: string }[] } | null | undefined;
  const userErrors = payload?.userErrors?.map((e) => e.code) ?? [];
  if (expectation === 'data') return body.errors ? { errors: body.errors } : answer.status === 200 && userErrors.length === 0 ? 'data' : { userErrors };
  return { userErrors };
}

let mockAnswers: HttpAnswer[] = [];
let serverAnswers: HttpAnswer[] = [];

beforeAll(async () => {
  // From the server's demo data: the mock's extra demo notifications, its demo webhook and its usage alerts are its own.
  const seeded = resetMockState();
  resetMockState({ ...withoutMockOnlyDemo(seeded), ...withoutMockOnlyWebhooks(seeded), ...withoutMockOnlyUsage(seeded) });
  mockServer.listen({ onUnhandledRequest: 'error' });
  try {
    mockAnswers = await runFlows(new GraphqlSession(MOCK_URL));
  } finally {
    // MSW answers every /graphql request while it listens: the real server's turn comes after.
    mockServer.close();
  }
  serverAnswers = await runFlows(new GraphqlSession(`${inject('realServerUrl')}/graphql`));
}, 600_000);

afterAll(() => resetMockState());

describe('the mock and the server answer the main flows alike', () => {
  it.each(flows.map((step, index) => [step.name, step, index] as [string, ParityStep, number]))('%s', (_, step, index) => {
    const fromServer = serverAnswers[index]!;
    const fromMock = mockAnswers[index]!;
    const wanted = step.expect === 'data' ? 'data' : step.expect;
    expect(outcome(fromServer, step.expect), 'the server does not do what this step is for').toEqual(wanted);
    expect(outcome(fromMock, step.expect), 'the mock does not do what this step is for').toEqual(wanted);
    expect(shapeSignature(fromMock, step)).toEqual(shapeSignature(fromServer, step));
  });
});
