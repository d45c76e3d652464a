import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { TestClient } from "../../test/harness.js";
import { bootstrap } from "../bootstrap.js";
import type { Actor } from "../auth/actor.js";
import { loadConfig } from "../config/config.js";
import { createLogger } from "../config/logger.js";
import { type Database, openDatabase, rowsOf } from "../db/client.js";
import { inTenantTransaction } from "../db/tenancy.js";
import { toGlobalId } from "../graphql/node.js";
import { compose } from "../kit/module.js";
import { enqueueJob } from "./job.service.js";
import { createTestJobTable, testJobKind } from "./test-job-kind.js";

const serverDir = fileURLToPath(new URL("../..", import.meta.url));
const MASTER = { email: "crash-master@test.local", password: "crash-master-password" };
const ITEMS = 40;
const ITEM_MS = 80; // a chunk of 5 takes about 400 ms, so a kill lands inside one
const adminUrl = process.env.TEST_DATABASE_URL;

/** Where the two server processes keep their data: a temp PGlite folder, or a temp PostgreSQL database. */
interface Store {
  env: Record<string, string>;
  open(): Promise<Database>;
  drop(): Promise<void>;
}

async function createStore(): Promise<Store> {
  const dir = mkdtempSync(path.join(tmpdir(), "gatehouse-crash-"));
  if (!adminUrl) {
    const dataDir = path.join(dir, "data");
    return {
      env: { GATEHOUSE_DATA_DIR: dataDir },
      open: () => openDatabase({ dataDir }),
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `gatehouse_crash_${randomBytes(6).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    open: () => openDatabase({ url: url.toString(), maxConnections: 2 }),
    drop: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

const children: ChildProcess[] = [];

/** `pnpm start` without pnpm: one node process (tsx in-process, so a kill reaches the server itself). */
async function startServer(storeEnv: Record<string, string>): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const port = await freePort();
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    NODE_ENV: "test",
    HOST: "127.0.0.1",
    PORT: String(port),
    LOG_LEVEL: "warn",
    GATEHOUSE_SECRET: "crash-test-secret-crash-test-secret-0123",
    GATEHOUSE_MASTER_EMAIL: MASTER.email,
    GATEHOUSE_MASTER_PASSWORD: MASTER.password,
    GATEHOUSE_TEST_JOB_KINDS: "1",
    GATEHOUSE_JOB_LEASE_MS: "1000",
    GATEHOUSE_JOB_POLL_MS: "100",
    ...storeEnv,
  };
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], { cwd: serverDir, env, stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    const check = () => {
      if (output.includes("Gatehouse is running")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on("data", check);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return { child, url: `http://127.0.0.1:${port}`, output: () => output };
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function readState(store: Store, jobId: string) {
  const database = await store.open();
  try {
    const [job] = rowsOf<{ status: string; processed: number; succeeded: number; failed: number }>(
      await database.db.execute(sql`select status, processed, succeeded, failed from jobs where id = ${jobId}`),
    );
    const items = rowsOf<{ item: number }>(await database.db.execute(sql`select item from job_test_items order by item`)).map((r) => r.item);
    return { job: job!, items };
  } finally {
    await database.close();
  }
}

afterAll(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
});

describe(`a server process killed mid-job (${adminUrl ? "PostgreSQL" : "PGlite"})`, () => {
  it("is resumed by the next process, and every item is applied exactly once", { timeout: 240_000 }, async () => {
    const store = await createStore();
    const traceFile = path.join(tmpdir(), `gatehouse-crash-trace-${randomBytes(4).toString("hex")}`);
    const traced = () => (existsSync(traceFile) ? readFileSync(traceFile, "utf8").split("\n").filter(Boolean).map(Number) : []);
    try {
      // The data as a first start leaves it, plus a job enqueued by the master admin.
      const database = await store.open();
      let jobId: string;
      try {
        const config = loadConfig({ GATEHOUSE_SECRET: "x".repeat(32), GATEHOUSE_MASTER_EMAIL: MASTER.email, GATEHOUSE_MASTER_PASSWORD: MASTER.password, LOG_LEVEL: "silent" });
        await bootstrap(compose([]), config, createLogger(config), database, { demo: false });
        await createTestJobTable(database.db);
        const [master] = rowsOf<{ tenant_id: string; id: string }>(
          await database.db.execute(sql`select tenant_id, id from users where email = ${MASTER.email}`),
        );
        const actor: Actor = { kind: "user", tenantId: master!.tenant_id, master: true, userId: master!.id, tokenId: null };
        const job = await inTenantTransaction(database.db, { tenantId: actor.tenantId, master: true }, (tx) =>
          enqueueJob(tx, actor, testJobKind, { run: "crash", count: ITEMS, delayMs: ITEM_MS, refuse: [], throw: [], traceFile }),
        );
        jobId = job.id;
      } finally {
        await database.close();
      }

      // First process: kill -9 once its second chunk has begun (its first chunk has committed,
      // since chunks of one job run one after the other).
      const first = await startServer(store.env);
      await until("the second chunk to be under way", () => traced().length >= 6, 60_000);
      first.child.kill("SIGKILL");
      await exited(first.child);
      expect(first.child.signalCode).toBe("SIGKILL");

      // What the crash left: whole chunks only. Items of the chunk in flight were applied in a
      // transaction that never committed, so they are gone from the database.
      const afterCrash = await readState(store, jobId);
      expect(afterCrash.job.status).toBe("RUNNING");
      expect(afterCrash.job.processed % testJobKind.chunkSize).toBe(0);
      expect(afterCrash.job.processed).toBeGreaterThanOrEqual(5);
      expect(afterCrash.job.processed).toBeLessThan(ITEMS);
      expect(afterCrash.items).toEqual(Array.from({ length: afterCrash.job.processed }, (_, i) => i + 1));
      const tracedAtCrash = traced().length;
      expect(tracedAtCrash).toBeGreaterThan(afterCrash.job.processed);

      // Second process on the same data: takes the job over once the dead worker's lease expires.
      const second = await startServer(store.env);
      const client = new TestClient(`${second.url}/graphql`);
      await client.login({ email: MASTER.email, password: MASTER.password });
      const id = toGlobalId("Job", jobId);
      let job: any;
      await until(
        "the job to finish",
        async () => {
          job = (await client.ok(`query($id: ID!) { job(id: $id) { status total processed succeeded failed failures(first: 5) { totalCount } } }`, { id })).job;
          return job.status !== "QUEUED" && job.status !== "RUNNING";
        },
        120_000,
      );
      expect(job).toEqual({ status: "SUCCEEDED", total: ITEMS, processed: ITEMS, succeeded: ITEMS, failed: 0, failures: { totalCount: 0 } });
      second.child.kill("SIGTERM");
      expect(await exited(second.child)).toBe(0);

      // Every item once in the database (the primary key would have refused a second time)…
      const final = await readState(store, jobId);
      expect(final.items).toEqual(Array.from({ length: ITEMS }, (_, i) => i + 1));
      // …although the items of the killed chunk were run twice: once rolled back, once for good.
      const runs = new Map<number, number>();
      for (const item of traced()) runs.set(item, (runs.get(item) ?? 0) + 1);
      const twice = [...runs].filter(([, n]) => n === 2).map(([item]) => item);
      expect(twice.length).toBeGreaterThan(0);
      expect(twice.every((item) => item > afterCrash.job.processed && item <= afterCrash.job.processed + testJobKind.chunkSize)).toBe(true);
      expect([...runs.values()].every((n) => n <= 2)).toBe(true);
      expect(runs.size).toBe(ITEMS);
    } finally {
      rmSync(traceFile, { force: true });
      await store.drop();
    }
  });
});
