import { describe, expect, it } from "vitest";
import {
  canSeeNotification,
  canSubscribeTo,
  categoriesForToken,
  typesInCategories,
  NOTIFICATION_CATEGORIES,
  NOTIFICATION_TYPES,
  notificationPage,
  notificationPath,
  type NotificationViewer,
  notificationTypes,
} from "./notifications.js";

const admin: NotificationViewer = { userId: "a", role: "ADMIN", memberAreas: [], memberServiceIds: null };
const partners: NotificationViewer = { userId: "p", role: "MEMBER", memberAreas: ["PARTNERS"], memberServiceIds: null };
const partnersOfS1: NotificationViewer = { userId: "q", role: "MEMBER", memberAreas: ["PARTNERS", "MONITORING"], memberServiceIds: ["s1"] };
const nobody: NotificationViewer = { userId: "n", role: "MEMBER", memberAreas: [], memberServiceIds: null };

describe("canSeeNotification", () => {
  it("lets admins see every category, members only the categories of their areas", () => {
    for (const type of notificationTypes) {
      if (NOTIFICATION_TYPES[type].category === "REPORTS") continue;
      expect(canSeeNotification(admin, { type })).toBe(true);
      expect(canSeeNotification(nobody, { type })).toBe(false);
    }
    expect(canSeeNotification(partners, { type: "ACCOUNT_CREATED" })).toBe(true);
    expect(canSeeNotification(partners, { type: "APPLICATION_CREATED" })).toBe(true);
    expect(canSeeNotification(partners, { type: "SERVICE_SUBSCRIPTION_CREATED" })).toBe(true);
    expect(canSeeNotification(partners, { type: "INVOICES_TO_REVIEW" })).toBe(false);
    expect(canSeeNotification(partners, { type: "USAGE_LIMIT_VIOLATION" })).toBe(false);
    expect(canSeeNotification(partnersOfS1, { type: "USAGE_LIMIT_VIOLATION", serviceId: "s1" })).toBe(true);
  });

  it("limits members given some products to those products", () => {
    expect(canSeeNotification(partnersOfS1, { type: "APPLICATION_CREATED", serviceId: "s1" })).toBe(true);
    expect(canSeeNotification(partnersOfS1, { type: "APPLICATION_CREATED", serviceId: "s2" })).toBe(false);
    // About no product: the area decides.
    expect(canSeeNotification(partnersOfS1, { type: "ACCOUNT_CREATED" })).toBe(true);
    // Admins and members of every product see every product's.
    expect(canSeeNotification(admin, { type: "APPLICATION_CREATED", serviceId: "s2" })).toBe(true);
    expect(canSeeNotification(partners, { type: "APPLICATION_CREATED", serviceId: "s2" })).toBe(true);
  });

  it("gives a notification addressed to one user to that user only, whatever their role", () => {
    expect(canSeeNotification(nobody, { type: "BULK_OPERATION_FINISHED", recipientId: "n" })).toBe(true);
    expect(canSeeNotification(admin, { type: "BULK_OPERATION_FINISHED", recipientId: "n" })).toBe(false);
    // A report with no recipient goes to no one.
    expect(canSeeNotification(admin, { type: "EXPORT_READY" })).toBe(false);
  });
});

describe("categoriesForToken", () => {
  it("gives a session every category, a token those its scopes cover", () => {
    expect(categoriesForToken(null)).toBeNull();
    expect(categoriesForToken(["ACCOUNT_MANAGEMENT"])).toEqual(["ACCOUNTS", "APPLICATIONS", "SERVICE_SUBSCRIPTIONS", "REPORTS"]);
    expect(categoriesForToken(["ACCOUNT_MANAGEMENT", "BILLING", "ANALYTICS"])).toHaveLength(6);
    expect(typesInCategories(["USAGE_ALERTS"])).toEqual(["USAGE_LIMIT_ALERT", "USAGE_LIMIT_VIOLATION"]);
  });
});

describe("canSubscribeTo", () => {
  it("offers a member the types of their areas and their reports", () => {
    const offered = notificationTypes.filter((t) => canSubscribeTo(partners, t)).map((t) => NOTIFICATION_TYPES[t].category);
    expect(new Set(offered)).toEqual(new Set(["ACCOUNTS", "APPLICATIONS", "SERVICE_SUBSCRIPTIONS", "REPORTS"]));
    expect(notificationTypes.every((t) => canSubscribeTo(admin, t))).toBe(true);
  });

  it("has a category with a known area for every type", () => {
    for (const type of notificationTypes) expect(NOTIFICATION_CATEGORIES[NOTIFICATION_TYPES[type].category]).toBeDefined();
  });
});

describe("notificationPage and notificationPath", () => {
  const page = (type: (typeof notificationTypes)[number], targetType: string | null, targetId: string | null = "QWNjb3VudDox") => notificationPage({ type, targetType, targetId });

  it("lead to the page of the object a notification is about", () => {
    expect(page("ACCOUNT_CREATED", "Account")).toEqual({ page: "account", id: "QWNjb3VudDox" });
    expect(page("APPLICATION_CREATED", "Application")).toEqual({ page: "application", id: "QWNjb3VudDox" });
    expect(page("APPLICATION_PLAN_CHANGED", "Application")).toEqual({ page: "application", id: "QWNjb3VudDox" });
    expect(page("SERVICE_SUBSCRIPTION_CREATED", "ServiceSubscription")).toEqual({ page: "subscriptions" });
    expect(notificationPath(page("ACCOUNT_CREATED", "Account")!)).toBe("/accounts/QWNjb3VudDox");
    expect(notificationPath(page("SERVICE_SUBSCRIPTION_CREATED", "ServiceSubscription")!)).toBe("/subscriptions");
  });

  it("open a plan change request on the requests of its application, the page where it is decided", () => {
    const asked = page("APPLICATION_PLAN_CHANGE_REQUESTED", "Application", "a/b+c");
    expect(asked).toEqual({ page: "planChangeRequests", application: "a/b+c" });
    expect(notificationPath(asked!)).toBe("/plan-change-requests?application=a%2Fb%2Bc");
  });

  it("lead nowhere for an object that is gone, no object, or one without a page", () => {
    for (const [type, targetType] of [
      ["SERVICE_DELETED", "Service"],
      ["ACCOUNT_DELETED", "Account"],
      ["APPLICATION_CANCELLED", "Application"],
      ["SERVICE_SUBSCRIPTION_CANCELLED", "ServiceSubscription"],
      ["BULK_OPERATION_FINISHED", "Job"],
      ["ACCOUNT_CREATED", null],
    ] as const) {
      expect(page(type, targetType)).toBeNull();
    }
    expect(page("ACCOUNT_CREATED", "Account", null)).toBeNull();
    expect(page("ACCOUNT_CREATED", "toString")).toBeNull();
  });
});
