import { APPLICATION_ACTIONS } from "@gatehouse/schema/applications";
import { and, eq, gte, ilike, inArray, lt, not, or } from "drizzle-orm";
import { Field, ObjectType } from "type-graphql";
import { escapeLike, longEnoughFor } from "../../db/like.js";
import { Node } from "../../graphql/node.js";
import { defineEnum, type EnumValue } from "../../kit/enum.js";
import { defineListing, filter, type ListingArgsOf } from "../../kit/listing.js";
import { paidPlanCondition } from "../plans/plan.type.js";
import {
  type ApplicationKeyRow,
  type ApplicationRow,
  applications,
  ApplicationState,
  type PlanChangeRequestRow,
  planChangeRequests,
  PlanChangeRequestState,
  type ServiceSubscriptionRow,
  serviceSubscriptions,
  ServiceSubscriptionState,
} from "./applications.tables.js";

const describe = (action: keyof typeof APPLICATION_ACTIONS) => `To ${APPLICATION_ACTIONS[action].to}, from ${APPLICATION_ACTIONS[action].from.join(", ")}.`;

export const ApplicationAction = defineEnum("ApplicationAction", "A change of an application's state (rejecting a pending one deletes it).", {
  ACCEPT: describe("ACCEPT"),
  SUSPEND: describe("SUSPEND"),
  RESUME: describe("RESUME"),
});
export type ApplicationAction = EnumValue<typeof ApplicationAction>;

export const ServiceSubscriptionAction = defineEnum("ServiceSubscriptionAction", "A change of a service subscription's state.", {
  ACCEPT: describe("ACCEPT"),
  SUSPEND: describe("SUSPEND"),
  RESUME: describe("RESUME"),
});

@ObjectType("ApplicationKey", { implements: Node, description: "One of an application's app keys (APP_ID_APP_KEY services), kept in rotation." })
export class ApplicationKey extends Node {
  @Field(() => String, { description: "The key: `[0-9A-Za-z-]`, 5–256 characters." })
  value: string;
  @Field(() => Date, { description: "When it was added." })
  createdAt: Date;
}
export type { ApplicationKeyRow };

@ObjectType("Application", { implements: Node, description: "A developer account's access to a product on an application plan, with its credentials." })
export class Application extends Node {
  @Field(() => String, { description: "Name, as the developer calls it." })
  name: string;
  @Field(() => String, { nullable: true, description: "What it is for." })
  description: string | null;
  @Field(() => ApplicationState.graphql, { description: "PENDING, LIVE or SUSPENDED." })
  state: ApplicationState;
  @Field(() => String, { description: "Its user key (USER_KEY services)." })
  userKey: string;
  @Field(() => String, { description: "Its application ID (APP_ID_APP_KEY services); fixed at creation." })
  appId: string;
  @Field(() => String, { nullable: true, description: "Where the OpenID Connect provider sends users back (OIDC services)." })
  redirectUrl: string | null;
  @Field(() => Date, { nullable: true, description: "When its plan's trial ends; null without a trial." })
  trialEndsAt: Date | null;
  @Field(() => Date, { nullable: true, description: "Its first reported call." })
  firstTrafficAt: Date | null;
  @Field(() => Date, { nullable: true, description: "Its latest reported call." })
  lastTrafficAt: Date | null;
  @Field(() => Date, { description: "When it was created." })
  createdAt: Date;
  @Field(() => Date, { description: "When it last changed." })
  updatedAt: Date;
}

@ObjectType("ServiceSubscription", { implements: Node, description: "A developer account's subscription to a product, on a service plan." })
export class ServiceSubscription extends Node {
  @Field(() => ServiceSubscriptionState.graphql, { description: "PENDING, LIVE or SUSPENDED." })
  state: ServiceSubscriptionState;
  @Field(() => Date, { description: "When the account subscribed." })
  createdAt: Date;
  @Field(() => Date, { description: "When it last changed." })
  updatedAt: Date;
}

