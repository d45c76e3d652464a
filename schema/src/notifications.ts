/**
 * The notifications a tenant's team users get (003 ch.4, 27.1; porta's list): their categories, which
 * area a member needs to see each category, and whether they are emailed by default. Server and mock
 * read the same catalogue and decide visibility with the same `canSeeNotification`.
 */

/** The areas of the admin a member can be given (porta's member permissions). Admins have all. */
export const MEMBER_AREAS = {
  PARTNERS: "Developer accounts, their applications and service subscriptions.",
  PLANS: "Products, their integration and plans.",
  MONITORING: "Analytics and usage alerts.",
  FINANCE: "Billing: invoices, payments and their settings.",
  SETTINGS: "The tenant's settings.",
} as const;
export type MemberArea = keyof typeof MEMBER_AREAS;

/**
 * `area`: what a member needs to see the category; `tokenScope`: what an access token needs to read it
 * (besides ACCOUNT_MANAGEMENT, which every notification field needs).
 */
export const NOTIFICATION_CATEGORIES = {
  ACCOUNTS: { title: "Accounts", area: "PARTNERS", tokenScope: "ACCOUNT_MANAGEMENT" },
  APPLICATIONS: { title: "Applications", area: "PARTNERS", tokenScope: "ACCOUNT_MANAGEMENT" },
  SERVICE_SUBSCRIPTIONS: { title: "Service subscriptions", area: "PARTNERS", tokenScope: "ACCOUNT_MANAGEMENT" },
  BILLING: { title: "Billing", area: "FINANCE", tokenScope: "BILLING" },
  USAGE_ALERTS: { title: "Usage alerts", area: "MONITORING", tokenScope: "ANALYTICS" },
  /** About work the user started (a bulk operation, an export): only they get it. */
  REPORTS: { title: "Reports", area: null, tokenScope: "ACCOUNT_MANAGEMENT" },
} as const satisfies Record<string, { title: string; area: MemberArea | null; tokenScope: "ACCOUNT_MANAGEMENT" | "BILLING" | "ANALYTICS" }>;
export type NotificationCategory = keyof typeof NOTIFICATION_CATEGORIES;

interface NotificationTypeInfo {
  category: NotificationCategory;
  /** Short, as in the bell and the subject of the email. */
  title: string;
  /** When it is sent, for the preferences page. */
  description: string;
  /** Emailed unless the user turns it off. */
  emailByDefault: boolean;
}

