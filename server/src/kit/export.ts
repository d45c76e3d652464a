import { stringify } from "csv-stringify/sync";
import { and, asc, count, gt, or, eq, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { Field, InputType, type ClassType } from "type-graphql";
import { z } from "zod";
import type { Actor } from "../auth/actor.js";
import type { AccessTokenScope } from "../auth/principal.js";
import type { Executor } from "../db/client.js";
import { registerExportKind, startExport, writeExportPart } from "../jobs/export.service.js";
import type { ExportKind } from "../jobs/export.type.js";
import { defineJobKind } from "../jobs/job-kind.js";

/**
 * The export kit: one declaration per export — its columns, which rows a filter selects, and how to read
 * a chunk of them — gives the job kind that writes the CSV file in chunks (each chunk one part of the
 * file, in the chunk's transaction: a crash never writes a row twice or skips one), the mutation's input
 * type (`filter` of the listing), and `start`. Files are written with csv-stringify (RFC 4180 quoting),
 * served by http/export-download.ts as UTF-8 with a byte-order mark, so spreadsheets read accents right.
 */

/** A column of the file: `key` into the rows `rows` returns, `header` its title. */
export interface ExportColumn {
  key: string;
  header: string;
  /**
   * The value is the system's own (an ID, a state, a date), never text someone typed: written as it is.
   * Other text starting with = + - @ or a control character gets a leading `'`, so a spreadsheet
   * does not run it as a formula (CSV injection).
   */
  raw?: boolean;
}

export type ExportCell = string | number | boolean | Date | null | undefined;

export interface ExportDeclaration<F> {
  /** The job kind's name, `<module>.export`: never rename one that has jobs. */
  kind: string;
  exportKind: ExportKind;
  /** File name before the date: `accounts` → `accounts-2026-12-02.csv`. */
  fileName: string;
  /** The token scope needed to ask for, read and download it. */
  scope: AccessTokenScope;
  /** The filter as the job stores it (JSON): revives what JSON loses (dates). */
  filter: z.ZodType<F>;
  /** The columns, fixed when the export is asked for (a tenant's fields may change while it runs). */
  columns(tx: Executor, actor: Actor): Promise<ExportColumn[]>;
  /** The rows the filter selects, in file order: see `createdOrder`. */
  rows: ExportRowSource<F>;
  /** The cells of these rows by column key, in the order of `keys` (the source's keys). */
  read(tx: Executor, actor: Actor, keys: string[]): Promise<Record<string, ExportCell>[]>;
  /** Rows per chunk (one transaction, one part of the file); 500 by default. */
  chunkSize?: number;
}

/** Which rows a filter selects and in what order, as job items (keyset after a key). */
export interface ExportRowSource<F> {
  count(tx: Executor, actor: Actor, filter: F): Promise<number>;
  keys(tx: Executor, actor: Actor, filter: F, after: string | null, limit: number): Promise<string[]>;
  /** The row ID in a key. */
  idOf(key: string): string;
}

/**
 * Rows in the order they were created, oldest first (as people read an export), keyed `<createdAt ISO>|<id>`
 * so the job's keyset cursor continues exactly after the last row written.
 */
export function createdOrder<F>(source: { table: PgTable; id: PgColumn; createdAt: PgColumn; where: (actor: Actor, filter: F) => SQL | undefined }): ExportRowSource<F> {
  const { table, id, createdAt } = source;
  return {
    async count(tx, actor, filter) {
      return (await tx.select({ n: count() }).from(table).where(source.where(actor, filter)))[0]?.n ?? 0;
    },
    async keys(tx, actor, filter, after, limit) {
      let cursor: SQL | undefined;
      if (after) {
        const [time, rowId] = after.split("|") as [string, string];
        const at = new Date(time);
        cursor = or(gt(createdAt, at), and(eq(createdAt, at), gt(id, rowId)));
      }
      const rows = await tx
        .select({ id, createdAt })
        .from(table)
        .where(and(source.where(actor, filter), cursor))
        .orderBy(asc(createdAt), asc(id))
        .limit(limit);
      return rows.map((r) => `${(r.createdAt as Date).toISOString()}|${r.id as string}`);
    },
    idOf: (key) => key.slice(key.indexOf("|") + 1),
  };
}

/** `'` before text a spreadsheet would take for a formula (OWASP: CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
const cellText = (value: ExportCell, raw: boolean): string => {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== "string") return String(value);
  return !raw && FORMULA_START.test(value) ? `'${value}` : value;
};

/** The CSV text of a chunk: the header before the first rows. (The download adds the byte-order mark.) */
export function csvChunk(columns: readonly ExportColumn[], rows: readonly Record<string, ExportCell>[], first: boolean): string {
  const records = rows.map((row) => columns.map((c) => cellText(row[c.key], c.raw === true)));
  if (first) records.unshift(columns.map((c) => c.header));
  return stringify(records, { record_delimiter: "windows" });
}

const columnsSchema = z.array(z.object({ key: z.string(), header: z.string(), raw: z.boolean().optional() }));

export function defineExport<F, FI extends object>(declaration: ExportDeclaration<F> & { filterInput: ClassType<FI>; inputName: string; things: string }) {
  registerExportKind(declaration.exportKind, declaration.scope);
  const params = z.object({ exportId: z.uuid(), filter: declaration.filter, columns: columnsSchema });
  type Params = z.output<typeof params>;

  const job = defineJobKind({
    kind: declaration.kind,
    chunkSize: declaration.chunkSize ?? 500,
    params,
    count: (tx, actor, p: Params) => declaration.rows.count(tx, actor, p.filter as F),
    items: (tx, actor, p: Params, after, limit) => declaration.rows.keys(tx, actor, p.filter as F, after, limit),
    async applyChunk(tx, actor, p: Params, keys, { position }) {
      const rows = keys.length ? await declaration.read(tx, actor, keys.map(declaration.rows.idOf)) : [];
      await writeExportPart(tx, actor, p.exportId, position, csvChunk(p.columns, rows, position === 0));
    },
  });

  @InputType(declaration.inputName, { description: `The ${declaration.things} to export.` })
  class ExportInput {}
  Field(() => declaration.filterInput, { nullable: true, description: `Only the ${declaration.things} this filter matches; all of them when omitted.` })(ExportInput.prototype, "filter");

  return {
    job,
    /** The mutation's input: `{ filter }`. */
    Input: ExportInput as ClassType<{ filter?: FI | null }>,
    /**
     * Starts an export of the rows the mutation's `filter` matches (checked by the caller with the
     * listing's `where` first, so a bad filter is refused now and not in the job).
     */
    async start(tx: Executor, actor: Actor, filterInput: object | null | undefined) {
      const filter = declaration.filter.parse(filterInput ?? {});
      const columns = await declaration.columns(tx, actor);
      const date = new Date().toISOString().slice(0, 10);
      return startExport(tx, actor, declaration.exportKind, `${declaration.fileName}-${date}.csv`, job, { filter, columns });
    },
  };
}
