import type { z } from "zod";
import type { Actor } from "../auth/actor.js";
import type { Executor } from "../db/client.js";

/** What applying one item came to. A refusal is recorded as the item's failure; the job goes on. */
export type ItemResult = { ok: true } | { ok: false; code: string; message: string };

/**
 * A kind of durable job, declared by the module that owns the work (docs/jobs.md). The engine
 * walks the items in chunks: each chunk is one transaction in the actor's tenant scope that reads
 * the next `chunkSize` item ids after the cursor, applies each one in a savepoint, and advances
 * the cursor and counts. Every function gets that transaction and must use it alone: no other
 * handle, no side effect outside the database (a chunk that rolls back is run again).
 */
export interface JobKind<P = unknown> {
  /** Unique name, `<module>.<action>`, stored on the job row: never rename a kind that has jobs. */
  kind: string;
  /** Items per chunk (one transaction). Keep a chunk well under a second: on PGlite requests wait for it. */
  chunkSize: number;
  /** Validates the parameters when the job is enqueued and again before it runs. JSON in, JSON out. */
  params: z.ZodType<P>;
  /** A bulk action over a filter (kit/bulk.ts): its jobs are also `bulkOperation(id:)`, stopped with `cancelBulkOperation`. */
  bulk?: boolean;
  /** The GraphQL type of the items, when they are Nodes: failures then show the item's global ID. */
  itemType?: string;
  /** How many items the job has, counted in its first chunk (shown as `total`). */
  count(tx: Executor, actor: Actor, params: P): Promise<number>;
  /**
   * The next item ids after `after` (null: from the first), at most `limit`, in a stable order that
   * `after` continues (keyset pagination). Fewer than `limit` means these are the last.
   */
  items(tx: Executor, actor: Actor, params: P, after: string | null, limit: number): Promise<string[]>;
  /** Applies one item. Refuse with `{ ok: false, code, message }`; anything thrown counts as INTERNAL_ERROR. Give this or `applyChunk`. */
  apply?(tx: Executor, actor: Actor, params: P, itemId: string): Promise<ItemResult>;
  /**
   * Applies a whole chunk at once, for work that is one write per chunk (an export writes one part of
   * its file): every item succeeds, and anything thrown fails the chunk, which runs again from the same
   * cursor. Called once with no items when the job has none (an export still writes its header).
   * `position` is the number of items before this chunk.
   */
  applyChunk?(tx: Executor, actor: Actor, params: P, itemIds: string[], chunk: { jobId: string; position: number }): Promise<void>;
}

/** The kinds declared `bulk`, by name: known once their modules are loaded, in every process. */
export const bulkJobKinds = new Set<string>();

/** Declares a job kind with its parameter type inferred from the schema. */
export function defineJobKind<S extends z.ZodType>(kind: JobKind<z.output<S>> & { params: S }): JobKind<z.output<S>> {
  if (kind.bulk) bulkJobKinds.add(kind.kind);
  if (!Number.isInteger(kind.chunkSize) || kind.chunkSize < 1) throw new Error(`Job kind ${kind.kind}: chunkSize must be a positive integer.`);
  if (!kind.apply === !kind.applyChunk) throw new Error(`Job kind ${kind.kind}: give either apply or applyChunk.`);
  return kind;
}
