import { NOTIFICATION_TYPES } from '@gatehouse/schema/notifications';
import type { TenantFixture } from '../../testing/factories';
import { fromGlobalId, toGlobalId } from '../global-id';
import type { TeamUser } from '../team/users';
import type { NotificationFixture, NotificationsState } from './notifications';

/** Stable row keys for the mock's own demo rows: `c` notifications, `d` the jobs they report. */
const seedKey = (kind: 'c' | 'd', n: number) => `00000000-0000-4000-${kind}000-${String(n).padStart(12, '0')}`;

/**
 * A little more for the demo's bell than the server's demo seed gives (its retired product, told to
 * the admin and the member: events/audit-seed.ts): two bulk operations Acme's admin ran that
 * finished, one read, one not. Their jobs are not in the store (tests count the jobs they start):
 * `node(id:)` of the target finds nothing, as for any object gone since. Reports are not emailed by
 * default: no mail. The server has none of it; the parity test starts the mock without it
 * (`withoutMockOnlyDemo`).
 */
export function seedDemoNotifications(tenant: TenantFixture, admin: TeamUser): Pick<NotificationsState, 'notifications' | 'outboxMessages'> {
  const report = (n: number, finishedAt: string, summary: string, readAt: string | null): NotificationFixture => ({
    __typename: 'Notification',
    id: toGlobalId('Notification', seedKey('c', n)),
    tenantId: tenant.id,
    userId: admin.id,
    type: 'BULK_OPERATION_FINISHED',
    createdAt: finishedAt,
    title: NOTIFICATION_TYPES.BULK_OPERATION_FINISHED.title,
    summary,
    targetType: 'Job',
    targetId: toGlobalId('Job', seedKey('d', n)),
    targetName: 'team.revokeAccessTokens',
    serviceId: null,
    auditEntryId: null,
    readAt,
  });
  return {
    notifications: [
      report(1, '2026-01-16T08:00:01.000Z', 'The bulk operation team.revokeAccessTokens finished: 2 of 3 items done, 1 failed.', '2026-01-16T09:12:00.000Z'),
      report(2, '2026-01-17T14:05:01.000Z', 'The bulk operation team.revokeAccessTokens finished: 4 of 4 items done.', null),
    ],
    outboxMessages: [],
  };
}

const mockOnly = (id: string) => /-c000-/.test(fromGlobalId(id)?.rowId ?? '');

/**
 * The store as the server's demo seed leaves it, without the mock's own demo rows above: where the
 * parity test starts (`resetMockState(withoutMockOnlyDemo(state))`).
 */
export function withoutMockOnlyDemo(seeded: NotificationsState): Partial<NotificationsState> {
  return {
    notifications: seeded.notifications.filter((n) => !mockOnly(n.id)),
    outboxMessages: seeded.outboxMessages.filter((m) => !m.notificationId || !mockOnly(m.notificationId)),
  };
}
