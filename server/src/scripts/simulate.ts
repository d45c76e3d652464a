import { parseArgs } from "node:util";

/**
 * `pnpm simulate --minutes N --rps R`: realistic gateway traffic through the usage endpoint of a running
 * Gatehouse, so analytics, utilization and alerts move while you look at them. It signs in as the demo
 * admin (or --tenant/--email/--password), creates a service token per product ("Simulator", revoked at the
 * end), and sends authreps: applications picked with a long-tailed popularity, requests built from each
 * product's mapping rules (else hits and its methods), upstream codes mostly 2xx with some 4xx and 5xx, and
 * now and then a burst from one application to push it into its limits. Prints what the endpoint answered.
 */
const { values } = parseArgs({
  options: {
    minutes: { type: "string", default: "1" },
    rps: { type: "string", default: "20" },
    url: { type: "string", default: process.env.GATEHOUSE_URL ?? `http://localhost:${process.env.PORT ?? "4000"}` },
    tenant: { type: "string", default: "acme" },
    email: { type: "string", default: "admin@acme.test" },
    password: { type: "string", default: "acme-admin-2026" },
  },
});
const minutes = Number(values.minutes);
const rps = Number(values.rps);
if (!(minutes > 0) || !(rps > 0) || rps > 5000) {
  console.error("Usage: pnpm simulate --minutes N --rps R   (N > 0, 0 < R ≤ 5000; --url, --tenant, --email, --password to point it elsewhere)");
  process.exit(2);
}
const base = values.url!.replace(/\/+$/, "");

let cookie = "";
async function gql<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json", cookie }, body: JSON.stringify({ query, variables }) });
  const setCookie = res.headers.getSetCookie()[0];
  if (setCookie) cookie = setCookie.split(";")[0]!;
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

interface Target {
  serviceId: string;
  token: string;
  tokenId: string;
  authMode: "USER_KEY" | "APP_ID_APP_KEY" | "OIDC";
  rules: { httpMethod: string; pattern: string }[];
  methods: string[];
  apps: { name: string; userKey: string; appId: string; appKey: string | null; weight: number }[];
}

