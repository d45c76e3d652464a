import { defineUserErrors } from "../../graphql/user-error.js";

export const { codes: AccountErrorCode, Type: AccountUserError } = defineUserErrors("AccountUserError", "AccountErrorCode", {
  BLANK: "A required value is empty.",
  TOO_LONG: "A value is longer than allowed.",
  INVALID: "A value has the wrong form (a username with a space, a VAT rate over 100, a value not among a field's choices).",
  TAKEN: "Another developer user of the tenant has this email or username, or another field this name.",
  NOT_FOUND: "No such account, user, plan or field in this tenant.",
  INVALID_STATE: "The account's state does not allow this change; the message names the state.",
  WRONG_PLAN: "The plan is not one of the tenant's account plans.",
  BUILTIN: "A built-in field cannot be deleted, and the fixed ones are always required and shown.",
  LIMIT_REACHED: "The tenant has as many extra fields as it may have.",
  INVALID_TOKEN: "An invitation token that is unknown, used, expired or replaced by a newer one.",
});
export type AccountErrorCode = keyof typeof AccountErrorCode;
