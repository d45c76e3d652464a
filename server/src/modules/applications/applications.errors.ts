import { defineUserErrors } from "../../graphql/user-error.js";

export const { codes: ApplicationErrorCode, Type: ApplicationUserError } = defineUserErrors("ApplicationUserError", "ApplicationErrorCode", {
  BLANK: "A required value is empty.",
  TOO_LONG: "A value is longer than allowed.",
  INVALID: "A value has the wrong form (a key with a space, a redirect URL that is not http or https).",
  TAKEN: "Another application of the product has this key, or the account is already subscribed to the product.",
  NOT_FOUND: "No such account, product, plan, application, key or subscription in this tenant.",
  INVALID_STATE: "The state does not allow this change; the message names the state.",
  WRONG_PLAN: "The plan is not an application (or service) plan of the application's (or subscription's) product.",
  NO_DEFAULT_PLAN: "No plan was given and the product has no default plan of that kind.",
  CUSTOM_KEYS_NOT_ALLOWED: "The product does not allow custom keys.",
  KEY_LIMIT_REACHED: "The application has as many app keys as it may have.",
  LAST_KEY: "The application's last app key cannot be deleted: its product requires one.",
  HAS_APPLICATIONS: "The account has applications of the product: delete them before unsubscribing.",
  NOT_SUBSCRIBED: "The account is not subscribed to the product.",
});
export type ApplicationErrorCode = keyof typeof ApplicationErrorCode;