async function main() {
  const login = await gql<{ login: { userErrors: { message: string }[] } }>(
    `mutation($i: LoginInput!) { login(input: $i) { userErrors { message } } }`,
    { i: { tenant: values.tenant, email: values.email, password: values.password } },
  );
  if (login.login.userErrors.length) throw new Error(`login: ${login.login.userErrors[0]!.message}`);
  const data = await gql<{
    services: { nodes: { id: string; name: string; authMode: Target["authMode"]; mappingRules: { httpMethod: string; pattern: string }[]; metrics: { systemName: string; kind: string }[] }[] };
  }>(`{ services(first: 10) { nodes { id name authMode mappingRules { httpMethod pattern } metrics { systemName kind } } } }`);
  const targets: Target[] = [];
  for (const service of data.services.nodes) {
    const apps = await gql<{ applications: { nodes: { name: string; state: string; userKey: string; appId: string; keys: { value: string }[] }[] } }>(
      `query($s: ID!) { applications(first: 100, filter: { service: $s }) { nodes { name state userKey appId keys { value } } } }`,
      { s: service.id },
    );
    // Mostly live applications, and a suspended one now and then (refused at once).
    const usable = apps.applications.nodes.filter((a) => a.state === "LIVE" || a.state === "SUSPENDED");
    if (!usable.length) continue;
    const created = await gql<{ createServiceToken: { token: string; serviceToken: { id: string } } }>(
      `mutation($i: CreateServiceTokenInput!) { createServiceToken(input: $i) { token serviceToken { id } userErrors { message } } }`,
      { i: { serviceId: service.id, name: "Simulator" } },
    );
    if (!created.createServiceToken.token) continue;
    targets.push({
      serviceId: service.id,
      token: created.createServiceToken.token,
      tokenId: created.createServiceToken.serviceToken.id,
      authMode: service.authMode,
      rules: service.mappingRules.filter((r) => !r.pattern.includes("?")),
      methods: service.metrics.filter((m) => m.kind === "METHOD").map((m) => m.systemName),
      apps: usable.map((a, i) => ({ name: a.name, userKey: a.userKey, appId: a.appId, appKey: a.keys[0]?.value ?? null, weight: a.state === "SUSPENDED" ? 0.05 : 1 / (i + 1) })),
    });
  }
  if (!targets.length) throw new Error("No product with applications to send traffic for.");
  console.log(`Simulating ${rps} calls/s for ${minutes} min against ${base} (${targets.length} products, ${targets.reduce((n, t) => n + t.apps.length, 0)} applications).`);

  const outcomes = new Map<string, number>();
  let sent = 0;
  let inFlight = 0;
  const stopAt = Date.now() + minutes * 60_000;
  let burst: { target: Target; app: Target["apps"][number]; left: number } | null = null;
  const tick = 100;
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      if (Date.now() >= stopAt) {
        clearInterval(timer);
        const wait = setInterval(() => {
          if (inFlight === 0) {
            clearInterval(wait);
            resolve();
          }
        }, 50);
        return;
      }
      const count = Math.max(1, Math.round((rps * tick) / 1000 + (Math.random() - 0.5)));
      if (!burst && Math.random() < 0.002) {
        const target = pick(targets, () => 1);
        burst = { target, app: pick(target.apps, (a) => a.weight), left: rps * 5 };
      }
      for (let i = 0; i < count; i++) {
        let target: Target;
        let app: Target["apps"][number];
        if (burst && burst.left-- > 0) ({ target, app } = burst);
        else {
          burst = null;
          target = pick(targets, () => 1);
          app = pick(target.apps, (a) => a.weight);
        }
        inFlight++;
        sent++;
        void send(target, app)
          .then((code) => outcomes.set(code, (outcomes.get(code) ?? 0) + 1))
          .catch(() => outcomes.set("network error", (outcomes.get("network error") ?? 0) + 1))
          .finally(() => inFlight--);
      }
    }, tick);
  });
  console.log(`Sent ${sent} authreps:`);
  for (const [code, n] of [...outcomes].sort((a, b) => b[1] - a[1])) console.log(`  ${code.padEnd(24)} ${n}`);
  for (const target of targets) {
    await gql(`mutation($i: RevokeServiceTokenInput!) { revokeServiceToken(input: $i) { userErrors { message } } }`, { i: { id: target.tokenId } });
  }
}

function pick<T>(items: readonly T[], weight: (item: T) => number): T {
  const total = items.reduce((sum, item) => sum + weight(item), 0);
  let at = Math.random() * total;
  for (const item of items) {
    at -= weight(item);
    if (at <= 0) return item;
  }
  return items[items.length - 1]!;
}

function responseCode(): number {
  const r = Math.random();
  return r < 0.9 ? 200 : r < 0.93 ? 201 : r < 0.96 ? 404 : r < 0.975 ? 401 : r < 0.985 ? 429 : r < 0.995 ? 500 : 503;
}

async function send(target: Target, app: Target["apps"][number]): Promise<string> {
  const credentials =
    target.authMode === "USER_KEY" ? { userKey: app.userKey } : target.authMode === "OIDC" ? { clientId: app.appId } : { appId: app.appId, ...(app.appKey ? { appKey: app.appKey } : {}) };
  const rule = target.rules.length ? target.rules[Math.floor(Math.random() * target.rules.length)]! : null;
  const body = rule
    ? { credentials, request: { method: rule.httpMethod, path: pathOf(rule.pattern) }, responseCode: responseCode() }
    : { credentials, usage: target.methods.length && Math.random() < 0.7 ? { [target.methods[Math.floor(Math.random() * target.methods.length)]!]: 1 } : { hits: 1 }, responseCode: responseCode() };
  const res = await fetch(`${base}/api/usage/authrep`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${target.token}` }, body: JSON.stringify(body) });
  const answer = (await res.json()) as { authorized: boolean; error?: { code: string } };
  return answer.authorized ? "authorized" : (answer.error?.code ?? `HTTP ${res.status}`);
}

/** A request path a mapping rule matches: placeholders filled, the end anchor dropped. */
function pathOf(pattern: string): string {
  return pattern.replace(/\{[^}]+\}/g, () => String(1 + Math.floor(Math.random() * 9999))).replace(/\$$/, "");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