export const NOTIFICATION_TYPES = {
  ACCOUNT_CREATED: { category: "ACCOUNTS", title: "New account", description: "A developer account signed up or was created.", emailByDefault: true },
  ACCOUNT_DELETED: { category: "ACCOUNTS", title: "Account deleted", description: "A developer account was deleted.", emailByDefault: false },
  ACCOUNT_PLAN_CHANGE_REQUESTED: { category: "ACCOUNTS", title: "Account plan change requested", description: "A developer asked to move their account to another plan.", emailByDefault: true },
  MESSAGE_RECEIVED: { category: "ACCOUNTS", title: "New message", description: "A developer sent a message.", emailByDefault: true },
  APPLICATION_CREATED: { category: "APPLICATIONS", title: "New application", description: "A developer created an application.", emailByDefault: true },
  APPLICATION_PLAN_CHANGE_REQUESTED: { category: "APPLICATIONS", title: "Application plan change requested", description: "A developer asked to move an application to another plan.", emailByDefault: true },
  APPLICATION_PLAN_CHANGED: { category: "APPLICATIONS", title: "Application plan changed", description: "An application moved to another plan.", emailByDefault: false },
  APPLICATION_CANCELLED: { category: "APPLICATIONS", title: "Application cancelled", description: "An application was deleted.", emailByDefault: false },
  TRIAL_EXPIRED: { category: "APPLICATIONS", title: "Trial expired", description: "An application's trial period ended.", emailByDefault: false },
  SERVICE_SUBSCRIPTION_CREATED: { category: "SERVICE_SUBSCRIPTIONS", title: "New service subscription", description: "An account subscribed to a product.", emailByDefault: true },
  SERVICE_PLAN_CHANGE_REQUESTED: { category: "SERVICE_SUBSCRIPTIONS", title: "Service plan change requested", description: "A developer asked to move a subscription to another service plan.", emailByDefault: true },
  SERVICE_SUBSCRIPTION_PLAN_CHANGED: { category: "SERVICE_SUBSCRIPTIONS", title: "Service plan changed", description: "A subscription moved to another service plan.", emailByDefault: false },
  SERVICE_SUBSCRIPTION_CANCELLED: { category: "SERVICE_SUBSCRIPTIONS", title: "Service subscription cancelled", description: "An account unsubscribed from a product.", emailByDefault: false },
  SERVICE_DELETED: { category: "SERVICE_SUBSCRIPTIONS", title: "Product deleted", description: "A product was deleted, with its plans, applications and subscriptions.", emailByDefault: true },
  USAGE_LIMIT_ALERT: { category: "USAGE_ALERTS", title: "Usage alert", description: "An application used a large share of a limit (50 % to 90 %).", emailByDefault: false },
  USAGE_LIMIT_VIOLATION: { category: "USAGE_ALERTS", title: "Usage limit reached", description: "An application reached or passed a limit.", emailByDefault: true },
  INVOICES_TO_REVIEW: { category: "BILLING", title: "Action required: review invoices", description: "Invoices of the month are ready to review before they are issued.", emailByDefault: true },
  CUSTOMER_DOWNGRADED: { category: "BILLING", title: "Customer downgraded", description: "A customer moved to a plan with a lower monthly fixed price.", emailByDefault: true },
  EXPIRING_CREDIT_CARD: { category: "BILLING", title: "Expiring credit card", description: "A customer's credit card is about to expire.", emailByDefault: true },
  PAYMENT_ERROR_RETRY: { category: "BILLING", title: "Payment error (retry)", description: "A payment failed; the invoice is unpaid and will be charged again.", emailByDefault: true },
  PAYMENT_ERROR_FINAL: { category: "BILLING", title: "Payment error (final)", description: "The last retry of a payment failed; the invoice failed.", emailByDefault: true },
  BULK_OPERATION_FINISHED: { category: "REPORTS", title: "Bulk operation finished", description: "A bulk operation you started has finished.", emailByDefault: false },
  EXPORT_READY: { category: "REPORTS", title: "Export ready", description: "An export you started is ready to download.", emailByDefault: true },
} as const satisfies Record<string, NotificationTypeInfo>;
export type NotificationType = keyof typeof NOTIFICATION_TYPES;

export const notificationTypes = Object.keys(NOTIFICATION_TYPES) as NotificationType[];

/**
 * The admin page a notification leads to (the SPA's links and the emails' alike): the page of the object
 * it is about (`targetType`, `targetId`: its global ID), when the admin has one and the object is still
 * there — a deleted product's, account's or application's notification leads nowhere. A plan change
 * request's target is its application: its notification opens the plan change requests of that
 * application; a service subscription has no page of its own and the notification names neither its
 * account nor its product, so it opens the subscriptions listing.
 */
export type NotificationPage =
  | { page: "product" | "plan" | "account" | "application"; id: string }
  | { page: "planChangeRequests"; application: string }
  | { page: "subscriptions" };

/** The notifications of an object that is gone: its page would say "not found". */
const OBJECT_GONE: ReadonlySet<NotificationType> = new Set<NotificationType>([
  "SERVICE_DELETED",
  "ACCOUNT_DELETED",
  // A deleted application, or a pending one rejected (which deletes it too).
  "APPLICATION_CANCELLED",
  "SERVICE_SUBSCRIPTION_CANCELLED",
]);

