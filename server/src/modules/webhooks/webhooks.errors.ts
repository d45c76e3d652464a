import { defineUserErrors } from "../../graphql/user-error.js";

export const { codes: WebhookErrorCode, Type: WebhookUserError } = defineUserErrors("WebhookUserError", "WebhookErrorCode", {
  INVALID_URL: "The URL is not an absolute http or https URL, is too long, or carries credentials.",
  PRIVATE_ADDRESS: "The URL points at a private or loopback address, which webhooks may not reach.",
  URL_REQUIRED: "A webhook needs a URL to be enabled or pinged.",
  DUPLICATE_EVENT: "An event is listed twice.",
  INVALID: "A value is out of range.",
  NOT_FOUND: "No such webhook delivery of your tenant.",
  PING_PENDING: "A test event is still on its way; one at a time.",
  NOT_RETRYABLE: "Only failed deliveries can be retried (a pending one will be tried, a delivered one was).",
});
export type WebhookErrorCode = keyof typeof WebhookErrorCode;
