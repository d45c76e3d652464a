
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "Node": [
      "AccessToken",
      "Job",
      "MappingRule",
      "Metric",
      "Service",
      "Tenant",
      "User"
    ],
    "UserError": [
      "AccessTokenUserError",
      "AuthUserError",
      "BulkUserError",
      "CatalogUserError",
      "JobUserError",
      "TenantUserError"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "Node": [
      "AccessToken",
      "Job",
      "MappingRule",
      "Metric",
      "Service",
      "Tenant",
      "User"
    ],
    "UserError": [
      "AccessTokenUserError",
      "AuthUserError",
      "BulkUserError",
      "CatalogUserError",
      "JobUserError",
      "TenantUserError"
    ]
  }
};
      export default result;
    