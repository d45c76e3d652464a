import { defineUserErrors } from "../../graphql/user-error.js";

export const { codes: AccessTokenErrorCode, Type: AccessTokenUserError } = defineUserErrors("AccessTokenUserError", "AccessTokenErrorCode", {
  BLANK: "A required value is empty.",
  INVALID: "A value is not allowed (e.g. no scope or a repeated scope).",
  TOO_LONG: "A value is longer than allowed.",
  EXPIRES_IN_PAST: "The expiry date is not in the future.",
  ALREADY_REVOKED: "The token was revoked already.",
  NOT_FOUND: "No such token of yours.",
  LIMIT_REACHED: "You have as many active tokens as a user may have; revoke one first.",
});
export type AccessTokenErrorCode = keyof typeof AccessTokenErrorCode;
