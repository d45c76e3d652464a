import { ACCOUNT_ACTIONS } from "@gatehouse/schema/accounts";
import { and, eq, gte, ilike, inArray, lt, or, type SQL, sql } from "drizzle-orm";
import { Field, Int, ObjectType } from "type-graphql";
import { escapeLike, longEnoughFor } from "../../db/like.js";
import { Node } from "../../graphql/node.js";
import { EmailAddressScalar } from "../../graphql/scalars.js";
import { defineEnum, type EnumValue } from "../../kit/enum.js";
import { defineListing, filter, type ListingArgsOf } from "../../kit/listing.js";
import {
  type AccountInvitationRow,
  accountInvitations,
  type AccountMessageRow,
  accountMessages,
  type AccountRow,
  accounts,
  AccountState,
  accountUserFullName,
  type AccountUserRow,
  AccountUserRole,
  accountUsers,
  AccountUserState,
  FieldTarget,
  MessageDirection,
} from "./accounts.tables.js";

export const AccountAction = defineEnum("AccountAction", "A change of a developer account's state.", {
  MAKE_PENDING: `To PENDING, from ${ACCOUNT_ACTIONS.MAKE_PENDING.from.join(", ")}.`,
  APPROVE: `To APPROVED, from ${ACCOUNT_ACTIONS.APPROVE.from.join(", ")}.`,
  REJECT: `To REJECTED, from ${ACCOUNT_ACTIONS.REJECT.from.join(", ")}.`,
  SUSPEND: `To SUSPENDED, from ${ACCOUNT_ACTIONS.SUSPEND.from.join(", ")}.`,
  RESUME: "From SUSPENDED back to APPROVED.",
});
export type AccountAction = EnumValue<typeof AccountAction>;

export const FieldKind = defineEnum("FieldKind", "What values a field takes.", {
  TEXT: "Any text (or one of the field's choices when it has some).",
  DECIMAL_PERCENT: "A percentage from 0 to 100 with at most two decimals (`vat_rate`).",
});

@ObjectType("FieldValue", { description: "The value of one field of an account or user, with the field's label." })
export class FieldValue {
  @Field(() => String, { description: "The field's name (`vat_code`, or an extra field's)." })
  name: string;
  @Field(() => String, { description: "The field's label as the tenant set it." })
  label: string;
  @Field(() => String, { nullable: true, description: "The value; null when none was given." })
  value: string | null;
}

@ObjectType("FieldDefinition", { description: "A field of developer accounts or of their users: built-in (its settings) or extra (added by the tenant)." })
export class FieldDefinition {
  @Field(() => FieldTarget.graphql, { description: "What it describes." })
  target: FieldTarget;
  @Field(() => String, { description: "Name: built-in (`vat_rate`) or extra (`[a-z][a-z0-9_]*`). Identifies the field with `target`." })
  name: string;
  @Field(() => String, { description: "Label shown on forms and in exports." })
  label: string;
  @Field(() => Boolean, { description: "Developers must fill it in when they sign up (admins may leave it empty, 003 §7.1)." })
  required: boolean;
  @Field(() => Boolean, { description: "Not shown to developers; admins see it." })
  hidden: boolean;
  @Field(() => Boolean, { description: "One of the built-in fields: it cannot be deleted or renamed." })
  builtin: boolean;
  @Field(() => Boolean, { description: "Always required and shown (the organization name, a user's username and email)." })
  fixed: boolean;
  @Field(() => FieldKind.graphql, { description: "What values it takes." })
  kind: EnumValue<typeof FieldKind>;
  @Field(() => [String], { description: "The values it allows; empty for free text." })
  choices: string[];
  @Field(() => Int, { description: "Order on forms, ascending." })
  position: number;
}

