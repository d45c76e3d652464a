import { defineUserErrors } from "../../graphql/user-error.js";

/** The codes `signupExpress` answers with: the account's and the applications' that can happen in a signup. */
export const { codes: SignupErrorCode, Type: SignupUserError } = defineUserErrors("SignupUserError", "SignupErrorCode", {
  BLANK: "A required value is empty.",
  TOO_LONG: "A value is longer than allowed.",
  INVALID: "A value has the wrong form (a username with a space, a password too weak, a VAT rate over 100).",
  TAKEN: "Another developer user of the tenant has this email or username.",
  NOT_FOUND: "A field that does not exist was given a value.",
  WRONG_PLAN: "A plan is not one of the tenant's plans of the kind asked for.",
  NO_DEFAULT_PLAN: "A product has no default plan of a kind that was needed.",
  SIGNUP_DISABLED: "The tenant does not accept signups (self-signup is off).",
});
export type SignupErrorCode = keyof typeof SignupErrorCode;
