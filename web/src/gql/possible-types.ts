
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "Node": [
      "AccessToken",
      "Account",
      "AccountUser",
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
      "Tenant",
      "UsageLimit",
      "User",
      "WebhookDelivery"
    ],
    "UserError": [
      "AccessTokenUserError",
      "AccountUserError",
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
      "Tenant",
      "UsageLimit",
      "User",
      "WebhookDelivery"
    ],
    "UserError": [
      "AccessTokenUserError",
      "AccountUserError",
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
    