import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const booleanFlag = z
  .enum(["1", "0", "true", "false", "yes", "no", "on", "off", ""])
  .transform((v) => ["1", "true", "yes", "on"].includes(v));

const envSchema = z.object({
  // Production unless told otherwise: internal error messages stay hidden by default.
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  GATEHOUSE_DATA_DIR: z.string().min(1).default(".gatehouse/data"),
  GATEHOUSE_MASTER_EMAIL: z.email().default("admin@gatehouse.local"),
  GATEHOUSE_MASTER_PASSWORD: z.string().min(10, "must be at least 10 characters").optional(),
  GATEHOUSE_DEMO: booleanFlag.default(false),
  GATEHOUSE_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  GATEHOUSE_BASE_DOMAIN: z
    .string()
    .regex(/^[a-z0-9.-]+(:\d+)?$/, "must be a host name like example.com")
    .optional(),
  GATEHOUSE_MAX_QUERY_COST: z.coerce.number().int().positive().default(1000),
  GATEHOUSE_WEB_DIST: z.string().optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  GATEHOUSE_BENCH: booleanFlag.default(false),
});

export interface Config {
  env: "development" | "production" | "test";
  port: number;
  host: string;
  /** postgres.js when set, else embedded PGlite in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  masterEmail: string;
  masterPassword: string | undefined;
  demo: boolean;
  secret: string;
  baseDomain: string | undefined;
  maxQueryCost: number;
  maxQueryDepth: number;
  maxAliases: number;
  webDist: string | undefined;
  logLevel: string;
  /** How often an open subscription socket re-checks its credentials. */
  socketRecheckMs: number;
  /** Set by `pnpm bench` only: /healthz then reports the SQL statement counter in a header. */
  bench: boolean;
}

export class ConfigError extends Error {}

/** Parses the environment once; a bad value stops start with a readable message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  // Relative to where the command was typed: pnpm runs scripts inside server/, but sets INIT_CWD.
  const dataDir = path.resolve(env.INIT_CWD ?? process.cwd(), e.GATEHOUSE_DATA_DIR);
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir,
    masterEmail: e.GATEHOUSE_MASTER_EMAIL.toLowerCase(),
    masterPassword: e.GATEHOUSE_MASTER_PASSWORD,
    demo: e.GATEHOUSE_DEMO,
    secret: e.GATEHOUSE_SECRET ?? persistentSecret(dataDir),
    baseDomain: e.GATEHOUSE_BASE_DOMAIN,
    maxQueryCost: e.GATEHOUSE_MAX_QUERY_COST,
    maxQueryDepth: 12,
    maxAliases: 20,
    webDist: e.GATEHOUSE_WEB_DIST,
    logLevel: e.LOG_LEVEL,
    socketRecheckMs: 60_000,
    bench: e.GATEHOUSE_BENCH,
  };
}

/** A secret generated on first start and kept in the data dir, so sessions and tokens survive restarts. */
function persistentSecret(dataDir: string): string {
  const file = path.join(dataDir, "..", "secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
