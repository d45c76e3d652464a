
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "Node": [
      "AccessToken",
      "Account",
      "AccountUser",
      "Application",
      "ApplicationKey",
      "AuditEntry",
      "Feature",
      "Job",
      "MappingRule",
      "Metric",
      "Notification",
      "OutboxMessage",
      "Plan",
      "PricingRule",
      "Service",
      "ServiceSubscription",
      "Tenant",
      "UsageLimit",
      "User",
      "WebhookDelivery"
    ],
    "UserError": [
      "AccessTokenUserError",
      "AccountUserError",
      "ApplicationUserError",
      "AuthUserError",
      "BulkUserError",
      "CatalogUserError",
      "JobUserError",
      "NotificationUserError",
      "PlanUserError",
      "TenantUserError",
      "WebhookUserError"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "Node": [
      "AccessToken",
      "Account",
      "AccountUser",
      "Application",
      "ApplicationKey",
      "AuditEntry",
      "Feature",
      "Job",
      "MappingRule",
      "Metric",
      "Notification",
      "OutboxMessage",
      "Plan",
      "PricingRule",
      "Service",
      "ServiceSubscription",
      "Tenant",
      "UsageLimit",
      "User",
      "WebhookDelivery"
    ],
    "UserError": [
      "AccessTokenUserError",
      "AccountUserError",
      "ApplicationUserError",
      "AuthUserError",
      "BulkUserError",
      "CatalogUserError",
      "JobUserError",
      "NotificationUserError",
      "PlanUserError",
      "TenantUserError",
      "WebhookUserError"
    ]
  }
};
      export default result;
    