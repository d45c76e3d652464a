import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { hostname, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { DataDirLockedError, LOCK_FILE_NAME, lockDataDir } from "./data-dir-lock.js";

const tempDirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), "gatehouse-lock-"));
  tempDirs.push(dir);
  return dir;
};
// The servers' databases take tens of megabytes each.
afterAll(() => tempDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const deadPid = 2 ** 22 + 1; // above Linux's pid_max: never a running process

describe("lockDataDir", () => {
  it("writes this process's PID, refuses a second holder, and frees the directory on release", () => {
    const dir = tempDir();
    const warnings: string[] = [];
    const lock = lockDataDir(dir, (m) => warnings.push(m));
    expect(JSON.parse(readFileSync(lock.file, "utf8"))).toMatchObject({ pid: process.pid, host: hostname() });
    expect(() => lockDataDir(dir, (m) => warnings.push(m))).toThrow(DataDirLockedError);
    lock.release();
    expect(existsSync(lock.file)).toBe(false);
    lockDataDir(dir, (m) => warnings.push(m)).release();
    expect(warnings).toEqual([]);
  });

  it("refuses a lock held by a running process, naming its PID and the folder", () => {
    const dir = tempDir();
    const holder = { pid: process.ppid, host: hostname(), startedAt: new Date().toISOString(), nonce: "theirs" };
    writeFileSync(path.join(dir, LOCK_FILE_NAME), JSON.stringify(holder));
    expect(() => lockDataDir(dir, () => {})).toThrow(new RegExp(`${dir}.*in use by another Gatehouse process ${process.ppid}\\b`));
    expect(JSON.parse(readFileSync(path.join(dir, LOCK_FILE_NAME), "utf8")).nonce).toBe("theirs");
  });

  it("takes over the lock of a process that is gone, with a warning", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, LOCK_FILE_NAME), JSON.stringify({ pid: deadPid, host: hostname(), startedAt: "2020-01-01T00:00:00Z", nonce: "stale" }));
    const warnings: string[] = [];
    const lock = lockDataDir(dir, (m) => warnings.push(m));
    expect(warnings).toEqual([expect.stringContaining(`process ${deadPid}, which is no longer running`)]);
    expect(JSON.parse(readFileSync(lock.file, "utf8")).pid).toBe(process.pid);
    lock.release();
  });

  it("does not remove a lock that another process took over meanwhile", () => {
    const dir = tempDir();
    const lock = lockDataDir(dir, () => {});
    const theirs = JSON.stringify({ pid: process.ppid, host: hostname(), startedAt: new Date().toISOString(), nonce: "theirs" });
    writeFileSync(lock.file, theirs);
    lock.release();
    expect(readFileSync(lock.file, "utf8")).toBe(theirs);
  });
});

// Real servers (`tsx src/main.ts`) on one data directory: the second refuses to start, a kill -9
// leaves a stale lock that the next start takes over, and a clean stop frees the directory.
describe("servers on one data directory", () => {
  const serverDir = fileURLToPath(new URL("../..", import.meta.url));
  const tsxCli = path.join(serverDir, "node_modules", "tsx", "dist", "cli.mjs");
  const running: ChildProcess[] = [];
  afterAll(() => {
    for (const child of running) if (child.exitCode === null) child.kill("SIGKILL");
  });

  async function freePort(): Promise<number> {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const { port } = probe.address() as { port: number };
    await new Promise((resolve) => probe.close(resolve));
    return port;
  }

  function start(dataDir: string, port: number) {
    const child = spawn(process.execPath, [tsxCli, "src/main.ts"], {
      cwd: serverDir,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: "test",
        PORT: String(port),
        HOST: "127.0.0.1",
        GATEHOUSE_DATA_DIR: dataDir,
        GATEHOUSE_MASTER_PASSWORD: "lock-test-password",
        GATEHOUSE_WEB_DIST: path.join(dataDir, "no-web"),
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    running.push(child);
    const output = { stdout: "", stderr: "" };
    child.stdout!.on("data", (chunk: Buffer) => (output.stdout += chunk.toString()));
    child.stderr!.on("data", (chunk: Buffer) => (output.stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    return { child, output, exited };
  }

  async function healthy(port: number, exited: Promise<unknown>) {
    let gone = false;
    void exited.then(() => (gone = true));
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline && !gone) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(gone ? "the server exited before it was healthy" : "the server did not become healthy");
  }

  it("refuses a second server, takes over after kill -9, and frees the directory on a clean stop", { timeout: 240_000 }, async () => {
    const dataDir = path.join(tempDir(), "data");
    const lockFile = path.join(dataDir, LOCK_FILE_NAME);

    const firstPort = await freePort();
    const first = start(dataDir, firstPort);
    await healthy(firstPort, first.exited);
    // tsx runs the server in a child process: the lock names the process that has the database open.
    const holderPid = JSON.parse(readFileSync(lockFile, "utf8")).pid as number;

    const second = start(dataDir, await freePort());
    expect(await second.exited).not.toBe(0);
    const refusal = second.output.stderr.trim().split("\n");
    expect(refusal).toHaveLength(1);
    expect(refusal[0]).toContain(`process ${holderPid}`);
    expect(refusal[0]).toContain(dataDir);
    // The refused start left the holder's lock and server alone.
    expect(JSON.parse(readFileSync(lockFile, "utf8")).pid).toBe(holderPid);
    expect((await fetch(`http://127.0.0.1:${firstPort}/healthz`)).ok).toBe(true);

    process.kill(holderPid, "SIGKILL");
    await first.exited;
    expect(existsSync(lockFile)).toBe(true);

    const thirdPort = await freePort();
    const third = start(dataDir, thirdPort);
    await healthy(thirdPort, third.exited);
    expect(third.output.stdout).toContain(`left locked by process ${holderPid}, which is no longer running`);
    third.child.kill("SIGTERM");
    expect(await third.exited).toBe(0);
    expect(existsSync(lockFile)).toBe(false);
  });
});
