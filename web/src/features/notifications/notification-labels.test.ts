import { describe, expect, it } from 'vitest';
import type { NotificationType } from '../../gql/graphql';
import { notificationLink } from './notification-labels';

/** A notification as the server writes it: its type, and the target its event names. */
const about = (type: NotificationType, targetType: string | null, targetId: string | null = 'T1') => ({ type, targetType, targetId });

describe('notificationLink', () => {
  it("leads to the page of the account, application, product or plan it is about", () => {
    expect(notificationLink(about('ACCOUNT_CREATED', 'Account'))).toEqual({ to: '/accounts/$accountId', params: { accountId: 'T1' } });
    expect(notificationLink(about('APPLICATION_CREATED', 'Application'))).toEqual({ to: '/applications/$applicationId', params: { applicationId: 'T1' } });
    expect(notificationLink(about('APPLICATION_PLAN_CHANGED', 'Application'))).toEqual({ to: '/applications/$applicationId', params: { applicationId: 'T1' } });
    expect(notificationLink(about('SERVICE_SUBSCRIPTION_CREATED', 'Service'))).toEqual({ to: '/products/$productId', params: { productId: 'T1' } });
    expect(notificationLink(about('USAGE_LIMIT_ALERT', 'Plan'))).toEqual({ to: '/plans/$planId', params: { planId: 'T1' } });
  });

  it("opens a plan change request's on its application's requests, a subscription's on the subscriptions", () => {
    // The server's request events name the request's application.
    expect(notificationLink(about('APPLICATION_PLAN_CHANGE_REQUESTED', 'Application'))).toEqual({ to: '/plan-change-requests', search: { application: 'T1' } });
    // A subscription has no page: the listing, newest first.
    expect(notificationLink(about('SERVICE_SUBSCRIPTION_CREATED', 'ServiceSubscription'))).toEqual({ to: '/subscriptions' });
    expect(notificationLink(about('SERVICE_SUBSCRIPTION_PLAN_CHANGED', 'ServiceSubscription'))).toEqual({ to: '/subscriptions' });
  });

  it('leads nowhere when its object is gone or it is about none the admin shows', () => {
    expect(notificationLink(about('ACCOUNT_DELETED', 'Account'))).toBeNull();
    expect(notificationLink(about('APPLICATION_CANCELLED', 'Application'))).toBeNull();
    expect(notificationLink(about('SERVICE_SUBSCRIPTION_CANCELLED', 'ServiceSubscription'))).toBeNull();
    expect(notificationLink(about('SERVICE_DELETED', 'Service'))).toBeNull();
    expect(notificationLink(about('BULK_OPERATION_FINISHED', 'Job'))).toBeNull();
    expect(notificationLink(about('ACCOUNT_CREATED', null, null))).toBeNull();
  });
});
