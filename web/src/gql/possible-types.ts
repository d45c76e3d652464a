
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "Node": [
      "AccessToken",
      "Account",
      "AccountInvitation",
      "AccountMessage",
      "AccountUser",
      "Application",
      "ApplicationKey",
      "AuditEntry",
      "Export",
      "Feature",
      "Job",
      "MappingRule",
      "Metric",
      "Notification",
      "OutboxMessage",
      "Plan",
      "PlanChangeRequest",
      "PricingRule",
      "Service",
      "ServiceSubscription",
      "ServiceToken",
      "Tenant",
      "UsageAlert",
      "UsageLimit",
      "User",
      "WebhookDelivery"
    ],
    "UserError": [
      "AccessTokenUserError",
      "AccountUserError",
      "AnalyticsUserError",
      "ApplicationUserError",
      "AuthUserError",
      "BulkUserError",
      "CatalogUserError",
      "ExportUserError",
      "JobUserError",
      "NotificationUserError",
      "PlanUserError",
      "ServiceTokenUserError",
      "SignupUserError",
      "TenantUserError",
      "UsageAlertUserError",
      "WebhookUserError"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "Node": [
      "AccessToken",
      "Account",
      "AccountInvitation",
      "AccountMessage",
      "AccountUser",
      "Application",
      "ApplicationKey",
      "AuditEntry",
      "Export",
      "Feature",
      "Job",
      "MappingRule",
      "Metric",
      "Notification",
      "OutboxMessage",
      "Plan",
      "PlanChangeRequest",
      "PricingRule",
      "Service",
      "ServiceSubscription",
      "ServiceToken",
      "Tenant",
      "UsageAlert",
      "UsageLimit",
      "User",
      "WebhookDelivery"
    ],
    "UserError": [
      "AccessTokenUserError",
      "AccountUserError",
      "AnalyticsUserError",
      "ApplicationUserError",
      "AuthUserError",
      "BulkUserError",
      "CatalogUserError",
      "ExportUserError",
      "JobUserError",
      "NotificationUserError",
      "PlanUserError",
      "ServiceTokenUserError",
      "SignupUserError",
      "TenantUserError",
      "UsageAlertUserError",
      "WebhookUserError"
    ]
  }
};
      export default result;
    