import { onJobCancelRequested, onJobFinished } from "../../jobs/job.service.js";
import { defineModule } from "../../kit/module.js";
import { emit } from "./events.service.js";
import { AuditEntryResolver } from "./events.resolver.js";
import { createEventsLoaders } from "./events.loaders.js";

// Cancelling a job is a mutation of the jobs core, which knows no module: it tells us.
onJobCancelRequested((tx, actor, job) =>
  emit(tx, actor, { type: "job", action: "cancel_requested", target: { type: "Job", id: job.id, name: job.kind }, summary: `Asked the job ${job.kind} to stop.` }).then(() => undefined),
);

// A job ending on its own is recorded, and whoever started it is told (the bell, and mail if they want).
onJobFinished((tx, job) => {
  const startedBy = job.actor.kind === "user" ? job.actor.userId : job.actor.onBehalfOf;
  const outcome =
    job.status === "SUCCEEDED"
      ? `finished: ${job.succeeded} of ${job.processed} item${job.processed === 1 ? "" : "s"} done${job.failed ? `, ${job.failed} failed` : ""}`
      : `failed: ${job.error ?? "stopped by an error"}`;
  return emit(
    tx,
    { kind: "system", tenantId: job.tenantId, master: job.actor.master, name: `job:${job.id}`, onBehalfOf: startedBy },
    {
      type: "job",
      action: job.status === "SUCCEEDED" ? "finished" : "failed",
      target: { type: "Job", id: job.id, name: job.kind },
      summary: `The bulk operation ${job.kind} ${outcome}.`,
      notify: startedBy ? { type: "BULK_OPERATION_FINISHED", recipientId: startedBy } : undefined,
    },
  ).then(() => undefined);
});

/**
 * The event backbone: modules report what happened with `emit` inside their transactions; the audit
 * log records it (and, with the notifications issue, notifications, mail and webhooks follow).
 */
export const eventsModule = defineModule({
  name: "events",
  resolvers: [AuditEntryResolver],
  loaders: { events: createEventsLoaders },
  nodes: { AuditEntry: (ctx, id) => ctx.loaders.events.auditEntryById.load(id) },
  typeAccess: { AuditEntry: { scope: "ACCOUNT_MANAGEMENT", admin: true } },
});
