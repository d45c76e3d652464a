import { MAX_BULK_IDS } from "@gatehouse/schema/bulk";
import { categoriesForToken, NOTIFICATION_TYPES } from "@gatehouse/schema/notifications";
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from "type-graphql";
import { Access } from "../../graphql/access.js";
import { liveStream } from "../../graphql/live.js";
import { actorOf, type Context, requireAuth } from "../../graphql/context.js";
import { rowIdOf, toGlobalId } from "../../graphql/node.js";
import { pubSub } from "../../graphql/pubsub.js";
import { userError } from "../../graphql/user-error.js";
import { emit } from "../events/events.service.js";
import { NotificationErrorCode } from "./notifications.errors.js";
import {
  MarkNotificationsReadInput,
  MarkNotificationsReadPayload,
  UpdateNotificationPreferencesInput,
  UpdateNotificationPreferencesPayload,
} from "./notifications.input.js";
import {
  listNotifications,
  listOutbox,
  markRead,
  NOTIFICATION_TOPIC,
  recentNotifications,
  type PreferenceView,
  preferencesOf,
  unreadCount,
  updatePreferences,
} from "./notifications.service.js";
import { NotificationCategory, type NotificationRow } from "./notifications.tables.js";
import { Notification, type NotificationListArgs, notificationListing, NotificationPreference, type OutboxListArgs, outboxListing } from "./notifications.type.js";

/** Without a signal (one lost between processes), a live subscription reads again after this long. */
const RESYNC_MS = 30_000;

/**
 * The caller's new notifications as they are written, by any server process: each signal (the
 * relay's NOTIFICATION topic, keyed by user) makes one read of the user's recent notifications, and
 * those not pushed yet are pushed (see LIVE_LOOKBACK_SECONDS for why a window and not a cursor).
 */
async function liveNotifications(ctx: Context): Promise<AsyncIterable<NotificationRow>> {
  const auth = requireAuth(ctx);
  const actor = actorOf(ctx);
  const categories = categoriesOf(ctx);
  const events = pubSub.subscribe(NOTIFICATION_TOPIC, auth.userId) as AsyncGenerator<unknown>;
  const first = events.next(); // starts listening before what exists is read
  const existing = await ctx.openTransaction!((tx) => recentNotifications(tx, actor, categories)).catch(async (error: unknown) => {
    await events.return(undefined);
    throw error;
  });
  // What existed when the subscription started is not news.
  let pushed = new Set(existing.rows.map((r) => r.id));
  return liveStream<NotificationRow>({
    events,
    first,
    resyncMs: RESYNC_MS,
    async step() {
      const recent = await ctx.openTransaction!((tx) => recentNotifications(tx, actor, categories));
      const fresh = recent.rows.filter((row) => !pushed.has(row.id));
      for (const row of fresh) pushed.add(row.id);
      // Ids that left the window can be forgotten (only when the window was read whole).
      if (recent.complete) pushed = new Set(recent.rows.map((r) => r.id));
      return { push: fresh, done: false };
    },
  });
}

/** What the caller may read: all categories in a session; with an access token, those its scopes cover. */
function categoriesOf(ctx: Context) {
  const token = requireAuth(ctx).token;
  return categoriesForToken(token ? token.scopes : null);
}

