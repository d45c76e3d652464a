import { createServer } from "node:http";
import { makePgService } from "postgraphile/adaptors/pg";
import { grafserv } from "postgraphile/grafserv/node";
import { postgraphile } from "postgraphile";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";

/**
 * PostGraphile v5 on the bench's database, as the yardstick for Gatehouse's request path (`pnpm bench`
 * starts it as its own process; see run.ts). Every request runs with the row-level security Gatehouse
 * applies for the master: role `gatehouse_app` and `app.master=on` — or, with BENCH_TENANT_ID, for that
 * tenant: `app.tenant_id=<it>` and `app.master=off` (`pnpm bench accounts`) — set per transaction by
 * `pgSettings` (Gatehouse does the same with `set_config(…, true)`, see src/db/tenancy.ts).
 *
 * Environment: DATABASE_URL (required), PORT (required), HOST (default 127.0.0.1), BENCH_TENANT_ID (a
 * tenant's uuid; unset → the master's scope).
 */
const connectionString = process.env.DATABASE_URL;
const port = Number(process.env.PORT);
const host = process.env.HOST ?? "127.0.0.1";
const tenantId = process.env.BENCH_TENANT_ID || null;
const settings: Record<string, string> = tenantId
  ? { role: "gatehouse_app", "app.tenant_id": tenantId, "app.master": "off" }
  : { role: "gatehouse_app", "app.master": "on" };
if (!connectionString || !port) {
  console.error("postgraphile-server: DATABASE_URL and PORT are required");
  process.exit(2);
}

const pgl = postgraphile({
  extends: [PostGraphileAmberPreset],
  pgServices: [
    makePgService({
      connectionString,
      schemas: ["public"],
      // No subscriptions in the comparison: no LISTEN connection held open.
      pubsub: false,
      pgSettings: () => settings,
    }),
  ],
  grafserv: { graphqlPath: "/graphql", graphiql: false },
  grafast: { explain: false },
});
const serv = pgl.createServ(grafserv);
const server = createServer();
serv.addTo(server).then(
  () => server.listen(port, host, () => console.log(`PostGraphile listening on http://${host}:${port}/graphql`)),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

const shutdown = () => {
  server.closeAllConnections();
  server.close(() => {
    void Promise.resolve(pgl.release()).then(() => process.exit(0));
  });
};
process.once("SIGINT", shutdown);
process.once("SIGTERM", shutdown);
