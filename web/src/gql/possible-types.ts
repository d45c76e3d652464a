
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "Node": [
      "AccessToken",
      "Tenant",
      "User"
    ],
    "UserError": [
      "AccessTokenUserError",
      "AuthUserError",
      "BulkUserError",
      "TenantUserError"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "Node": [
      "AccessToken",
      "Tenant",
      "User"
    ],
    "UserError": [
      "AccessTokenUserError",
      "AuthUserError",
      "BulkUserError",
      "TenantUserError"
    ]
  }
};
      export default result;
    