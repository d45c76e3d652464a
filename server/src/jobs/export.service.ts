import { randomUUID } from "node:crypto";
import { and, asc, count, eq, gt, inArray, sql } from "drizzle-orm";
import type { Actor } from "../auth/actor.js";
import type { AccessTokenScope } from "../auth/principal.js";
import type { Executor } from "../db/client.js";
import { anonymousScope, inTenantTransaction } from "../db/tenancy.js";
import type { Caller } from "../graphql/access.js";
import { userError, type UserOutcome } from "../graphql/user-error.js";
import type { JobKind } from "./job-kind.js";
import { enqueueJob } from "./job.service.js";
import { ExportErrorCode, type ExportKind, type ExportStatus } from "./export.type.js";
import { exportParts, type ExportRow, exports } from "./exports.tables.js";
import { activeJobStatuses, type JobRow, jobs } from "./jobs.tables.js";
import type { ScheduledTask } from "./scheduler.js";

/** How long a finished file can be downloaded, from when the export was asked for. */
export const EXPORT_TTL_MS = 24 * 60 * 60 * 1000;
/** Exports a tenant may have queued or running at once. */
export const MAX_ACTIVE_EXPORTS = 5;

/** An export with its job: what the API and the download read. */
export type ExportView = ExportRow & { job: JobRow };

/**
 * The token scope each kind needs (an access token must carry it to ask for, read or download one).
 * Registered by the kit's `defineExport`; session users need none (members read everything).
 */
const scopes = new Map<ExportKind, AccessTokenScope>();
export function registerExportKind(kind: ExportKind, scope: AccessTokenScope): void {
  scopes.set(kind, scope);
}

/** Why the caller may not read or download an export of `kind`, or null. */
export function exportAccessProblem(caller: Caller, kind: string): string | null {
  const scope = scopes.get(kind as ExportKind);
  if (caller.token && (!scope || !caller.token.scopes.includes(scope))) return `Exports of ${kind} need an access token with the ${scope ?? "right"} scope.`;
  return null;
}

export function exportStatusOf(view: ExportView, now = new Date()): ExportStatus {
  switch (view.job.status) {
    case "SUCCEEDED":
      return view.expiresAt <= now ? "EXPIRED" : "READY";
    default:
      return view.job.status;
  }
}

/** The download address of a READY export (relative to the server: `<publicUrl>/exports/<id>/<file>`). */
export const exportPath = (view: Pick<ExportRow, "id" | "fileName">) => `/exports/${view.id}/${encodeURIComponent(view.fileName)}`;

/**
 * Records an export and enqueues its job in the caller's transaction (both exist exactly when the
 * request commits). LIMIT_REACHED while the tenant has MAX_ACTIVE_EXPORTS in progress.
 */
export async function startExport<P extends { exportId: string }>(
  tx: Executor,
  actor: Actor,
  kind: ExportKind,
  fileName: string,
  job: JobKind<P>,
  params: Omit<P, "exportId">,
): Promise<UserOutcome<{ export: ExportView }, ExportErrorCode>> {
  const [active] = await tx
    .select({ n: count() })
    .from(exports)
    .innerJoin(jobs, eq(jobs.id, exports.jobId))
    .where(and(eq(exports.tenantId, actor.tenantId), inArray(jobs.status, [...activeJobStatuses])));
  if ((active?.n ?? 0) >= MAX_ACTIVE_EXPORTS) {
    return { ok: false, userErrors: [userError(ExportErrorCode.LIMIT_REACHED, `${MAX_ACTIVE_EXPORTS} exports are in progress; wait for one to finish.`, ["input"])] };
  }
  const exportId = randomUUID();
  const jobRow = await enqueueJob(tx, actor, job, { ...params, exportId } as P);
  const [row] = await tx
    .insert(exports)
    .values({ id: exportId, tenantId: actor.tenantId, jobId: jobRow.id, kind, fileName, expiresAt: sql`clock_timestamp() + ${EXPORT_TTL_MS}::integer * interval '1 millisecond'` })
    .returning();
  return { ok: true, export: { ...row!, job: jobRow } };
}

/** The export, with its job, if it exists in the transaction's tenant (row-level security hides the others). */
export async function findExport(tx: Executor, id: string | null): Promise<ExportView | null> {
  if (!id) return null;
  const [found] = await tx.select({ export: exports, job: jobs }).from(exports).innerJoin(jobs, eq(jobs.id, exports.jobId)).where(eq(exports.id, id));
  return found ? { ...found.export, job: found.job } : null;
}

/** Appends a part of an export's file (the job's chunk at `position`), in the chunk's transaction. */
export async function writeExportPart(tx: Executor, actor: Actor, exportId: string, position: number, data: string): Promise<void> {
  await tx.insert(exportParts).values({ tenantId: actor.tenantId, exportId, position, data });
  await tx
    .update(exports)
    .set({ byteSize: sql`${exports.byteSize} + ${Buffer.byteLength(data, "utf8")}::integer` })
    .where(eq(exports.id, exportId));
}

/** The parts of an export's file after `after` (a position; -1 for the first), at most `limit`, in order. */
export async function exportPartsAfter(tx: Executor, exportId: string, after: number, limit: number): Promise<{ position: number; data: string }[]> {
  return tx
    .select({ position: exportParts.position, data: exportParts.data })
    .from(exportParts)
    .where(and(eq(exportParts.exportId, exportId), gt(exportParts.position, after)))
    .orderBy(asc(exportParts.position))
    .limit(limit);
}

/** Hourly: deletes the exports of every tenant whose download time is over, with their files. */
export const purgeExports: ScheduledTask = {
  name: "exports.purge",
  everyMs: 60 * 60 * 1000,
  async run(database) {
    await inTenantTransaction(database.db, anonymousScope, (tx) => tx.execute(sql`select gatehouse_purge_exports()`));
  },
};
