import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { buildSchema, isEnumType, isObjectType } from "graphql";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SESSION_COOKIE } from "../../src/auth/session-cookie.js";
import { createAccessToken, createMember, createTenant } from "../factories.js";
import { startTestServer, type TestClient, type TestServer } from "../harness.js";
import { problemsOf } from "./findings.js";
import { type Operation, OperationGenerator, rootFields } from "./operations.js";
import { freshSeed, Random } from "./random.js";
import { type HttpRequest, httpRequest } from "./requests.js";
import { InputGenerator, type Observed } from "./values.js";

/**
 * Bad input must never be an internal error. Every root field of schema/schema.graphql — so every
 * operation a module adds, with no change here — is called with generated arguments (valid ones,
 * then hostile ones: wrong types, huge and unicode strings, NUL, forged IDs and cursors, impossible
 * dates, unknown enum values, missing variables) over every kind of HTTP request (GET, batches,
 * invalid JSON, odd content types, persisted queries, deep nesting), as every kind of caller. Any
 * 5xx, INTERNAL_SERVER_ERROR, uncoded error, stack, SQL or database text in a response, or any
 * error logged by the server, fails it.
 *
 * FUZZ_RUNS sets the number of hostile requests (a fast default for `pnpm test`; `.ci/run` runs
 * more on PostgreSQL); FUZZ_SEED replays a run.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? freshSeed());

const schema = buildSchema(readFileSync(createRequire(import.meta.url).resolve("@gatehouse/schema/schema.graphql"), "utf8"));
const nodeTypes = Object.values(schema.getTypeMap())
  .filter((t) => isObjectType(t) && t.getInterfaces().some((i) => i.name === "Node"))
  .map((t) => t.name);
const enumValues = Object.values(schema.getTypeMap())
  .filter(isEnumType)
  .filter((t) => !t.name.startsWith("__"))
  .flatMap((t) => t.getValues().map((v) => v.name));

interface Credentials {
  cookie?: string;
  bearer?: string;
}

/** A kind of caller, with a way to get fresh credentials when the fuzz ended its session or revoked its token. */
interface Caller {
  name: string;
  credentials: Credentials;
  establish(): Promise<Credentials>;
}

const errorLines: string[] = [];
let server: TestServer;
let callers: Caller[];

beforeAll(async () => {
  // Every error the server logs is a finding: "unexpected error", a failed transaction, a crashed handler.
  const sink = pino({ level: "error" }, { write: (line: string) => void errorLines.push(line) });
  // The fuzz's requests come "from" a documentation address through a trusted proxy, the callers'
  // logins from 127.0.0.1: the fuzz's wrong passwords (logins, current-password checks) lock its
  // own address out, never the callers' — as the throttle keeps an attacker from locking users out.
  server = await startTestServer({ GATEHOUSE_TRUSTED_PROXIES: "127.0.0.1,::1" }, {}, sink);
  const tenant = await createTenant(server);
  const session = (c: TestClient): Credentials => ({ cookie: c.cookie ?? undefined });
  let admin = await tenant.login();
  const token = async (input: Parameters<typeof createAccessToken>[1]) => ({ bearer: (await createAccessToken(admin, input)).token });
  callers = [
    { name: "anonymous", establish: async () => ({}) },
    { name: "master", establish: async () => session(await server.master()) },
    {
      name: "tenant admin",
      establish: async () => {
        admin = await tenant.login();
        return session(admin);
      },
    },
    { name: "member", establish: async () => session(await createMember(server, tenant.tenant)) },
    { name: "token with one scope", establish: () => token({ scopes: ["ACCOUNT_MANAGEMENT"], permission: "READ_WRITE" }) },
    { name: "read-only token", establish: () => token({ permission: "READ_ONLY" }) },
    { name: "malformed token", establish: async () => ({ bearer: "not-a-token" }) },
    { name: "stale session cookie", establish: async () => ({ cookie: `${SESSION_COOKIE}=${"0".repeat(43)}` }) },
  ].map((c) => ({ ...c, credentials: {} }));
  for (const caller of callers) caller.credentials = await caller.establish();
});
afterAll(() => server?.close());

interface Finding {
  run: string;
  caller: string;
  fields: string[];
  request: HttpRequest;
  status: number;
  response: string;
  problems: string[];
}

