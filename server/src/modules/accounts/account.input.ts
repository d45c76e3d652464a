import { MAX_FIELD_LABEL_LENGTH, MAX_FIELD_VALUE_LENGTH, MAX_MESSAGE_BODY_LENGTH, MAX_MESSAGE_SUBJECT_LENGTH, MAX_ORG_NAME_LENGTH } from "@gatehouse/schema/accounts";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { EmailAddressScalar } from "../../graphql/scalars.js";
import { defineBulkAction } from "../../kit/bulk.js";
import { defineEnum } from "../../kit/enum.js";
import { BULK_ACCOUNT_OPERATIONS, type BulkAccountOperation as Operation } from "./account.jobs.js";
import { AccountUserError } from "./accounts.errors.js";
import { AccountUserRole, FieldTarget } from "./accounts.tables.js";
import { Account, AccountInvitation, AccountMessage, AccountUser, accountListing, FieldDefinition } from "./account.type.js";

type AccountErrors = InstanceType<typeof AccountUserError>[];

@InputType("FieldValueInput", { description: "A value for one field; an empty value removes it." })
export class FieldValueInput {
  @Field(() => String, { description: "The field's name (see `fieldDefinitions`)." })
  name: string;
  @Field(() => String, { description: `The value (at most ${MAX_FIELD_VALUE_LENGTH} characters).` })
  value: string;
}

@InputType("CreateAccountInput", { description: "A new developer account with its admin user. Admins may leave required fields empty (003 §7.1)." })
export class CreateAccountInput {
  @Field(() => String, { description: `Organization or group name (1–${MAX_ORG_NAME_LENGTH} characters).` })
  orgName: string;
  @Field(() => EmailAddressScalar, { description: "The admin user's email, unique among the tenant's developer users." })
  email: string;
  @Field(() => String, { nullable: true, description: "The admin user's username (3–40 of `A-Z a-z 0-9 _ - . @`); derived from the email when omitted." })
  username?: string | null;
  @Field(() => ID, { nullable: true, description: "The account plan; the tenant's default when omitted." })
  planId?: string | null;
  @Field(() => [FieldValueInput], { nullable: true, description: "Values of the account's fields (`vat_rate`, `country`, extra fields…)." })
  fields?: FieldValueInput[] | null;
  @Field(() => [FieldValueInput], { nullable: true, description: "Values of the admin user's fields (`first_name`, `last_name`…)." })
  userFields?: FieldValueInput[] | null;
}

@InputType("UpdateAccountInput", { description: "Changes to a developer account; omitted fields stay as they are." })
export class UpdateAccountInput {
  @Field(() => ID, { description: "The account." })
  id: string;
  @Field(() => String, { nullable: true, description: "Organization or group name." })
  orgName?: string | null;
  @Field(() => [FieldValueInput], { nullable: true, description: "Field values to set; fields not listed keep theirs, an empty value removes one." })
  fields?: FieldValueInput[] | null;
}

@InputType("AccountIdInput", { description: "A developer account." })
export class AccountIdInput {
  @Field(() => ID, { description: "The account." })
  id: string;
}

@InputType("ChangeAccountPlanInput", { description: "Moves a developer account to another account plan." })
export class ChangeAccountPlanInput {
  @Field(() => ID, { description: "The account." })
  id: string;
  @Field(() => ID, { description: "One of the tenant's account plans." })
  planId: string;
}

@ObjectType("AccountPayload", { description: "Result of a change to a developer account." })
export class AccountPayload {
  @Field(() => Account, { nullable: true, description: "The account as it is now; null when nothing changed because of an error." })
  account: Account | null;
  @Field(() => [AccountUserError], { description: "Why nothing changed." })
  userErrors: AccountErrors;
}

@ObjectType("CreateAccountPayload", { description: "Result of `createAccount`." })
export class CreateAccountPayload {
  @Field(() => Account, { nullable: true, description: "The new account." })
  account: Account | null;
  @Field(() => AccountUser, { nullable: true, description: "Its admin user." })
  user: AccountUser | null;
  @Field(() => [AccountUserError], { description: "Why it was not created." })
  userErrors: AccountErrors;
}

@ObjectType("DeleteAccountPayload", { description: "Result of `deleteAccount`." })
export class DeleteAccountPayload {
  @Field(() => ID, { nullable: true, description: "ID of the deleted account." })
  deletedAccountId: string | null;
  @Field(() => [AccountUserError], { description: "Why it was not deleted." })
  userErrors: AccountErrors;
}

@InputType("CreateFieldDefinitionInput", { description: "An extra field of developer accounts or of their users." })
export class CreateFieldDefinitionInput {
  @Field(() => FieldTarget.graphql, { description: "What it describes." })
  target: FieldTarget;
  @Field(() => String, { description: "Name: 1–40 lowercase letters, digits and `_`, starting with a letter; not a built-in field's." })
  name: string;
  @Field(() => String, { description: `Label on forms and in exports (1–${MAX_FIELD_LABEL_LENGTH} characters).` })
  label: string;
  @Field(() => Boolean, { nullable: true, description: "Developers must fill it in; false when omitted." })
  required?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: "Not shown to developers; false when omitted." })
  hidden?: boolean | null;
  @Field(() => [String], { nullable: true, description: "The values it allows; free text when omitted or empty." })
  choices?: string[] | null;
  @Field(() => Int, { nullable: true, description: "Order on forms; after the others when omitted." })
  position?: number | null;
}

