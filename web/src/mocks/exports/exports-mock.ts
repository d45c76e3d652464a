import type { ExportKind } from '../../gql/schema-types';
import type { ResolversParentTypes, ResolversTypes } from '../../gql/resolver-types';
import { listAccounts } from '../accounts/accounts';
import { applicationMatcher } from '../applications/applications';
import { subscriptionMatcher } from '../applications/subscriptions';
import { rowIdOf } from '../global-id';
import type { MockContext } from '../mock-context';
import { notFound } from '../mock-errors';
import type { MockModule } from '../mock-module';
import { actorOf, requireViewer } from '../viewer';
import { exportByteSize, exportJobKinds, exportPath, exportStatusOf, findExport, publicUrl, startExport, type ExportView } from './exports';

/**
 * The API shows an export from its row and its job (the server's ExportView): the row's own fields
 * resolve by name, the others below derive from the job, as the server's field resolvers do.
 */
const asExport = (view: ExportView) =>
  ({
    __typename: 'Export',
    id: view.row.id,
    kind: view.row.kind,
    fileName: view.row.fileName,
    createdAt: view.row.createdAt,
    expiresAt: view.row.expiresAt,
    job: view.job,
    view,
  }) as unknown as ResolversTypes['Export'];
const viewOf = (parent: ResolversParentTypes['Export']) => (parent as unknown as { view: ExportView }).view;

/** Starts an export over a filter the listing accepted (its check throws BAD_USER_INPUT first, as the server's `where`). */
function exportPayload(ctx: MockContext, kind: ExportKind, filter: object | null | undefined) {
  const started = startExport(ctx.state, actorOf(ctx), kind, filter, ctx.now);
  return {
    __typename: 'ExportPayload' as const,
    ...(started.ok ? { export: asExport(started.view), userErrors: [] } : { export: null, userErrors: started.userErrors }),
  };
}

/**
 * CSV exports (server/src/jobs/export.*.ts, modules/accounts/account.export.ts,
 * modules/applications/application.export.ts): the three mutations, `export(id:)` and `node(id:)` of
 * an export. Members read exports; the access check refuses them the mutations, as the server's does.
 * The mock knows sessions only: the scope an access token needs (ACCOUNT_MANAGEMENT) never comes up.
 * The file itself is served by the handler in export-download.ts.
 */
export const exportsMock: MockModule = {
  name: 'exports',
  resolvers: {
    Query: {
      export: (_, { id }, ctx) => {
        const view = findExport(ctx.state, requireViewer(ctx).tenantId, rowIdOf(id, 'Export'));
        if (!view) throw notFound('Export');
        return asExport(view);
      },
    },
    Mutation: {
      exportAccounts: (_, { input }, ctx) => {
        listAccounts(ctx.state, requireViewer(ctx).tenantId, input.filter, null);
        return exportPayload(ctx, 'ACCOUNTS', input.filter);
      },
      exportApplications: (_, { input }, ctx) => {
        applicationMatcher(ctx.state, input.filter);
        return exportPayload(ctx, 'APPLICATIONS', input.filter);
      },
      exportServiceSubscriptions: (_, { input }, ctx) => {
        subscriptionMatcher(input.filter);
        return exportPayload(ctx, 'SERVICE_SUBSCRIPTIONS', input.filter);
      },
    },
    Export: {
      status: (parent, _, ctx) => exportStatusOf(viewOf(parent), ctx.now),
      rowCount: (parent) => viewOf(parent).job.processed,
      byteSize: (parent) => exportByteSize(viewOf(parent)),
      url: (parent, _, ctx) => {
        const view = viewOf(parent);
        return exportStatusOf(view, ctx.now) === 'READY' ? `${publicUrl()}${exportPath(view.row)}` : null;
      },
    },
  },
  nodes: {
    Export: (ctx, rowId) => {
      const view = ctx.viewer ? findExport(ctx.state, ctx.viewer.tenantId, rowId) : null;
      return view ? asExport(view) : null;
    },
  },
  jobs: exportJobKinds,
};
