import { defineUserErrors } from "../graphql/user-error.js";

export const JobErrorCode = {
  NOT_FOUND: "NOT_FOUND",
  ALREADY_FINISHED: "ALREADY_FINISHED",
} as const;
export type JobErrorCode = (typeof JobErrorCode)[keyof typeof JobErrorCode];

export const JobUserError = defineUserErrors("JobUserError", "JobErrorCode", JobErrorCode, {
  NOT_FOUND: "No such job in your tenant.",
  ALREADY_FINISHED: "The job has finished (succeeded, failed or cancelled); there is nothing to stop.",
});
