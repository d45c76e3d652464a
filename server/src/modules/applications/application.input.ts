import { MAX_APPLICATION_DESCRIPTION_LENGTH, MAX_APPLICATION_NAME_LENGTH, MAX_REDIRECT_URL_LENGTH } from "@gatehouse/schema/applications";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { EmailAddressScalar } from "../../graphql/scalars.js";
import { Account, AccountUser } from "../accounts/account.type.js";
import { FieldValueInput } from "../accounts/account.input.js";
import { SignupUserError } from "./signup.errors.js";
import { defineBulkAction } from "../../kit/bulk.js";
import { defineEnum } from "../../kit/enum.js";
import { BULK_OPERATIONS } from "./applications.jobs.js";
import { ApplicationUserError } from "./applications.errors.js";
import { Application, ApplicationKey, applicationListing, PlanChangeRequest, ServiceSubscription, serviceSubscriptionListing } from "./application.type.js";

type ApplicationErrors = InstanceType<typeof ApplicationUserError>[];

@InputType("CreateApplicationInput", { description: "A new application of a developer account for a product." })
export class CreateApplicationInput {
  @Field(() => ID, { description: "The developer account." })
  accountId: string;
  @Field(() => ID, { description: "The product. The account is subscribed to it on its default service plan if it is not yet." })
  serviceId: string;
  @Field(() => ID, { nullable: true, description: "An application plan of the product; its default when omitted (NO_DEFAULT_PLAN when it has none)." })
  planId?: string | null;
  @Field(() => String, { description: `Name (1–${MAX_APPLICATION_NAME_LENGTH} characters).` })
  name: string;
  @Field(() => String, { nullable: true, description: `What it is for (at most ${MAX_APPLICATION_DESCRIPTION_LENGTH} characters).` })
  description?: string | null;
  @Field(() => String, { nullable: true, description: `OIDC redirect URL, http or https (at most ${MAX_REDIRECT_URL_LENGTH} characters).` })
  redirectUrl?: string | null;
  @Field(() => String, { nullable: true, description: "A custom user key (`[0-9A-Za-z-]`, 5–256), when the product allows custom keys; generated when omitted." })
  userKey?: string | null;
}

@InputType("UpdateApplicationInput", { description: "Changes to an application; omitted fields stay as they are." })
export class UpdateApplicationInput {
  @Field(() => ID, { description: "The application." })
  id: string;
  @Field(() => String, { nullable: true, description: "Name." })
  name?: string | null;
  @Field(() => String, { nullable: true, description: "Description; an empty string clears it." })
  description?: string | null;
  @Field(() => String, { nullable: true, description: "OIDC redirect URL; an empty string clears it." })
  redirectUrl?: string | null;
}

@InputType("ApplicationIdInput", { description: "An application." })
export class ApplicationIdInput {
  @Field(() => ID, { description: "The application." })
  id: string;
}

@InputType("ChangeApplicationPlanInput", { description: "Moves an application to another application plan of its product." })
export class ChangeApplicationPlanInput {
  @Field(() => ID, { description: "The application." })
  id: string;
  @Field(() => ID, { description: "An application plan of the application's product." })
  planId: string;
}

@InputType("SetUserKeyInput", { description: "A custom user key for an application." })
export class SetUserKeyInput {
  @Field(() => ID, { description: "The application." })
  id: string;
  @Field(() => String, { description: "The key: `[0-9A-Za-z-]`, 5–256 characters; the product must allow custom keys." })
  userKey: string;
}

@InputType("CreateApplicationKeyInput", { description: "A new app key for an application." })
export class CreateApplicationKeyInput {
  @Field(() => ID, { description: "The application." })
  applicationId: string;
  @Field(() => String, { nullable: true, description: "A custom key (`[0-9A-Za-z-]`, 5–256), when the product allows custom keys; generated when omitted." })
  value?: string | null;
}

@InputType("DeleteApplicationKeyInput", { description: "An app key to delete." })
export class DeleteApplicationKeyInput {
  @Field(() => ID, { description: "The key." })
  id: string;
}

@ObjectType("ApplicationPayload", { description: "Result of a change to an application." })
export class ApplicationPayload {
  @Field(() => Application, { nullable: true, description: "The application as it is now; null when nothing changed because of an error." })
  application: Application | null;
  @Field(() => [ApplicationUserError], { description: "Why nothing changed." })
  userErrors: ApplicationErrors;
}

