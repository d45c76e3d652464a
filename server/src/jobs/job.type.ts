import { Field, Int, ObjectType } from "type-graphql";
import { Connection } from "../graphql/connection/types.js";
import { Node } from "../graphql/node.js";
import { JobStatus } from "./jobs.tables.js";

@ObjectType("JobFailure", { description: "An item a job could not apply, and why. The job went on with the others." })
export class JobFailure {
  @Field(() => String, { description: "The item: its global ID when it is an object of the API, else the job kind's own key." })
  itemId: string;
  @Field(() => String, { description: "Machine-readable reason given by the job kind, or INTERNAL_ERROR when the item failed unexpectedly." })
  code: string;
  @Field(() => String, { description: "What went wrong, in words for a person." })
  message: string;
}

export const JobFailureConnection = Connection(JobFailure, "JobFailure", "A page of a job's failed items, in the order the job met them.");

@ObjectType("Job", {
  implements: Node,
  description:
    "Long work over many items (a bulk action over a whole filter, an export…) run in the background in chunks. " +
    "Poll it with `job(id:)` or follow it with the `jobProgress` subscription.",
})
export class Job extends Node {
  @Field(() => String, { description: "What the job does, e.g. `team.revokeAccessTokens`." })
  kind: string;
  @Field(() => JobStatus.graphql, { description: "Where the job is in its life." })
  status: JobStatus;
  @Field(() => Int, { nullable: true, description: "Items to process, counted when the job starts (null until then); set to `processed` once the job succeeded." })
  total: number | null;
  @Field(() => Int, { description: "Items processed so far: succeeded + failed." })
  processed: number;
  @Field(() => Int, { description: "Items applied." })
  succeeded: number;
  @Field(() => Int, { description: "Items that could not be applied; each is listed in `failures`." })
  failed: number;
  @Field(() => Boolean, { description: "A cancel was asked for; the job stops before its next chunk." })
  cancelRequested: boolean;
  @Field(() => String, { nullable: true, description: "Why the job FAILED, when it did." })
  error: string | null;
  @Field(() => Date, { description: "When the job was asked for." })
  createdAt: Date;
  @Field(() => Date, { nullable: true, description: "When a worker started it." })
  startedAt: Date | null;
  @Field(() => Date, { nullable: true, description: "When it succeeded, failed or was cancelled." })
  finishedAt: Date | null;
}