@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => notificationListing.Connection, {
    description:
      "Your notifications, newest first: what happened in the areas and products you may see. An access token reads the categories its scopes cover (billing: BILLING, usage alerts: ANALYTICS).",
  })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  notifications(@Args(() => notificationListing.Args) args: NotificationListArgs, @Ctx() ctx: Context) {
    return listNotifications(ctx.tx, actorOf(ctx), categoriesOf(ctx), args);
  }

  @Query(() => Int, { description: "How many of your notifications are unread (the bell's number)." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  unreadNotificationCount(@Ctx() ctx: Context) {
    return unreadCount(ctx.tx, actorOf(ctx), categoriesOf(ctx));
  }

  @Mutation(() => MarkNotificationsReadPayload, { description: "Marks some of your notifications, or all of them, read." })
  @Access({ personal: true, scope: "ACCOUNT_MANAGEMENT" })
  async markNotificationsRead(@Arg("input", () => MarkNotificationsReadInput, { description: "Which ones." }) input: MarkNotificationsReadInput, @Ctx() ctx: Context) {
    const invalid = (code: keyof typeof NotificationErrorCode, message: string) => ({ markedCount: 0, unreadCount: 0, userErrors: [userError(code, message, ["input"])] });
    const hasIds = input.ids !== null && input.ids !== undefined;
    if (hasIds === Boolean(input.all)) return invalid("INVALID", "Give either `ids` or `all: true`.");
    if (input.all === false) return invalid("INVALID", "`all` can only be true; give `ids` to mark some.");
    if (hasIds && input.ids!.length > MAX_BULK_IDS) return invalid("TOO_MANY", `Name at most ${MAX_BULK_IDS} notifications per request.`);
    const actor = actorOf(ctx);
    const ids = hasIds ? input.ids!.map((id) => rowIdOf(id, "Notification")).filter((id): id is string => id !== null) : [];
    const result = await markRead(ctx.tx, actor, categoriesOf(ctx), hasIds ? { ids } : { all: true });
    if (!result.ok) return { markedCount: 0, unreadCount: 0, userErrors: result.userErrors };
    if (result.changed > 0) {
      await emit(ctx.tx, actor, {
        type: "notification",
        action: "read",
        target: null,
        summary: result.changed === 1 ? "Marked a notification read." : `Marked ${result.changed} notifications read.`,
      });
    }
    return { markedCount: result.changed, unreadCount: result.unread, userErrors: [] };
  }

  @Query(() => [NotificationPreference], { description: "Your email choice for each type of notification you may get." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  notificationPreferences(@Ctx() ctx: Context) {
    return preferencesOf(ctx.tx, actorOf(ctx));
  }

  @Mutation(() => UpdateNotificationPreferencesPayload, { description: "Changes which notifications you get by email. Only yours: each user decides their own." })
  @Access({ personal: true, scope: "ACCOUNT_MANAGEMENT" })
  async updateNotificationPreferences(
    @Arg("input", () => UpdateNotificationPreferencesInput, { description: "The choices to change." }) input: UpdateNotificationPreferencesInput,
    @Ctx() ctx: Context,
  ) {
    const actor = actorOf(ctx);
    const result = await updatePreferences(ctx.tx, actor, input.preferences);
    if (!result.ok) return { preferences: null, userErrors: result.userErrors };
    if (result.changed.length) {
      await emit(ctx.tx, actor, {
        type: "notification_preferences",
        action: "updated",
        target: { type: "User", id: actor.userId, name: actor.email ?? actor.userId },
        summary: `Changed email notifications: ${result.changed.join(", ")}.`,
      });
    }
    return { preferences: result.preferences, userErrors: [] };
  }

  @Query(() => outboxListing.Connection, {
    description: "The email Gatehouse sent or will send to your team, newest first; when no mail server is configured, the mail is kept here. Admins only; the master sees every tenant's.",
  })
  @Access({ scope: "ACCOUNT_MANAGEMENT", admin: true })
  outbox(@Args(() => outboxListing.Args) args: OutboxListArgs, @Ctx() ctx: Context) {
    return listOutbox(ctx.tx, actorOf(ctx), args);
  }

  @Subscription(() => Notification, {
    description: "Each new notification of yours, within a second of the change that made it, whichever server process made it.",
    subscribe: ({ context }) => liveNotifications(context as Context),
  })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  notificationReceived(@Root() notification: NotificationRow): NotificationRow {
    return notification;
  }

  @FieldResolver(() => NotificationCategory.graphql, { description: "Its category." })
  category(@Root() notification: NotificationRow) {
    return NOTIFICATION_TYPES[notification.type].category;
  }

  @FieldResolver(() => Boolean, { description: "You have marked it read." })
  read(@Root() notification: NotificationRow) {
    return notification.readAt !== null;
  }

  @FieldResolver(() => ID, { nullable: true, description: "The object's global ID (also once it is deleted: `node(id:)` then finds nothing)." })
  targetId(@Root() notification: NotificationRow) {
    return notification.targetType && notification.targetId ? toGlobalId(notification.targetType, notification.targetId) : null;
  }
}

@Resolver(() => NotificationPreference)
export class NotificationPreferenceResolver {
  @FieldResolver(() => NotificationCategory.graphql, { description: "Its category." })
  category(@Root() preference: PreferenceView) {
    return NOTIFICATION_TYPES[preference.type].category;
  }

  @FieldResolver(() => String, { description: "Its name." })
  title(@Root() preference: PreferenceView) {
    return NOTIFICATION_TYPES[preference.type].title;
  }

  @FieldResolver(() => String, { description: "When it is sent." })
  description(@Root() preference: PreferenceView) {
    return NOTIFICATION_TYPES[preference.type].description;
  }

  @FieldResolver(() => Boolean, { description: "Whether it is emailed when you have not chosen." })
  emailByDefault(@Root() preference: PreferenceView) {
    return NOTIFICATION_TYPES[preference.type].emailByDefault;
  }
}
