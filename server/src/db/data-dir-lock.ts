import { randomBytes } from "node:crypto";
import { linkSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import path from "node:path";

/**
 * The embedded database is a single session: two processes opening one data directory each run on
 * their own copy in memory, see only their own writes, and leave files the next start cannot open.
 * So a process takes the directory with a lock file naming its PID before it opens the database.
 */
export const LOCK_FILE_NAME = "gatehouse.lock";

export class DataDirLockedError extends Error {}

export interface DataDirLock {
  readonly file: string;
  release(): void;
}

interface Holder {
  pid: number;
  host: string;
  startedAt: string;
  /** Tells this process's lock from a later one at the same path. */
  nonce: string;
}

/** Data directories this process holds: a second open in the same process is refused too. */
const held = new Set<string>();

/**
 * Takes `dataDir` for this process, or throws DataDirLockedError naming the process that holds it.
 * A lock whose process is gone (killed, crashed) is taken over, and `onStale` says so.
 */
export function lockDataDir(dataDir: string, onStale: (message: string) => void): DataDirLock {
  const dir = path.resolve(dataDir);
  const file = path.join(dir, LOCK_FILE_NAME);
  if (held.has(dir)) throw new DataDirLockedError(`This process already has the data directory ${dir} open.`);
  const mine: Holder = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString(), nonce: randomBytes(8).toString("hex") };
  // Written aside, then linked into place: the lock never exists without its content, and link
  // fails if a lock is already there, so two starts at once cannot both create it.
  const draft = `${file}.${mine.pid}.${mine.nonce}`;
  writeFileSync(draft, `${JSON.stringify(mine)}\n`, { mode: 0o644 });
  try {
    try {
      linkSync(draft, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readHolder(file);
      if (holder && isRunning(holder)) throw new DataDirLockedError(lockedMessage(dir, file, holder));
      renameSync(draft, file);
      onStale(
        holder
          ? `The data directory ${dir} was left locked by process ${holder.pid}, which is no longer running; taking it over.`
          : `The data directory ${dir} has an unreadable lock file; taking it over.`,
      );
      // Two starts taking over the same stale lock at once: the last rename wins, the other stops here.
      const now = readHolder(file);
      if (now?.nonce !== mine.nonce) throw new DataDirLockedError(lockedMessage(dir, file, now ?? mine));
    }
  } finally {
    unlinkQuietly(draft);
  }
  held.add(dir);

  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    held.delete(dir);
    process.off("exit", release);
    // Only our own lock: a stale takeover by another process must not be undone.
    if (readHolder(file)?.nonce === mine.nonce) unlinkQuietly(file);
  };
  // Any exit that runs JavaScript (an error after start, process.exit) frees the directory; only a
  // kill -9 or a crash leaves a stale lock, which the next start takes over.
  process.on("exit", release);
  return { file, release };
}

function lockedMessage(dir: string, file: string, holder: Holder): string {
  const where = holder.host === hostname() ? `process ${holder.pid}` : `process ${holder.pid} on host ${holder.host}`;
  return `The data directory ${dir} is in use by another Gatehouse ${where} (lock file ${file}); stop it first, or give this server its own GATEHOUSE_DATA_DIR.`;
}

function readHolder(file: string): Holder | null {
  try {
    const parsed = JSON.parse(readFileSync(file, "utf8")) as Partial<Holder>;
    return Number.isInteger(parsed.pid) && typeof parsed.host === "string" && typeof parsed.nonce === "string"
      ? (parsed as Holder)
      : null;
  } catch {
    return null;
  }
}

function isRunning(holder: Holder): boolean {
  // A PID on another machine (a shared folder) cannot be checked here: assume it is alive.
  if (holder.host !== hostname()) return true;
  // Our own PID in a lock we do not hold is a previous run's (containers restart with the same PID).
  if (holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function unlinkQuietly(file: string) {
  try {
    unlinkSync(file);
  } catch {
    // already gone
  }
}
