import { performance } from "node:perf_hooks";
import {
  compileMappingRules,
  type MappingRuleInput,
  matchMappingRules,
  type MetricNode,
} from "@gatehouse/schema/mapping-rules";

/** How long the matching loop runs, and the rate the usage endpoint needs per core. */
const SECONDS = 2;
const TARGET_PER_SECOND = 200_000;
const RULE_COUNT = 500;

const RESOURCES = [
  "users", "orders", "invoices", "products", "carts", "payments", "refunds", "shipments", "addresses", "reviews",
  "coupons", "subscriptions", "plans", "accounts", "teams", "projects", "tasks", "comments", "files", "folders",
  "messages", "threads", "contacts", "lists", "campaigns", "templates", "webhooks", "events", "logs", "reports",
  "dashboards", "widgets", "alerts", "devices", "sensors", "readings", "locations", "routes", "vehicles", "drivers",
  "tickets", "agents", "queues", "calls", "recordings", "transcripts", "invoices_v2", "ledgers", "entries", "budgets",
];

/**
 * A service shaped like a real API: 50 resources under two API versions, ten rules each — list, create,
 * read, replace, update, delete (placeholders and `$`), a search and a history with query parameters, a
 * HEAD and an export that counts 5 on a top-level metric — each on its own method under `hits`, in a
 * shuffled input order with some `last` rules.
 */
function service(): { rules: MappingRuleInput[]; metrics: MetricNode[] } {
  const metrics: MetricNode[] = [
    { systemName: "hits", parentSystemName: null },
    { systemName: "exports", parentSystemName: null },
  ];
  const rules: MappingRuleInput[] = [];
  const add = (httpMethod: string, pattern: string, metricSystemName: string, delta = 1, last = false) => {
    if (metricSystemName !== "exports" && !metrics.some((m) => m.systemName === metricSystemName)) {
      metrics.push({ systemName: metricSystemName, parentSystemName: "hits" });
    }
    rules.push({ httpMethod, pattern, metricSystemName, delta, position: rules.length + 1, last });
  };
  for (const [i, resource] of RESOURCES.entries()) {
    const base = `/v${1 + (i % 2)}/${resource}`;
    add("GET", `${base}$`, `list_${resource}`);
    add("POST", `${base}$`, `create_${resource}`, 1, i % 5 === 0);
    add("GET", `${base}/{id}$`, `get_${resource}`);
    add("PUT", `${base}/{id}$`, `replace_${resource}`);
    add("PATCH", `${base}/{id}`, `update_${resource}`);
    add("DELETE", `${base}/{id}$`, `delete_${resource}`, 1, true);
    add("GET", `${base}/search?q={query}&sort=asc`, `search_${resource}`);
    add("GET", `${base}/{id}/history?from={from}&to={to}`, `history_${resource}`);
    add("HEAD", base, `list_${resource}`);
    add("GET", `${base}/{id}/export.csv$`, "exports", 5);
  }
  // Positions stay as assigned; the input order is shuffled (deterministically) so compiling has to sort.
  let seed = 42;
  for (let i = rules.length - 1; i > 0; i--) {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = seed % (i + 1);
    [rules[i], rules[j]] = [rules[j]!, rules[i]!];
  }
  return { rules, metrics };
}

/** Requests matching rules near the start, in the middle, at the end, and none at all. */
const REQUESTS: ReadonlyArray<readonly [string, string]> = [
  ["GET", "/v1/users"],
  ["GET", "/v1/users/8f14e45f-ceea-467f-a0e6-1b1f3c1c2a55"],
  ["POST", "/v1/users"],
  ["get", "/v2/orders/1234?expand=items"],
  ["PATCH", "/v1/files/9876"],
  ["GET", "/v1/messages/search?sort=asc&q=hello+world&page=3"],
  ["GET", "/v2/routes/77/history?to=2025-02-01&from=2025-01-01"],
  ["DELETE", "/v2/budgets/5"],
  ["GET", "/v2/budgets/5/export.csv"],
  ["HEAD", "/v1/entries"],
  ["PUT", "/v2/ledgers/abc%2Fdef"],
  ["GET", "/v2/budgets/search?q=x"],
  ["GET", "/v3/unknown/path"],
  ["POST", "/v1/users/1/avatar"],
  ["OPTIONS", "/v1/users"],
  ["GET", "/healthz"],
];

/**
 * Mapping-rule matching speed: what the usage endpoint spends on every API request. Compiles a
 * 500-rule service once, then matches a varied set of requests on this thread for about 2 s.
 */
export async function benchMappingRules(): Promise<string> {
  const { rules, metrics } = service();
  if (rules.length !== RULE_COUNT) throw new Error(`expected ${RULE_COUNT} rules, built ${rules.length}`);
  const compiled = compileMappingRules(rules, metrics);

  // Warm-up lets V8 optimize the hot loop before the clock starts.
  let sink = 0;
  for (let i = 0; i < 50_000; i++) {
    const [method, path] = REQUESTS[i % REQUESTS.length]!;
    sink += matchMappingRules(compiled, method, path).matchedRules.length;
  }

  const batch = REQUESTS.length * 256;
  let matches = 0;
  const start = performance.now();
  const stop = start + SECONDS * 1000;
  let now = start;
  do {
    for (let i = 0; i < batch; i++) {
      const [method, path] = REQUESTS[i % REQUESTS.length]!;
      sink += matchMappingRules(compiled, method, path).matchedRules.length;
    }
    matches += batch;
    now = performance.now();
  } while (now < stop);
  if (sink === 0) throw new Error("no request matched a rule");

  const perSecond = Math.round(matches / ((now - start) / 1000));
  return (
    `mapping rules: ${RULE_COUNT} rules, ${perSecond.toLocaleString("en-US")} matches/s on one core ` +
    `(target ≥ ${TARGET_PER_SECOND.toLocaleString("en-US")}/s)`
  );
}
