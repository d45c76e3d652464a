import { NOTIFICATION_CATEGORIES, typesInCategories } from "@gatehouse/schema/notifications";
import { ilike, inArray, isNotNull, isNull, or } from "drizzle-orm";
import { Field, Int, ObjectType } from "type-graphql";
import { escapeLike } from "../../db/like.js";
import { Node } from "../../graphql/node.js";
import { defineListing, filter, type ListingArgsOf } from "../../kit/listing.js";
import {
  NotificationCategory,
  type NotificationRow,
  NotificationType,
  notifications,
  OutboxStatus,
  type OutboxMessageRow,
  outboxMessages,
} from "./notifications.tables.js";

@ObjectType("Notification", { implements: Node, description: "Something that happened that a team user may want to know: one user's copy, read or not." })
export class Notification extends Node {
  @Field(() => NotificationType.graphql, { description: "What it is about." })
  type: NotificationType;
  @Field(() => Date, { description: "When it happened." })
  createdAt: Date;
  @Field(() => String, { description: "Short, as in the bell: `New account`." })
  title: string;
  @Field(() => String, { description: "What happened, in a sentence." })
  summary: string;
  @Field(() => String, { nullable: true, description: "The object's type (`Service`), when it is about one." })
  targetType: string | null;
  @Field(() => String, { nullable: true, description: "The object's name as it was then." })
  targetName: string | null;
  @Field(() => Date, { nullable: true, description: "When you marked it read; null while unread." })
  readAt: Date | null;
}

@ObjectType("NotificationPreference", { description: "Whether you get one type of notification by email (in the admin you always see it)." })
export class NotificationPreference {
  @Field(() => NotificationType.graphql, { description: "The type." })
  type: NotificationType;
  @Field(() => Boolean, { description: "You get it by email." })
  email: boolean;
}

@ObjectType("OutboxMessage", { implements: Node, description: "An email Gatehouse sent, or will send, to a team user: one entry of the outbox." })
export class OutboxMessage extends Node {
  @Field(() => NotificationType.graphql, { nullable: true, description: "The notification it tells of." })
  type: NotificationType | null;
  @Field(() => String, { description: "The recipient's address." })
  toAddress: string;
  @Field(() => String, { description: "Subject line." })
  subject: string;
  @Field(() => String, { description: "The plain-text body." })
  textBody: string;
  @Field(() => String, { description: "The HTML body." })
  htmlBody: string;
  @Field(() => OutboxStatus.graphql, { description: "Where it is." })
  status: OutboxStatus;
  @Field(() => Int, { description: "Attempts to send it so far, counting one in progress." })
  attempts: number;
  @Field(() => Date, { nullable: true, description: "When the next attempt is due (PENDING only)." })
  nextAttemptAt: Date | null;
  @Field(() => String, { nullable: true, description: "Why the last attempt failed." })
  lastError: string | null;
  @Field(() => Date, { description: "When it was written." })
  createdAt: Date;
  @Field(() => Date, { nullable: true, description: "When the mail server accepted it." })
  sentAt: Date | null;
}

export const notificationListing = defineListing({
  name: "Notification",
  things: "notifications",
  node: Notification,
  table: notifications,
  id: notifications.id,
  row: {} as NotificationRow,
  orders: { CREATED_AT: { column: notifications.createdAt, description: "When it happened." } },
  defaultOrder: { field: "CREATED_AT", direction: "DESC" },
  filters: {
    unread: filter.flag("Only unread ones (true) or only read ones (false).", (unread) => (unread ? isNull(notifications.readAt) : isNotNull(notifications.readAt))),
    categories: filter.anyOf<NotificationCategory>(NotificationCategory, `Only these categories (${Object.keys(NOTIFICATION_CATEGORIES).join(", ")}).`, (categories) =>
      inArray(notifications.type, typesInCategories(categories)),
    ),
    types: filter.anyOf<NotificationType>(NotificationType, "Only these types.", (types) => inArray(notifications.type, types)),
  },
});
export type NotificationListArgs = ListingArgsOf<typeof notificationListing>;

export const outboxListing = defineListing({
  name: "OutboxMessage",
  things: "outbox messages",
  node: OutboxMessage,
  table: outboxMessages,
  id: outboxMessages.id,
  row: {} as OutboxMessageRow,
  orders: { CREATED_AT: { column: outboxMessages.createdAt, description: "When it was written." } },
  defaultOrder: { field: "CREATED_AT", direction: "DESC" },
  filters: {
    statuses: filter.anyOf<OutboxStatus>(OutboxStatus, "Only messages in these states.", (statuses) => inArray(outboxMessages.status, statuses)),
    search: filter.text("Matches the recipient or the subject, case-insensitive.", (search) => {
      const pattern = `%${escapeLike(search)}%`;
      return or(ilike(outboxMessages.toAddress, pattern), ilike(outboxMessages.subject, pattern));
    }),
  },
});
export type OutboxListArgs = ListingArgsOf<typeof outboxListing>;
