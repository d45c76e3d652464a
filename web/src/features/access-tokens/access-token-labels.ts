import type { AccessTokenPermission, AccessTokenScope, AccessTokenState } from '../../gql/graphql';

export const scopeLabels: Record<AccessTokenScope, string> = {
  ACCOUNT_MANAGEMENT: 'Account management',
  BILLING: 'Billing',
  ANALYTICS: 'Analytics',
};

export const permissionLabels: Record<AccessTokenPermission, string> = {
  READ_ONLY: 'Read only',
  READ_WRITE: 'Read & write',
};

export const stateColors: Record<AccessTokenState, string> = {
  ACTIVE: 'green',
  EXPIRED: 'gray',
  REVOKED: 'red',
};

export const stateLabels: Record<AccessTokenState, string> = {
  ACTIVE: 'Active',
  EXPIRED: 'Expired',
  REVOKED: 'Revoked',
};

/** In the order filters and legends list them. */
export const accessTokenStates = Object.keys(stateLabels) as AccessTokenState[];