@InputType("UpdateFieldDefinitionInput", { description: "Changes to a field, built-in or extra; omitted settings stay as they are." })
export class UpdateFieldDefinitionInput {
  @Field(() => FieldTarget.graphql, { description: "What it describes." })
  target: FieldTarget;
  @Field(() => String, { description: "The field's name." })
  name: string;
  @Field(() => String, { nullable: true, description: "Label." })
  label?: string | null;
  @Field(() => Boolean, { nullable: true, description: "Developers must fill it in (not for hidden fields)." })
  required?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: "Not shown to developers." })
  hidden?: boolean | null;
  @Field(() => [String], { nullable: true, description: "The values it allows (extra fields only); an empty list allows any." })
  choices?: string[] | null;
  @Field(() => Int, { nullable: true, description: "Order on forms." })
  position?: number | null;
}

@InputType("DeleteFieldDefinitionInput", { description: "An extra field to delete, with its values." })
export class DeleteFieldDefinitionInput {
  @Field(() => FieldTarget.graphql, { description: "What it describes." })
  target: FieldTarget;
  @Field(() => String, { description: "The field's name." })
  name: string;
}

@ObjectType("FieldDefinitionPayload", { description: "Result of a change to a field definition." })
export class FieldDefinitionPayload {
  @Field(() => FieldDefinition, { nullable: true, description: "The field as it is now (as it was, for a deletion)." })
  fieldDefinition: FieldDefinition | null;
  @Field(() => [AccountUserError], { description: "Why nothing changed." })
  userErrors: AccountErrors;
}

@InputType("SendMessageInput", { description: "A message to a developer account: to its inbox, and by email to its admin users." })
export class SendMessageInput {
  @Field(() => ID, { description: "The account." })
  accountId: string;
  @Field(() => String, { description: `Subject (1–${MAX_MESSAGE_SUBJECT_LENGTH} characters).` })
  subject: string;
  @Field(() => String, { description: `The text (1–${MAX_MESSAGE_BODY_LENGTH} characters); blank lines separate paragraphs.` })
  body: string;
}

@ObjectType("SendMessagePayload", { description: "Result of `sendMessage`." })
export class SendMessagePayload {
  @Field(() => AccountMessage, { nullable: true, description: "The message sent." })
  message: AccountMessage | null;
  @Field(() => [AccountUserError], { description: "Why it was not sent." })
  userErrors: AccountErrors;
}

export const BulkAccountOperation = defineEnum("BulkAccountOperation", "What a bulk operation does to each developer account (001 ch.2).", {
  SEND_EMAIL: "Sends `subject` and `body` as a message to each account (its inbox and its admins' email).",
  CHANGE_PLAN: "Moves each account to the account plan `planId`.",
  APPROVE: "Approves each account (created, pending or rejected).",
  REJECT: "Rejects each account (created, pending or approved).",
  MAKE_PENDING: "Makes each account (created, approved or rejected) wait for approval.",
} satisfies Record<(typeof BULK_ACCOUNT_OPERATIONS)[number], string>);

/** The operation of `runBulkAccountOperation` and its parameters. */
export interface BulkAccountOperationParameters {
  operation: Operation;
  planId?: string | null;
  subject?: string | null;
  body?: string | null;
}

export const RunBulkAccountOperation = defineBulkAction({
  name: "RunBulkAccountOperation",
  things: "developer accounts",
  itemError: AccountUserError,
  filter: accountListing.Filter!,
  parameters: {
    operation: { type: () => BulkAccountOperation.graphql, description: "What to do to each account." },
    planId: { type: () => ID, nullable: true, description: "CHANGE_PLAN: one of the tenant's account plans." },
    subject: { type: () => String, nullable: true, description: "SEND_EMAIL: the subject." },
    body: { type: () => String, nullable: true, description: "SEND_EMAIL: the text." },
  } satisfies Record<keyof BulkAccountOperationParameters, unknown>,
});

@InputType("UpdateSignupSettingsInput", { description: "Changes to the signup settings; omitted ones stay as they are." })
export class UpdateSignupSettingsInput {
  @Field(() => Boolean, { nullable: true, description: "Developers may sign up on their own." })
  selfSignupEnabled?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: "New signups wait for approval." })
  accountApprovalRequired?: boolean | null;
}

@InputType("InviteAccountUserInput", { description: "Someone to invite to a developer account." })
export class InviteAccountUserInput {
  @Field(() => ID, { description: "The account." })
  accountId: string;
  @Field(() => EmailAddressScalar, { description: "Their email: not a developer user of the tenant yet." })
  email: string;
  @Field(() => AccountUserRole.graphql, { nullable: true, description: "The role they get; MEMBER when omitted." })
  role?: AccountUserRole | null;
}

@InputType("InvitationIdInput", { description: "An invitation." })
export class InvitationIdInput {
  @Field(() => ID, { description: "The invitation." })
  id: string;
}

@InputType("AcceptInvitationInput", { description: "An invitation accepted through its link, with the new user's password." })
export class AcceptInvitationInput {
  @Field(() => String, { description: "The token from the invitation's link." })
  token: string;
  @Field(() => String, { nullable: true, description: "Their username; derived from the email when omitted." })
  username?: string | null;
  @Field(() => String, { description: "Their password." })
  password: string;
}

@ObjectType("InvitationPayload", { description: "Result of `inviteAccountUser` and `resendInvitation`." })
export class InvitationPayload {
  @Field(() => AccountInvitation, { nullable: true, description: "The invitation as it is now." })
  invitation: AccountInvitation | null;
  @Field(() => [AccountUserError], { description: "Why nothing was sent." })
  userErrors: AccountErrors;
}

@ObjectType("AcceptInvitationPayload", { description: "Result of `acceptInvitation`." })
export class AcceptInvitationPayload {
  @Field(() => AccountUser, { nullable: true, description: "The new, active user." })
  user: AccountUser | null;
  @Field(() => [AccountUserError], { description: "Why it was not accepted." })
  userErrors: AccountErrors;
}
