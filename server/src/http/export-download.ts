import { once } from "node:events";
import type { IncomingMessage, ServerResponse } from "node:http";
import { inAuthenticatedTransaction } from "../auth/authenticate.js";
import type { Config } from "../config/config.js";
import type { Logger } from "../config/logger.js";
import type { Database } from "../db/client.js";
import { inTenantTransaction, type TenantScope } from "../db/tenancy.js";
import { callerOfAuthentication } from "../graphql/context.js";
import { exportAccessProblem, exportPartsAfter, exportStatusOf, findExport } from "../jobs/export.service.js";
import { sendJson } from "./graphql-http.js";
import { credentialsOf } from "./request.js";

/** /exports/<export id>/<file name> */
const PATH = /^\/exports\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/([^/]+)$/;
/** UTF-8's byte-order mark, which tells spreadsheets the file is UTF-8 (Excel reads it as ANSI otherwise). */
const BOM = "\ufeff";
const BOM_BYTES = 3;
/** Parts read per transaction while streaming: each read is short, so other requests (on PGlite, all of them) go between. */
const PARTS_PER_READ = 8;

/**
 * GET /exports/<id>/<file>: an export's CSV file (jobs/export.service.ts), to a caller signed in (session
 * cookie) or with an access token of the export's tenant — row-level security finds no export of another
 * tenant — whose token has the export kind's scope; READY exports only (409 while it is written, 410 once
 * expired). The file is streamed part by part from the database, never held whole in memory, and a
 * client that stops reading pauses the stream (backpressure).
 */
export function exportDownloadHandler(database: Database, config: Config, logger: Logger) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.setHeader("allow", "GET, HEAD");
      return sendJson(res, 405, { error: "Use GET to download an export." });
    }
    const match = PATH.exec(url.pathname);
    let fileName: string | null = null;
    try {
      fileName = match ? decodeURIComponent(match[2]!) : null;
    } catch {
      fileName = null;
    }
    if (!match || fileName === null) return sendJson(res, 404, { error: "No such export." });
    const exportId = match[1]!;

    const found = await inAuthenticatedTransaction(database.db, config.secret, credentialsOf(req), async (tx, authentication) => {
      const { auth } = authentication;
      if (!auth) return { status: 401, error: authentication.failure ?? "Sign in or send an access token to download an export." } as const;
      const view = await findExport(tx, exportId);
      if (!view || view.fileName !== fileName) return { status: 404, error: "No such export." } as const;
      const problem = exportAccessProblem(callerOfAuthentication(authentication), view.kind);
      if (problem) return { status: 403, error: problem } as const;
      const status = exportStatusOf(view);
      if (status === "EXPIRED") return { status: 410, error: "The export has expired; ask for a new one." } as const;
      if (status !== "READY") return { status: 409, error: `The export is ${status.toLowerCase()}, not ready.` } as const;
      const scope: TenantScope = { tenantId: auth.tenantId, master: auth.master };
      return { status: 200, view, scope } as const;
    });
    if (found.status !== 200) {
      if (found.status === 401) res.setHeader("www-authenticate", "Bearer");
      return sendJson(res, found.status, { error: found.error });
    }

    const { view, scope } = found;
    res.statusCode = 200;
    res.setHeader("content-type", "text/csv; charset=utf-8");
    res.setHeader("content-length", String(BOM_BYTES + view.byteSize));
    res.setHeader("content-disposition", `attachment; filename="${view.fileName}"`);
    res.setHeader("cache-control", "private, no-store");
    if (req.method === "HEAD") return void res.end();

    let after = -1;
    try {
      res.write(BOM);
      for (;;) {
        const parts = await inTenantTransaction(database.db, scope, (tx) => exportPartsAfter(tx, view.id, after, PARTS_PER_READ));
        for (const part of parts) {
          if (res.destroyed) return;
          if (!res.write(part.data)) await Promise.race([once(res, "drain"), once(res, "close")]);
          after = part.position;
        }
        if (parts.length < PARTS_PER_READ) break;
      }
      res.end();
    } catch (error) {
      // Headers are gone: all that can be done is cut the download short, so the client sees it failed.
      logger.error({ err: error, exportId: view.id }, "export download failed");
      res.destroy();
    }
  };
}