@ObjectType("DeleteApplicationPayload", { description: "Result of `deleteApplication` and `rejectApplication`." })
export class DeleteApplicationPayload {
  @Field(() => ID, { nullable: true, description: "ID of the deleted application." })
  deletedApplicationId: string | null;
  @Field(() => [ApplicationUserError], { description: "Why it was not deleted." })
  userErrors: ApplicationErrors;
}

@ObjectType("ApplicationKeyPayload", { description: "Result of `createApplicationKey` and `deleteApplicationKey`." })
export class ApplicationKeyPayload {
  @Field(() => ApplicationKey, { nullable: true, description: "The key added or deleted." })
  key: ApplicationKey | null;
  @Field(() => Application, { nullable: true, description: "Its application as it is now." })
  application: Application | null;
  @Field(() => [ApplicationUserError], { description: "Why nothing changed." })
  userErrors: ApplicationErrors;
}

@InputType("CreateServiceSubscriptionInput", { description: "Subscribes a developer account to a product." })
export class CreateServiceSubscriptionInput {
  @Field(() => ID, { description: "The developer account." })
  accountId: string;
  @Field(() => ID, { description: "The product." })
  serviceId: string;
  @Field(() => ID, { nullable: true, description: "A service plan of the product; its default when omitted." })
  planId?: string | null;
}

@InputType("ServiceSubscriptionIdInput", { description: "A service subscription." })
export class ServiceSubscriptionIdInput {
  @Field(() => ID, { description: "The subscription." })
  id: string;
}

@InputType("ChangeServiceSubscriptionPlanInput", { description: "Moves a subscription to another service plan of its product." })
export class ChangeServiceSubscriptionPlanInput {
  @Field(() => ID, { description: "The subscription." })
  id: string;
  @Field(() => ID, { description: "A service plan of the subscription's product." })
  planId: string;
}

@ObjectType("ServiceSubscriptionPayload", { description: "Result of a change to a service subscription." })
export class ServiceSubscriptionPayload {
  @Field(() => ServiceSubscription, { nullable: true, description: "The subscription as it is now." })
  serviceSubscription: ServiceSubscription | null;
  @Field(() => [ApplicationUserError], { description: "Why nothing changed." })
  userErrors: ApplicationErrors;
}

@ObjectType("DeleteServiceSubscriptionPayload", { description: "Result of `deleteServiceSubscription`." })
export class DeleteServiceSubscriptionPayload {
  @Field(() => ID, { nullable: true, description: "ID of the deleted subscription." })
  deletedServiceSubscriptionId: string | null;
  @Field(() => [ApplicationUserError], { description: "Why it was not deleted." })
  userErrors: ApplicationErrors;
}

export const BulkApplicationOperation = defineEnum("BulkApplicationOperation", "What a bulk operation does to each application (001 ch.3).", {
  SEND_EMAIL: "Sends `subject` and `body` as a message to each application's developer account.",
  CHANGE_PLAN: "Moves each application to `planId`, an application plan of its product (others fail with WRONG_PLAN).",
  ACCEPT: "Accepts each pending application.",
  SUSPEND: "Suspends each live application.",
  RESUME: "Resumes each suspended application.",
} satisfies Record<(typeof BULK_OPERATIONS)[number], string>);

export const BulkServiceSubscriptionOperation = defineEnum("BulkServiceSubscriptionOperation", "What a bulk operation does to each service subscription.", {
  SEND_EMAIL: "Sends `subject` and `body` as a message to each subscribed developer account.",
  CHANGE_PLAN: "Moves each subscription to `planId`, a service plan of its product (others fail with WRONG_PLAN).",
  ACCEPT: "Accepts each pending subscription.",
  SUSPEND: "Suspends each live subscription.",
  RESUME: "Resumes each suspended subscription.",
} satisfies Record<(typeof BULK_OPERATIONS)[number], string>);

const parametersOf = (operation: () => unknown, plan: string) => ({
  operation: { type: operation, description: "What to do to each one." },
  planId: { type: () => ID, nullable: true, description: `CHANGE_PLAN: the ${plan}.` },
  subject: { type: () => String, nullable: true, description: "SEND_EMAIL: the subject." },
  body: { type: () => String, nullable: true, description: "SEND_EMAIL: the text." },
});

