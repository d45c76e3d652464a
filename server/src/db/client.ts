import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import type { Logger as DrizzleLogger } from "drizzle-orm/logger";
import { type PgDatabase, PgDialect, type PgQueryResultHKT, type PgSession } from "drizzle-orm/pg-core";
import { PostgresJsSession } from "drizzle-orm/postgres-js/session";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { fileURLToPath } from "node:url";
import { lockDataDir } from "./data-dir-lock.js";
import { pgliteRequest, postgresRequest, type RequestConnection, type RequestMode } from "./request-connection.js";

/** A drizzle handle: the root database or a transaction. Query functions take one of these. */
export type Executor = PgDatabase<PgQueryResultHKT>;

export const migrationsFolder = fileURLToPath(new URL("../../../drizzle", import.meta.url));

export interface Database {
  db: Executor;
  driver: "pglite" | "postgres";
  /** SQL statements sent through drizzle since start; tests read it to catch N+1 queries. */
  readonly statementCount: number;
  /**
   * The usage endpoint's own connections (PostgreSQL: a pool of its own, opened on first use, so gateways'
   * calls never wait behind GraphQL requests or jobs, nor they behind gateways); on PGlite the database.
   */
  readonly usage: Executor;
  /** The connection of one GraphQL request (db/request-connection.ts). */
  openRequest(mode: RequestMode): Promise<RequestConnection>;
  migrate(): Promise<void>;
  close(): Promise<void>;
  /**
   * Sends a short message (at most 7,900 bytes) to every listener of the channel in every other process
   * using this database (PostgreSQL NOTIFY; this process's own listeners hear it too). Nothing on
   * PGlite, which only one process ever opens: a caller tells its own process directly.
   */
  notify(channel: string, payload: string): Promise<void>;
  /** Calls back with each message sent on the channel from now on, by any process; returns how to stop. */
  listen(channel: string, onMessage: (payload: string) => void): Promise<() => Promise<void>>;
}

/**
 * LISTEN/NOTIFY on PGlite: a single process by construction (data-dir-lock.ts), so `notify` has no one
 * else to tell (a caller tells its own process directly); `listen` still hears NOTIFYs sent by SQL,
 * such as the transactional `pg_notify` of an event sink, delivered when its transaction commits.
 */
function localChannels(client: PGlite): Pick<Database, "notify" | "listen"> {
  return {
    notify: async () => {},
    listen: async (channel, onMessage) => {
      const unlisten = await client.listen(channel, onMessage);
      return async () => {
        if (!client.closed) await unlisten();
      };
    },
  };
}

class CountingLogger implements DrizzleLogger {
  count = 0;
  logQuery(): void {
    this.count++;
  }
}

export interface DatabaseOptions {
  /** postgres:// URL; absent → embedded PGlite. */
  url?: string;
  /** PGlite data folder; absent with no url → in memory. */
  dataDir?: string;
  /** An existing PGlite instance (tests clone a migrated template). */
  pglite?: PGlite;
  /** PostgreSQL connections for GraphQL requests (default 10); the other pool has half as many, at least 4. */
  maxConnections?: number;
  /** PostgreSQL connections of the usage endpoint (default 10), opened on its first call. */
  usageConnections?: number;
  /** Told when a data directory locked by a process that is gone is taken over. */
  onWarning?: (message: string) => void;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const logger = new CountingLogger();
  if (options.url) {
    const pool = (name: string, max: number) => postgres(options.url!, { max, onnotice: () => {}, connection: { application_name: name } });
    // Two pools: `maxConnections` for GraphQL requests, and half as many (at least 4) for the rest — jobs
    // (GATEHOUSE_JOB_CONCURRENCY chunks at a time), login's short transactions, subscriptions — so a
    // running job never makes a login wait for a connection.
    const requestMax = options.maxConnections ?? 10;
    const client = pool("gatehouse", Math.max(4, Math.ceil(requestMax / 2)));
    const db = drizzlePostgres({ client, logger }) as unknown as Executor;
    // GraphQL requests have a pool of their own: its connections carry a request's scope as session
    // settings (db/request-connection.ts), which nothing else may inherit. drizzle() sets its type parsers on it.
    const requests = pool("gatehouse-requests", requestMax);
    drizzlePostgres({ client: requests, logger });
    let usagePool: ReturnType<typeof pool> | null = null;
    let usage: Executor | null = null;
    const dialect = new PgDialect();
    const session = (reserved: typeof requests) => new PostgresJsSession(reserved, dialect, undefined, { logger }) as unknown as PgSession;
    return {
      db,
      driver: "postgres",
      get statementCount() {
        return logger.count;
      },
      get usage() {
        if (!usage) {
          usagePool = pool("gatehouse-usage", options.usageConnections ?? 10);
          usage = drizzlePostgres({ client: usagePool, logger }) as unknown as Executor;
        }
        return usage;
      },
      openRequest: (mode) => postgresRequest(requests, session, dialect, mode),
      migrate: () => migratePostgres(db as never, { migrationsFolder }),
      close: async () => {
        await Promise.all([client.end({ timeout: 5 }), requests.end({ timeout: 5 }), usagePool?.end({ timeout: 5 })]);
      },
      async notify(channel, payload) {
        await client.notify(channel, payload);
      },
      async listen(channel, onMessage) {
        // postgres.js listens on a connection of its own, and listens again after reconnecting.
        const { unlisten } = await client.listen(channel, onMessage);
        return unlisten;
      },
    };
  }
  let lock: ReturnType<typeof lockDataDir> | null = null;
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    // Throws DataDirLockedError when another process has the directory open (data-dir-lock.ts).
    lock = lockDataDir(options.dataDir, options.onWarning ?? ((message) => console.warn(message)));
  }
  let client: PGlite;
  try {
    client = options.pglite ?? (await PGlite.create(options.dataDir ? { dataDir: options.dataDir } : {}));
  } catch (error) {
    lock?.release();
    throw error;
  }
  const db = drizzlePglite({ client, logger }) as unknown as Executor;
  return {
    db,
    driver: "pglite",
    usage: db,
    openRequest: () => pgliteRequest(db),
    get statementCount() {
      return logger.count;
    },
    migrate: () => migratePglite(db as never, { migrationsFolder }),
    ...localChannels(client),
    async close() {
      try {
        await client.close();
      } finally {
        lock?.release();
      }
    },
  };
}

/** The rows of a raw `execute`: postgres.js answers an array, PGlite an object with `rows`. */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : ((result as { rows?: T[] }).rows ?? [])) as T[];
}

export async function ping(db: Executor): Promise<void> {
  await db.execute(sql`select 1`);
}
