
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "Node": [
      "AccessToken",
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
      "User"
    ],
    "UserError": [
      "AccessTokenUserError",
      "AuthUserError",
      "BulkUserError",
      "CatalogUserError",
      "JobUserError",
      "NotificationUserError",
      "PlanUserError",
      "TenantUserError"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "Node": [
      "AccessToken",
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
      "User"
    ],
    "UserError": [
      "AccessTokenUserError",
      "AuthUserError",
      "BulkUserError",
      "CatalogUserError",
      "JobUserError",
      "NotificationUserError",
      "PlanUserError",
      "TenantUserError"
    ]
  }
};
      export default result;
    