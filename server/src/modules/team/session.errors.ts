import { defineUserErrors } from "../../graphql/user-error.js";

export const AuthErrorCode = {
  INVALID_CREDENTIALS: "INVALID_CREDENTIALS",
  TOO_MANY_ATTEMPTS: "TOO_MANY_ATTEMPTS",
  TENANT_NOT_FOUND: "TENANT_NOT_FOUND",
  WRONG_PASSWORD: "WRONG_PASSWORD",
  WEAK_PASSWORD: "WEAK_PASSWORD",
} as const;
export type AuthErrorCode = (typeof AuthErrorCode)[keyof typeof AuthErrorCode];

export const AuthUserError = defineUserErrors("AuthUserError", "AuthErrorCode", AuthErrorCode, {
  INVALID_CREDENTIALS: "The email or password is not right.",
  TOO_MANY_ATTEMPTS: "Too many failed logins for this email; wait before trying again.",
  TENANT_NOT_FOUND: "No tenant has this subdomain.",
  WRONG_PASSWORD: "The current password is not right.",
  WEAK_PASSWORD: "The new password does not meet the password rules.",
});
