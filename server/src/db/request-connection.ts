import { entityKind, sql } from "drizzle-orm";
import type { PgDatabase, PgDialect, PgQueryResultHKT, PgSession } from "drizzle-orm/pg-core";
import { PgTransaction } from "drizzle-orm/pg-core";
import type { Sql } from "postgres";

/** db/client.ts's `Executor` (it imports this file, so the type is spelled out here). */
type Executor = PgDatabase<PgQueryResultHKT>;

/**
 * The database connection of one GraphQL request (http/graphql-http.ts):
 *  - `write` (a mutation): one transaction — all of it or nothing;
 *  - `read` (a query): on PostgreSQL, a connection of the request pool with no transaction: a query's
 *    statements each read the latest committed data, as they would in a READ COMMITTED transaction,
 *    and BEGIN and COMMIT would be two more round trips. On PGlite (one session for the whole process)
 *    every request is one transaction, as `write`: that is what keeps requests from interleaving.
 *
 * On the PostgreSQL request pool the role and the tenant scope are session settings (see
 * `scopeIsLocal`): every request's first statement sets all of them, so what a previous request on the
 * connection left is always overwritten before anything reads it; no other code uses that pool.
 */
export type RequestMode = "read" | "write";

export interface RequestConnection {
  executor: Executor;
  /**
   * True when the scope must be set with `set_config(…, true)` (transaction-local: PGlite); false on
   * the PostgreSQL request pool, where settings are per session.
   */
  scopeIsLocal: boolean;
  /** Commits (or rolls back) a `write` request's transaction and gives the connection back. Call once. */
  end(outcome: "commit" | "rollback"): Promise<void>;
}

class RollbackRequest extends Error {}

/** PGlite: the request is one `db.transaction`, held open until `end`. */
export async function pgliteRequest(db: Executor): Promise<RequestConnection> {
  let finish!: (commit: boolean) => void;
  const outcome = new Promise<boolean>((resolve) => (finish = resolve));
  let started!: (tx: Executor) => void;
  const opened = new Promise<Executor>((resolve) => (started = resolve));
  const done = db.transaction(async (tx) => {
    started(tx);
    if (!(await outcome)) throw new RollbackRequest();
  });
  // A transaction that fails to start rejects `done` before `opened` resolves.
  const executor = await Promise.race([opened, done.then(() => Promise.reject(new Error("The request's transaction ended before it was used.")))]);
  return {
    executor,
    scopeIsLocal: true,
    async end(result) {
      finish(result === "commit");
      await done.catch((error: unknown) => {
        if (!(error instanceof RollbackRequest)) throw error;
      });
    },
  };
}

/**
 * PostgreSQL: a connection reserved from the request pool. For `write`, BEGIN is sent without waiting
 * for its answer, so it travels in one write with the request's first statement.
 */
export async function postgresRequest(pool: Sql, session: (client: Sql) => PgSession, dialect: PgDialect, mode: RequestMode): Promise<RequestConnection> {
  const reserved = await pool.reserve();
  const begun = mode === "write" ? reserved.unsafe("begin").execute() : null;
  // Its failure surfaces through the statements that follow (and in `end`), never as an unhandled rejection.
  begun?.catch(() => {});
  let ended = false;
  // Once given back, the connection serves the next request, in that request's scope: a statement this
  // request still tried to send after `end` would run there. It throws instead.
  const guarded = new Proxy(reserved, {
    get(target, property, receiver) {
      if (ended) throw new Error("This request's database connection was already given back.");
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
  const executor = new RequestExecutor(dialect, session(guarded), mode === "write") as unknown as Executor;
  return {
    executor,
    scopeIsLocal: false,
    async end(result) {
      if (ended) throw new Error("The request's connection was already ended.");
      ended = true;
      try {
        if (begun) {
          await begun;
          await reserved.unsafe(result === "commit" ? "commit" : "rollback");
        }
      } finally {
        reserved.release();
      }
    },
  };
}

/**
 * drizzle's handle on a reserved connection. Nested `transaction()` calls (a savepoint per item of a
 * bulk action) become savepoints inside the request's transaction, or — in a read request, which has
 * none — a transaction of their own.
 */
class RequestExecutor extends PgTransaction<PgQueryResultHKT> {
  static override readonly [entityKind]: string = "GatehouseRequestExecutor";

  constructor(
    private readonly requestDialect: PgDialect,
    private readonly requestSession: PgSession,
    private readonly inTransaction: boolean,
    nestedIndex = 0,
  ) {
    super(requestDialect, requestSession, undefined, nestedIndex);
  }

  override async transaction<T>(fn: (tx: PgTransaction<PgQueryResultHKT>) => Promise<T>): Promise<T> {
    const nested = new RequestExecutor(this.requestDialect, this.requestSession, true, this.nestedIndex + 1);
    const [open, keep, undo] = this.inTransaction
      ? [`savepoint sp${nested.nestedIndex}`, `release savepoint sp${nested.nestedIndex}`, `rollback to savepoint sp${nested.nestedIndex}`]
      : ["begin", "commit", "rollback"];
    await this.execute(sql.raw(open));
    let result: T;
    try {
      result = await fn(nested);
    } catch (error) {
      await this.execute(sql.raw(undo));
      throw error;
    }
    await this.execute(sql.raw(keep));
    return result;
  }
}
