import type { ExportKind } from '../../gql/schema-types';

/**
 * The rows of exports (server/src/jobs/exports.tables.ts), with no rule, so the mock's store can hold
 * them without importing the rules. The file's parts are the rows the job wrote, each a CSV record.
 */
export interface ExportColumn {
  /** Key into the cells of a row. */
  key: string;
  header: string;
  /** The system's own value (an ID, a state, a date): written as it is, never neutralised. */
  raw?: boolean;
}

export interface ExportFixture {
  /** Its global ID (`Export:<uuid>`). */
  id: string;
  tenantId: string;
  /** The Job global ID of the job writing it. */
  jobId: string;
  kind: ExportKind;
  /** `accounts-2026-12-02.csv`. */
  fileName: string;
  /** Fixed when it was asked for (a tenant's fields may change while it runs). */
  columns: ExportColumn[];
  /** The CSV record of each row written, in file order, with its line break (CRLF). */
  records: string[];
  createdAt: string;
  expiresAt: string;
}

export interface ExportsState {
  exports: ExportFixture[];
}