export const applicationListing = defineListing({
  name: "Application",
  things: "applications",
  node: Application,
  table: applications,
  id: applications.id,
  row: {} as ApplicationRow,
  orders: {
    CREATED_AT: { column: applications.createdAt, description: "Creation time." },
    NAME: { column: applications.name, description: "Name." },
    STATE: { column: applications.state, description: "State." },
  },
  defaultOrder: { field: "CREATED_AT", direction: "DESC" },
  filters: {
    search: filter.text(
      "Matches the name (case-insensitive), or exactly a user key, app ID or client ID; never an app key or secret (003 ch.13).",
      // Each branch has its index, so a search by a key reads a few rows (db/like.ts).
      (text) => or(and(longEnoughFor(applications.nameLength, text), ilike(applications.name, `%${escapeLike(text)}%`)), eq(applications.userKey, text), eq(applications.appId, text)),
    ),
    account: filter.node("Only the applications of this developer account.", (id) => eq(applications.accountId, id), ["Account"]),
    service: filter.node("Only applications of this product.", (id) => eq(applications.serviceId, id), ["Service"]),
    plan: filter.node("Only applications on this application plan.", (id) => eq(applications.planId, id), ["Plan"]),
    states: filter.anyOf<ApplicationState>(ApplicationState, "Only applications in these states.", (states) => inArray(applications.state, states)),
    paid: filter.flag("True: only applications on plans that cost something (fees or pricing rules); false: only free ones.", (paid) =>
      paid ? paidPlanCondition(applications.planId) : not(paidPlanCondition(applications.planId)),
    ),
    createdFrom: filter.time("Only applications created at or after this time.", (time) => gte(applications.createdAt, time)),
    createdTo: filter.time("Only applications created before this time.", (time) => lt(applications.createdAt, time)),
  },
  // An application's plan and product come with it, in its page's statement or in its parent's.
  prefetch: {
    plan: { loader: (loaders) => loaders.plans.planById, parentKey: applications.planId },
    service: { loader: (loaders) => loaders.catalog.serviceById, parentKey: applications.serviceId },
  },
});
export type ApplicationListArgs = ListingArgsOf<typeof applicationListing>;

export const serviceSubscriptionListing = defineListing({
  name: "ServiceSubscription",
  things: "service subscriptions",
  node: ServiceSubscription,
  table: serviceSubscriptions,
  id: serviceSubscriptions.id,
  row: {} as ServiceSubscriptionRow,
  orders: {
    CREATED_AT: { column: serviceSubscriptions.createdAt, description: "Subscription time." },
    STATE: { column: serviceSubscriptions.state, description: "State." },
  },
  defaultOrder: { field: "CREATED_AT", direction: "DESC" },
  filters: {
    account: filter.node("Only the subscriptions of this developer account.", (id) => eq(serviceSubscriptions.accountId, id), ["Account"]),
    service: filter.node("Only subscriptions to this product.", (id) => eq(serviceSubscriptions.serviceId, id), ["Service"]),
    plan: filter.node("Only subscriptions on this service plan.", (id) => eq(serviceSubscriptions.planId, id), ["Plan"]),
    states: filter.anyOf<ServiceSubscriptionState>(ServiceSubscriptionState, "Only subscriptions in these states.", (states) => inArray(serviceSubscriptions.state, states)),
  },
  prefetch: {
    plan: { loader: (loaders) => loaders.plans.planById, parentKey: serviceSubscriptions.planId },
    service: { loader: (loaders) => loaders.catalog.serviceById, parentKey: serviceSubscriptions.serviceId },
  },
});
export type ServiceSubscriptionListArgs = ListingArgsOf<typeof serviceSubscriptionListing>;

@ObjectType("PlanChangeRequest", { implements: Node, description: "A developer's request to move an application to another plan (003 §9.4–9.5)." })
export class PlanChangeRequest extends Node {
  @Field(() => PlanChangeRequestState.graphql, { description: "PENDING, APPROVED or REJECTED." })
  state: PlanChangeRequestState;
  @Field(() => String, { nullable: true, description: "What the developer wrote with it." })
  message: string | null;
  @Field(() => String, { nullable: true, description: "Why it was rejected, as sent to the developer." })
  reason: string | null;
  @Field(() => Date, { description: "When it was asked for." })
  createdAt: Date;
  @Field(() => Date, { nullable: true, description: "When it was approved or rejected." })
  decidedAt: Date | null;
}
export type { PlanChangeRequestRow };

export const planChangeRequestListing = defineListing({
  name: "PlanChangeRequest",
  things: "plan change requests",
  node: PlanChangeRequest,
  table: planChangeRequests,
  id: planChangeRequests.id,
  row: {} as PlanChangeRequestRow,
  orders: { CREATED_AT: { column: planChangeRequests.createdAt, description: "When it was asked for." } },
  defaultOrder: { field: "CREATED_AT", direction: "DESC" },
  filters: {
    states: filter.anyOf<PlanChangeRequestState>(PlanChangeRequestState, "Only requests in these states.", (states) => inArray(planChangeRequests.state, states)),
    application: filter.node("Only the requests of this application.", (id) => eq(planChangeRequests.applicationId, id), ["Application"]),
  },
});
export type PlanChangeRequestListArgs = ListingArgsOf<typeof planChangeRequestListing>;
