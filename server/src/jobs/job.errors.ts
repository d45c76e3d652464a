import { defineUserErrors } from "../graphql/user-error.js";

export const { codes: JobErrorCode, Type: JobUserError } = defineUserErrors("JobUserError", "JobErrorCode", {
  NOT_FOUND: "No such job in your tenant.",
  ALREADY_FINISHED: "The job has finished (succeeded, failed or cancelled); there is nothing to stop.",
});
export type JobErrorCode = keyof typeof JobErrorCode;
