import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { BlockList, isIP } from "node:net";
import path from "node:path";
import { z } from "zod";

const booleanFlag = z
  .enum(["1", "0", "true", "false", "yes", "no", "on", "off", ""])
  .transform((v) => ["1", "true", "yes", "on"].includes(v));

const retryDelays = z.preprocess(
  (v) => (typeof v === "string" ? v.split(",").map((p) => p.trim()).filter(Boolean).map(Number) : v),
  z.array(z.number().min(0).max(86_400)).min(1).max(20),
);

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
  // Failed logins from one client address, across accounts, per 15 minutes before it is locked out.
  GATEHOUSE_LOGIN_ADDRESS_LIMIT: z.coerce.number().int().min(1).default(30),
  // Reverse proxies whose X-Forwarded-For / X-Forwarded-Proto are believed: IPs or CIDRs, comma-separated.
  GATEHOUSE_TRUSTED_PROXIES: z
    .string()
    .default("")
    .transform((v) => v.split(",").map((p) => p.trim()).filter(Boolean))
    .refine((list) => list.every((p) => trustedProxyRule(p) !== null), "must be IP addresses or CIDR ranges, comma-separated"),
  GATEHOUSE_BASE_DOMAIN: z
    .string()
    .regex(/^[a-z0-9.-]+(:\d+)?$/, "must be a host name like example.com")
    .optional(),
  GATEHOUSE_MAX_QUERY_COST: z.coerce.number().int().positive().default(5000),
  GATEHOUSE_WEB_DIST: z.string().optional(),
  GATEHOUSE_JOB_POLL_MS: z.coerce.number().int().min(10).default(5_000),
  GATEHOUSE_JOB_LEASE_MS: z.coerce.number().int().min(100).default(30_000),
  GATEHOUSE_JOB_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(2),
  GATEHOUSE_TEST_JOB_KINDS: booleanFlag.default(false),
  // How often delivery workers look for due retries, and the scheduler for due periodic tasks.
  GATEHOUSE_DELIVERY_POLL_MS: z.coerce.number().int().min(10).default(15_000),
  GATEHOUSE_SCHEDULER_TICK_MS: z.coerce.number().int().min(10).default(15_000),
  // How long a worker holds what it claimed to send (renewed before each send, which ends within 60 s);
  // a dead worker's mail is sent by another after it.
  GATEHOUSE_DELIVERY_LEASE_MS: z.coerce.number().int().min(1_000).default(120_000),
  // Mail: sent through this SMTP server (smtp:// or smtps://); without it mail stays in the outbox.
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  GATEHOUSE_MAIL_FROM: z.string().min(3).default("Gatehouse <no-reply@gatehouse.local>"),
  // Seconds between a failed send and the next attempt, one number per retry.
  GATEHOUSE_MAIL_RETRY_DELAYS: retryDelays.default([60, 300, 1800, 7200]),
  // Webhooks: seconds between a failed post and the next attempt (the anchor: 5 retries, 60 s apart),
  // how long an endpoint has to answer, and whether private and loopback addresses may be reached.
  GATEHOUSE_WEBHOOK_RETRY_DELAYS: retryDelays.default([60, 60, 60, 60, 60]),
  GATEHOUSE_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  GATEHOUSE_WEBHOOKS_ALLOW_PRIVATE: booleanFlag.default(false),
  // Where the admin is reached, for links in mail (a tenant's own host when GATEHOUSE_BASE_DOMAIN is set).
  GATEHOUSE_PUBLIC_URL: z
    .url({ protocol: /^https?$/ })
    .optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  GATEHOUSE_BENCH: booleanFlag.default(false),
});

