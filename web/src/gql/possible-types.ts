
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "Node": [
      "AccessToken",
      "AuditEntry",
      "Feature",
      "Job",
      "MappingRule",
      "Metric",
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
      "PlanUserError",
      "TenantUserError"
    ]
  }
};
      export default result;
    