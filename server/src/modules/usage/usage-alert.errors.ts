import { defineUserErrors } from "../../graphql/user-error.js";

export const { codes: UsageAlertErrorCode, Type: UsageAlertUserError } = defineUserErrors("UsageAlertUserError", "UsageAlertErrorCode", {
  TOO_MANY: "More alerts were given than one call may change.",
  NOT_FOUND: "No such usage alert in your tenant.",
});
export type UsageAlertErrorCode = keyof typeof UsageAlertErrorCode;
