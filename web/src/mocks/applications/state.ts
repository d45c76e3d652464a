import type { AccountsState } from '../accounts/account-store';
import type { CatalogState } from '../catalog/catalog';
import type { AuditState } from '../events/events';
import type { NotificationsState } from '../notifications/notifications';
import type { PlansState } from '../plans/plans';
import type { TenantsState } from '../tenants/tenants';
import type { UsersState } from '../team/users';
import type { WebhooksState } from '../webhooks/webhooks';
import type { ApplicationsState } from './application-store';

/** The parts of the mock's store that applications and subscriptions read and write. */
export type State = ApplicationsState & AccountsState & PlansState & CatalogState & AuditState & NotificationsState & WebhooksState & TenantsState & UsersState;