export const RunBulkApplicationOperation = defineBulkAction({
  name: "RunBulkApplicationOperation",
  things: "applications",
  itemError: ApplicationUserError,
  filter: applicationListing.Filter!,
  parameters: parametersOf(() => BulkApplicationOperation.graphql, "application plan"),
});

export const RunBulkServiceSubscriptionOperation = defineBulkAction({
  name: "RunBulkServiceSubscriptionOperation",
  things: "service subscriptions",
  itemError: ApplicationUserError,
  filter: serviceSubscriptionListing.Filter!,
  parameters: parametersOf(() => BulkServiceSubscriptionOperation.graphql, "service plan"),
});

@InputType("SignupExpressInput", { description: "A developer signing up: the account, its admin user, and the plans it starts on (seed 000's provisioning)." })
export class SignupExpressInput {
  @Field(() => String, { description: "Organization or group name." })
  orgName: string;
  @Field(() => EmailAddressScalar, { description: "The admin user's email, unique among the tenant's developer users." })
  email: string;
  @Field(() => String, { nullable: true, description: "The admin user's username; derived from the email when omitted." })
  username?: string | null;
  @Field(() => String, { nullable: true, description: "The admin user's password (it is then active); without one it waits for an invitation." })
  password?: string | null;
  @Field(() => ID, { nullable: true, description: "The account plan; the tenant's default when omitted." })
  accountPlanId?: string | null;
  @Field(() => [ID], { nullable: true, description: "Application plans to create an application on, one each; each product's default when omitted (an empty list: none)." })
  applicationPlanIds?: string[] | null;
  @Field(() => [ID], { nullable: true, description: "Service plans to subscribe to; a product of an application is otherwise subscribed on its default service plan." })
  servicePlanIds?: string[] | null;
  @Field(() => [FieldValueInput], { nullable: true, description: "Values of the account's fields." })
  fields?: FieldValueInput[] | null;
  @Field(() => [FieldValueInput], { nullable: true, description: "Values of the admin user's fields." })
  userFields?: FieldValueInput[] | null;
}

@ObjectType("SignupExpressPayload", { description: "Result of `signupExpress`: everything it made, or nothing and why." })
export class SignupExpressPayload {
  @Field(() => Account, { nullable: true, description: "The new account: PENDING when approval is required, else APPROVED." })
  account: Account | null;
  @Field(() => AccountUser, { nullable: true, description: "Its admin user." })
  user: AccountUser | null;
  @Field(() => [Application], { description: "Its applications." })
  applications: Application[];
  @Field(() => [ServiceSubscription], { description: "Its subscriptions." })
  serviceSubscriptions: ServiceSubscription[];
  @Field(() => [SignupUserError], { description: "Why nothing was made." })
  userErrors: InstanceType<typeof SignupUserError>[];
}

@InputType("RequestApplicationPlanChangeInput", { description: "A developer's request to move an application to another plan of its product." })
export class RequestApplicationPlanChangeInput {
  @Field(() => ID, { description: "The application." })
  applicationId: string;
  @Field(() => ID, { description: "The application plan asked for." })
  planId: string;
  @Field(() => String, { nullable: true, description: "What the developer wants to say with it." })
  message?: string | null;
}

@InputType("PlanChangeRequestIdInput", { description: "A plan change request." })
export class PlanChangeRequestIdInput {
  @Field(() => ID, { description: "The request." })
  id: string;
}

@InputType("RejectPlanChangeRequestInput", { description: "A plan change request to reject." })
export class RejectPlanChangeRequestInput {
  @Field(() => ID, { description: "The request." })
  id: string;
  @Field(() => String, { nullable: true, description: "Why, sent to the developer." })
  reason?: string | null;
}

@ObjectType("PlanChangeRequestPayload", { description: "Result of a plan change request mutation." })
export class PlanChangeRequestPayload {
  @Field(() => PlanChangeRequest, { nullable: true, description: "The request as it is now." })
  planChangeRequest: PlanChangeRequest | null;
  @Field(() => [ApplicationUserError], { description: "Why nothing changed." })
  userErrors: ApplicationErrors;
}

@InputType("DecustomizeApplicationPlanInput", { description: "An application on a custom plan, and the standard plan to move it back to." })
export class DecustomizeApplicationPlanInput {
  @Field(() => ID, { description: "The application." })
  id: string;
  @Field(() => ID, { nullable: true, description: "An application plan of its product; the plan its custom plan was copied from when omitted." })
  planId?: string | null;
}
