import { defineUserErrors } from "../../graphql/user-error.js";

export const AccessTokenErrorCode = {
  BLANK: "BLANK",
  INVALID: "INVALID",
  TOO_LONG: "TOO_LONG",
  EXPIRES_IN_PAST: "EXPIRES_IN_PAST",
  ALREADY_REVOKED: "ALREADY_REVOKED",
  NOT_FOUND: "NOT_FOUND",
  LIMIT_REACHED: "LIMIT_REACHED",
} as const;
export type AccessTokenErrorCode = (typeof AccessTokenErrorCode)[keyof typeof AccessTokenErrorCode];

export const AccessTokenUserError = defineUserErrors("AccessTokenUserError", "AccessTokenErrorCode", AccessTokenErrorCode, {
  BLANK: "A required value is empty.",
  INVALID: "A value is not allowed (e.g. no scope or a repeated scope).",
  TOO_LONG: "A value is longer than allowed.",
  EXPIRES_IN_PAST: "The expiry date is not in the future.",
  ALREADY_REVOKED: "The token was revoked already.",
  NOT_FOUND: "No such token of yours.",
  LIMIT_REACHED: "You have as many active tokens as a user may have; revoke one first.",
});
