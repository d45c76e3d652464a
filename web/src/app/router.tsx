import { createRouter, type RouterHistory } from '@tanstack/react-router';
import type { RouterContext } from './router-context';
import { NotFound } from './not-found';
import { RouteError } from './route-error';
import { rootRoute } from './routes/root';
import { loginRoute } from './routes/login';
import { appLayoutRoute } from './routes/app-layout';
import { indexRoute } from './routes/index';
import { settingsOrganizationRoute } from './routes/settings-organization';
import { settingsPersonalRoute } from './routes/settings-personal';
import { settingsAccessTokensRoute } from './routes/settings-access-tokens';
import { settingsAuditLogRoute } from './routes/settings-audit-log';
import { settingsOutboxRoute } from './routes/settings-outbox';
import { settingsWebhooksRoute } from './routes/settings-webhooks';
import { settingsNotificationsRoute } from './routes/settings-notifications';
import { notificationsRoute } from './routes/notifications';
import { analyticsRoute } from './routes/analytics';
import { analyticsEngagementRoute } from './routes/analytics-engagement';
import { alertsRoute } from './routes/alerts';
import { tenantsRoute } from './routes/tenants';
import { productsRoute } from './routes/products';
import { productRoute } from './routes/product';
import { planRoute } from './routes/plan';
import { accountPlansRoute } from './routes/account-plans';
import { accountsRoute } from './routes/accounts';
import { accountRoute } from './routes/accounts-account';
import { applicationsRoute } from './routes/applications';
import { applicationRoute } from './routes/applications-application';
import { subscriptionsRoute } from './routes/subscriptions';
import { planChangeRequestsRoute } from './routes/plan-change-requests';
import { settingsFieldsRoute } from './routes/settings-fields';
import { settingsSignupRoute } from './routes/settings-signup';
import { explorerRoute } from './routes/explorer';

/**
 * The registry of pages behind the login. Each is a route in app/routes/ whose `staticData` says its
 * title, its navigation entry and who may open it (see page-meta.ts); the navigation, the access
 * check and the browser title are derived from this list. A module registers its pages here, in
 * the order their entries appear within their navigation sections.
 */
const appPages = [
  notificationsRoute,
  analyticsRoute,
  analyticsEngagementRoute,
  alertsRoute,
  productsRoute,
  productRoute,
  accountsRoute,
  accountRoute,
  applicationsRoute,
  applicationRoute,
  subscriptionsRoute,
  planChangeRequestsRoute,
  accountPlansRoute,
  planRoute,
  tenantsRoute,
  settingsOrganizationRoute,
  settingsAccessTokensRoute,
  settingsAuditLogRoute,
  settingsOutboxRoute,
  settingsWebhooksRoute,
  settingsFieldsRoute,
  settingsSignupRoute,
  settingsNotificationsRoute,
  settingsPersonalRoute,
  explorerRoute,
] as const;

export const routeTree = rootRoute.addChildren([loginRoute, appLayoutRoute.addChildren([indexRoute, ...appPages])]);

export function createAppRouter(context: RouterContext, history?: RouterHistory) {
  return createRouter({
    routeTree,
    context,
    history,
    defaultPreload: 'intent',
    // Every route gets its own error boundary: a failing page keeps the shell and navigation usable.
    defaultErrorComponent: RouteError,
    defaultNotFoundComponent: NotFound,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
