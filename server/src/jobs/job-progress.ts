import type { Logger } from "../config/logger.js";
import type { Database } from "../db/client.js";
import { pubSub } from "../graphql/pubsub.js";
import { publishEverywhere } from "../graphql/relay.js";

const TOPIC = "JOB_PROGRESS";

/**
 * Tells every server process's `jobProgress` subscribers that the job changed, after the chunk that
 * changed it committed (graphql/relay.ts): a browser connected to another process follows it too.
 */
export function publishJobProgress(database: Database, logger: Logger, jobId: string): void {
  publishEverywhere(database, logger, TOPIC, jobId);
}

/** A signal each time the job changes from now on (read its state then). Ending the iteration unsubscribes. */
export function jobProgressEvents(jobId: string): AsyncGenerator<unknown> {
  return pubSub.subscribe(TOPIC, jobId) as AsyncGenerator<unknown>;
}
