import { defineUserErrors } from "../../graphql/user-error.js";

export const { codes: TenantErrorCode, Type: TenantUserError } = defineUserErrors("TenantUserError", "TenantErrorCode", {
  BLANK: "A required value is empty.",
  TOO_LONG: "A value is longer than allowed.",
  INVALID: "A value has the wrong form (e.g. a subdomain with characters outside [a-z0-9-], or an unknown time zone).",
  TAKEN: "Another tenant uses this subdomain.",
  WEAK_PASSWORD: "The admin password does not meet the password rules.",
});
export type TenantErrorCode = keyof typeof TenantErrorCode;