/** Background job workers (docs/jobs.md). */
export interface JobSettings {
  /** How often idle workers look for jobs enqueued by other processes (this process's wake them at once). */
  pollMs: number;
  /**
   * How long a worker holds a job between two chunks. A crashed process's jobs are taken over once
   * it has passed; a running chunk keeps its job locked however long it takes.
   */
  leaseMs: number;
  /** Jobs this process runs at the same time. */
  concurrency: number;
}

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
  /** Proxies in front of Gatehouse (GATEHOUSE_TRUSTED_PROXIES): only their forwarding headers are believed. */
  trustedProxies: BlockList;
  /** GATEHOUSE_LOGIN_ADDRESS_LIMIT: failed logins from one address, across accounts, per window. */
  loginAddressLimit: number;
  maxQueryCost: number;
  maxQueryDepth: number;
  maxAliases: number;
  webDist: string | undefined;
  logLevel: string;
  /** How often an open subscription socket re-checks its credentials. */
  socketRecheckMs: number;
  /** Subscriptions one socket may hold at once, and sockets one user (or one anonymous address) may open. */
  maxSubscriptionsPerSocket: number;
  maxSocketsPerUser: number;
  /** `testKinds` adds the engine's test job kind (for the crash test's server processes). */
  jobs: JobSettings & { testKinds: boolean };
  /** Delivery workers (jobs/deliveries.ts) and the scheduler (jobs/scheduler.ts). */
  deliveries: { pollMs: number; schedulerTickMs: number; leaseMs: number };
  mail: {
    /** Unset: mail stays in the outbox (HELD). */
    smtpUrl: string | undefined;
    from: string;
    /** Milliseconds before each retry of a failed send; after the last, the message fails. */
    retryDelaysMs: number[];
  };
  webhooks: {
    retryDelaysMs: number[];
    timeoutMs: number;
    /** Tests and private deployments: webhooks may reach private and loopback addresses. */
    allowPrivate: boolean;
  };
  /** Where the admin is reached, for links in mail. */
  publicUrl: string;
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
  // A worker renews its lease before each post: the lease must outlast the post, or another worker
  // could take the delivery mid-post and post it again.
  if (e.GATEHOUSE_DELIVERY_LEASE_MS <= e.GATEHOUSE_WEBHOOK_TIMEOUT_MS) {
    throw new ConfigError("Invalid configuration:\n  GATEHOUSE_DELIVERY_LEASE_MS: must be longer than GATEHOUSE_WEBHOOK_TIMEOUT_MS");
  }
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
    secret: e.GATEHOUSE_SECRET ?? persistentSecret(dataDir, { embedded: !e.DATABASE_URL }),
    baseDomain: e.GATEHOUSE_BASE_DOMAIN,
    trustedProxies: trustedProxyList(e.GATEHOUSE_TRUSTED_PROXIES),
    loginAddressLimit: e.GATEHOUSE_LOGIN_ADDRESS_LIMIT,
    maxQueryCost: e.GATEHOUSE_MAX_QUERY_COST,
    maxQueryDepth: 12,
    maxAliases: 20,
    webDist: e.GATEHOUSE_WEB_DIST,
    logLevel: e.LOG_LEVEL,
    socketRecheckMs: 60_000,
    maxSubscriptionsPerSocket: 25,
    maxSocketsPerUser: 20,
    jobs: {
      pollMs: e.GATEHOUSE_JOB_POLL_MS,
      leaseMs: e.GATEHOUSE_JOB_LEASE_MS,
      concurrency: e.GATEHOUSE_JOB_CONCURRENCY,
      testKinds: e.GATEHOUSE_TEST_JOB_KINDS,
    },
    deliveries: { pollMs: e.GATEHOUSE_DELIVERY_POLL_MS, schedulerTickMs: e.GATEHOUSE_SCHEDULER_TICK_MS, leaseMs: e.GATEHOUSE_DELIVERY_LEASE_MS },
    mail: { smtpUrl: e.SMTP_URL, from: e.GATEHOUSE_MAIL_FROM, retryDelaysMs: e.GATEHOUSE_MAIL_RETRY_DELAYS.map((s) => Math.round(s * 1000)) },
    webhooks: {
      retryDelaysMs: e.GATEHOUSE_WEBHOOK_RETRY_DELAYS.map((s) => Math.round(s * 1000)),
      timeoutMs: e.GATEHOUSE_WEBHOOK_TIMEOUT_MS,
      allowPrivate: e.GATEHOUSE_WEBHOOKS_ALLOW_PRIVATE,
    },
    publicUrl: (e.GATEHOUSE_PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ""),
    bench: e.GATEHOUSE_BENCH,
  };
}

/**
 * A secret generated on first start and kept inside the data dir (one per instance), so sessions
 * and tokens survive restarts. Before, it was kept beside the data dir, where every instance whose
 * data dir sat in the same folder shared it: an install that has one there keeps it (copied, since
 * other instances may still read it), or its session cookies and access tokens would stop working.
 */
function persistentSecret(dataDir: string, { embedded }: { embedded: boolean }): string {
  const file = path.join(dataDir, "secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const legacy = path.join(dataDir, "..", "secret");
  // An embedded install is an existing one only if its database is there; a new data dir beside
  // another instance's must not take that instance's secret. With PostgreSQL the dir holds nothing else.
  const existingInstall = !embedded || existsSync(path.join(dataDir, "PG_VERSION"));
  const secret = existingInstall && existsSync(legacy) ? readFileSync(legacy, "utf8").trim() : randomBytes(32).toString("base64url");
  try {
    writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
  } catch (error) {
    // Another process starting on the same dir wrote it first: both must use that one.
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return readFileSync(file, "utf8").trim();
    throw error;
  }
  return secret;
}

/** `10.0.0.1` or `10.0.0.0/8` (IPv4 or IPv6) as a BlockList rule; null when it is neither. */
function trustedProxyRule(entry: string): { address: string; prefix: number | null; family: "ipv4" | "ipv6" } | null {
  const [address, prefixText, ...rest] = entry.split("/");
  const version = isIP(address ?? "");
  if (!address || rest.length || version === 0) return null;
  const family = version === 4 ? "ipv4" : "ipv6";
  if (prefixText === undefined) return { address, prefix: null, family };
  const prefix = Number(prefixText);
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > (version === 4 ? 32 : 128)) return null;
  return { address, prefix, family };
}

function trustedProxyList(entries: string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const rule = trustedProxyRule(entry)!;
    if (rule.prefix === null) list.addAddress(rule.address, rule.family);
    else list.addSubnet(rule.address, rule.prefix, rule.family);
  }
  return list;
}
