import type { HttpMethod, MetricKind, PlanKind, ServiceAuthMode, ServiceState, UsagePeriod } from '../../gql/graphql';

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

export const planKindLabels: Record<PlanKind, string> = {
  ACCOUNT: 'Account plan',
  SERVICE: 'Service plan',
  APPLICATION: 'Application plan',
};

export const usagePeriodLabels: Record<UsagePeriod, string> = {
  MINUTE: 'per minute',
  HOUR: 'per hour',
  DAY: 'per day',
  WEEK: 'per week',
  MONTH: 'per month',
  YEAR: 'per year',
  ETERNITY: 'in total',
};

