import { defineUserErrors } from "../../graphql/user-error.js";

export const { codes: CatalogErrorCode, Type: CatalogUserError } = defineUserErrors("CatalogUserError", "CatalogErrorCode", {
  BLANK: "A required value is empty.",
  TOO_LONG: "A value is longer than allowed.",
  INVALID: "A value has the wrong form (e.g. a system name with a space, a pattern not starting with `/`).",
  TAKEN: "Another service, metric or method uses this name or system name.",
  NOT_FOUND: "No such service, metric, method or mapping rule in this tenant.",
  LAST_SERVICE: "The tenant's last service cannot be deleted.",
  BUILTIN: "The built-in metric `hits` cannot be deleted, and keeps its system name.",
  HAS_DEPENDENTS: "Other objects use it (mapping rules, limits); confirm to remove them too.",
  LIMIT_REACHED: "The service has as many metrics or mapping rules as it may have.",
  WRONG_SERVICE: "The metric belongs to another service.",
  INVALID_DOCUMENT: "An imported document cannot be read or is not valid OpenAPI or Swagger; the message says where.",
});
export type CatalogErrorCode = keyof typeof CatalogErrorCode;
