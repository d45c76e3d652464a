
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "Node": [
      "AccessToken",
      "Job",
      "Tenant",
      "User"
    ],
    "UserError": [
      "AccessTokenUserError",
      "AuthUserError",
      "BulkUserError",
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
      "Tenant",
      "User"
    ],
    "UserError": [
      "AccessTokenUserError",
      "AuthUserError",
      "BulkUserError",
      "JobUserError",
      "TenantUserError"
    ]
  }
};
      export default result;
    