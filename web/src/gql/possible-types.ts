
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
      "ExportUserError",
      "JobUserError",
      "NotificationUserError",
      "PlanUserError",
      "SignupUserError",
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
      "ExportUserError",
      "JobUserError",
      "NotificationUserError",
      "PlanUserError",
      "SignupUserError",
      "TenantUserError",
      "WebhookUserError"
    ]
  }
};
      export default result;
    