import { existsSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import sirv from "sirv";
import type { Config } from "../config/config.js";
import type { Logger } from "../config/logger.js";
import { type Database, ping } from "../db/client.js";
import { createApollo } from "../graphql/apollo.js";
import { buildGatehouseSchema } from "../graphql/schema.js";
import { startJobs } from "../jobs/job-engine.js";
import { retryDeliveries, startDeliveries } from "../jobs/deliveries.js";
import { purgeScheduledRuns, startScheduler } from "../jobs/scheduler.js";
import { startRelay } from "../graphql/relay.js";
import { testJobKind } from "../jobs/test-job-kind.js";
import type { Composition } from "../kit/module.js";
import { purgeExports } from "../jobs/export.service.js";
import { exportDownloadHandler } from "./export-download.js";
import { graphqlHandler, sendJson } from "./graphql-http.js";
import { setSecurityHeaders } from "./security-headers.js";
import { attachSubscriptions } from "./websocket.js";

export interface App {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/** Starts the HTTP server: /graphql (HTTP + WebSocket), /exports/… (CSV downloads), /healthz, and the admin SPA at /. */
export async function startApp(composition: Composition, config: Config, logger: Logger, database: Database): Promise<App> {
  for (const module of composition.modules) module.configure?.(config);
  const schema = await buildGatehouseSchema(composition.modules);
  const apollo = createApollo(schema, config, logger);
  await apollo.start();
  const graphql = graphqlHandler(composition, schema, apollo, database, config, logger);
  const downloadExport = exportDownloadHandler(database, config, logger);
  const routes = await Promise.all(composition.modules.flatMap((m) => (m.http ? [m.http({ config, database, logger })] : [])));
  const spa = config.webDist && existsSync(config.webDist) ? serveSpa(config.webDist) : null;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    setSecurityHeaders(res);
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname === "/graphql") return graphql(req, res, url);
    if (url.pathname.startsWith("/exports/")) return downloadExport(req, res, url);
    for (const route of routes) if (url.pathname.startsWith(route.prefix)) return route.handle(req, res, url);
    if (url.pathname === "/healthz") {
      try {
        await ping(database.db);
        // For `pnpm bench` (SQL statements per request) only; the count includes this ping.
        if (config.bench) res.setHeader("x-gatehouse-sql-statements", String(database.statementCount));
        return sendJson(res, 200, { status: "ok", database: database.driver });
      } catch {
        return sendJson(res, 503, { status: "unavailable", database: database.driver });
      }
    }
    if (spa && (req.method === "GET" || req.method === "HEAD")) return spa(req, res, () => notFound(res));
    notFound(res);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      logger.error({ err: error, url: req.url }, "request failed");
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: "Internal server error.", extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
      else res.end();
    });
  });
  const subscriptions = attachSubscriptions(composition, server, schema, database, config, logger);
  // Events from every server process (job progress, later notifications) reach this one's subscribers.
  const stopRelay = await startRelay(database, logger);
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const kinds = [...composition.modules.flatMap((m) => m.jobs ?? []), ...(config.jobs.testKinds ? [testJobKind] : [])];
  const jobs = startJobs(database, kinds, logger, config.jobs);
  // Module background work: deliveries after commit (mail, webhooks) and periodic tasks.
  const background = composition.modules.map((m) => m.background?.({ config, database, logger }) ?? {});
  const queues = background.flatMap((b) => b.queues ?? []);
  const deliveries = startDeliveries(database, queues, logger);
  const tasks = [purgeScheduledRuns, purgeExports, retryDeliveries(queues.map((q) => q.name), config.deliveries.pollMs), ...background.flatMap((b) => b.tasks ?? [])];
  const scheduler = startScheduler(database, tasks, logger, { tickMs: config.deliveries.schedulerTickMs });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://localhost:${port}`,
    async close() {
      await jobs.close();
      await scheduler.close();
      await deliveries.close();
      for (const b of background) await b.close?.();
      await stopRelay().catch((error: unknown) => logger.warn({ err: error }, "stopping the event relay failed"));
      await subscriptions.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      for (const route of routes) await route.close?.();
      await apollo.stop();
    },
  };
}

/**
 * The built admin (web/dist): the build writes a brotli and a gzip copy of each file beside it, sent
 * to browsers that accept them. Files under /assets/ have a content hash in their name, so a browser
 * keeps them for a year without asking again; index.html (every other path, the SPA's routes) is
 * revalidated each time, so a new build is picked up on the next load.
 */
function serveSpa(webDist: string) {
  return sirv(webDist, {
    single: true,
    etag: true,
    dev: false,
    brotli: true,
    gzip: true,
    setHeaders(res, pathname) {
      res.setHeader("Cache-Control", pathname.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache");
    },
  });
}

function notFound(res: ServerResponse) {
  sendJson(res, 404, { error: "Not found" });
}
