import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import { type Database, openDatabase } from "../src/db/client.js";

/**
 * A migrated database made once per test run (test/global-setup.ts). Each test file opens its own
 * copy, so a file's setup costs the same however many migrations there are: on PGlite a data-directory
 * tarball loaded into a new in-memory instance (no initdb, no migrations); on PostgreSQL a database
 * created from the template, which the server copies file by file.
 */
export type DatabaseTemplate =
  | { driver: "pglite"; /** The migrated data directory, as PGlite's dumpDataDir tarball. */ tarball: string }
  | { driver: "postgres"; adminUrl: string; database: string };

export interface CreatedTemplate {
  template: DatabaseTemplate;
  drop(): Promise<void>;
}

/** Creates and migrates the template: on the PostgreSQL server at adminUrl, or in PGlite when absent. */
export async function createDatabaseTemplate(adminUrl: string | undefined): Promise<CreatedTemplate> {
  return adminUrl ? createPostgresTemplate(adminUrl) : createPgliteTemplate();
}

/** A fresh database for one test file, copied from the template; close() discards it. */
export async function openDatabaseCopy(template: DatabaseTemplate): Promise<Database> {
  if (template.driver === "pglite") {
    const tarball = await readFile(template.tarball);
    return openDatabase({ pglite: await PGlite.create({ loadDataDir: new Blob([tarball]) }) });
  }
  const name = uniqueName("gatehouse_test");
  await onServer(template.adminUrl, (sql) => sql.unsafe(`create database ${name} template ${template.database}`));
  return dropOnClose(template.adminUrl, name, await openDatabase({ url: databaseUrl(template.adminUrl, name), maxConnections: 4 }));
}

/**
 * A fresh database migrated from scratch, with no template: for runs outside Vitest (`pnpm bench`),
 * where the default configuration matters more than the start time. close() discards it.
 */
export async function openMigratedDatabase(adminUrl: string | undefined): Promise<Database> {
  if (!adminUrl) {
    const database = await openDatabase({});
    await database.migrate();
    return database;
  }
  const name = await createMigratedPostgresDatabase(adminUrl, "gatehouse_test");
  return dropOnClose(adminUrl, name, await openDatabase({ url: databaseUrl(adminUrl, name), maxConnections: 4 }));
}

async function createPgliteTemplate(): Promise<CreatedTemplate> {
  const folder = await mkdtemp(join(tmpdir(), "gatehouse-test-"));
  const drop = () => rm(folder, { recursive: true, force: true });
  try {
    // Every copy loads the whole data directory into memory: 1 MB WAL segments instead of 16 MB.
    const pglite = await PGlite.create({ initDbStartParams: ["--wal-segsize=1"] });
    const database = await openDatabase({ pglite });
    try {
      await database.migrate();
      await shrinkPgliteCluster(pglite);
      // Uncompressed: a copy loads faster from it than from a gzip (measured).
      const dump = await pglite.dumpDataDir("none");
      const tarball = join(folder, "template.tar");
      await writeFile(tarball, new Uint8Array(await dump.arrayBuffer()));
      return { template: { driver: "pglite", tarball }, drop };
    } finally {
      await database.close();
    }
  } catch (error) {
    await drop();
    throw error;
  }
}

/**
 * Cuts what each copy's start has to load and initialise (measured: 40 MB → 15 MB, and about 40 % less
 * CPU per copy): shared buffers and WAL sized for a test file's few rows, and no template0 / template1,
 * which only CREATE DATABASE reads — and a PGlite instance serves one database.
 */
async function shrinkPgliteCluster(pglite: PGlite): Promise<void> {
  // One statement per call: ALTER SYSTEM cannot run in a multi-statement string's implicit transaction.
  for (const setting of ["shared_buffers = '8MB'", "min_wal_size = '2MB'", "max_wal_size = '4MB'"]) {
    await pglite.query(`alter system set ${setting}`);
  }
  await pglite.query(`update pg_database set datistemplate = false where datname in ('template0', 'template1')`);
  await pglite.query("drop database template0");
  await pglite.query("drop database template1");
  await pglite.query("checkpoint");
}

async function createPostgresTemplate(adminUrl: string): Promise<CreatedTemplate> {
  const name = await createMigratedPostgresDatabase(adminUrl, "gatehouse_template");
  return { template: { driver: "postgres", adminUrl, database: name }, drop: () => dropPostgresDatabase(adminUrl, name) };
}

/** Creates and migrates a database; returns its name once no session is left on it. */
async function createMigratedPostgresDatabase(adminUrl: string, prefix: string): Promise<string> {
  const name = uniqueName(prefix);
  await onServer(adminUrl, (sql) => sql.unsafe(`create database ${name}`));
  try {
    const database = await openDatabase({ url: databaseUrl(adminUrl, name), maxConnections: 1 });
    try {
      await database.migrate();
    } finally {
      // A template must have no sessions: CREATE DATABASE … TEMPLATE refuses one in use.
      await database.close();
    }
  } catch (error) {
    await dropPostgresDatabase(adminUrl, name);
    throw error;
  }
  return name;
}

function dropOnClose(adminUrl: string, name: string, database: Database): Database {
  return {
    ...database,
    get statementCount() {
      return database.statementCount;
    },
    async close() {
      await database.close();
      await dropPostgresDatabase(adminUrl, name);
    },
  };
}

function uniqueName(prefix: string): string {
  return `${prefix}_${randomBytes(6).toString("hex")}`;
}

function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer<T>(adminUrl: string, run: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    return await run(sql);
  } finally {
    await sql.end();
  }
}

async function dropPostgresDatabase(adminUrl: string, name: string): Promise<void> {
  await onServer(adminUrl, (sql) => sql.unsafe(`drop database if exists ${name} with (force)`));
}
