import type { ApplicationAction, ApplicationState, PlanChangeRequestState, ServiceAuthMode, ServiceSubscriptionState } from '../../gql/graphql';

/** Applications and service subscriptions share their states (PENDING → LIVE ⇄ SUSPENDED). */
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

/** In the order filters list them (the state machine's). */
export const applicationStates = Object.keys(applicationStateLabels) as ApplicationState[];

/** The buttons' words for each state change, in the order the application page offers them. */
export const applicationActionLabels: Record<ApplicationAction, string> = {
  ACCEPT: 'Accept',
  SUSPEND: 'Suspend',
  RESUME: 'Resume',
};

export const applicationActions = Object.keys(applicationActionLabels) as ApplicationAction[];

/** The credentials each authentication mode uses, as the application page names them. */
export const authModeCredentials: Record<ServiceAuthMode, string> = {
  USER_KEY: 'API key (user_key)',
  APP_ID_APP_KEY: 'App ID and app keys (app_id + app_key)',
  OIDC: 'OpenID Connect (client_id + client_secret)',
};

/** Where a developer's request for another plan stands (PENDING → APPROVED or REJECTED). */
export const planChangeRequestStateLabels: Record<PlanChangeRequestState, string> = {
  PENDING: 'Pending',
  APPROVED: 'Approved',
  REJECTED: 'Rejected',
};

export const planChangeRequestStateColors: Record<PlanChangeRequestState, string> = {
  PENDING: 'yellow',
  APPROVED: 'green',
  REJECTED: 'gray',
};

/** In the order filters list them (the waiting ones first). */
export const planChangeRequestStates = Object.keys(planChangeRequestStateLabels) as PlanChangeRequestState[];
