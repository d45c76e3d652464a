import { Field, ID, InputType, ObjectType } from "type-graphql";
import { JobUserError } from "./job.errors.js";
import { Job } from "./job.type.js";

@InputType("CancelJobInput", { description: "The job to stop." })
export class CancelJobInput {
  @Field(() => ID, { description: "Global ID of the job." })
  id: string;
}

@ObjectType("CancelJobPayload", { description: "Result of `cancelJob`." })
export class CancelJobPayload {
  @Field(() => Job, { nullable: true, description: "The job, with `cancelRequested` set; follow it until it is CANCELLED." })
  job: Job | null;
  @Field(() => [JobUserError], { description: "Why the cancel was refused." })
  userErrors: InstanceType<typeof JobUserError>[];
}
