import { NOTIFICATION_TYPES } from '@gatehouse/schema/notifications';
import type { NotificationType } from '../gql/graphql';
import { emit, systemActor, userActor, type DomainEvent } from '../mocks/events/events';
import { toGlobalId } from '../mocks/global-id';
import type { NotificationFixture } from '../mocks/notifications/notifications';
import { state } from '../mocks/store';
import type { UserFixture } from './factories';

let sequence = 0;

/**
 * A notification of `user`, written straight into the mock store (no push, no mail): for a test
 * that needs one of a kind the mock's seed has not, e.g. about a product that still exists.
 */
export function addMockNotification(
  user: Pick<UserFixture, 'id' | 'tenantId'>,
  overrides: Partial<NotificationFixture> & { type: NotificationType },
): NotificationFixture {
  sequence += 1;
  const notification: NotificationFixture = {
    __typename: 'Notification',
    id: toGlobalId('Notification', `00000000-0000-4000-e000-${String(sequence).padStart(12, '0')}`),
    tenantId: user.tenantId,
    userId: user.id,
    createdAt: new Date().toISOString(),
    title: NOTIFICATION_TYPES[overrides.type].title,
    summary: `A ${NOTIFICATION_TYPES[overrides.type].title.toLowerCase()} notification.`,
    targetType: null,
    targetId: null,
    targetName: null,
    serviceId: null,
    auditEntryId: null,
    readAt: null,
    ...overrides,
  };
  state.notifications.push(notification);
  return notification;
}

/**
 * Something another team user (or Gatehouse) did that notifies, recorded as the server records it:
 * the mock's event sink writes each notification (and mail) and pushes it to `notificationReceived`
 * subscribers once the "request" is over.
 */
export function recordNotifyingEvent(tenantId: string, event: DomainEvent, by?: UserFixture) {
  return emit(state, by ? userActor(by) : systemActor(tenantId, 'test'), event, new Date());
}

/** The signed-in user's unread notifications in the mock store. */
export function unreadMockNotifications(user: Pick<UserFixture, 'id'>): NotificationFixture[] {
  return state.notifications.filter((n) => n.userId === user.id && n.readAt === null);
}