const PAGE_OF_TARGET: Record<string, "product" | "plan" | "account" | "application" | "subscriptions"> = {
  Service: "product",
  Plan: "plan",
  Account: "account",
  Application: "application",
  ServiceSubscription: "subscriptions",
};

export function notificationPage(notification: { type: NotificationType; targetType: string | null; targetId: string | null }): NotificationPage | null {
  const { type, targetType, targetId } = notification;
  if (!targetType || !targetId || OBJECT_GONE.has(type)) return null;
  if (type === "APPLICATION_PLAN_CHANGE_REQUESTED" && targetType === "Application") return { page: "planChangeRequests", application: targetId };
  const page = Object.hasOwn(PAGE_OF_TARGET, targetType) ? PAGE_OF_TARGET[targetType]! : null;
  if (page === "subscriptions") return { page };
  return page ? { page, id: targetId } : null;
}

/** The page's path in the admin (an email's link): `/products/<id>`, `/plan-change-requests?application=<id>`… */
export function notificationPath(page: NotificationPage): string {
  switch (page.page) {
    case "product":
      return `/products/${encodeURIComponent(page.id)}`;
    case "plan":
      return `/plans/${encodeURIComponent(page.id)}`;
    case "account":
      return `/accounts/${encodeURIComponent(page.id)}`;
    case "application":
      return `/applications/${encodeURIComponent(page.id)}`;
    case "planChangeRequests":
      return `/plan-change-requests?application=${encodeURIComponent(page.application)}`;
    case "subscriptions":
      return "/subscriptions";
  }
}

/** The types of the given categories. */
export function typesInCategories(categories: readonly NotificationCategory[]): NotificationType[] {
  return notificationTypes.filter((type) => categories.includes(NOTIFICATION_TYPES[type].category));
}

/** The categories an access token with these scopes may read; null (all) for a signed-in session. */
export function categoriesForToken(scopes: readonly string[] | null): NotificationCategory[] | null {
  if (scopes === null) return null;
  return (Object.keys(NOTIFICATION_CATEGORIES) as NotificationCategory[]).filter((c) => scopes.includes(NOTIFICATION_CATEGORIES[c].tokenScope));
}

/** What a user's rights are, as far as notifications care. */
export interface NotificationViewer {
  userId: string;
  role: "ADMIN" | "MEMBER";
  /** A member's areas; ignored for admins. */
  memberAreas: readonly string[];
  /** A member's products, or null for every product (now and future); ignored for admins. */
  memberServiceIds: readonly string[] | null;
}

/** What a notification is about, as far as visibility cares. */
export interface NotificationSubject {
  type: NotificationType;
  /** The product it concerns, when one does. */
  serviceId?: string | null;
  /** Only this user gets it (work they started). */
  recipientId?: string | null;
}

/**
 * Whether a user may see a notification (003 §4.2): admins see all; members only the categories of
 * their areas and, when a product is involved, only their products. A notification addressed to one
 * user (REPORTS) is that user's alone.
 */
export function canSeeNotification(viewer: NotificationViewer, subject: NotificationSubject): boolean {
  const info = NOTIFICATION_TYPES[subject.type];
  if (subject.recipientId) return subject.recipientId === viewer.userId;
  const area = NOTIFICATION_CATEGORIES[info.category].area;
  if (area === null) return false;
  if (viewer.role === "ADMIN") return true;
  if (!viewer.memberAreas.includes(area)) return false;
  if (subject.serviceId && viewer.memberServiceIds !== null) return viewer.memberServiceIds.includes(subject.serviceId);
  return true;
}

/** Whether a user may choose to get this type at all (the preferences page lists these). */
export function canSubscribeTo(viewer: NotificationViewer, type: NotificationType): boolean {
  const area = NOTIFICATION_CATEGORIES[NOTIFICATION_TYPES[type].category].area;
  if (area === null) return true;
  return viewer.role === "ADMIN" || viewer.memberAreas.includes(area);
}
