import { bootstrap } from "../src/bootstrap.js";
import { type Config, loadConfig } from "../src/config/config.js";
import { createLogger, type Logger } from "../src/config/logger.js";
import type { Database } from "../src/db/client.js";
import { type App, startApp } from "../src/http/app.js";
import { app as composition } from "../src/modules/registry.js";
import { openDatabaseCopy, openMigratedDatabase } from "./database-template.js";
import { startSetupClock } from "./setup-time.js";

export const MASTER = { email: "master@test.local", password: "master-password-123" };
const SECRET = "test-secret-test-secret-test-secret-0123";

/**
 * A fresh migrated database for one test file: embedded PGlite in memory, or — when TEST_DATABASE_URL
 * is set (CI) — a throw-away database on that PostgreSQL server, dropped on close. Under Vitest it is a
 * copy of the run's template (test/global-setup.ts); elsewhere (`pnpm bench`) it is migrated here.
 */
export async function createTestDatabase(): Promise<Database> {
  const template = process.env.VITEST ? (await import("vitest")).inject("databaseTemplate") : undefined;
  return template ? openDatabaseCopy(template) : openMigratedDatabase(process.env.TEST_DATABASE_URL);
}

export interface TestServer {
  app: App;
  config: Config;
  database: Database;
  url: string;
  /** A client with its own cookie jar. */
  client(): TestClient;
  /** A client signed in as the master admin. */
  master(): Promise<TestClient>;
  close(): Promise<void>;
}

export async function startTestServer(
  env: Record<string, string> = {},
  overrides: Partial<Config> = {},
  logger?: Logger,
): Promise<TestServer> {
  const loaded = loadConfig({
    NODE_ENV: "test",
    PORT: "0",
    HOST: "127.0.0.1",
    GATEHOUSE_SECRET: SECRET,
    GATEHOUSE_MASTER_EMAIL: MASTER.email,
    GATEHOUSE_MASTER_PASSWORD: MASTER.password,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent",
    // Jobs enqueued by a test wake this process's workers at once; a slow idle poll keeps the
    // statement counts of other tests exact.
    GATEHOUSE_JOB_POLL_MS: "600000",
    // Likewise the scheduler (delivery retries, purges): tests of it set their own.
    GATEHOUSE_SCHEDULER_TICK_MS: "600000",
    // Every test request comes from 127.0.0.1: the per-address login limit is tested on its own (session.test.ts).
    GATEHOUSE_LOGIN_ADDRESS_LIMIT: "100000",
    ...env,
  });
  const config = { ...loaded, ...overrides };
  logger ??= createLogger(config);
  const clock = startSetupClock();
  const database = await createTestDatabase();
  clock.lap("database");
  await bootstrap(composition, config, logger, database, { demo: false });
  clock.lap("bootstrap");
  const app = await startApp(composition, config, logger, database);
  clock.lap("app");
  clock.report("server start");
  const server: TestServer = {
    app,
    config,
    database,
    url: app.url,
    client: () => new TestClient(`${app.url}/graphql`),
    async master() {
      const c = server.client();
      await c.login({ email: MASTER.email, password: MASTER.password });
      return c;
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
  return server;
}

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data: T | null | undefined;
  errors: { message: string; path?: string[]; extensions: { code: string; [k: string]: unknown } }[] | undefined;
  extensions: Record<string, any> | undefined;
  headers: Headers;
}

/**
 * `fetch`, sent again once when the kept-alive socket it picked turns out closed (ECONNRESET before any
 * answer): a test that blocks this process's event loop for seconds (the demo seed runs PGlite, which
 * computes on this thread) lets the server's keep-alive timer and the client's fire late together, and
 * the client may pick a socket the server is closing. The server never saw that request.
 */
async function fetchFresh(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code;
    if (code !== "ECONNRESET" && code !== "UND_ERR_SOCKET") throw error;
    return fetch(url, init);
  }
}

export class TestClient {
  cookie: string | null = null;
  bearer: string | null = null;

  constructor(readonly endpoint: string) {}

  withToken(token: string): TestClient {
    const c = new TestClient(this.endpoint);
    c.bearer = token;
    return c;
  }

  async gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GraphQLResponse<T>> {
    const res = await fetchFresh(this.endpoint, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.bearer ? { authorization: `Bearer ${this.bearer}` } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = res.headers.getSetCookie();
    for (const c of setCookie) {
      const [pair] = c.split(";");
      this.cookie = pair!.endsWith("=") ? null : pair!;
    }
    const body = (await res.json()) as { data?: T; errors?: GraphQLResponse["errors"]; extensions?: Record<string, any> };
    return { status: res.status, data: body.data, errors: body.errors, extensions: body.extensions, headers: res.headers };
  }

  /** Runs a query that must succeed; returns its data. */
  async ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const res = await this.gql<T>(query, variables);
    if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
    return res.data as T;
  }

  async login(input: { tenant?: string; email: string; password: string }) {
    const data = await this.ok(
      `mutation($input: LoginInput!) { login(input: $input) { user { id email } userErrors { field code message } } }`,
      { input },
    );
    if (data.login.userErrors.length) throw new Error(`login failed: ${JSON.stringify(data.login.userErrors)}`);
    return data.login.user as { id: string; email: string };
  }
}
