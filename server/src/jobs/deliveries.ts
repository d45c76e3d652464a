import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { sql } from "drizzle-orm";
import type { Logger } from "../config/logger.js";
import type { Database, Executor } from "../db/client.js";
import { pubSub } from "../graphql/pubsub.js";
import { publishEverywhere } from "../graphql/relay.js";
import type { ScheduledTask } from "./scheduler.js";

/** The relay topic that wakes delivery workers; the key is the queue's name. */
export const DELIVERY_TOPIC = "DELIVERY";

/**
 * A queue of things to send out of the database after their transaction committed: email from the
 * outbox, webhook deliveries. Rows wait in their module's table; a worker of any process claims a
 * batch (`FOR UPDATE SKIP LOCKED` through a SECURITY DEFINER function, as jobs are claimed), sends each
 * one holding no transaction, and records the outcome in the row's tenant scope: sent, or failed with
 * the next attempt's time, or failed for good after the last retry. A process that dies after sending
 * and before recording sends again once the lease has passed: delivery is at least once.
 */
export interface DeliveryQueue {
  /** Also the key of its wake-up signal. */
  name: string;
  /**
   * Claims, sends and records one batch as `owner`; returns how many it took (0: nothing due). Must
   * not throw for one item's failure (that is recorded on the item). Once `stopping()` says so, it
   * sends nothing more and hands what it claimed back.
   */
  runBatch(db: Executor, owner: string, logger: Logger, stopping: () => boolean): Promise<number>;
}

export interface DeliveryEngine {
  readonly owner: string;
  /** Stops claiming and waits for the batches in flight. */
  close(): Promise<void>;
}

/**
 * Wakes the delivery workers of every process once the current transaction commits (PostgreSQL
 * NOTIFY is transactional: it is sent on commit, and never when the transaction rolls back).
 */
export async function wakeDeliveriesOnCommit(tx: Executor, queue: string): Promise<void> {
  await tx.execute(sql`select pg_notify('gatehouse_events', ${JSON.stringify({ t: DELIVERY_TOPIC, i: queue })})`);
}

/** Wakes every process's workers for `queue` now (outside a transaction: after a retry was asked for). */
export function wakeDeliveries(database: Database, logger: Logger, queue: string): void {
  publishEverywhere(database, logger, DELIVERY_TOPIC, queue);
}

/**
 * The scheduled task that wakes the workers of every process once per slot: retries whose time has
 * come, and rows whose commit signal was lost, are picked up then (one process runs it per slot).
 */
export function retryDeliveries(queueNames: readonly string[], everyMs: number): ScheduledTask {
  return {
    name: "deliveries.retry",
    everyMs,
    async run(database, logger) {
      for (const name of queueNames) wakeDeliveries(database, logger, name);
    },
  };
}

/**
 * Runs the queues: a batch at a time per queue, again at once while batches come back non-empty,
 * then waiting for a wake-up signal (a commit that wrote rows, or the scheduler's retry slot).
 */
export function startDeliveries(database: Database, queues: readonly DeliveryQueue[], logger: Logger): DeliveryEngine {
  const owner = `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
  const log = logger.child({ component: "deliveries", owner });
  let closing = false;
  const running = new Map<string, Promise<void>>();
  const again = new Set<string>();

  const drain = async (queue: DeliveryQueue) => {
    for (;;) {
      again.delete(queue.name);
      let taken = 0;
      try {
        taken = await queue.runBatch(database.db, owner, log, () => closing);
      } catch (error) {
        log.error({ err: error, queue: queue.name }, "a delivery batch failed");
        return;
      }
      if (closing) return;
      if (taken === 0 && !again.has(queue.name)) return;
    }
  };
  const wake = (queue: DeliveryQueue) => {
    if (closing) return;
    if (running.has(queue.name)) {
      again.add(queue.name);
      return;
    }
    const run = drain(queue).finally(() => {
      running.delete(queue.name);
      if (again.has(queue.name)) wake(queue);
    });
    running.set(queue.name, run);
  };
  const wakeAll = () => queues.forEach(wake);

  // A signal (relay topic DELIVERY, keyed by the queue) from any process wakes that queue here.
  const keyed = queues.map((queue) => {
    const events = pubSub.subscribe(DELIVERY_TOPIC, queue.name) as AsyncGenerator<unknown>;
    void (async () => {
      for await (const _ of events) wake(queue);
    })();
    return events;
  });
  // What was left when a process stopped is picked up at start; due retries when the scheduler says so.
  setImmediate(wakeAll);

  return {
    owner,
    async close() {
      closing = true;
      await Promise.all(keyed.map((e) => e.return(undefined)));
      await Promise.all(running.values());
    },
  };
}
