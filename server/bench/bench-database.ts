import { randomBytes } from "node:crypto";
import postgres from "postgres";

export interface BenchDatabase {
  /** URL of the new, empty database. */
  url: string;
  /** `show server_version`, for the report. */
  serverVersion: string;
  /** Drops it (after every process using it has stopped). */
  drop(): Promise<void>;
}

/** A throw-away database on the PostgreSQL server of `adminUrl`, so a bench never touches real data. */
export async function createBenchDatabase(adminUrl: string): Promise<BenchDatabase> {
  const name = `gatehouse_bench_${randomBytes(6).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  let serverVersion: string;
  try {
    [{ server_version: serverVersion }] = (await admin.unsafe("show server_version")) as unknown as [{ server_version: string }];
    await admin.unsafe(`create database ${name}`);
  } catch (error) {
    await admin.end();
    throw error;
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    serverVersion,
    async drop() {
      try {
        if (process.env.BENCH_KEEP_DATABASE) {
          console.log(`kept database ${name}`);
          return;
        }
        await admin.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await admin.end();
      }
    },
  };
}
