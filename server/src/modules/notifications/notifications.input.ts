import { MAX_BULK_IDS } from "@gatehouse/schema/bulk";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { NotificationUserError } from "./notifications.errors.js";
import { NotificationType } from "./notifications.tables.js";
import { NotificationPreference } from "./notifications.type.js";

@InputType("MarkNotificationsReadInput", { description: "Which of your notifications to mark read: some (`ids`) or all (`all: true`), not both." })
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true, description: `Your notifications, at most ${MAX_BULK_IDS}. Others' and unknown IDs are ignored.` })
  ids?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: "Every unread notification of yours." })
  all?: boolean | null;
}

@ObjectType("MarkNotificationsReadPayload", { description: "Result of `markNotificationsRead`." })
export class MarkNotificationsReadPayload {
  @Field(() => Int, { description: "How many were unread and are read now." })
  markedCount: number;
  @Field(() => Int, { description: "How many of yours stay unread." })
  unreadCount: number;
  @Field(() => [NotificationUserError], { description: "Why nothing was marked." })
  userErrors: InstanceType<typeof NotificationUserError>[];
}

@InputType("NotificationPreferenceInput", { description: "Whether you want one type of notification by email." })
export class NotificationPreferenceInput {
  @Field(() => NotificationType.graphql, { description: "The type." })
  type: NotificationType;
  @Field(() => Boolean, { description: "Email it to you." })
  email: boolean;
}

@InputType("UpdateNotificationPreferencesInput", { description: "Your email choices to change; types left out keep theirs." })
export class UpdateNotificationPreferencesInput {
  @Field(() => [NotificationPreferenceInput], { description: "One entry per type to change, each type once." })
  preferences: NotificationPreferenceInput[];
}

@ObjectType("UpdateNotificationPreferencesPayload", { description: "Result of `updateNotificationPreferences`." })
export class UpdateNotificationPreferencesPayload {
  @Field(() => [NotificationPreference], { nullable: true, description: "All your preferences, as they are now." })
  preferences: NotificationPreference[] | null;
  @Field(() => [NotificationUserError], { description: "Why nothing was changed." })
  userErrors: InstanceType<typeof NotificationUserError>[];
}
