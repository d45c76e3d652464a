import { defineUserErrors } from "../../graphql/user-error.js";

export const { codes: ServiceTokenErrorCode, Type: ServiceTokenUserError } = defineUserErrors("ServiceTokenUserError", "ServiceTokenErrorCode", {
  BLANK: "A required value is empty.",
  TOO_LONG: "A value is longer than allowed.",
  NOT_FOUND: "No such product or service token in your tenant.",
  LIMIT_REACHED: "The product has as many service tokens as it may have; revoke one first.",
});
export type ServiceTokenErrorCode = keyof typeof ServiceTokenErrorCode;
