import { defineUserErrors } from "../../graphql/user-error.js";

export const { codes: NotificationErrorCode, Type: NotificationUserError } = defineUserErrors("NotificationUserError", "NotificationErrorCode", {
  INVALID: "The input names neither some notifications nor all of them, or both.",
  TOO_MANY: "More notifications than one request may name.",
  DUPLICATE: "A notification type is given twice.",
  NOT_ALLOWED: "A notification type of an area you were not given.",
});
export type NotificationErrorCode = keyof typeof NotificationErrorCode;
