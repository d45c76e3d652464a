import type {
  AccountAction,
  AccountState,
  AccountUserRole,
  AccountUserState,
  ApplicationState,
  FieldTarget,
  MessageDirection,
  ServiceSubscriptionAction,
  ServiceSubscriptionState,
} from '../../gql/graphql';

export const accountStateLabels: Record<AccountState, string> = {
  CREATED: 'Created',
  PENDING: 'Pending',
  APPROVED: 'Approved',
  REJECTED: 'Rejected',
  SUSPENDED: 'Suspended',
};

export const accountStateColors: Record<AccountState, string> = {
  CREATED: 'blue',
  PENDING: 'yellow',
  APPROVED: 'green',
  REJECTED: 'red',
  SUSPENDED: 'orange',
};

/** In the order filters and legends list them (the state machine's). */
export const accountStates = Object.keys(accountStateLabels) as AccountState[];

/** The buttons' words for each state change, in the order the account page offers them. */
export const accountActionLabels: Record<AccountAction, string> = {
  APPROVE: 'Approve',
  MAKE_PENDING: 'Make pending',
  RESUME: 'Resume',
  REJECT: 'Reject',
  SUSPEND: 'Suspend',
};

export const accountActions = Object.keys(accountActionLabels) as AccountAction[];

export const accountUserRoleLabels: Record<AccountUserRole, string> = {
  ADMIN: 'Admin',
  MEMBER: 'Member',
};

export const accountUserStateLabels: Record<AccountUserState, string> = {
  ACTIVE: 'Active',
  PENDING: 'Pending',
  SUSPENDED: 'Suspended',
};

export const accountUserStateColors: Record<AccountUserState, string> = {
  ACTIVE: 'green',
  PENDING: 'gray',
  SUSPENDED: 'orange',
};

export const fieldTargetLabels: Record<FieldTarget, string> = {
  ACCOUNT: 'Accounts',
  USER: 'Users',
};

/** An account's applications and subscriptions on its page (the applications feature has the listings). */
export const applicationStateLabels: Record<ApplicationState | ServiceSubscriptionState, string> = {
  PENDING: 'Pending',
  LIVE: 'Live',
  SUSPENDED: 'Suspended',
};

export const applicationStateColors: Record<ApplicationState | ServiceSubscriptionState, string> = {
  PENDING: 'yellow',
  LIVE: 'green',
  SUSPENDED: 'orange',
};

export const subscriptionActionLabels: Record<ServiceSubscriptionAction, string> = {
  ACCEPT: 'Accept',
  SUSPEND: 'Suspend',
  RESUME: 'Resume',
};

export const subscriptionActions = Object.keys(subscriptionActionLabels) as ServiceSubscriptionAction[];

export const messageDirectionLabels: Record<MessageDirection, string> = {
  TO_ACCOUNT: 'Sent to the account',
  FROM_ACCOUNT: 'From the account',
};
