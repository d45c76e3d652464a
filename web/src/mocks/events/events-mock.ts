import { connection } from '../connection';
import type { MockContext } from '../mock-context';
import type { MockModule } from '../mock-module';
import { isMasterViewer, requireViewer } from '../viewer';
import { auditEntryNode, findAuditEntry, listAuditLog, type AuditScope } from './events';

/** Row-level security of the log: the caller's tenant's entries, every tenant's for the master. */
const scopeOf = (ctx: MockContext): AuditScope => ({ tenantId: requireViewer(ctx).tenantId, master: isMasterViewer(ctx) });

/**
 * The events domain (server/src/modules/events): the audit log every module's writes record
 * (`emit` in events.ts), read by admins only — `auditLog` and `node(id:)` of an AuditEntry are
 * FORBIDDEN to members, as on the server.
 */
export const eventsMock: MockModule = {
  name: 'events',
  resolvers: {
    Query: {
      auditLog: (_, args, ctx) => {
        const scope = scopeOf(ctx);
        const { items, order } = listAuditLog(ctx.state, scope, args.filter, args.orderBy);
        return connection(
          items.map((entry) => auditEntryNode(ctx.state, scope, entry)),
          args,
          'AuditEntry',
          order,
        );
      },
    },
  },
  nodes: {
    AuditEntry: (ctx, rowId) => {
      const scope = scopeOf(ctx);
      const entry = findAuditEntry(ctx.state, scope, rowId);
      return entry ? auditEntryNode(ctx.state, scope, entry) : null;
    },
  },
  access: { Query: { auditLog: { admin: true } } },
  typeAccess: { AuditEntry: { admin: true } },
};
