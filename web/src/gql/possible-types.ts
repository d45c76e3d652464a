
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
      "TenantUserError"
    ]
  }
};
      export default result;
    