@ObjectType("Account", { implements: Node, description: "A developer account: a customer of the tenant, with its users, plan and state." })
export class Account extends Node {
  @Field(() => String, { description: "Organization or group name." })
  orgName: string;
  @Field(() => AccountState.graphql, { description: "Where it stands: CREATED, PENDING, APPROVED, REJECTED or SUSPENDED." })
  state: AccountState;
  @Field(() => Date, { description: "When it signed up or was created." })
  createdAt: Date;
  @Field(() => Date, { description: "When its details or state last changed." })
  updatedAt: Date;
  @Field(() => Date, { description: "When its state last changed." })
  stateChangedAt: Date;
}

@ObjectType("AccountUser", { implements: Node, description: "A user of a developer account." })
export class AccountUser extends Node {
  @Field(() => String, { description: "Username, unique among the tenant's developer users." })
  username: string;
  @Field(() => EmailAddressScalar, { description: "Email, unique among the tenant's developer users." })
  email: string;
  @Field(() => AccountUserRole.graphql, { description: "ADMIN manages the account; MEMBER uses it." })
  role: AccountUserRole;
  @Field(() => AccountUserState.graphql, { description: "PENDING until they set a password, ACTIVE, or SUSPENDED." })
  state: AccountUserState;
  @Field(() => Date, { description: "When the user was created." })
  createdAt: Date;
}

/**
 * What other modules add to the accounts search: the applications module finds an account by an
 * application's user key, app ID or client ID (003 §10.1). Each is a select of the ids of the accounts the
 * text finds (one column), so that it can use its own indexes (see accountSearch).
 */
type AccountSearch = (text: string) => SQL;
const accountSearches: AccountSearch[] = [];
export function registerAccountSearch(search: AccountSearch): void {
  accountSearches.push(search);
}

/**
 * Matches the account's org name, or one of its users' username, email or name, or what other modules
 * register. One set of account ids, each part a select of its own: PostgreSQL answers each with its index
 * (a key's, or the length a name needs to hold the text: db/like.ts) and joins the few ids to their
 * accounts — one condition with an `or` over the parts would read every account of the tenant. Row-level
 * security keeps each part to the tenant's rows; the listing's own tenant condition holds besides.
 */
function accountSearch(text: string): SQL {
  const like = `%${escapeLike(text)}%`;
  const byOrgName = sql`select ${accounts.id} from ${accounts} where ${and(longEnoughFor(accounts.orgNameLength, text), ilike(accounts.orgName, like))}`;
  const byUser = sql`select ${accountUsers.accountId} from ${accountUsers} where ${and(
    longEnoughFor(accountUsers.searchLength, text),
    or(ilike(accountUsers.username, like), ilike(accountUsers.email, like), sql`${accountUserFullName(accountUsers.fields)} ilike ${like}`),
  )}`;
  const parts = [byOrgName, byUser, ...accountSearches.map((search) => search(text))];
  return sql`${accounts.id} in (${sql.join(parts, sql` union all `)})`;
}

export const accountListing = defineListing({
  name: "Account",
  things: "developer accounts",
  node: Account,
  table: accounts,
  id: accounts.id,
  row: {} as AccountRow,
  orders: {
    CREATED_AT: { column: accounts.createdAt, description: "Signup date." },
    ORG_NAME: { column: accounts.orgName, description: "Organization name." },
    STATE: { column: accounts.state, description: "State." },
  },
  defaultOrder: { field: "CREATED_AT", direction: "DESC" },
  filters: {
    search: filter.text(
      "Matches the organization name, a user's username, email or name, or an application's user key, app ID or client ID; case-insensitive.",
      accountSearch,
    ),
    states: filter.anyOf<AccountState>(AccountState, "Only accounts in these states.", (states) => inArray(accounts.state, states)),
    plan: filter.node("Only accounts on this account plan.", (id) => eq(accounts.planId, id), ["Plan"]),
    signedUpFrom: filter.time("Only accounts that signed up at or after this time.", (time) => gte(accounts.createdAt, time)),
    signedUpTo: filter.time("Only accounts that signed up before this time.", (time) => lt(accounts.createdAt, time)),
  },
  // `Account.adminUser` comes in the page's own statement when a query selects it; the applications
  // module adds its fields (`applications`, `applicationCount`) with `accountListing.addPrefetch`.
  prefetch: {
    adminUser: { loader: (loaders) => loaders.accounts.adminUserOfAccount },
    plan: { loader: (loaders) => loaders.plans.planById, parentKey: accounts.planId },
  },
});
export type AccountListArgs = ListingArgsOf<typeof accountListing>;

