import { pubSub } from "../graphql/pubsub.js";
import type { JobRow } from "./jobs.tables.js";

const TOPIC = "JOB_PROGRESS";

/**
 * Tells this process's `jobProgress` subscribers the job's new state, after the chunk that
 * changed it committed. In-process only for now: a subscriber connected to another server process
 * hears nothing until events are relayed between processes (the notifications issue brings
 * PostgreSQL LISTEN/NOTIFY into `pubSub`).
 */
export function publishJobProgress(job: JobRow): void {
  pubSub.publish(TOPIC, job.id, job);
}

/** Every state published for one job from now on. Ending the iteration unsubscribes. */
export function jobProgressEvents(jobId: string): AsyncGenerator<JobRow> {
  return pubSub.subscribe(TOPIC, jobId) as AsyncGenerator<JobRow>;
}
