import { http, HttpResponse } from 'msw';
import { state, viewer } from '../store';
import { BOM, exportByteSize, exportStatusOf, fileText, findExport } from './exports';

/** <export uuid> */
const EXPORT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const refuse = (status: number, error: string, headers: Record<string, string> = {}) => HttpResponse.json({ error }, { status, headers });

/**
 * GET /exports/<id>/<file>: an export's CSV file, as server/src/http/export-download.ts serves it — to
 * the signed-in user of the export's tenant (401 without a session, 404 for another tenant's, an
 * unknown one or another file name), once READY (409 while it is written, 410 once expired); UTF-8
 * with a byte-order mark, as an attachment. HEAD tells the size without the body.
 */
export const exportDownloadHandler = http.all('*/exports/:id/:file', ({ request, params }) => {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return refuse(405, 'Use GET to download an export.', { allow: 'GET, HEAD' });
  }
  const id = String(params['id']);
  let fileName: string | null;
  try {
    // The last segment as sent (percent-encoded), decoded once as the server does.
    fileName = decodeURIComponent(new URL(request.url).pathname.split('/').at(-1) ?? '');
  } catch {
    fileName = null;
  }
  if (!EXPORT_ID.test(id) || fileName === null) return refuse(404, 'No such export.');
  const caller = viewer();
  if (!caller) return refuse(401, 'Sign in or send an access token to download an export.', { 'www-authenticate': 'Bearer' });
  const view = findExport(state, caller.tenantId, id);
  if (!view || view.row.fileName !== fileName) return refuse(404, 'No such export.');
  const status = exportStatusOf(view, new Date());
  if (status === 'EXPIRED') return refuse(410, 'The export has expired; ask for a new one.');
  if (status !== 'READY') return refuse(409, `The export is ${status.toLowerCase()}, not ready.`);
  const headers = {
    'content-type': 'text/csv; charset=utf-8',
    'content-length': String(exportByteSize(view)),
    'content-disposition': `attachment; filename="${view.row.fileName}"`,
    'cache-control': 'private, no-store',
  };
  if (request.method === 'HEAD') return new HttpResponse(null, { status: 200, headers });
  return new HttpResponse(new TextEncoder().encode(BOM + fileText(view.row)), { status: 200, headers });
});
