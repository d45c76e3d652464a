
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
      "JobUserError",
      "TenantUserError"
    ]
  }
};
      export default result;
    