import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const serverDir = fileURLToPath(new URL("..", import.meta.url));
const temps: string[] = [];
afterAll(() => Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true }))));

describe("the server process", () => {
  // Apollo Server stops itself on these signals by default and then re-raises the signal, which killed
  // the process (exit 143) before main.ts had closed the database.
  it.each(["SIGTERM", "SIGINT"] as const)(
    "on %s stops the HTTP server and closes the database, then exits 0",
    async (signal) => {
      const temp = await mkdtemp(path.join(os.tmpdir(), "gatehouse-main-"));
      temps.push(temp);
      const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
        cwd: serverDir,
        env: {
          PATH: process.env.PATH,
          PORT: "0",
          HOST: "127.0.0.1",
          GATEHOUSE_DATA_DIR: path.join(temp, "data"),
          GATEHOUSE_SECRET: "test-secret-test-secret-test-secret-0123",
          GATEHOUSE_MASTER_PASSWORD: "master-password-123",
          LOG_LEVEL: "info",
        },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let output = "";
      child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
      const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
        child.once("exit", (code, signal) => resolve({ code, signal })),
      );
      await new Promise<void>((resolve, reject) => {
        child.stdout.on("data", () => output.includes("Gatehouse is running") && resolve());
        void exited.then(() => reject(new Error(`the server exited before it started:\n${output}`)));
      });

      // main.ts installs its handlers just after printing that line; give it that moment on a busy machine.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      child.kill(signal);
      expect(await exited, output).toEqual({ code: 0, signal: null });
      expect(output).toContain('"msg":"shutting down"');
    },
    120_000,
  );
});
