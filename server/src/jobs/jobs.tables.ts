import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { Actor } from "../auth/actor.js";
import { createdAt, primaryId, timestampMs } from "../db/columns.js";
import { tenantIsolation } from "../db/tenancy.sql.js";
import { defineEnum, type EnumValue } from "../kit/enum.js";

/** Every state of a job, once: the SQL check, the TypeScript union and the GraphQL enum come from this declaration. */
export const JobStatus = defineEnum("JobStatus", "Where a job is in its life: QUEUED → RUNNING → SUCCEEDED, FAILED or CANCELLED.", {
  QUEUED: "Waiting for a worker.",
  RUNNING: "A worker is going through its items, chunk by chunk.",
  SUCCEEDED: "Every item was processed; some may have failed (see `failed` and `failures`).",
  FAILED: "The job stopped before the end because of an error of its own (see `error`); items processed before stay applied.",
  CANCELLED: "Stopped on request between two chunks; items processed before stay applied.",
});
export type JobStatus = EnumValue<typeof JobStatus>;
/** A job in one of these states still has work, or a cancel, to carry out. */
export const activeJobStatuses = ["QUEUED", "RUNNING"] as const satisfies readonly JobStatus[];


/**
 * Durable jobs (docs/jobs.md). The row is the job's whole state: the worker advances `cursor` and
 * the counts in the same transaction as the chunk of items it applied, so a crash never loses or
 * repeats a chunk. Tenant-owned: the tenant's users read their jobs through row-level security;
 * workers find jobs of every tenant only through `gatehouse_claim_job` (drizzle/0005_jobs_claim.sql).
 * `tenant_id` references tenants(id) with a foreign key declared in that migration, since the core
 * does not import the tenants module.
 */
export const jobs = pgTable(
  "jobs",
  {
    id: primaryId(),
    tenantId: uuid("tenant_id").notNull(),
    /** The job kind's name, e.g. `team.revokeAccessTokens`. */
    kind: text("kind").notNull(),
    status: text("status", { enum: JobStatus.values }).notNull().default("QUEUED"),
    /** The kind's parameters, as validated by its schema when the job was enqueued. */
    params: jsonb("params").notNull(),
    /** Who the job acts for; its chunks run in this actor's tenant scope. */
    actor: jsonb("actor").$type<Actor>().notNull(),
    /** Items counted when the job started; null until then. */
    total: integer("total"),
    processed: integer("processed").notNull().default(0),
    succeeded: integer("succeeded").notNull().default(0),
    failed: integer("failed").notNull().default(0),
    /** The last item processed (keyset cursor); null before the first chunk. */
    cursor: text("cursor"),
    cancelRequested: boolean("cancel_requested").notNull().default(false),
    /** The worker (host:pid:random) that holds the job, or last held it. */
    leaseOwner: text("lease_owner"),
    /** Until when the owner may go on without committing a chunk; another worker may claim the job after it. */
    leaseExpiresAt: timestampMs("lease_expires_at"),
    /** Chunks that failed in a row (not item failures); the job fails after a few. */
    attempts: integer("attempts").notNull().default(0),
    /** Why the job failed, in words for a person (details are in the server log). */
    error: text("error"),
    createdAt: createdAt(),
    startedAt: timestampMs("started_at"),
    finishedAt: timestampMs("finished_at"),
    /** Set with clock_timestamp() on every change: orders progress events of one job. */
    updatedAt: timestampMs("updated_at").notNull().default(sql`now()`),
  },
  (t) => [
    index("jobs_tenant_created_idx").on(t.tenantId, t.createdAt, t.id),
    // What `gatehouse_claim_job` scans: the jobs with work left, oldest first.
    index("jobs_claimable_idx")
      .on(t.createdAt, t.id)
      .where(JobStatus.sqlIn(t.status, activeJobStatuses)),
    JobStatus.check("jobs_status_check", t.status),
    check("jobs_counts_check", sql`${t.processed} = ${t.succeeded} + ${t.failed}`),
    tenantIsolation("tenant_id"),
  ],
);

/** Items a job could not apply, with the kind's code and message. One row per item at most. */
export const jobFailures = pgTable(
  "job_failures",
  {
    id: primaryId(),
    tenantId: uuid("tenant_id").notNull(),
    jobId: uuid("job_id")
      .notNull()
      .references(() => jobs.id, { onDelete: "cascade" }),
    /** The item's place in the job (0-based): failures list in the order the job met them. */
    position: integer("position").notNull(),
    itemId: text("item_id").notNull(),
    /** The GraphQL type of the item, when the kind declares one: `itemId` is then shown as its global ID. */
    itemType: text("item_type"),
    code: text("code").notNull(),
    message: text("message").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("job_failures_job_item_key").on(t.jobId, t.itemId),
    index("job_failures_job_position_idx").on(t.jobId, t.position, t.id),
    tenantIsolation("tenant_id"),
  ],
);

export type JobRow = typeof jobs.$inferSelect;
export type JobFailureRow = typeof jobFailures.$inferSelect;

/**
 * The scheduler's slots (scheduler.ts): a periodic task runs once per slot across every server
 * process: the process whose insert of (task, slot) succeeds runs it. Not tenant-owned.
 */
export const scheduledRuns = pgTable(
  "scheduled_runs",
  {
    task: text("task").notNull(),
    /** The start of the slot (the time rounded down to the task's period). */
    slot: timestampMs("slot").notNull(),
    owner: text("owner").notNull(),
    startedAt: timestampMs("started_at").notNull().default(sql`clock_timestamp()`),
    finishedAt: timestampMs("finished_at"),
    error: text("error"),
  },
  (t) => [primaryKey({ columns: [t.task, t.slot] }), index("scheduled_runs_started_idx").on(t.startedAt)],
);
