import { readdirSync, readFileSync } from "node:fs";

/**
 * CPU time (user + system, in ms) read from /proc: of one process, and of every PostgreSQL process on this
 * machine (the server the bench's database lives on, when it is local). With it the bench prints where
 * a request's CPU goes — the GraphQL server's own process or the database — which req/s alone cannot tell
 * on a machine whose two cores the load generator, the server and PostgreSQL share. Linux only; elsewhere
 * null.
 */
const TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux architecture Node runs on

function processCpuMs(pid: number | string): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the parenthesised command name (which may hold spaces): state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

function commandOf(pid: string): string | null {
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").trim();
  } catch {
    return null;
  }
}

export interface CpuReading {
  server: number | null;
  database: number | null;
}

export function readCpu(serverPid: number | undefined): CpuReading {
  let database: number | null = null;
  try {
    for (const pid of readdirSync("/proc")) {
      if (!/^\d+$/.test(pid) || commandOf(pid) !== "postgres") continue;
      database = (database ?? 0) + (processCpuMs(pid) ?? 0);
    }
  } catch {
    database = null;
  }
  return { server: serverPid === undefined ? null : processCpuMs(serverPid), database };
}

/** CPU ms per request between two readings, per side. */
export function cpuPerRequest(before: CpuReading, after: CpuReading, requests: number): CpuReading {
  // A PostgreSQL backend that ended during the run takes its CPU time out of the sum: not known then.
  const per = (a: number | null, b: number | null) => (a === null || b === null || requests === 0 || b < a ? null : (b - a) / requests);
  return { server: per(before.server, after.server), database: per(before.database, after.database) };
}
