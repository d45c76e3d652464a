import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { demo, MOCK_BASE_DOMAIN } from '../store';

/**
 * Global setup of the `parity` Vitest project: the real server (`pnpm --filter @gatehouse/server
 * start`) on a fresh embedded database in a temp dir, on a free port; stopped with its whole
 * process group, and its data removed, at the end. With the demo data on: the mock's seed mirrors
 * it, so both sides start from the same tenants and logins — the member included, whom the API
 * cannot create — and with the mock's master password and base domain.
 *
 * Why here and not in e2e/: the parity test runs the mock in-process (MSW in Node, the schema
 * imported through Vite's `?raw`), which only the web package's Vitest can load; and as a Vitest
 * project of `@gatehouse/web` it runs in `pnpm test` with the web suite, with no manual step.
 */
declare module 'vitest' {
  export interface ProvidedContext {
    realServerUrl: string;
  }
}

const rootDir = fileURLToPath(new URL('../../../../', import.meta.url));
const STARTUP_TIMEOUT_MS = 120_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitUntilHealthy(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode} before it was healthy:\n${output()}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server was not healthy within ${STARTUP_TIMEOUT_MS / 1000} s:\n${output()}`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return Promise.resolve();
  const pid = child.pid;
  return new Promise((resolve) => {
    const killTimer = setTimeout(() => signalGroup(pid, 'SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(killTimer);
      resolve();
    });
    signalGroup(pid, 'SIGTERM');
  });
}

/** pnpm → sh → tsx → node: the group, led by the spawned pnpm, goes down together. */
function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

export default async function startRealServer(project: TestProject) {
  const dataDir = mkdtempSync(join(tmpdir(), 'gatehouse-parity-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    GATEHOUSE_DATA_DIR: join(dataDir, 'data'),
    GATEHOUSE_DEMO: '1',
    GATEHOUSE_MASTER_EMAIL: demo.masterEmail,
    GATEHOUSE_MASTER_PASSWORD: demo.masterPassword,
    GATEHOUSE_BASE_DOMAIN: MOCK_BASE_DOMAIN,
    GATEHOUSE_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'warn',
  };
  delete env['DATABASE_URL']; // always the embedded database: nothing shared, nothing to clean up elsewhere
  const child = spawn('pnpm', ['--filter', '@gatehouse/server', 'start'], { cwd: rootDir, env, detached: true, stdio: 'pipe' });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  // Should the test run be interrupted, the server must not outlive it.
  const onExit = () => signalGroup(child.pid!, 'SIGKILL');
  process.once('exit', onExit);

  try {
    await waitUntilHealthy(url, child, () => output);
  } catch (error) {
    await stop(child);
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  project.provide('realServerUrl', url);

  return async () => {
    process.off('exit', onExit);
    await stop(child);
    rmSync(dataDir, { recursive: true, force: true });
  };
}
