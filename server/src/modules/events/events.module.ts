import { onJobCancelRequested } from "../../jobs/job.service.js";
import { defineModule } from "../../kit/module.js";
import { emit } from "./events.service.js";
import { AuditEntryResolver } from "./events.resolver.js";
import { createEventsLoaders } from "./events.loaders.js";

// Cancelling a job is a mutation of the jobs core, which knows no module: it tells us.
onJobCancelRequested((tx, actor, job) =>
  emit(tx, actor, { type: "job", action: "cancel_requested", target: { type: "Job", id: job.id, name: job.kind }, summary: `Asked the job ${job.kind} to stop.` }).then(() => undefined),
);

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
