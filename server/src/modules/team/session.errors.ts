import { defineUserErrors } from "../../graphql/user-error.js";

export const { codes: AuthErrorCode, Type: AuthUserError } = defineUserErrors("AuthUserError", "AuthErrorCode", {
  INVALID_CREDENTIALS: "The tenant, email or password is not right; an unknown tenant gets this answer too.",
  TOO_MANY_ATTEMPTS: "Too many wrong passwords for this account (at login or when changing the password); wait before trying again.",
  TENANT_NOT_FOUND:
    "Deprecated, no longer returned: an unknown tenant is answered with INVALID_CREDENTIALS, like a wrong password, so that login does not tell which tenants exist.",
  WRONG_PASSWORD: "The current password is not right.",
  WEAK_PASSWORD: "The new password does not meet the password rules.",
  USER_NOT_FOUND: "No such team user.",
});
export type AuthErrorCode = keyof typeof AuthErrorCode;