export const accountUserListing = defineListing({
  name: "AccountUser",
  things: "users of developer accounts",
  node: AccountUser,
  table: accountUsers,
  id: accountUsers.id,
  row: {} as AccountUserRow,
  orders: {
    CREATED_AT: { column: accountUsers.createdAt, description: "Creation time." },
    USERNAME: { column: accountUsers.username, description: "Username." },
  },
  defaultOrder: { field: "CREATED_AT", direction: "ASC" },
});
export type AccountUserListArgs = ListingArgsOf<typeof accountUserListing>;

@ObjectType("AccountMessage", { implements: Node, description: "A message between the tenant and a developer account." })
export class AccountMessage extends Node {
  @Field(() => MessageDirection.graphql, { description: "TO_ACCOUNT (sent by the tenant's team) or FROM_ACCOUNT." })
  direction: MessageDirection;
  @Field(() => String, { description: "Subject." })
  subject: string;
  @Field(() => String, { description: "The text." })
  body: string;
  @Field(() => Date, { description: "When it was sent." })
  createdAt: Date;
}

export const accountMessageListing = defineListing({
  name: "AccountMessage",
  things: "messages",
  node: AccountMessage,
  table: accountMessages,
  id: accountMessages.id,
  row: {} as AccountMessageRow,
  orders: { CREATED_AT: { column: accountMessages.createdAt, description: "When it was sent." } },
  defaultOrder: { field: "CREATED_AT", direction: "DESC" },
  filters: {
    directions: filter.anyOf<MessageDirection>(MessageDirection, "Only messages in these directions (the account's inbox: TO_ACCOUNT).", (d) => inArray(accountMessages.direction, d)),
  },
});
export type AccountMessageListArgs = ListingArgsOf<typeof accountMessageListing>;

@ObjectType("SignupSettings", { description: "How developers sign up (003 ch.12)." })
export class SignupSettings {
  @Field(() => Boolean, { description: "Developers may sign up on their own (the developer portal, or your signup code through `signupExpress`)." })
  selfSignupEnabled: boolean;
  @Field(() => Boolean, { description: "New signups wait as PENDING until an admin approves them (an account plan that requires approval does too)." })
  accountApprovalRequired: boolean;
}

export const InvitationState = defineEnum("InvitationState", "Where an invitation to a developer account stands.", {
  PENDING: "Sent; its link works until it expires.",
  ACCEPTED: "The invitee accepted it and is a user of the account.",
  EXPIRED: "Its link no longer works: resend it.",
});

@ObjectType("AccountInvitation", { implements: Node, description: "An invitation to join a developer account, sent by email." })
export class AccountInvitation extends Node {
  @Field(() => EmailAddressScalar, { description: "Who was invited." })
  email: string;
  @Field(() => AccountUserRole.graphql, { description: "The role they get when they accept." })
  role: AccountUserRole;
  @Field(() => Date, { description: "When it was (last) sent." })
  sentAt: Date;
  @Field(() => Date, { description: "When its link stops working." })
  expiresAt: Date;
  @Field(() => Date, { nullable: true, description: "When it was accepted." })
  acceptedAt: Date | null;
  @Field(() => Date, { description: "When it was first sent." })
  createdAt: Date;
}
export type { AccountInvitationRow };

export const accountInvitationListing = defineListing({
  name: "AccountInvitation",
  things: "invitations",
  node: AccountInvitation,
  table: accountInvitations,
  id: accountInvitations.id,
  row: {} as AccountInvitationRow,
  orders: { CREATED_AT: { column: accountInvitations.createdAt, description: "When it was first sent." } },
  defaultOrder: { field: "CREATED_AT", direction: "DESC" },
});
export type AccountInvitationListArgs = ListingArgsOf<typeof accountInvitationListing>;
