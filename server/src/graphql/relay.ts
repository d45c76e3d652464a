import type { Logger } from "../config/logger.js";
import type { Database } from "../db/client.js";
import { pubSub } from "./pubsub.js";

/** The one channel events travel between server processes on. */
const CHANNEL = "gatehouse_events";

interface RelayedEvent {
  /** The topic of `pubSub` (`JOB_PROGRESS`, later `NOTIFICATION`). */
  t: string;
  /** The subscription key within it (a job's row id, a user's). */
  i: string;
}

/**
 * Tells every server process's subscribers of `topic` keyed `id` that something changed, after the
 * change committed: through the database (db/client.ts `notify`), so a subscriber connected to another
 * process hears it too. The message names the change, it does not carry it: a subscriber reads the
 * current state in its own scope, so nothing crosses a tenant's boundary and no size limit applies.
 * A message can be lost (the database away at that moment): subscribers also read again now and then
 * (jobs/job.resolver.ts), so a lost message delays an update but never stops one.
 */
export function publishEverywhere(database: Database, logger: Logger, topic: string, id: string): void {
  // This process's subscribers hear it at once, whatever becomes of the relay (they may hear it twice:
  // a signal says "read again", and reading twice changes nothing).
  pubSub.publish(topic, id, null);
  const message: RelayedEvent = { t: topic, i: id };
  database.notify(CHANNEL, JSON.stringify(message)).catch((error: unknown) => logger.error({ err: error, topic, id }, "relaying an event failed"));
}

/** Passes every relayed event on to this process's subscribers (`pubSub`), until the returned function is called. */
export async function startRelay(database: Database, logger: Logger): Promise<() => Promise<void>> {
  return database.listen(CHANNEL, (payload) => {
    try {
      const { t, i } = JSON.parse(payload) as RelayedEvent;
      if (typeof t === "string" && typeof i === "string") pubSub.publish(t, i, null);
    } catch (error) {
      logger.warn({ err: error }, "ignored a malformed relayed event");
    }
  });
}
