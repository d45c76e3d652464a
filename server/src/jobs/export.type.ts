import { Field, ObjectType } from "type-graphql";
import { Node } from "../graphql/node.js";
import { defineUserErrors } from "../graphql/user-error.js";
import { defineEnum, type EnumValue } from "../kit/enum.js";

export const ExportKind = defineEnum("ExportKind", "What an export holds.", {
  ACCOUNTS: "Developer accounts, with their admin user and fields.",
  APPLICATIONS: "Applications, with their account, product and plan.",
  SERVICE_SUBSCRIPTIONS: "Service subscriptions, with their account, product and plan.",
});
export type ExportKind = EnumValue<typeof ExportKind>;

export const ExportStatus = defineEnum("ExportStatus", "Where an export stands.", {
  QUEUED: "Waiting for a worker.",
  RUNNING: "Its rows are being written.",
  READY: "The file can be downloaded at `url` until `expiresAt`.",
  FAILED: "It stopped because of an error (see `job.error`); ask for a new one.",
  CANCELLED: "Stopped on request (`cancelJob` with `job.id`).",
  EXPIRED: "Its download time is over and the file is gone; ask for a new one.",
});
export type ExportStatus = EnumValue<typeof ExportStatus>;

export const { codes: ExportErrorCode, Type: ExportUserError } = defineUserErrors("ExportUserError", "ExportErrorCode", {
  LIMIT_REACHED: "The tenant has as many exports in progress as it may have: wait for one to finish.",
});
export type ExportErrorCode = keyof typeof ExportErrorCode;

@ObjectType("Export", {
  implements: Node,
  description:
    "A CSV file of the rows a filter matched, written in the background by its `job`. Once READY, download it from `url` " +
    "with the same credentials (session or access token) until `expiresAt`: it is served to users of its tenant only.",
})
export class Export extends Node {
  @Field(() => ExportKind.graphql, { description: "What it holds." })
  kind: ExportKind;
  @Field(() => String, { description: "The file's name: `accounts-2026-12-02.csv`." })
  fileName: string;
  @Field(() => Date, { description: "Until when the file can be downloaded; it is deleted after." })
  expiresAt: Date;
  @Field(() => Date, { description: "When it was asked for." })
  createdAt: Date;
}

@ObjectType("ExportPayload", { description: "Result of an export mutation (`exportAccounts`…)." })
export class ExportPayload {
  @Field(() => Export, { nullable: true, description: "The export, QUEUED: follow `export.job` until it is READY." })
  export: Export | null;
  @Field(() => [ExportUserError], { description: "Why no export was started." })
  userErrors: InstanceType<typeof ExportUserError>[];
}
