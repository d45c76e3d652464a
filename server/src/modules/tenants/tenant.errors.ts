import { defineUserErrors } from "../../graphql/user-error.js";

export const TenantErrorCode = {
  BLANK: "BLANK",
  TOO_LONG: "TOO_LONG",
  INVALID: "INVALID",
  TAKEN: "TAKEN",
  WEAK_PASSWORD: "WEAK_PASSWORD",
} as const;
export type TenantErrorCode = (typeof TenantErrorCode)[keyof typeof TenantErrorCode];

export const TenantUserError = defineUserErrors("TenantUserError", "TenantErrorCode", TenantErrorCode, {
  BLANK: "A required value is empty.",
  TOO_LONG: "A value is longer than allowed.",
  INVALID: "A value has the wrong form (e.g. a subdomain with characters outside [a-z0-9-]).",
  TAKEN: "Another tenant uses this subdomain.",
  WEAK_PASSWORD: "The admin password does not meet the password rules.",
});
