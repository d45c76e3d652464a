import type { HttpMethod, MetricKind, ServiceAuthMode, ServiceState } from '../../gql/graphql';

export const authModeLabels: Record<ServiceAuthMode, string> = {
  USER_KEY: 'API key (user_key)',
  APP_ID_APP_KEY: 'App ID and App Key',
  OIDC: 'OpenID Connect',
};

export const serviceStateLabels: Record<ServiceState, string> = {
  ACTIVE: 'Active',
  SUSPENDED: 'Suspended',
};

export const metricKindLabels: Record<MetricKind, string> = {
  METRIC: 'Metric',
  METHOD: 'Method',
};

export const httpMethods: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as HttpMethod[];