describe("fuzz", () => {
  it(
    `finds no internal error in ${RUNS} generated requests (FUZZ_SEED=${SEED})`,
    async () => {
      console.info(`fuzz: FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS}`);
      const random = new Random(SEED);
      const observed: Observed = { ids: [], cursors: [], strings: [] };
      const operations = new OperationGenerator(schema, random, new InputGenerator(random, observed, nodeTypes, enumValues));
      const fields = rootFields(schema);
      const findings: Finding[] = [];
      const executed = new Map<string, number>(fields.filter((f) => f.type !== "subscription").map((f) => [`${f.root.name}.${f.field.name}`, 0]));
      /** Per root field, the callers whose valid requests it executed: hostile input mostly goes where it gets past the access rules. */
      const admitted = new Map<string, Caller[]>();
      const statuses = new Map<number, number>();

      const send = async (run: string, caller: Caller, operation: Operation, request: HttpRequest) => {
        const { cookie, bearer } = caller.credentials;
        let status = 0;
        let text = "";
        try {
          const res = await fetch(`${server.url}/graphql${request.search}`, {
            method: request.method,
            headers: { ...request.headers, "x-forwarded-for": FUZZ_ADDRESS, ...(cookie ? { cookie } : {}), ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
            body: request.body,
            signal: AbortSignal.timeout(30_000),
          });
          status = res.status;
          text = await res.text();
        } catch (error) {
          text = `(no response: ${String(error)})`;
        }
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        const problems = status === 0 ? ["no response"] : problemsOf(status, text);
        if (problems.length) findings.push({ run, caller: caller.name, fields: operation.fields, request, status, response: text, problems });
        let body: { data?: unknown } | null = null;
        try {
          body = JSON.parse(text) as { data?: unknown };
        } catch {
          // Counted above when it matters.
        }
        // With the status rule (docs/decisions/0003), 200 means the operation was executed.
        if (status === 200 && body && "data" in body) {
          for (const field of operation.fields) if (executed.has(field)) executed.set(field, executed.get(field)! + 1);
          collect(body.data, observed);
        }
        return status;
      };

      // Valid requests first, every root field as every caller: they fill the pools of real IDs,
      // cursors and names, and show that the fuzz reaches the resolvers.
      for (const caller of callers) {
        for (const { type, root, field } of fields) {
          if (type === "subscription") continue;
          // Valid arguments can still be refused together (`first` with `last`, a costly page): try again.
          for (let attempt = 0; attempt < 3; attempt++) {
            const operation = operations.generate(type, root, field, false);
            const status = await send(`valid ${root.name}.${field.name}`, caller, operation, httpRequest(operation, random, false));
            if (type === "mutation") await renewIfSignedOut(caller);
            if (status === 200) admitted.set(`${root.name}.${field.name}`, [...(admitted.get(`${root.name}.${field.name}`) ?? []), caller]);
            if (status !== 400) break;
          }
        }
      }
      // Hostile requests: each root field in turn, mostly as a caller it admits.
      for (let run = 0; run < RUNS; run++) {
        const { type, root, field } = fields[run % fields.length]!;
        const admits = admitted.get(`${root.name}.${field.name}`) ?? [];
        const caller = admits.length && random.chance(0.75) ? random.pick(admits) : random.pick(callers);
        const operation = operations.generate(type, root, field, true);
        const status = await send(`#${run}`, caller, operation, httpRequest(operation, random, true));
        // A logout, a revoked token…: keep every kind of caller signed in.
        if (type === "mutation" && status === 200) await renewIfSignedOut(caller);
        if (run % 25 === 24) for (const c of callers) await renewIfSignedOut(c);
      }

      const unique = new Map<string, Finding>();
      for (const f of findings) unique.set(`${f.fields.join()} ${f.request.variant} ${f.problems.join()}`, f);
      const summary = [...unique.values()].map((f) => `${f.problems.join("; ")} — ${f.fields.join(" + ")}, ${f.request.variant}, as ${f.caller}`);
      const report = [...unique.values()]
        .slice(0, 8)
        .map((f) =>
          [
            `--- ${f.problems.join("; ")}`,
            `run ${f.run} as ${f.caller}, ${f.fields.join(" + ")}, ${f.request.variant}`,
            `${f.request.method} /graphql${f.request.search.slice(0, 500)} ${JSON.stringify(f.request.headers)}`,
            (f.request.body ?? "").slice(0, 1500),
            `→ ${f.status} ${f.response.slice(0, 1000)}`,
          ].join("\n"),
        )
        .join("\n");
      console.info(`fuzz: statuses ${JSON.stringify(Object.fromEntries(statuses))}; executed per field ${JSON.stringify(Object.fromEntries(executed))}`);
      expect(findings.length, `FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS}: ${findings.length} findings, ${unique.size} distinct:\n${summary.join("\n")}\nThe first in full:\n${report}`).toBe(0);
      expect(errorLines, `FUZZ_SEED=${SEED}: the server logged errors`).toEqual([]);
      for (const [field, count] of executed) expect(count, `${field} never reached execution`).toBeGreaterThan(0);
    },
    120_000 + RUNS * 500,
  );
});

const FUZZ_ADDRESS = "198.51.100.1";

/** Credentials can end during the fuzz (logout, a revoked token): get new ones when they did. */
async function renewIfSignedOut(caller: Caller): Promise<void> {
  const { cookie, bearer } = caller.credentials;
  if (!cookie && !bearer) return;
  const res = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}), ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
    body: JSON.stringify({ query: "{ viewer { id } }" }),
  });
  const body = (await res.json()) as { data?: { viewer: unknown } };
  const wasSignedIn = caller.name !== "malformed token" && caller.name !== "stale session cookie";
  if (wasSignedIn && !body.data?.viewer) caller.credentials = await caller.establish();
}

/** Real IDs, cursors and names from a response, for later arguments. Never emails: a login with a caller's would lock it out. */
function collect(data: unknown, observed: Observed): void {
  const pending: [string, unknown][] = [["", data]];
  while (pending.length) {
    const [key, value] = pending.pop()!;
    if (typeof value === "string") {
      const pool = key === "id" ? observed.ids : /^(cursor|startCursor|endCursor)$/.test(key) ? observed.cursors : value.includes("@") || value.length > 100 ? null : observed.strings;
      if (pool && !pool.includes(value)) {
        if (pool.length === 300) pool.shift();
        pool.push(value);
      }
    } else if (Array.isArray(value)) {
      for (const item of value) pending.push([key, item]);
    } else if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) pending.push([k, v]);
    }
  }
}
