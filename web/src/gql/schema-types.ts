export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time in ISO 8601, always returned in UTC (e.g. "2026-01-31T12:00:00.000Z"). */
  DateTime: { input: string; output: string; }
  /** An exact decimal number as a string, e.g. "12.50" or "0.0004". Whole numbers may be sent as JSON numbers. */
  Decimal: { input: string; output: string; }
  /** An email address (RFC 5322) of at most 254 characters (RFC 5321). */
  EmailAddress: { input: string; output: string; }
  /** Text of up to 1,048,576 characters, such as a whole document; other String arguments take at most 65,536. */
  LongText: { input: string; output: string; }
};

/** An invitation accepted through its link, with the new user's password. */
export type AcceptInvitationInput = {
  /** Their password. */
  password: Scalars['String']['input'];
  /** The token from the invitation's link. */
  token: Scalars['String']['input'];
  /** Their username; derived from the email when omitted. */
  username?: InputMaybe<Scalars['String']['input']>;
};

/** Result of `acceptInvitation`. */
export type AcceptInvitationPayload = {
  __typename: 'AcceptInvitationPayload';
  /** The new, active user. */
  user?: Maybe<AccountUser>;
  /** Why it was not accepted. */
  userErrors: Array<AccountUserError>;
};

/** A personal access token of a team user, for integrators calling the API with `Authorization: Bearer`. */
export type AccessToken = Node & {
  __typename: 'AccessToken';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** When the token stops working; null for never. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque global ID. Stable for the life of the object; do not parse it. */
  id: Scalars['ID']['output'];
  /** Last request authenticated with it (updated at most once a minute). */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the token is for. */
  name: Scalars['String']['output'];
  /** The team user the token acts as. */
  owner: User;
  /** Read-only or read-write. */
  permission: AccessTokenPermission;
  /** First characters of the token, to recognise it; the token itself is shown only once. */
  prefix: Scalars['String']['output'];
  /** When it was revoked. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** API areas the token can reach. */
  scopes: Array<AccessTokenScope>;
  /** Whether the token still authenticates. */
  state: AccessTokenState;
};

/** A page of access tokens. */
export type AccessTokenConnection = {
  __typename: 'AccessTokenConnection';
  /** The items of this page with their cursors. */
  edges: Array<AccessTokenEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<AccessToken>;
  /** Pagination state of this page. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One AccessToken in a page, with its cursor. */
export type AccessTokenEdge = {
  __typename: 'AccessTokenEdge';
  /** Opaque cursor of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The AccessToken. */
  node: AccessToken;
};

/** Codes of AccessTokenUserError. */
export type AccessTokenErrorCode =
  /** The token was revoked already. */
  | 'ALREADY_REVOKED'
  /** A required value is empty. */
  | 'BLANK'
  /** The expiry date is not in the future. */
  | 'EXPIRES_IN_PAST'
  /** A value is not allowed (e.g. no scope or a repeated scope). */
  | 'INVALID'
  /** You have as many active tokens as a user may have; revoke one first. */
  | 'LIMIT_REACHED'
  /** No such token of yours. */
  | 'NOT_FOUND'
  /** A value is longer than allowed. */
  | 'TOO_LONG';

/** Narrows a list of access tokens; all given conditions must hold. */
export type AccessTokenFilter = {
  /** Matches the name or prefix, case-insensitive. At most 200 characters. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only tokens in these states. */
  states?: InputMaybe<Array<AccessTokenState>>;
};

/** Sort order of access tokens. */
export type AccessTokenOrder = {
  /** Direction. */
  direction: OrderDirection;
  /** Sort key. */
  field: AccessTokenOrderField;
};

/** What access tokens can be sorted by. */
export type AccessTokenOrderField =
  /** Creation time. */
  | 'CREATED_AT'
  /** Name. */
  | 'NAME';

/** Whether a token may change anything. */
export type AccessTokenPermission =
  /** Queries only; every mutation is refused. */
  | 'READ_ONLY'
  /** Queries and mutations, within the owner's own rights. */
  | 'READ_WRITE';

/** The API areas an access token can reach. */
export type AccessTokenScope =
  /** Tenants, team, developer accounts and applications. */
  | 'ACCOUNT_MANAGEMENT'
  /** Usage and analytics. */
  | 'ANALYTICS'
  /** Billing settings, invoices and payments. */
  | 'BILLING';

/** Whether a token still authenticates. */
export type AccessTokenState =
  /** Authenticates requests. */
  | 'ACTIVE'
  /** Past its expiry time; refused. */
  | 'EXPIRED'
  /** Revoked by its owner; refused. */
  | 'REVOKED';

/** A fixable problem, with a code from AccessTokenErrorCode. */
export type AccessTokenUserError = UserError & {
  __typename: 'AccessTokenUserError';
  /** Machine-readable reason. */
  code: AccessTokenErrorCode;
  /** Path to the input field at fault, e.g. ["input", "email"]. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words for a person. */
  message: Scalars['String']['output'];
};

/** A developer account: a customer of the tenant, with its users, plan and state. */
export type Account = Node & {
  __typename: 'Account';
  /** Its first admin user: the one it signed up or was created with. */
  adminUser?: Maybe<AccountUser>;
  /** How many applications it has. */
  applicationCount: Scalars['Int']['output'];
  /** Its applications. */
  applications: ApplicationConnection;
  /** The state changes its state allows now. */
  availableActions: Array<AccountAction>;
  /** When it signed up or was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Its fields in form order, built-in and extra, with their values; hidden ones included. */
  fields: Array<FieldValue>;
  /** Opaque global ID. Stable for the life of the object; do not parse it. */
  id: Scalars['ID']['output'];
  /** Invitations to join it, newest first. */
  invitations: AccountInvitationConnection;
  /** Its messages with the tenant, newest first. */
  messages: AccountMessageConnection;
  /** Organization or group name. */
  orgName: Scalars['String']['output'];
  /** Its account plan. */
  plan: Plan;
  /** Its subscriptions to products. */
  serviceSubscriptions: ServiceSubscriptionConnection;
  /** Where it stands: CREATED, PENDING, APPROVED, REJECTED or SUSPENDED. */
  state: AccountState;
  /** When its state last changed. */
  stateChangedAt: Scalars['DateTime']['output'];
  /** When its details or state last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Its users. */
  users: AccountUserConnection;
  /** VAT rate in percent (the `vat_rate` field), which billing adds to its invoices. */
  vatRate?: Maybe<Scalars['Decimal']['output']>;
};


/** A developer account: a customer of the tenant, with its users, plan and state. */
export type AccountApplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ApplicationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ApplicationOrder>;
};


/** A developer account: a customer of the tenant, with its users, plan and state. */
export type AccountInvitationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<AccountInvitationOrder>;
};


/** A developer account: a customer of the tenant, with its users, plan and state. */
export type AccountMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AccountMessageFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<AccountMessageOrder>;
};


/** A developer account: a customer of the tenant, with its users, plan and state. */
export type AccountServiceSubscriptionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ServiceSubscriptionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ServiceSubscriptionOrder>;
};


/** A developer account: a customer of the tenant, with its users, plan and state. */
export type AccountUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<AccountUserOrder>;
};

/** A change of a developer account's state. */
export type AccountAction =
  /** To APPROVED, from CREATED, PENDING, REJECTED. */
  | 'APPROVE'
  /** To PENDING, from CREATED, APPROVED, REJECTED. */
  | 'MAKE_PENDING'
  /** To REJECTED, from CREATED, PENDING, APPROVED. */
  | 'REJECT'
  /** From SUSPENDED back to APPROVED. */
  | 'RESUME'
  /** To SUSPENDED, from CREATED, PENDING, APPROVED, REJECTED. */
  | 'SUSPEND';

/** A page of developer accounts. */
export type AccountConnection = {
  __typename: 'AccountConnection';
  /** The items of this page with their cursors. */
  edges: Array<AccountEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<Account>;
  /** Pagination state of this page. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Account in a page, with its cursor. */
export type AccountEdge = {
  __typename: 'AccountEdge';
  /** Opaque cursor of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The Account. */
  node: Account;
};

/** Codes of AccountUserError. */
export type AccountErrorCode =
  /** A required value is empty. */
  | 'BLANK'
  /** A built-in field cannot be deleted, and the fixed ones are always required and shown. */
  | 'BUILTIN'
  /** A value has the wrong form (a username with a space, a VAT rate over 100, a value not among a field's choices). */
  | 'INVALID'
  /** The account's state does not allow this change; the message names the state. */
  | 'INVALID_STATE'
  /** An invitation token that is unknown, used, expired or replaced by a newer one. */
  | 'INVALID_TOKEN'
  /** The tenant has as many extra fields as it may have. */
  | 'LIMIT_REACHED'
  /** No such account, user, plan or field in this tenant. */
  | 'NOT_FOUND'
  /** Another developer user of the tenant has this email or username, or another field this name. */
  | 'TAKEN'
  /** A value is longer than allowed. */
  | 'TOO_LONG'
  /** The plan is not one of the tenant's account plans. */
  | 'WRONG_PLAN';

/** Narrows a list of developer accounts; all given conditions must hold. */
export type AccountFilter = {
  /** Only accounts on this account plan. */
  plan?: InputMaybe<Scalars['ID']['input']>;
  /** Matches the organization name, a user's username, email or name, or an application's user key, app ID or client ID; case-insensitive. At most 200 characters. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only accounts that signed up at or after this time. */
  signedUpFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only accounts that signed up before this time. */
  signedUpTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only accounts in these states. */
  states?: InputMaybe<Array<AccountState>>;
};

/** A developer account. */
export type AccountIdInput = {
  /** The account. */
  id: Scalars['ID']['input'];
};

/** An invitation to join a developer account, sent by email. */
export type AccountInvitation = Node & {
  __typename: 'AccountInvitation';
  /** When it was accepted. */
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The account. */
  account: Account;
  /** When it was first sent. */
  createdAt: Scalars['DateTime']['output'];
  /** Who was invited. */
  email: Scalars['EmailAddress']['output'];
  /** When its link stops working. */
  expiresAt: Scalars['DateTime']['output'];
  /** Opaque global ID. Stable for the life of the object; do not parse it. */
  id: Scalars['ID']['output'];
  /** The role they get when they accept. */
  role: AccountUserRole;
  /** When it was (last) sent. */
  sentAt: Scalars['DateTime']['output'];
  /** PENDING, ACCEPTED or EXPIRED. */
  state: InvitationState;
};

/** A page of invitations. */
export type AccountInvitationConnection = {
  __typename: 'AccountInvitationConnection';
  /** The items of this page with their cursors. */
  edges: Array<AccountInvitationEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<AccountInvitation>;
  /** Pagination state of this page. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One AccountInvitation in a page, with its cursor. */
export type AccountInvitationEdge = {
  __typename: 'AccountInvitationEdge';
  /** Opaque cursor of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The AccountInvitation. */
  node: AccountInvitation;
};

/** Sort order of invitations. */
export type AccountInvitationOrder = {
  /** Direction. */
  direction: OrderDirection;
  /** Sort key. */
  field: AccountInvitationOrderField;
};

/** What invitations can be sorted by. */
export type AccountInvitationOrderField =
  /** When it was first sent. */
  | 'CREATED_AT';

/** A message between the tenant and a developer account. */
export type AccountMessage = Node & {
  __typename: 'AccountMessage';
  /** The text. */
  body: Scalars['String']['output'];
  /** When it was sent. */
  createdAt: Scalars['DateTime']['output'];
  /** TO_ACCOUNT (sent by the tenant's team) or FROM_ACCOUNT. */
  direction: MessageDirection;
  /** Opaque global ID. Stable for the life of the object; do not parse it. */
  id: Scalars['ID']['output'];
  /** Subject. */
  subject: Scalars['String']['output'];
};

/** A page of messages. */
export type AccountMessageConnection = {
  __typename: 'AccountMessageConnection';
  /** The items of this page with their cursors. */
  edges: Array<AccountMessageEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<AccountMessage>;
  /** Pagination state of this page. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One AccountMessage in a page, with its cursor. */
export type AccountMessageEdge = {
  __typename: 'AccountMessageEdge';
  /** Opaque cursor of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The AccountMessage. */
  node: AccountMessage;
};

/** Narrows a list of messages; all given conditions must hold. */
export type AccountMessageFilter = {
  /** Only messages in these directions (the account's inbox: TO_ACCOUNT). */
  directions?: InputMaybe<Array<MessageDirection>>;
};

/** Sort order of messages. */
export type AccountMessageOrder = {
  /** Direction. */
  direction: OrderDirection;
  /** Sort key. */
  field: AccountMessageOrderField;
};

/** What messages can be sorted by. */
export type AccountMessageOrderField =
  /** When it was sent. */
  | 'CREATED_AT';

/** Sort order of developer accounts. */
export type AccountOrder = {
  /** Direction. */
  direction: OrderDirection;
  /** Sort key. */
  field: AccountOrderField;
};

/** What developer accounts can be sorted by. */
export type AccountOrderField =
  /** Signup date. */
  | 'CREATED_AT'
  /** Organization name. */
  | 'ORG_NAME'
  /** State. */
  | 'STATE';

/** Result of a change to a developer account. */
export type AccountPayload = {
  __typename: 'AccountPayload';
  /** The account as it is now; null when nothing changed because of an error. */
  account?: Maybe<Account>;
  /** Why nothing changed. */
  userErrors: Array<AccountUserError>;
};

/** Where a developer account stands with the tenant (porta's states). */
export type AccountState =
  /** Approved: its applications may be used. */
  | 'APPROVED'
  /** Not yet decided on (porta's first state). Accounts an admin creates, and signups without approval rules, are approved at once; a signup waiting for approval is pending. */
  | 'CREATED'
  /** Waiting for an admin's approval. */
  | 'PENDING'
  /** Refused by an admin. */
  | 'REJECTED'
  /** Suspended by an admin; resuming approves it again. */
  | 'SUSPENDED';

/** A user of a developer account. */
export type AccountUser = Node & {
  __typename: 'AccountUser';
  /** The account the user belongs to. */
  account: Account;
  /** When the user was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Email, unique among the tenant's developer users. */
  email: Scalars['EmailAddress']['output'];
  /** The user's fields in form order (`first_name`, `last_name`, extra fields), with their values. */
  fields: Array<FieldValue>;
  /** Opaque global ID. Stable for the life of the object; do not parse it. */
  id: Scalars['ID']['output'];
  /** ADMIN manages the account; MEMBER uses it. */
  role: AccountUserRole;
  /** PENDING until they set a password, ACTIVE, or SUSPENDED. */
  state: AccountUserState;
  /** Username, unique among the tenant's developer users. */
  username: Scalars['String']['output'];
};

/** A page of users of developer accounts. */
export type AccountUserConnection = {
  __typename: 'AccountUserConnection';
  /** The items of this page with their cursors. */
  edges: Array<AccountUserEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<AccountUser>;
  /** Pagination state of this page. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One AccountUser in a page, with its cursor. */
export type AccountUserEdge = {
  __typename: 'AccountUserEdge';
  /** Opaque cursor of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The AccountUser. */
  node: AccountUser;
};

/** A fixable problem, with a code from AccountErrorCode. */
export type AccountUserError = UserError & {
  __typename: 'AccountUserError';
  /** Machine-readable reason. */
  code: AccountErrorCode;
  /** Path to the input field at fault, e.g. ["input", "email"]. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words for a person. */
  message: Scalars['String']['output'];
};

/** Sort order of users of developer accounts. */
export type AccountUserOrder = {
  /** Direction. */
  direction: OrderDirection;
  /** Sort key. */
  field: AccountUserOrderField;
};

/** What users of developer accounts can be sorted by. */
export type AccountUserOrderField =
  /** Creation time. */
  | 'CREATED_AT'
  /** Username. */
  | 'USERNAME';

/** What a user of a developer account may do in it. */
export type AccountUserRole =
  /** Manages the account: its users, applications and billing details. */
  | 'ADMIN'
  /** Uses the account's applications. */
  | 'MEMBER';

/** Whether a user of a developer account can sign in. */
export type AccountUserState =
  /** Can sign in. */
  | 'ACTIVE'
  /** Invited or created without a password; not active yet. */
  | 'PENDING'
  /** Blocked by an admin. */
  | 'SUSPENDED';

/** Codes of AnalyticsUserError. */
export type AnalyticsErrorCode =
  /** The range is not valid: give a preset or both since and until, with until after since (not before 2000). */
  | 'INVALID_RANGE'
  /** Give exactly one target (a product, an application or an account), or a metric of that product. */
  | 'INVALID_TARGET'
  /** The time zone is not an IANA time zone name. */
  | 'INVALID_TIME_ZONE'
  /** A number is out of its bounds. */
  | 'INVALID_VALUE'
  /** No such product, application, account, metric or plan in your tenant. */
  | 'NOT_FOUND'
  /** The range is longer than the granularity allows (hourly: 90 days, daily: 3 years, monthly: 10 years). */
  | 'RANGE_TOO_LONG';

/** A fixable problem, with a code from AnalyticsErrorCode. */
export type AnalyticsUserError = UserError & {
  __typename: 'AnalyticsUserError';
  /** Machine-readable reason. */
  code: AnalyticsErrorCode;
  /** Path to the input field at fault, e.g. ["input", "email"]. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words for a person. */
  message: Scalars['String']['output'];
};

/** A developer account's access to a product on an application plan, with its credentials. */
export type Application = Node & {
  __typename: 'Application';
  /** The developer account it belongs to. */
  account: Account;
  /** Its application ID (APP_ID_APP_KEY services); fixed at creation. */
  appId: Scalars['String']['output'];
  /** The state changes its state allows now (REJECT of a pending one is `rejectApplication`). */
  availableActions: Array<ApplicationAction>;
  /** Its OpenID Connect client ID (OIDC services): its application ID. */
  clientId: Scalars['String']['output'];
  /** Its OpenID Connect client secret (OIDC services). */
  clientSecret: Scalars['String']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** What it is for. */
  description?: Maybe<Scalars['String']['output']>;
  /** Its first reported call. */
  firstTrafficAt?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque global ID. Stable for the life of the object; do not parse it. */
  id: Scalars['ID']['output'];
  /** Its app keys (APP_ID_APP_KEY services), oldest first. */
  keys: Array<ApplicationKey>;
  /** Its latest reported call. */
  lastTrafficAt?: Maybe<Scalars['DateTime']['output']>;
  /** Name, as the developer calls it. */
  name: Scalars['String']['output'];
  /** Its plan costs something: a setup fee, a monthly cost or pricing rules. */
  paid: Scalars['Boolean']['output'];
  /** Its application plan. */
  plan: Plan;
  /** Where the OpenID Connect provider sends users back (OIDC services). */
  redirectUrl?: Maybe<Scalars['String']['output']>;
  /** The product it gives access to. */
  service: Service;
  /** PENDING, LIVE or SUSPENDED. */
  state: ApplicationState;
  /** When its plan's trial ends; null without a trial. */
  trialEndsAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Its user key (USER_KEY services). */
  userKey: Scalars['String']['output'];
};

/** A change of an application's state (rejecting a pending one deletes it). */
export type ApplicationAction =
  /** To LIVE, from PENDING. */
  | 'ACCEPT'
  /** To LIVE, from SUSPENDED. */
  | 'RESUME'
  /** To SUSPENDED, from LIVE. */
  | 'SUSPEND';

/** A page of applications. */
export type ApplicationConnection = {
  __typename: 'ApplicationConnection';
  /** The items of this page with their cursors. */
  edges: Array<ApplicationEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<Application>;
  /** Pagination state of this page. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Application in a page, with its cursor. */
export type ApplicationEdge = {
  __typename: 'ApplicationEdge';
  /** Opaque cursor of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The Application. */
  node: Application;
};

/** Codes of ApplicationUserError. */
export type ApplicationErrorCode =
  /** A required value is empty. */
  | 'BLANK'
  /** The product does not allow custom keys. */
  | 'CUSTOM_KEYS_NOT_ALLOWED'
  /** The account has applications of the product: delete them before unsubscribing. */
  | 'HAS_APPLICATIONS'
  /** A value has the wrong form (a key with a space, a redirect URL that is not http or https). */
  | 'INVALID'
  /** The state does not allow this change; the message names the state. */
  | 'INVALID_STATE'
  /** The application has as many app keys as it may have. */
  | 'KEY_LIMIT_REACHED'
  /** The application's last app key cannot be deleted: its product requires one. */
  | 'LAST_KEY'
  /** No such account, product, plan, application, key or subscription in this tenant. */
  | 'NOT_FOUND'
  /** The account is not subscribed to the product. */
  | 'NOT_SUBSCRIBED'
  /** No plan was given and the product has no default plan of that kind. */
  | 'NO_DEFAULT_PLAN'
  /** Another application of the product has this key, or the account is already subscribed to the product. */
  | 'TAKEN'
  /** A value is longer than allowed. */
  | 'TOO_LONG'
  /** The plan is not an application (or service) plan of the application's (or subscription's) product. */
  | 'WRONG_PLAN';

/** Narrows a list of applications; all given conditions must hold. */
export type ApplicationFilter = {
  /** Only the applications of this developer account. */
  account?: InputMaybe<Scalars['ID']['input']>;
  /** Only applications created at or after this time. */
  createdFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only applications created before this time. */
  createdTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** True: only applications on plans that cost something (fees or pricing rules); false: only free ones. */
  paid?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only applications on this application plan. */
  plan?: InputMaybe<Scalars['ID']['input']>;
  /** Matches the name (case-insensitive), or exactly a user key, app ID or client ID; never an app key or secret (003 ch.13). At most 200 characters. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only applications of this product. */
  service?: InputMaybe<Scalars['ID']['input']>;
  /** Only applications in these states. */
  states?: InputMaybe<Array<ApplicationState>>;
};

/** An application. */
export type ApplicationIdInput = {
  /** The application. */
  id: Scalars['ID']['input'];
};

/** One of an application's app keys (APP_ID_APP_KEY services), kept in rotation. */
export type ApplicationKey = Node & {
  __typename: 'ApplicationKey';
  /** When it was added. */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque global ID. Stable for the life of the object; do not parse it. */
  id: Scalars['ID']['output'];
  /** The key: `[0-9A-Za-z-]`, 5–256 characters. */
  value: Scalars['String']['output'];
};

/** Result of `createApplicationKey` and `deleteApplicationKey`. */
export type ApplicationKeyPayload = {
  __typename: 'ApplicationKeyPayload';
  /** Its application as it is now. */
  application?: Maybe<Application>;
  /** The key added or deleted. */
  key?: Maybe<ApplicationKey>;
  /** Why nothing changed. */
  userErrors: Array<ApplicationUserError>;
};

/** Sort order of applications. */
export type ApplicationOrder = {
  /** Direction. */
  direction: OrderDirection;
  /** Sort key. */
  field: ApplicationOrderField;
};

/** What applications can be sorted by. */
export type ApplicationOrderField =
  /** Creation time. */
  | 'CREATED_AT'
  /** Name. */
  | 'NAME'
  /** State. */
  | 'STATE';

/** Result of a change to an application. */
export type ApplicationPayload = {
  __typename: 'ApplicationPayload';
  /** The application as it is now; null when nothing changed because of an error. */
  application?: Maybe<Application>;
  /** Why nothing changed. */
  userErrors: Array<ApplicationUserError>;
};

/** Whether an application's credentials are accepted. */
export type ApplicationState =
  /** In use: calls with its credentials are authorized within its plan's limits. */
  | 'LIVE'
  /** Waiting for an admin to accept it (its plan requires approval); calls are refused. */
  | 'PENDING'
  /** Suspended by an admin: every call with its credentials is refused at once. */
  | 'SUSPENDED';

/** A fixable problem, with a code from ApplicationErrorCode. */
export type ApplicationUserError = UserError & {
  __typename: 'ApplicationUserError';
  /** Machine-readable reason. */
  code: ApplicationErrorCode;
  /** Path to the input field at fault, e.g. ["input", "email"]. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words for a person. */
  message: Scalars['String']['output'];
};

/** Who did something recorded in the audit log. */
export type AuditActorKind =
  /** Gatehouse itself: a job, a scheduled run, the setup of a new tenant. */
  | 'SYSTEM'
  /** A team user's access token (an integration). */
  | 'TOKEN'
  /** A team user signed in to the admin. */
  | 'USER';

/** How one field changed. */
export type AuditChange = {
  __typename: 'AuditChange';
  /** The field, as the API names it (`costPerMonth`). */
  field: Scalars['String']['output'];
  /** Its value before, as text; null when it had none. */
  from?: Maybe<Scalars['String']['output']>;
  /** Its value after, as text; null when it has none. */
  to?: Maybe<Scalars['String']['output']>;
};

/** Something a team user, an integration or Gatehouse did: one entry of the audit log. */
export type AuditEntry = Node & {
  __typename: 'AuditEntry';
  /** The team user who did it (or on whose behalf); null for the system, or once the user is deleted. */
  actor?: Maybe<User>;
  /** Who did it: a user in the admin, an access token, or the system. */
  actorKind: AuditActorKind;
  /** The actor as it was then: an email (with `(access token)` for a token), or what of the system acted. */
  actorName: Scalars['String']['output'];
  /** For updates: each field that changed, before and after. */
  changes: Array<AuditChange>;
  /** The event, `<kind>.<action>`: `plan.created`, `service.deleted`, `access_token.revoked`… */
  event: Scalars['String']['output'];
  /** Opaque global ID. Stable for the life of the object; do not parse it. */
  id: Scalars['ID']['output'];
  /** When it happened (the change's own time, inside its transaction). */
  occurredAt: Scalars['DateTime']['output'];
  /** The request that did it (`X-Request-Id` of its response), to find in the server's logs. */
  requestId?: Maybe<Scalars['String']['output']>;
  /** What happened, in a sentence. */
  summary: Scalars['String']['output'];
  /** The object's global ID, also once it is deleted (`node(id:)` then finds nothing). */
  targetId?: Maybe<Scalars['ID']['output']>;
  /** The object's name as it was then. */
  targetName?: Maybe<Scalars['String']['output']>;
  /** The object's type (`Plan`); null for events about no one object. */
  targetType?: Maybe<Scalars['String']['output']>;
  /** The tenant it happened in (the master sees every tenant's entries). */
  tenant: Tenant;
};

/** A page of audit entries. */
export type AuditEntryConnection = {
  __typename: 'AuditEntryConnection';
  /** The items of this page with their cursors. */
  edges: Array<AuditEntryEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<AuditEntry>;
  /** Pagination state of this page. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One AuditEntry in a page, with its cursor. */
export type AuditEntryEdge = {
  __typename: 'AuditEntryEdge';
  /** Opaque cursor of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The AuditEntry. */
  node: AuditEntry;
};

/** Narrows a list of audit entries; all given conditions must hold. */
export type AuditEntryFilter = {
  /** Only what this team user did (their access tokens included). */
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** An event kind (`plan`) or one action of it (`plan.deleted`). At most 200 characters. */
  event?: InputMaybe<Scalars['String']['input']>;
  /** Only entries at or after this time. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Matches the summary, the actor's or the target's name, case-insensitive. At most 200 characters. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only what happened to this object (a service, a plan…), also after it was deleted. */
  targetId?: InputMaybe<Scalars['ID']['input']>;
  /** Only entries at or before this time. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Sort order of audit entries. */
export type AuditEntryOrder = {
  /** Direction. */
  direction: OrderDirection;
  /** Sort key. */
  field: AuditEntryOrderField;
};

/** What audit entries can be sorted by. */
export type AuditEntryOrderField =
  /** When it happened. */
  | 'OCCURRED_AT';

/** Codes of AuthUserError. */
export type AuthErrorCode =
  /** The tenant, email or password is not right; an unknown tenant gets this answer too. */
  | 'INVALID_CREDENTIALS'
  /** Deprecated, no longer returned: an unknown tenant is answered with INVALID_CREDENTIALS, like a wrong password, so that login does not tell which tenants exist. */
  | 'TENANT_NOT_FOUND'
  /** Too many wrong passwords for this account (at login or when changing the password); wait before trying again. */
  | 'TOO_MANY_ATTEMPTS'
  /** No such team user. */
  | 'USER_NOT_FOUND'
  /** The new password does not meet the password rules. */
  | 'WEAK_PASSWORD'
  /** The current password is not right. */
  | 'WRONG_PASSWORD';

/** A fixable problem, with a code from AuthErrorCode. */
export type AuthUserError = UserError & {
  __typename: 'AuthUserError';
  /** Machine-readable reason. */
  code: AuthErrorCode;
  /** Path to the input field at fault, e.g. ["input", "email"]. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words for a person. */
  message: Scalars['String']['output'];
};

/** What a bulk operation does to each developer account (001 ch.2). */
export type BulkAccountOperation =
  /** Approves each account (created, pending or rejected). */
  | 'APPROVE'
  /** Moves each account to the account plan `planId`. */
  | 'CHANGE_PLAN'
  /** Makes each account (created, approved or rejected) wait for approval. */
  | 'MAKE_PENDING'
  /** Rejects each account (created, pending or approved). */
  | 'REJECT'
  /** Sends `subject` and `body` as a message to each account (its inbox and its admins' email). */
  | 'SEND_EMAIL';

/** What a bulk operation does to each application (001 ch.3). */
export type BulkApplicationOperation =
  /** Accepts each pending application. */
  | 'ACCEPT'
  /** Moves each application to `planId`, an application plan of its product (others fail with WRONG_PLAN). */
  | 'CHANGE_PLAN'
  /** Resumes each suspended application. */
  | 'RESUME'
  /** Sends `subject` and `body` as a message to each application's developer account. */
  | 'SEND_EMAIL'
  /** Suspends each live application. */
  | 'SUSPEND';

/** Codes of BulkUserError. */
export type BulkErrorCode =
  /** Both `ids` and `filter` were given, or `exceptIds` without `filter`: give one selection. */
  | 'AMBIGUOUS_SELECTION'
  /** The operation's parameters are missing or wrong (no plan for a plan change, a plan that is not one, an empty email); nothing was done. */
  | 'INVALID_OPERATION'
  /** No item was selected. */
  | 'NO_SELECTION'
  /** More than 250 ids, or more than 10000 excepted ids, were given. */
  | 'TOO_MANY_IDS';

/** What happened to one item of a bulk action. */
export type BulkItemStatus =
  /** The action was applied to the item. */
  | 'DONE'
  /** The item was left as it was; `error` says why. */
  | 'FAILED';

/** What a bulk operation does to each service subscription. */
export type BulkServiceSubscriptionOperation =
  /** Accepts each pending subscription. */
  | 'ACCEPT'
  /** Moves each subscription to `planId`, a service plan of its product (others fail with WRONG_PLAN). */
  | 'CHANGE_PLAN'
  /** Resumes each suspended subscription. */
  | 'RESUME'
  /** Sends `subject` and `body` as a message to each subscribed developer account. */
  | 'SEND_EMAIL'
  /** Suspends each live subscription. */
  | 'SUSPEND';

/** A fixable problem, with a code from BulkErrorCode. */
export type BulkUserError = UserError & {
  __typename: 'BulkUserError';
  /** Machine-readable reason. */
  code: BulkErrorCode;
  /** Path to the input field at fault, e.g. ["input", "email"]. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words for a person. */
  message: Scalars['String']['output'];
};

/** A calendar period (UTC) top applications are ranked by. */
export type CalendarPeriod =
  /** A day. */
  | 'DAY'
  /** A month. */
  | 'MONTH'
  /** A week, from Monday. */
  | 'WEEK'
  /** A year. */
  | 'YEAR';

/** The job to stop. */
export type CancelJobInput = {
  /** Global ID of the job. */
  id: Scalars['ID']['input'];
};

/** Result of `cancelJob`. */
export type CancelJobPayload = {
  __typename: 'CancelJobPayload';
  /** The job, with `cancelRequested` set; follow it until it is CANCELLED. */
  job?: Maybe<Job>;
  /** Why the cancel was refused. */
  userErrors: Array<JobUserError>;
};

/** Codes of CatalogUserError. */
export type CatalogErrorCode =
  /** A required value is empty. */
  | 'BLANK'
  /** The built-in metric `hits` cannot be deleted, and keeps its system name. */
  | 'BUILTIN'
  /** Other objects use it (mapping rules, limits); confirm to remove them too. */
  | 'HAS_DEPENDENTS'
  /** A value has the wrong form (e.g. a system name with a space, a pattern not starting with `/`). */
  | 'INVALID'
  /** An imported document cannot be read or is not valid OpenAPI or Swagger; the message says where. */
  | 'INVALID_DOCUMENT'
  /** The tenant's last service cannot be deleted. */
  | 'LAST_SERVICE'
  /** The service has as many metrics or mapping rules as it may have. */
  | 'LIMIT_REACHED'
  /** No such service, metric, method or mapping rule in this tenant. */
  | 'NOT_FOUND'
  /** Another service, metric or method uses this name or system name. */
  | 'TAKEN'
  /** A value is longer than allowed. */
  | 'TOO_LONG'
  /** The metric belongs to another service. */
  | 'WRONG_SERVICE';

/** A fixable problem, with a code from CatalogErrorCode. */
export type CatalogUserError = UserError & {
  __typename: 'CatalogUserError';
  /** Machine-readable reason. */
  code: CatalogErrorCode;
  /** Path to the input field at fault, e.g. ["input", "email"]. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words for a person. */
  message: Scalars['String']['output'];
};

/** Moves a developer account to another account plan. */
export type ChangeAccountPlanInput = {
  /** The account. */
  id: Scalars['ID']['input'];
  /** One of the tenant's account plans. */
  planId: Scalars['ID']['input'];
};

/** Moves an application to another application plan of its product. */
export type ChangeApplicationPlanInput = {
  /** The application. */
  id: Scalars['ID']['input'];
  /** An application plan of the application's product. */
  planId: Scalars['ID']['input'];
};

/** A new password for the signed-in user. */
export type ChangePasswordInput = {
  /** The password in use now. */
  currentPassword: Scalars['String']['input'];
  /** The new password (at least 10 characters). */
  newPassword: Scalars['String']['input'];
};

/** Result of `changePassword`; other sessions of the user are signed out. */
export type ChangePasswordPayload = {
  __typename: 'ChangePasswordPayload';
  /** The user, when the password was changed. */
  user?: Maybe<User>;
  /** Why the change was refused. */
  userErrors: Array<AuthUserError>;
};

/** Moves a subscription to another service plan of its product. */
export type ChangeServiceSubscriptionPlanInput = {
  /** The subscription. */
  id: Scalars['ID']['input'];
  /** A service plan of the subscription's product. */
  planId: Scalars['ID']['input'];
};

/** The plan to copy, with its limits, pricing rules, features and settings. */
export type CopyPlanInput = {
  /** The plan to copy. */
  id: Scalars['ID']['input'];
  /** Name of the copy; "<name> (copy)" when omitted. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** What a month with the given usage would cost on a plan (the first month: setup fee included, no proration, no tax). */
export type CostPreview = {
  __typename: 'CostPreview';
  /** The plan's monthly cost. */
  costPerMonth: Scalars['Decimal']['output'];
  /** The plan's setup fee. */
  setupFee: Scalars['Decimal']['output'];
  /** Setup fee + monthly cost + variable costs. */
  total: Scalars['Decimal']['output'];
  /** Variable costs, per metric given. */
  variable: Array<MetricCost>;
};

/** A new personal access token. */
export type CreateAccessTokenInput = {
  /** When it stops working; omitted for never. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** What the token is for (1–100 characters). */
  name: Scalars['String']['input'];
  /** Read-only or read-write. */
  permission: AccessTokenPermission;
  /** API areas it can reach; at least one. */
  scopes: Array<AccessTokenScope>;
};

/** Result of `createAccessToken`. */
export type CreateAccessTokenPayload = {
  __typename: 'CreateAccessTokenPayload';
  /** The token's record. */
  accessToken?: Maybe<AccessToken>;
  /** The plaintext token. Returned this once and never again: store it now. */
  token?: Maybe<Scalars['String']['output']>;
  /** Why it was not created. */
  userErrors: Array<AccessTokenUserError>;
};

/** A new developer account with its admin user. Admins may leave required fields empty (003 §7.1). */
export type CreateAccountInput = {
  /** The admin user's email, unique among the tenant's developer users. */
  email: Scalars['EmailAddress']['input'];
  /** Values of the account's fields (`vat_rate`, `country`, extra fields…). */
  fields?: InputMaybe<Array<FieldValueInput>>;
  /** Organization or group name (1–255 characters). */
  orgName: Scalars['String']['input'];
  /** The account plan; the tenant's default when omitted. */
  planId?: InputMaybe<Scalars['ID']['input']>;
  /** Values of the admin user's fields (`first_name`, `last_name`…). */
  userFields?: InputMaybe<Array<FieldValueInput>>;
  /** The admin user's username (3–40 of `A-Z a-z 0-9 _ - . @`); derived from the email when omitted. */
  username?: InputMaybe<Scalars['String']['input']>;
};

/** Result of `createAccount`. */
export type CreateAccountPayload = {
  __typename: 'CreateAccountPayload';
  /** The new account. */
  account?: Maybe<Account>;
  /** Its admin user. */
  user?: Maybe<AccountUser>;
  /** Why it was not created. */
  userErrors: Array<AccountUserError>;
};

/** A new account plan of the tenant. */
export type CreateAccountPlanInput = {
  /** Whether new subscriptions or applications wait for approval; false when omitted on creation. */
  approvalRequired?: InputMaybe<Scalars['Boolean']['input']>;
  /** Cost per month, ≥ 0, 2 decimals; 0 when omitted on creation. */
  costPerMonth?: InputMaybe<Scalars['Decimal']['input']>;
  /** Description; an empty string clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Name (1–200 characters). */
  name: Scalars['String']['input'];
  /** Setup fee, ≥ 0, 2 decimals; 0 when omitted on creation. */
  setupFee?: InputMaybe<Scalars['Decimal']['input']>;
  /** `[a-z0-9_-]`, 1–100 characters, unique among the owner's plans of the kind; derived from the name when omitted. */
  systemName?: InputMaybe<Scalars['String']['input']>;
};

/** A new application of a developer account for a product. */
export type CreateApplicationInput = {
  /** The developer account. */
  accountId: Scalars['ID']['input'];
  /** What it is for (at most 2000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Name (1–200 characters). */
  name: Scalars['String']['input'];
  /** An application plan of the product; its default when omitted (NO_DEFAULT_PLAN when it has none). */
  planId?: InputMaybe<Scalars['ID']['input']>;
  /** OIDC redirect URL, http or https (at most 2000 characters). */
  redirectUrl?: InputMaybe<Scalars['String']['input']>;
  /** The product. The account is subscribed to it on its default service plan if it is not yet. */
  serviceId: Scalars['ID']['input'];
  /** A custom user key (`[0-9A-Za-z-]`, 5–256), when the product allows custom keys; generated when omitted. */
  userKey?: InputMaybe<Scalars['String']['input']>;
};

/** A new app key for an application. */
export type CreateApplicationKeyInput = {
  /** The application. */
  applicationId: Scalars['ID']['input'];
  /** A custom key (`[0-9A-Za-z-]`, 5–256), when the product allows custom keys; generated when omitted. */
  value?: InputMaybe<Scalars['String']['input']>;
};

/** A new application plan of a service. */
export type CreateApplicationPlanInput = {
  /** Whether new subscriptions or applications wait for approval; false when omitted on creation. */
  approvalRequired?: InputMaybe<Scalars['Boolean']['input']>;
  /** Cost per month, ≥ 0, 2 decimals; 0 when omitted on creation. */
  costPerMonth?: InputMaybe<Scalars['Decimal']['input']>;
  /** Description; an empty string clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Name (1–200 characters). */
  name: Scalars['String']['input'];
  /** The service. */
  serviceId: Scalars['ID']['input'];
  /** Setup fee, ≥ 0, 2 decimals; 0 when omitted on creation. */
  setupFee?: InputMaybe<Scalars['Decimal']['input']>;
  /** `[a-z0-9_-]`, 1–100 characters, unique among the owner's plans of the kind; derived from the name when omitted. */
  systemName?: InputMaybe<Scalars['String']['input']>;
  /** Trial days, 0–3650; 0 (or omitted on creation) for none. */
  trialPeriodDays?: InputMaybe<Scalars['Int']['input']>;
};

/** A feature plans of one kind can include. */
export type CreateFeatureInput = {
  /** What it is (at most 2000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Name (1–200 characters). */
  name: Scalars['String']['input'];
  /** The kind of plan it is for. */
  scope: PlanKind;
  /** The service (service and application plan features); omitted for account plan features. */
  serviceId?: InputMaybe<Scalars['ID']['input']>;
  /** `[a-z0-9_-]`; derived from the name when omitted. */
  systemName?: InputMaybe<Scalars['String']['input']>;
};

/** An extra field of developer accounts or of their users. */
export type CreateFieldDefinitionInput = {
  /** The values it allows; free text when omitted or empty. */
  choices?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Not shown to developers; false when omitted. */
  hidden?: InputMaybe<Scalars['Boolean']['input']>;
  /** Label on forms and in exports (1–100 characters). */
  label: Scalars['String']['input'];
  /** Name: 1–40 lowercase letters, digits and `_`, starting with a letter; not a built-in field's. */
  name: Scalars['String']['input'];
  /** Order on forms; after the others when omitted. */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** Developers must fill it in; false when omitted. */
  required?: InputMaybe<Scalars['Boolean']['input']>;
  /** What it describes. */
  target: FieldTarget;
};

/** A new mapping rule. */
export type CreateMappingRuleInput = {
  /** Increment, 1–1000000; 1 when omitted. */
  delta?: InputMaybe<Scalars['Int']['input']>;
  /** The verb it matches. */
  httpMethod: HttpMethod;
  /** Stop evaluating after this rule when it matches; false when omitted. */
  last?: InputMaybe<Scalars['Boolean']['input']>;
  /** The metric or method of the same service it increments. */
  metricId: Scalars['ID']['input'];
  /** Path pattern starting with `/` (see MappingRule.pattern). */
  pattern: Scalars['String']['input'];
  /** Position (1 = first); after the last rule when omitted. */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** The service. */
  serviceId: Scalars['ID']['input'];
};

/** A new method of a service: a child of `hits`. */
export type CreateMethodInput = {
  /** What it counts. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Name shown in the admin, unique within the service (1–200 characters). */
  friendlyName: Scalars['String']['input'];
  /** The service. */
  serviceId: Scalars['ID']['input'];
  /** `[A-Za-z0-9_/-]`, unique within the service; derived from the friendly name when omitted. */
  systemName?: InputMaybe<Scalars['String']['input']>;
};

/** A new top-level metric of a service. */
export type CreateMetricInput = {
  /** What it counts. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Name shown in the admin, unique within the service (1–200 characters). */
  friendlyName: Scalars['String']['input'];
  /** The service. */
  serviceId: Scalars['ID']['input'];
  /** `[A-Za-z0-9_/-]`, unique within the service; derived from the friendly name when omitted. */
  systemName?: InputMaybe<Scalars['String']['input']>;
  /** Unit, a singular noun such as `mb` (1–50 characters). */
  unit: Scalars['String']['input'];
};

/** A price for a range of a metric's monthly units on an application plan. */
export type CreatePricingRuleInput = {
  /** Price per unit, ≥ 0; more than 4 decimals are rounded (half up). */
  costPerUnit: Scalars['Decimal']['input'];
  /** First unit, a whole number ≥ 1. */
  from: Scalars['Decimal']['input'];
  /** A metric or method of the plan's service. */
  metricId: Scalars['ID']['input'];
  /** The application plan. */
  planId: Scalars['ID']['input'];
  /** Last unit (≥ from); omitted for no end. */
  to?: InputMaybe<Scalars['Decimal']['input']>;
};

/** A new service (product). It gets the built-in metric `hits`. */
export type CreateServiceInput = {
  /** Parameter carrying the application ID; `app_id` when omitted. */
  appIdParameter?: InputMaybe<Scalars['String']['input']>;
  /** Parameter carrying the application key; `app_key` when omitted. */
  appKeyParameter?: InputMaybe<Scalars['String']['input']>;
  /** How gateways identify applications; USER_KEY when omitted. */
  authMode?: InputMaybe<ServiceAuthMode>;
  /** Whether admins may set custom keys; false when omitted. */
  customKeysAllowed?: InputMaybe<Scalars['Boolean']['input']>;
  /** What the API does (at most 2000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Whether usage alerts are also emailed to the developers; false when omitted. */
  emailDevelopersOnUsageAlerts?: InputMaybe<Scalars['Boolean']['input']>;
  /** Name (1–200 characters). */
  name: Scalars['String']['input'];
  /** `[a-z0-9_-]`, 1–100 characters; derived from the name when omitted. Cannot be changed later. */
  systemName?: InputMaybe<Scalars['String']['input']>;
  /** Parameter carrying the user key; `user_key` when omitted (at most 64 characters). */
  userKeyParameter?: InputMaybe<Scalars['String']['input']>;
};

/** A new service plan of a service. */
export type CreateServicePlanInput = {
  /** Whether new subscriptions or applications wait for approval; false when omitted on creation. */
  approvalRequired?: InputMaybe<Scalars['Boolean']['input']>;
  /** Cost per month, ≥ 0, 2 decimals; 0 when omitted on creation. */
  costPerMonth?: InputMaybe<Scalars['Decimal']['input']>;
  /** Description; an empty string clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Name (1–200 characters). */
  name: Scalars['String']['input'];
  /** The service. */
  serviceId: Scalars['ID']['input'];
  /** Setup fee, ≥ 0, 2 decimals; 0 when omitted on creation. */
  setupFee?: InputMaybe<Scalars['Decimal']['input']>;
  /** `[a-z0-9_-]`, 1–100 characters, unique among the owner's plans of the kind; derived from the name when omitted. */
  systemName?: InputMaybe<Scalars['String']['input']>;
  /** Trial days, 0–3650; 0 (or omitted on creation) for none. */
  trialPeriodDays?: InputMaybe<Scalars['Int']['input']>;
};

/** Subscribes a developer account to a product. */
export type CreateServiceSubscriptionInput = {
  /** The developer account. */
  accountId: Scalars['ID']['input'];
  /** A service plan of the product; its default when omitted. */
  planId?: InputMaybe<Scalars['ID']['input']>;
  /** The product. */
  serviceId: Scalars['ID']['input'];
};

/** A new service token of a product. */
export type CreateServiceTokenInput = {
  /** What the token is for, e.g. the gateway using it (1–100 characters). */
  name: Scalars['String']['input'];
  /** The product (Service) whose usage the token reports. */
  serviceId: Scalars['ID']['input'];
};

/** Result of `createServiceToken`. */
export type CreateServiceTokenPayload = {
  __typename: 'CreateServiceTokenPayload';
  /** The token's record. */
  serviceToken?: Maybe<ServiceToken>;
  /** The plaintext token. Returned this once and never again: give it to the gateway now. */
  token?: Maybe<Scalars['String']['output']>;
  /** Why it was not created. */
  userErrors: Array<ServiceTokenUserError>;
};

/** A new tenant and its first admin. */
export type CreateTenantInput = {
  /** Email of the tenant's first admin. */
  adminEmail: Scalars['EmailAddress']['input'];
  /** Password of the first admin; generated and returned once when omitted. */
  adminPassword?: InputMaybe<Scalars['String']['input']>;
  /** Organization name (1–100 characters). */
  name: Scalars['String']['input'];
  /** `[a-z0-9-]`, 1–63 characters; derived from the name when omitted. */
  subdomain?: InputMaybe<Scalars['String']['input']>;
};

/** Result of `createTenant`. */
export type CreateTenantPayload = {
  __typename: 'CreateTenantPayload';
  /** Its first admin. */
  adminUser?: Maybe<User>;
  /** The generated admin password: present only when none was given, and only this once. */
  generatedAdminPassword?: Maybe<Scalars['String']['output']>;
  /** The new tenant. */
  tenant?: Maybe<Tenant>;
  /** Why the tenant was not created. */
  userErrors: Array<TenantUserError>;
};

/** An application on a custom plan, and the standard plan to move it back to. */
export type DecustomizeApplicationPlanInput = {
  /** The application. */
  id: Scalars['ID']['input'];
  /** An application plan of its product; the plan its custom plan was copied from when omitted. */
  planId?: InputMaybe<Scalars['ID']['input']>;
};

/** Result of `deleteAccount`. */
export type DeleteAccountPayload = {
  __typename: 'DeleteAccountPayload';
  /** ID of the deleted account. */
  deletedAccountId?: Maybe<Scalars['ID']['output']>;
  /** Why it was not deleted. */
  userErrors: Array<AccountUserError>;
};

/** Usage alerts to delete. */
export type DeleteAlertsInput = {
  /** The alerts (at most 100). */
  ids: Array<Scalars['ID']['input']>;
};

/** Result of `deleteAlerts`. */
export type DeleteAlertsPayload = {
  __typename: 'DeleteAlertsPayload';
  /** IDs of the alerts deleted. */
  deletedAlertIds: Array<Scalars['ID']['output']>;
  /** Alerts not found, or too many given. */
  userErrors: Array<UsageAlertUserError>;
};

/** An app key to delete. */
export type DeleteApplicationKeyInput = {
  /** The key. */
  id: Scalars['ID']['input'];
};

/** Result of `deleteApplication` and `rejectApplication`. */
export type DeleteApplicationPayload = {
  __typename: 'DeleteApplicationPayload';
  /** ID of the deleted application. */
  deletedApplicationId?: Maybe<Scalars['ID']['output']>;
  /** Why it was not deleted. */
  userErrors: Array<ApplicationUserError>;
};

/** The feature to delete; plans that include it no longer do. */
export type DeleteFeatureInput = {
  /** The feature. */
  id: Scalars['ID']['input'];
};

/** Result of `deleteFeature`. */
export type DeleteFeaturePayload = {
  __typename: 'DeleteFeaturePayload';
  /** ID of the deleted feature. */
  deletedFeatureId?: Maybe<Scalars['ID']['output']>;
  /** Why it was not deleted. */
  userErrors: Array<PlanUserError>;
};

/** An extra field to delete, with its values. */
export type DeleteFieldDefinitionInput = {
  /** The field's name. */
  name: Scalars['String']['input'];
  /** What it describes. */
  target: FieldTarget;
};

/** The mapping rule to delete. */
export type DeleteMappingRuleInput = {
  /** The mapping rule. */
  id: Scalars['ID']['input'];
};

/** Result of `deleteMappingRule`. */
export type DeleteMappingRulePayload = {
  __typename: 'DeleteMappingRulePayload';
  /** ID of the deleted rule. */
  deletedMappingRuleId?: Maybe<Scalars['ID']['output']>;
  /** Why it was not deleted. */
  userErrors: Array<CatalogUserError>;
};

/** The metric or method to delete. */
export type DeleteMetricInput = {
  /** Delete it although mapping rules or limits use it: they are deleted too. */
  confirm?: InputMaybe<Scalars['Boolean']['input']>;
  /** The metric or method. */
  id: Scalars['ID']['input'];
};

/** Result of `deleteMetric`. */
export type DeleteMetricPayload = {
  __typename: 'DeleteMetricPayload';
  /** IDs of the mapping rules deleted with it (when confirmed). */
  deletedMappingRuleIds: Array<Scalars['ID']['output']>;
  /** ID of the deleted metric or method. */
  deletedMetricId?: Maybe<Scalars['ID']['output']>;
  /** Why it was not deleted. */
  userErrors: Array<CatalogUserError>;
};

/** Result of `deletePlan`. */
export type DeletePlanPayload = {
  __typename: 'DeletePlanPayload';
  /** ID of the deleted plan. */
  deletedPlanId?: Maybe<Scalars['ID']['output']>;
  /** Why it was not deleted. */
  userErrors: Array<PlanUserError>;
};

/** The pricing rule to delete. */
export type DeletePricingRuleInput = {
  /** The pricing rule. */
  id: Scalars['ID']['input'];
};

/** Result of `deletePricingRule`. */
export type DeletePricingRulePayload = {
  __typename: 'DeletePricingRulePayload';
  /** ID of the deleted rule. */
  deletedPricingRuleId?: Maybe<Scalars['ID']['output']>;
  /** Why it was not deleted. */
  userErrors: Array<PlanUserError>;
};

/** The service to delete, with everything that belongs to it. */
export type DeleteServiceInput = {
  /** The service. */
  id: Scalars['ID']['input'];
};

/** Result of `deleteService`. */
export type DeleteServicePayload = {
  __typename: 'DeleteServicePayload';
  /** ID of the deleted service. */
  deletedServiceId?: Maybe<Scalars['ID']['output']>;
  /** Why it was not deleted. */
  userErrors: Array<CatalogUserError>;
};

/** Result of `deleteServiceSubscription`. */
export type DeleteServiceSubscriptionPayload = {
  __typename: 'DeleteServiceSubscriptionPayload';
  /** ID of the deleted subscription. */
  deletedServiceSubscriptionId?: Maybe<Scalars['ID']['output']>;
  /** Why it was not deleted. */
  userErrors: Array<ApplicationUserError>;
};

/** The limit to delete. */
export type DeleteUsageLimitInput = {
  /** The usage limit. */
  id: Scalars['ID']['input'];
};

/** Result of `deleteUsageLimit`. */
export type DeleteUsageLimitPayload = {
  __typename: 'DeleteUsageLimitPayload';
  /** ID of the deleted limit. */
  deletedUsageLimitId?: Maybe<Scalars['ID']['output']>;
  /** Why it was not deleted. */
  userErrors: Array<PlanUserError>;
};

/** The webhook deliveries to act on: `ids`, or `filter` with `exceptIds`. */
export type DeleteWebhookDeliveriesInput = {
  /** With `filter`: webhook deliveries to leave out (at most 10000). */
  exceptIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Every one of the webhook deliveries this filter matches (any number), run as a job; the payload's `job` reports its progress. */
  filter?: InputMaybe<WebhookDeliveryFilter>;
  /** Global IDs of the webhook deliveries (1–250), answered at once with a result per item. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** What happened to one of the webhook deliveries. */
export type DeleteWebhookDeliveriesItemResult = {
  __typename: 'DeleteWebhookDeliveriesItemResult';
  /** Why the item failed; null when it was done. */
  error?: Maybe<WebhookUserError>;
  /** The item's global ID, as given. */
  id: Scalars['ID']['output'];
  /** Done or failed. */
  status: BulkItemStatus;
};

/** Result of `deleteWebhookDeliveries`. */
export type DeleteWebhookDeliveriesPayload = {
  __typename: 'DeleteWebhookDeliveriesPayload';
  /** With `filter`: the job doing the work; follow it with `jobProgress(id:)` or `job(id:)`. */
  job?: Maybe<Job>;
  /** With `ids`: one result per distinct given ID, in the given order. Empty with `filter`. */
  results: Array<DeleteWebhookDeliveriesItemResult>;
  /** Why nothing was done (the selection itself is wrong). */
  userErrors: Array<BulkUserError>;
};

/** A developer account of the engagement report, with its calls in each half of the window. */
export type EngagementAccount = {
  __typename: 'EngagementAccount';
  /** The account. */
  account?: Maybe<Account>;
  /** Calls (hits) in the first half of the window. */
  firstHalf: Scalars['Decimal']['output'];
  /** Second half against the first, in percent; null when the first half had none. */
  growthPercent?: Maybe<Scalars['Float']['output']>;
  /** Calls (hits) in the second half of the window. */
  secondHalf: Scalars['Decimal']['output'];
  /** When it signed up. */
  signedUpAt: Scalars['DateTime']['output'];
};

/** Of the developer accounts that signed up in the window (003 ch.32): those that never called the API, those that called it only in the first half (stopped), and those active in the second half, with their growth. */
export type EngagementReport = {
  __typename: 'EngagementReport';
  /** Calls in the second half, by growth (new ones first). */
  active: Array<EngagementAccount>;
  /** Where the second half starts (a UTC midnight). */
  middle: Scalars['DateTime']['output'];
  /** No call in the window. */
  neverUsed: Array<EngagementAccount>;
  /** Accounts that signed up in the window (at most 5,000 are reported). */
  signups: Scalars['Int']['output'];
  /** Start of the window. */
  since: Scalars['DateTime']['output'];
  /** Calls in the first half only. */
  stopped: Array<EngagementAccount>;
  /** End of the window (now). */
  until: Scalars['DateTime']['output'];
};

/** Result of `engagementReport`. */
export type EngagementReportPayload = {
  __typename: 'EngagementReportPayload';
  /** The report; null when the arguments were refused. */
  report?: Maybe<EngagementReport>;
  /** Why there is no report. */
  userErrors: Array<AnalyticsUserError>;
};

/** A CSV file of the rows a filter matched, written in the background by its `job`. Once READY, download it from `url` with the same credentials (session or access token) until `expiresAt`: it is served to users of its tenant only. */
export type Export = Node & {
  __typename: 'Export';
  /** Size of the file in bytes (so far, while it is written), as `url` serves it: UTF-8 with a byte-order mark. */
  byteSize: Scalars['Int']['output'];
  /** When it was asked for. */
  createdAt: Scalars['DateTime']['output'];
  /** Until when the file can be downloaded; it is deleted after. */
  expiresAt: Scalars['DateTime']['output'];
  /** The file's name: `accounts-2026-12-02.csv`. */
  fileName: Scalars['String']['output'];
  /** Opaque global ID. Stable for the life of the object; do not parse it. */
  id: Scalars['ID']['output'];
  /** The job writing it: follow it with `jobProgress(id:)`, stop it with `cancelJob`. */
  job: Job;
  /** What it holds. */
  kind: ExportKind;
  /** Rows written (without the header): all of them once READY. */
  rowCount: Scalars['Int']['output'];
  /** Where it stands; READY once the file can be downloaded. */
  status: ExportStatus;
  /** Where to download the file (GET, with the same session or access token) while READY; null before and after. */
  url?: Maybe<Scalars['String']['output']>;
};

/** The developer accounts to export. */
export type ExportAccountsInput = {
  /** Only the developer accounts this filter matches; all of them when omitted. */
  filter?: InputMaybe<AccountFilter>;
};

/** The applications to export. */
export type ExportApplicationsInput = {
  /** Only the applications this filter matches; all of them when omitted. */
  filter?: InputMaybe<ApplicationFilter>;
};

/** Codes of ExportUserError. */
export type ExportErrorCode =
  /** The tenant has as many exports in progress as it may have: wait for one to finish. */
  | 'LIMIT_REACHED';

/** What an export holds. */
export type ExportKind =
  /** Developer accounts, with their admin user and fields. */
  | 'ACCOUNTS'
  /** Applications, with their account, product and plan. */
  | 'APPLICATIONS'
  /** Service subscriptions, with their account, product and plan. */
  | 'SERVICE_SUBSCRIPTIONS';

/** Result of an export mutation (`exportAccounts`…). */
export type ExportPayload = {
  __typename: 'ExportPayload';
  /** The export, QUEUED: follow `export.job` until it is READY. */
  export?: Maybe<Export>;
  /** Why no export was started. */
  userErrors: Array<ExportUserError>;
};

/** The service subscriptions to export. */
export type ExportServiceSubscriptionsInput = {
  /** Only the service subscriptions this filter matches; all of them when omitted. */
  filter?: InputMaybe<ServiceSubscriptionFilter>;
};

/** Where an export stands. */
export type ExportStatus =
  /** Stopped on request (`cancelJob` with `job.id`). */
  | 'CANCELLED'
  /** Its download time is over and the file is gone; ask for a new one. */
  | 'EXPIRED'
  /** It stopped because of an error (see `job.error`); ask for a new one. */
  | 'FAILED'
  /** Waiting for a worker. */
  | 'QUEUED'
  /** The file can be downloaded at `url` until `expiresAt`. */
  | 'READY'
  /** Its rows are being written. */
  | 'RUNNING';

/** A fixable problem, with a code from ExportErrorCode. */
export type ExportUserError = UserError & {
  __typename: 'ExportUserError';
  /** Machine-readable reason. */
  code: ExportErrorCode;
  /** Path to the input field at fault, e.g. ["input", "email"]. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words for a person. */
  message: Scalars['String']['output'];
};

/** Something a plan may include, listed to developers when they compare plans. */
export type Feature = Node & {
  __typename: 'Feature';
  /** What it is. */
  description?: Maybe<Scalars['String']['output']>;
  /** Opaque global ID. Stable for the life of the object; do not parse it. */
  id: Scalars['ID']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** The kind of plan it is offered on. */
  scope: PlanKind;
  /** The service of a service or application plan feature; null for an account plan feature. */
  service?: Maybe<Service>;
  /** Unique among the owner's features of this scope. */
  systemName: Scalars['String']['output'];
};

/** Result of `createFeature`. */
export type FeaturePayload = {
  __typename: 'FeaturePayload';
  /** The feature. */
  feature?: Maybe<Feature>;
  /** Why nothing changed. */
  userErrors: Array<PlanUserError>;
};

/** A field of developer accounts or of their users: built-in (its settings) or extra (added by the tenant). */
export type FieldDefinition = {
  __typename: 'FieldDefinition';
  /** One of the built-in fields: it cannot be deleted or renamed. */
  builtin: Scalars['Boolean']['output'];
  /** The values it allows; empty for free text. */
  choices: Array<Scalars['String']['output']>;
  /** Always required and shown (the organization name, a user's username and email). */
  fixed: Scalars['Boolean']['output'];
  /** Not shown to developers; admins see it. */
  hidden: Scalars['Boolean']['output'];
  /** What values it takes. */
  kind: FieldKind;
  /** Label shown on forms and in exports. */
  label: Scalars['String']['output'];
  /** Name: built-in (`vat_rate`) or extra (`[a-z][a-z0-9_]*`). Identifies the field with `target`. */
  name: Scalars['String']['output'];
  /** Order on forms, ascending. */
  position: Scalars['Int']['output'];
  /** Developers must fill it in when they sign up (admins may leave it empty, 003 §7.1). */
  required: Scalars['Boolean']['output'];
  /** What it describes. */
  target: FieldTarget;
};

/** Result of a change to a field definition. */
export type FieldDefinitionPayload = {
  __typename: 'FieldDefinitionPayload';
  /** The field as it is now (as it was, for a deletion). */
  fieldDefinition?: Maybe<FieldDefinition>;
  /** Why nothing changed. */
  userErrors: Array<AccountUserError>;
};

/** What values a field takes. */
export type FieldKind =
  /** A percentage from 0 to 100 with at most two decimals (`vat_rate`). */
  | 'DECIMAL_PERCENT'
  /** Any text (or one of the field's choices when it has some). */
  | 'TEXT';

/** What a field definition describes. */
export type FieldTarget =
  /** Developer accounts. */
  | 'ACCOUNT'
  /** Users of developer accounts. */
  | 'USER';

/** The value of one field of an account or user, with the field's label. */
export type FieldValue = {
  __typename: 'FieldValue';
  /** The field's label as the tenant set it. */
  label: Scalars['String']['output'];
  /** The field's name (`vat_code`, or an extra field's). */
  name: Scalars['String']['output'];
  /** The value; null when none was given. */
  value?: Maybe<Scalars['String']['output']>;
};

/** A value for one field; an empty value removes it. */
export type FieldValueInput = {
  /** The field's name (see `fieldDefinitions`). */
  name: Scalars['String']['input'];
  /** The value (at most 1000 characters). */
  value: Scalars['String']['input'];
};

/** Server time, pushed while a subscription socket is open. */
export type Heartbeat = {
  __typename: 'Heartbeat';
  /** Server time of this beat. */
  at: Scalars['DateTime']['output'];
};

/** An HTTP verb a mapping rule matches. */
export type HttpMethod =
  /** DELETE */
  | 'DELETE'
  /** GET */
  | 'GET'
  /** HEAD */
  | 'HEAD'
  /** OPTIONS */
  | 'OPTIONS'
  /** PATCH */
  | 'PATCH'
  /** POST */
  | 'POST'
  /** PUT */
  | 'PUT';

/** An OpenAPI 3.x or Swagger 2.0 document to import into a service. */
export type ImportOpenApiInput = {
  /** The document's text, JSON or YAML (at most 1,048,576 characters; send it as a variable). References to other files or URLs are not followed. */
  document: Scalars['LongText']['input'];
  /** Only say what the import would do; false when omitted. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** The service. */
  serviceId: Scalars['ID']['input'];
};

/** Result of `importOpenApi`. */
export type ImportOpenApiPayload = {
  __typename: 'ImportOpenApiPayload';
  /** True when nothing was written (a dry run). */
  dryRun: Scalars['Boolean']['output'];
  /** Mapping rules created (in a dry run: that would be). */
  mappingRulesCreated: Scalars['Int']['output'];
  /** Methods created (in a dry run: that would be). */
  methodsCreated: Scalars['Int']['output'];
  /** Every operation in document order, with what the import does with it. */
  operations: Array<OpenApiOperationImport>;
  /** The service as it is now. */
  service?: Maybe<Service>;
  /** The document's specification and version, e.g. "OpenAPI 3.0.3" or "Swagger 2.0". */
  specification?: Maybe<Scalars['String']['output']>;
  /** The document's `info.title`. */
  title?: Maybe<Scalars['String']['output']>;
  /** Why nothing was imported. */
  userErrors: Array<CatalogUserError>;
};

/** An invitation. */
export type InvitationIdInput = {
  /** The invitation. */
  id: Scalars['ID']['input'];
};

/** Result of `inviteAccountUser` and `resendInvitation`. */
export type InvitationPayload = {
  __typename: 'InvitationPayload';
  /** The invitation as it is now. */
  invitation?: Maybe<AccountInvitation>;
  /** Why nothing was sent. */
  userErrors: Array<AccountUserError>;
};

/** Where an invitation to a developer account stands. */
export type InvitationState =
  /** The invitee accepted it and is a user of the account. */
  | 'ACCEPTED'
  /** Its link no longer works: resend it. */
  | 'EXPIRED'
  /** Sent; its link works until it expires. */
  | 'PENDING';

/** Someone to invite to a developer account. */
export type InviteAccountUserInput = {
  /** The account. */
  accountId: Scalars['ID']['input'];
  /** Their email: not a developer user of the tenant yet. */
  email: Scalars['EmailAddress']['input'];
  /** The role they get; MEMBER when omitted. */
  role?: InputMaybe<AccountUserRole>;
};

/** Long work over many items (a bulk action over a whole filter, an export…) run in the background in chunks. Poll it with `job(id:)` or follow it with the `jobProgress` subscription. */
export type Job = Node & {
  __typename: 'Job';
  /** A cancel was asked for; the job stops before its next chunk. */
  cancelRequested: Scalars['Boolean']['output'];
  /** When the job was asked for. */
  createdAt: Scalars['DateTime']['output'];
  /** Why the job FAILED, when it did. */
  error?: Maybe<Scalars['String']['output']>;
  /** Items that could not be applied; each is listed in `failures`. */
  failed: Scalars['Int']['output'];
  /** The items the job could not apply, in the order it met them. */
  failures: JobFailureConnection;
  /** When it succeeded, failed or was cancelled. */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque global ID. Stable for the life of the object; do not parse it. */
  id: Scalars['ID']['output'];
  /** What the job does, e.g. `team.revokeAccessTokens`. */
  kind: Scalars['String']['output'];
  /** Items processed so far: succeeded + failed. */
  processed: Scalars['Int']['output'];
  /** When a worker started it. */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the job is in its life. */
  status: JobStatus;
  /** Items applied. */
  succeeded: Scalars['Int']['output'];
  /** Items to process, counted when the job starts (null until then); set to `processed` once the job succeeded. */
  total?: Maybe<Scalars['Int']['output']>;
};


/** Long work over many items (a bulk action over a whole filter, an export…) run in the background in chunks. Poll it with `job(id:)` or follow it with the `jobProgress` subscription. */
export type JobFailuresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** Codes of JobUserError. */
export type JobErrorCode =
  /** The job has finished (succeeded, failed or cancelled); there is nothing to stop. */
  | 'ALREADY_FINISHED'
  /** No such job in your tenant. */
  | 'NOT_FOUND';

/** An item a job could not apply, and why. The job went on with the others. */
export type JobFailure = {
  __typename: 'JobFailure';
  /** Machine-readable reason given by the job kind, or INTERNAL_ERROR when the item failed unexpectedly. */
  code: Scalars['String']['output'];
  /** The item: its global ID when it is an object of the API, else the job kind's own key. */
  itemId: Scalars['String']['output'];
  /** What went wrong, in words for a person. */
  message: Scalars['String']['output'];
};

/** A page of a job's failed items, in the order the job met them. */
export type JobFailureConnection = {
  __typename: 'JobFailureConnection';
  /** The items of this page with their cursors. */
  edges: Array<JobFailureEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<JobFailure>;
  /** Pagination state of this page. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One JobFailure in a page, with its cursor. */
export type JobFailureEdge = {
  __typename: 'JobFailureEdge';
  /** Opaque cursor of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The JobFailure. */
  node: JobFailure;
};

/** Where a job is in its life: QUEUED → RUNNING → SUCCEEDED, FAILED or CANCELLED. */
export type JobStatus =
  /** Stopped on request between two chunks; items processed before stay applied. */
  | 'CANCELLED'
  /** The job stopped before the end because of an error of its own (see `error`); items processed before stay applied. */
  | 'FAILED'
  /** Waiting for a worker. */
  | 'QUEUED'
  /** A worker is going through its items, chunk by chunk. */
  | 'RUNNING'
  /** Every item was processed; some may have failed (see `failed` and `failures`). */
  | 'SUCCEEDED';

/** A fixable problem, with a code from JobErrorCode. */
export type JobUserError = UserError & {
  __typename: 'JobUserError';
  /** Machine-readable reason. */
  code: JobErrorCode;
  /** Path to the input field at fault, e.g. ["input", "email"]. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words for a person. */
  message: Scalars['String']['output'];
};

/** How much of a limit an application has used in the current period. */
export type LimitUtilization = {
  __typename: 'LimitUtilization';
  /** Counted in the current period. */
  current: Scalars['Decimal']['output'];
  /** The limit (0: the metric is disabled). */
  max: Scalars['Decimal']['output'];
  /** The metric or method limited. */
  metric?: Maybe<Metric>;
  /** current / max in percent, one decimal; null for a disabled metric. */
  percent?: Maybe<Scalars['Float']['output']>;
  /** The limit's period. */
  period: UsagePeriod;
  /** Where the current period started (UTC). */
  periodStart: Scalars['DateTime']['output'];
  /** When the counter resets; null for eternity. */
  resetAt?: Maybe<Scalars['DateTime']['output']>;
};

/** Credentials of a team user. */
export type LoginInput = {
  /** Login email. */
  email: Scalars['EmailAddress']['input'];
  /** Password. */
  password: Scalars['String']['input'];
  /** Subdomain of the tenant (e.g. `acme`). Omit it for the master; inferred from the Host `<subdomain>-admin.<GATEHOUSE_BASE_DOMAIN>` when that is set. */
  tenant?: InputMaybe<Scalars['String']['input']>;
};

/** Result of `login`; on success the session cookie is set. */
export type LoginPayload = {
  __typename: 'LoginPayload';
  /** The signed-in user. */
  user?: Maybe<User>;
  /** Why the login was refused. */
  userErrors: Array<AuthUserError>;
};

/** Nothing is needed to log out. */
export type LogoutInput = {
  /** Echoed back, for clients that correlate mutations. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
};

/** Result of `logout`. */
export type LogoutPayload = {
  __typename: 'LogoutPayload';
  /** The value given in the input. */
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** True when a session was ended. */
  loggedOut: Scalars['Boolean']['output'];
};

/** Maps requests (verb and path pattern) to a metric or method and an increment. */
export type MappingRule = Node & {
  __typename: 'MappingRule';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** How much a matching request increments the metric (> 0). */
  delta: Scalars['Int']['output'];
  /** The verb it matches. */
  httpMethod: HttpMethod;
  /** Opaque global ID. Stable for the life of the object; do not parse it. */
  id: Scalars['ID']['output'];
  /** When it matches, no later rule is evaluated. */
  last: Scalars['Boolean']['output'];
  /** The metric or method it increments. */
  metric: Metric;
  /** Absolute path pattern: `{name}` matches one path segment, a trailing `$` requires the path to end there (otherwise it is a prefix), `?a=1&b={x}` requires those query parameters. */
  pattern: Scalars['String']['output'];
  /** Order of evaluation, from 1. */
  position: Scalars['Int']['output'];
  /** The service it belongs to. */
  service: Service;
};

/** How a service's mapping rules count one request. */
export type MappingRuleMatch = {
  __typename: 'MappingRuleMatch';
  /** Increments per metric, methods rolled up into `hits`. */
  increments: Array<MetricIncrement>;
  /** The rules that matched, in evaluation order. */
  matchedRules: Array<MappingRule>;
};

/** Result of `createMappingRule` and `updateMappingRule`. */
export type MappingRulePayload = {
  __typename: 'MappingRulePayload';
  /** The rule as it is now. */
  mappingRule?: Maybe<MappingRule>;
  /** Why nothing changed. */
  userErrors: Array<CatalogUserError>;
};

/** Usage alerts to mark read (or unread). */
export type MarkAlertsReadInput = {
  /** The alerts (at most 100). */
  ids: Array<Scalars['ID']['input']>;
  /** False marks them unread again; true or left out marks them read. */
  read?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Result of `markAlertsRead`. */
export type MarkAlertsReadPayload = {
  __typename: 'MarkAlertsReadPayload';
  /** The alerts as they are now. */
  alerts: Array<UsageAlert>;
  /** Alerts not found (nothing else changed for them), or too many given. */
  userErrors: Array<UsageAlertUserError>;
};

/** Which of your notifications to mark read: some (`ids`) or all (`all: true`), not both. */
export type MarkNotificationsReadInput = {
  /** Every unread notification of yours. */
  all?: InputMaybe<Scalars['Boolean']['input']>;
  /** Your notifications, at most 250. Others' and unknown IDs are ignored. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Result of `markNotificationsRead`. */
export type MarkNotificationsReadPayload = {
  __typename: 'MarkNotificationsReadPayload';
  /** How many were unread and are read now. */
  markedCount: Scalars['Int']['output'];
  /** How many of yours stay unread. */
  unreadCount: Scalars['Int']['output'];
  /** Why nothing was marked. */
  userErrors: Array<NotificationUserError>;
};

/** Who wrote a message: the tenant or the developer account. */
export type MessageDirection =
  /** From the account to the tenant. */
  | 'FROM_ACCOUNT'
  /** From the tenant's team to the account (its inbox); emailed to its admin users. */
  | 'TO_ACCOUNT';

/** A metric or method of a service: what usage is counted in, limited and priced by. */
export type Metric = Node & {
  __typename: 'Metric';
  /** True for `hits`, the metric every service has. */
  builtin: Scalars['Boolean']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** What it counts. */
  description?: Maybe<Scalars['String']['output']>;
  /** Name shown in the admin; unique within the service. */
  friendlyName: Scalars['String']['output'];
  /** Opaque global ID. Stable for the life of the object; do not parse it. */
  id: Scalars['ID']['output'];
  /** METRIC, or METHOD for a child of `hits`. */
  kind: MetricKind;
  /** Whether a mapping rule increments it. */
  mapped: Scalars['Boolean']['output'];
  /** The metric a method rolls up into (`hits`); null for metrics. */
  parent?: Maybe<Metric>;
  /** The service it belongs to. */
  service: Service;
  /** Name gateways report usage with; unique within the service, `[A-Za-z0-9_/-]`. */
  systemName: Scalars['String']['output'];
  /** Unit counted, a singular noun (`hit`, `mb`). */
  unit: Scalars['String']['output'];
};

/** What a month's usage of one metric costs on a plan. */
export type MetricCost = {
  __typename: 'MetricCost';
  /** Their cost by the plan's pricing rules. */
  cost: Scalars['Decimal']['output'];
  /** The metric or method. */
  metric: Metric;
  /** Units used. */
  quantity: Scalars['Decimal']['output'];
};

/** What a request adds to one metric. */
export type MetricIncrement = {
  __typename: 'MetricIncrement';
  /** The metric or method. */
  metric: Metric;
  /** The increment, methods rolled up into `hits`. */
  value: Scalars['Int']['output'];
};

/** A metric, or a method (a child of `hits`). */
export type MetricKind =
  /** A method of the API: reporting it also increments `hits`. */
  | 'METHOD'
  /** A top-level metric with its own unit; `hits` is the built-in one. */
  | 'METRIC';

/** Result of `createMetric`, `createMethod` and `updateMetric`. */
export type MetricPayload = {
  __typename: 'MetricPayload';
  /** The metric or method as it is now. */
  metric?: Maybe<Metric>;
  /** Why nothing changed. */
  userErrors: Array<CatalogUserError>;
};

/** A month's usage of one metric. */
export type MetricUsageInput = {
  /** A metric or method of the plan's service. */
  metricId: Scalars['ID']['input'];
  /** Units, a whole number ≥ 0. */
  quantity: Scalars['Decimal']['input'];
};

/** Change the API program. */
export type Mutation = {
  __typename: 'Mutation';
  /** Accepts a pending application: it goes live. */
  acceptApplication: ApplicationPayload;
  /** Accepts an invitation with the token of its link (for the provider's developer portal): the invitee becomes an active user of the account with this password. */
  acceptInvitation: AcceptInvitationPayload;
  /** Accepts a pending subscription. */
  acceptServiceSubscription: ServiceSubscriptionPayload;
  /** Approves an account that is created, pending or rejected. */
  approveAccount: AccountPayload;
  /** Approves a pending request: the application moves to the plan, and the developer account is told. */
  approvePlanChangeRequest: PlanChangeRequestPayload;
  /** Stops a bulk operation over a filter before its next chunk, as `cancelJob` does; items already processed stay applied. NOT_FOUND for a job that is not a bulk operation. */
  cancelBulkOperation: CancelJobPayload;
  /** Asks a job to stop. It stops before its next chunk and ends CANCELLED; items already processed stay applied. Admins may stop any job of their tenant; members only the jobs they started. */
  cancelJob: CancelJobPayload;
  /** Moves a developer account to another of the tenant's account plans. */
  changeAccountPlan: AccountPayload;
  /** Moves an application to another application plan of its product. */
  changeApplicationPlan: ApplicationPayload;
  /** Changes the signed-in user's password; ends the user's other sessions. The user's access tokens keep working (revoke them separately). Wrong current passwords count towards the same lock as failed logins. */
  changePassword: ChangePasswordPayload;
  /** Moves a subscription to another service plan of its product. */
  changeServiceSubscriptionPlan: ServiceSubscriptionPayload;
  /** Copies a plan with its limits, pricing rules, features and settings; the copy is hidden. */
  copyPlan: PlanPayload;
  /** Creates a personal access token. The plaintext token is in the payload this once only. */
  createAccessToken: CreateAccessTokenPayload;
  /** Creates an approved developer account with its admin user (no password: invite the user to set one). */
  createAccount: CreateAccountPayload;
  /** Creates an account plan of the tenant (hidden until published). */
  createAccountPlan: PlanPayload;
  /** Creates an application for a developer account, subscribing the account to the product if needed. Pending when its plan requires approval, else live. */
  createApplication: ApplicationPayload;
  /** Adds an app key (at most 5 are kept in rotation). */
  createApplicationKey: ApplicationKeyPayload;
  /** Creates an application plan of a service (hidden until published). */
  createApplicationPlan: PlanPayload;
  /** Creates a feature that plans of one kind (and service) can include. */
  createFeature: FeaturePayload;
  /** Adds an extra field to developer accounts or their users. */
  createFieldDefinition: FieldDefinitionPayload;
  /** Adds a mapping rule at a position (the end when omitted). */
  createMappingRule: MappingRulePayload;
  /** Adds a method to a service: a child of `hits`, so reporting it also counts a hit. */
  createMethod: MetricPayload;
  /** Adds a top-level metric with its own unit to a service. */
  createMetric: MetricPayload;
  /** Adds a pricing rule; its range must not overlap another of the same plan and metric. */
  createPricingRule: PricingRulePayload;
  /** Creates a service with the built-in metric `hits`. */
  createService: ServicePayload;
  /** Creates a service plan of a service (hidden until published). */
  createServicePlan: PlanPayload;
  /** Subscribes a developer account to a product; pending when the service plan requires approval. */
  createServiceSubscription: ServiceSubscriptionPayload;
  /** Creates a service token for a gateway. The plaintext token is in the payload this once only. Admins only. */
  createServiceToken: CreateServiceTokenPayload;
  /** Creates a tenant with its first admin. Master only. */
  createTenant: CreateTenantPayload;
  /** Gives an application a custom plan: a copy of its plan, "<plan> (custom)", bound to it alone, to edit its limits and pricing. Later edits of the original do not reach it. */
  customizeApplicationPlan: ApplicationPayload;
  /** Moves an application from its custom plan back to a standard plan of its product, and deletes the custom plan. */
  decustomizeApplicationPlan: ApplicationPayload;
  /** Deletes a developer account with its users, applications and subscriptions. */
  deleteAccount: DeleteAccountPayload;
  /** Deletes usage alerts. */
  deleteAlerts: DeleteAlertsPayload;
  /** Deletes an application with its keys. */
  deleteApplication: DeleteApplicationPayload;
  /** Deletes an app key; an APP_ID_APP_KEY product's application keeps its last one. */
  deleteApplicationKey: ApplicationKeyPayload;
  /** Deletes a feature; the plans that included it no longer do. */
  deleteFeature: DeleteFeaturePayload;
  /** Deletes an extra field with its values; built-in fields can only be hidden. */
  deleteFieldDefinition: FieldDefinitionPayload;
  /** Deletes a mapping rule; the rules after it move up. */
  deleteMappingRule: DeleteMappingRulePayload;
  /** Deletes a metric or method. One that mapping rules or limits use needs `confirm`, and takes them along. */
  deleteMetric: DeleteMetricPayload;
  /** Deletes a plan nobody is on (PLAN_IN_USE otherwise). */
  deletePlan: DeletePlanPayload;
  /** Deletes a pricing rule. */
  deletePricingRule: DeletePricingRulePayload;
  /** Deletes a service with its metrics, methods, mapping rules, plans, applications and subscriptions. The tenant's last service cannot be deleted. */
  deleteService: DeleteServicePayload;
  /** Unsubscribes the account from the product; refused while it has applications of it. */
  deleteServiceSubscription: DeleteServiceSubscriptionPayload;
  /** Deletes a usage limit. */
  deleteUsageLimit: DeleteUsageLimitPayload;
  /** Deletes deliveries with their attempts (a pending one is then not posted, unless it is being posted at that moment): some (`ids`) or all a filter matches. */
  deleteWebhookDeliveries: DeleteWebhookDeliveriesPayload;
  /** Leaves a feature out of a plan. */
  disableFeature: PlanPayload;
  /** Includes a feature in a plan. */
  enableFeature: PlanPayload;
  /** Exports the developer accounts a filter matches (all of them without one) as a CSV file, oldest first, with their admin user and fields. It is written in the background: follow `export.job`, then download `export.url`. */
  exportAccounts: ExportPayload;
  /** Exports the applications a filter matches (all of them without one) as a CSV file, oldest first, with account, product, plan and identifiers (never a key or secret). It is written in the background: follow `export.job`, then download `export.url`. */
  exportApplications: ExportPayload;
  /** Exports the service subscriptions a filter matches (all of them without one) as a CSV file, oldest first. It is written in the background: follow `export.job`, then download `export.url`. */
  exportServiceSubscriptions: ExportPayload;
  /** Hides a plan: only admins can give it. */
  hidePlan: PlanPayload;
  /** Imports an OpenAPI 3.x or Swagger 2.0 document: a method per operation (system name from `operationId`, else verb and path) and a mapping rule counting it, after the service's rules. Importing the same document again changes nothing; `dryRun` only says what it would do. An invalid document is refused with where it is wrong. */
  importOpenApi: ImportOpenApiPayload;
  /** Invites someone to a developer account: an email with a link to accept it and set a password (valid 14 days). */
  inviteAccountUser: InvitationPayload;
  /** Signs a team user in and sets the HTTP-only session cookie. Must be the only field of its operation. */
  login: LoginPayload;
  /** Ends the current session and clears its cookie. */
  logout: LogoutPayload;
  /** Makes an account that is created, approved or rejected wait for approval again. */
  makeAccountPending: AccountPayload;
  /** Marks usage alerts read, or unread again with `read: false`. */
  markAlertsRead: MarkAlertsReadPayload;
  /** Marks some of your notifications, or all of them, read. */
  markNotificationsRead: MarkNotificationsReadPayload;
  /** Posts a test event (`webhook.ping`) to the webhook's URL, enabled or not. */
  pingWebhook: PingWebhookPayload;
  /** Publishes a plan: developers can pick it. */
  publishPlan: PlanPayload;
  /** Gives an application a new client secret (OIDC); the old one stops working. */
  regenerateClientSecret: ApplicationPayload;
  /** Gives an application a new generated user key; the old one stops working. */
  regenerateUserKey: ApplicationPayload;
  /** Rejects an account that is created, pending or approved. */
  rejectAccount: AccountPayload;
  /** Rejects a pending application, which deletes it (003 §9.3). */
  rejectApplication: DeleteApplicationPayload;
  /** Rejects a pending request; the developer account is told, with the reason when given. */
  rejectPlanChangeRequest: PlanChangeRequestPayload;
  /** Asks, for a developer, to move an application to another plan of its product: the admins are notified and approve or reject it. One pending request per application. */
  requestApplicationPlanChange: PlanChangeRequestPayload;
  /** Sends an open invitation again, with a new link valid 14 days; the old link stops working. */
  resendInvitation: InvitationPayload;
  /** Resumes a suspended account: it is approved again. */
  resumeAccount: AccountPayload;
  /** Resumes a suspended application. */
  resumeApplication: ApplicationPayload;
  /** Resumes a suspended subscription. */
  resumeServiceSubscription: ServiceSubscriptionPayload;
  /** Posts failed deliveries again, with the same body and event id: some (`ids`) or all a filter matches (`filter: { statuses: [FAILED] }` retries every failed one). */
  retryWebhookDeliveries: RetryWebhookDeliveriesPayload;
  /** Revokes one of your access tokens; it stops working at once. */
  revokeAccessToken: RevokeAccessTokenPayload;
  /** Revokes several of your access tokens: given `ids`, at once with a result per token (one that cannot be revoked does not stop the others); given a `filter` (minus `exceptIds`), every matching token, as a job. */
  revokeAccessTokens: RevokeAccessTokensPayload;
  /** Revokes a service token: calls made with it are refused from then on. Admins only. */
  revokeServiceToken: RevokeServiceTokenPayload;
  /** Makes a new signing secret; the previous one also signs for the hours asked (default 24). */
  rotateWebhookSecret: RotateWebhookSecretPayload;
  /** Sends an email to, changes the plan of, or approves, rejects or makes pending several developer accounts: given `ids`, at once with a result per account (one that cannot be changed does not stop the others); given a `filter` (minus `exceptIds`), every matching account, as a job. */
  runBulkAccountOperation: RunBulkAccountOperationPayload;
  /** Sends an email to the owners of, changes the plan of, or accepts, suspends or resumes several applications: given `ids`, at once with a result per application (one that cannot be changed does not stop the others); given a `filter` (minus `exceptIds`), every matching application, as a job. */
  runBulkApplicationOperation: RunBulkApplicationOperationPayload;
  /** Sends an email to the subscribers of, changes the service plan of, or accepts, suspends or resumes several subscriptions: given `ids`, at once with a result per subscription; given a `filter` (minus `exceptIds`), every matching subscription, as a job. */
  runBulkServiceSubscriptionOperation: RunBulkServiceSubscriptionOperationPayload;
  /** Sends a message to a developer account: to its inbox, and by email to its admin users. */
  sendMessage: SendMessagePayload;
  /** Makes a plan its owner's default of its kind (what signups get). */
  setDefaultPlan: PlanPayload;
  /** Sets how an application plan's pricing rules for one metric price a month (GRADUATED or VOLUME). */
  setTierMode: PlanPayload;
  /** Sets the limit of a metric over a period on an application plan (0 disables the metric). */
  setUsageLimit: UsageLimitPayload;
  /** Sets a custom user key, when the product allows custom keys. */
  setUserKey: ApplicationPayload;
  /** Signs a developer up in one call: the account, its admin user, its subscriptions and applications, all or nothing. For the provider's own signup code. Refused while self-signup is off. */
  signupExpress: SignupExpressPayload;
  /** Suspends an account (any state but suspended). */
  suspendAccount: AccountPayload;
  /** Suspends a live application: calls with its credentials are refused at once. */
  suspendApplication: ApplicationPayload;
  /** Suspends a live subscription. */
  suspendServiceSubscription: ServiceSubscriptionPayload;
  /** Lifts a team user's login lock after too many failed logins (from every client address). Master only. */
  unlockLogin: UnlockLoginPayload;
  /** Changes a developer account's name and field values. */
  updateAccount: AccountPayload;
  /** Changes an application's name, description or redirect URL. */
  updateApplication: ApplicationPayload;
  /** Renames a feature or changes its description. */
  updateFeature: FeaturePayload;
  /** Changes a field's label, whether it is required or hidden, its choices or position. */
  updateFieldDefinition: FieldDefinitionPayload;
  /** Changes a mapping rule; a new position moves the rules in between by one. */
  updateMappingRule: MappingRulePayload;
  /** Changes a metric or method. Renaming one that mapping rules or limits use needs `confirm`. */
  updateMetric: MetricPayload;
  /** Changes which notifications you get by email. Only yours: each user decides their own. */
  updateNotificationPreferences: UpdateNotificationPreferencesPayload;
  /** Changes a plan's settings. */
  updatePlan: PlanPayload;
  /** Changes a pricing rule's range or price. */
  updatePricingRule: PricingRulePayload;
  /** Changes a service's settings. */
  updateService: ServicePayload;
  /** Changes the signup settings; returns them as they are now. */
  updateSignupSettings: SignupSettings;
  /** Changes the signed-in user's own tenant: its name and time zone. Admins only. */
  updateTenantSettings: UpdateTenantSettingsPayload;
  /** Changes the webhook. The first save also makes its signing secret. */
  updateWebhookSettings: UpdateWebhookSettingsPayload;
};


/** Change the API program. */
export type MutationAcceptApplicationArgs = {
  input: ApplicationIdInput;
};


/** Change the API program. */
export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


/** Change the API program. */
export type MutationAcceptServiceSubscriptionArgs = {
  input: ServiceSubscriptionIdInput;
};


/** Change the API program. */
export type MutationApproveAccountArgs = {
  input: AccountIdInput;
};


/** Change the API program. */
export type MutationApprovePlanChangeRequestArgs = {
  input: PlanChangeRequestIdInput;
};


/** Change the API program. */
export type MutationCancelBulkOperationArgs = {
  input: CancelJobInput;
};


/** Change the API program. */
export type MutationCancelJobArgs = {
  input: CancelJobInput;
};


/** Change the API program. */
export type MutationChangeAccountPlanArgs = {
  input: ChangeAccountPlanInput;
};


/** Change the API program. */
export type MutationChangeApplicationPlanArgs = {
  input: ChangeApplicationPlanInput;
};


/** Change the API program. */
export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


/** Change the API program. */
export type MutationChangeServiceSubscriptionPlanArgs = {
  input: ChangeServiceSubscriptionPlanInput;
};


/** Change the API program. */
export type MutationCopyPlanArgs = {
  input: CopyPlanInput;
};


/** Change the API program. */
export type MutationCreateAccessTokenArgs = {
  input: CreateAccessTokenInput;
};


/** Change the API program. */
export type MutationCreateAccountArgs = {
  input: CreateAccountInput;
};


/** Change the API program. */
export type MutationCreateAccountPlanArgs = {
  input: CreateAccountPlanInput;
};


/** Change the API program. */
export type MutationCreateApplicationArgs = {
  input: CreateApplicationInput;
};


/** Change the API program. */
export type MutationCreateApplicationKeyArgs = {
  input: CreateApplicationKeyInput;
};


/** Change the API program. */
export type MutationCreateApplicationPlanArgs = {
  input: CreateApplicationPlanInput;
};


/** Change the API program. */
export type MutationCreateFeatureArgs = {
  input: CreateFeatureInput;
};


/** Change the API program. */
export type MutationCreateFieldDefinitionArgs = {
  input: CreateFieldDefinitionInput;
};


/** Change the API program. */
export type MutationCreateMappingRuleArgs = {
  input: CreateMappingRuleInput;
};


/** Change the API program. */
export type MutationCreateMethodArgs = {
  input: CreateMethodInput;
};


/** Change the API program. */
export type MutationCreateMetricArgs = {
  input: CreateMetricInput;
};


/** Change the API program. */
export type MutationCreatePricingRuleArgs = {
  input: CreatePricingRuleInput;
};


/** Change the API program. */
export type MutationCreateServiceArgs = {
  input: CreateServiceInput;
};


/** Change the API program. */
export type MutationCreateServicePlanArgs = {
  input: CreateServicePlanInput;
};


/** Change the API program. */
export type MutationCreateServiceSubscriptionArgs = {
  input: CreateServiceSubscriptionInput;
};


/** Change the API program. */
export type MutationCreateServiceTokenArgs = {
  input: CreateServiceTokenInput;
};


/** Change the API program. */
export type MutationCreateTenantArgs = {
  input: CreateTenantInput;
};


/** Change the API program. */
export type MutationCustomizeApplicationPlanArgs = {
  input: ApplicationIdInput;
};


/** Change the API program. */
export type MutationDecustomizeApplicationPlanArgs = {
  input: DecustomizeApplicationPlanInput;
};


/** Change the API program. */
export type MutationDeleteAccountArgs = {
  input: AccountIdInput;
};


/** Change the API program. */
export type MutationDeleteAlertsArgs = {
  input: DeleteAlertsInput;
};


/** Change the API program. */
export type MutationDeleteApplicationArgs = {
  input: ApplicationIdInput;
};


/** Change the API program. */
export type MutationDeleteApplicationKeyArgs = {
  input: DeleteApplicationKeyInput;
};


/** Change the API program. */
export type MutationDeleteFeatureArgs = {
  input: DeleteFeatureInput;
};


/** Change the API program. */
export type MutationDeleteFieldDefinitionArgs = {
  input: DeleteFieldDefinitionInput;
};


/** Change the API program. */
export type MutationDeleteMappingRuleArgs = {
  input: DeleteMappingRuleInput;
};


/** Change the API program. */
export type MutationDeleteMetricArgs = {
  input: DeleteMetricInput;
};


/** Change the API program. */
export type MutationDeletePlanArgs = {
  input: PlanIdInput;
};


/** Change the API program. */
export type MutationDeletePricingRuleArgs = {
  input: DeletePricingRuleInput;
};


/** Change the API program. */
export type MutationDeleteServiceArgs = {
  input: DeleteServiceInput;
};


/** Change the API program. */
export type MutationDeleteServiceSubscriptionArgs = {
  input: ServiceSubscriptionIdInput;
};


/** Change the API program. */
export type MutationDeleteUsageLimitArgs = {
  input: DeleteUsageLimitInput;
};


/** Change the API program. */
export type MutationDeleteWebhookDeliveriesArgs = {
  input: DeleteWebhookDeliveriesInput;
};


/** Change the API program. */
export type MutationDisableFeatureArgs = {
  input: PlanFeatureInput;
};


/** Change the API program. */
export type MutationEnableFeatureArgs = {
  input: PlanFeatureInput;
};


/** Change the API program. */
export type MutationExportAccountsArgs = {
  input: ExportAccountsInput;
};


/** Change the API program. */
export type MutationExportApplicationsArgs = {
  input: ExportApplicationsInput;
};


/** Change the API program. */
export type MutationExportServiceSubscriptionsArgs = {
  input: ExportServiceSubscriptionsInput;
};


/** Change the API program. */
export type MutationHidePlanArgs = {
  input: PlanIdInput;
};


/** Change the API program. */
export type MutationImportOpenApiArgs = {
  input: ImportOpenApiInput;
};


/** Change the API program. */
export type MutationInviteAccountUserArgs = {
  input: InviteAccountUserInput;
};


/** Change the API program. */
export type MutationLoginArgs = {
  input: LoginInput;
};


/** Change the API program. */
export type MutationLogoutArgs = {
  input?: InputMaybe<LogoutInput>;
};


/** Change the API program. */
export type MutationMakeAccountPendingArgs = {
  input: AccountIdInput;
};


/** Change the API program. */
export type MutationMarkAlertsReadArgs = {
  input: MarkAlertsReadInput;
};


/** Change the API program. */
export type MutationMarkNotificationsReadArgs = {
  input: MarkNotificationsReadInput;
};


/** Change the API program. */
export type MutationPublishPlanArgs = {
  input: PlanIdInput;
};


/** Change the API program. */
export type MutationRegenerateClientSecretArgs = {
  input: ApplicationIdInput;
};


/** Change the API program. */
export type MutationRegenerateUserKeyArgs = {
  input: ApplicationIdInput;
};


/** Change the API program. */
export type MutationRejectAccountArgs = {
  input: AccountIdInput;
};


/** Change the API program. */
export type MutationRejectApplicationArgs = {
  input: ApplicationIdInput;
};


/** Change the API program. */
export type MutationRejectPlanChangeRequestArgs = {
  input: RejectPlanChangeRequestInput;
};


/** Change the API program. */
export type MutationRequestApplicationPlanChangeArgs = {
  input: RequestApplicationPlanChangeInput;
};


/** Change the API program. */
export type MutationResendInvitationArgs = {
  input: InvitationIdInput;
};


/** Change the API program. */
export type MutationResumeAccountArgs = {
  input: AccountIdInput;
};


/** Change the API program. */
export type MutationResumeApplicationArgs = {
  input: ApplicationIdInput;
};


/** Change the API program. */
export type MutationResumeServiceSubscriptionArgs = {
  input: ServiceSubscriptionIdInput;
};


/** Change the API program. */
export type MutationRetryWebhookDeliveriesArgs = {
  input: RetryWebhookDeliveriesInput;
};


/** Change the API program. */
export type MutationRevokeAccessTokenArgs = {
  input: RevokeAccessTokenInput;
};


/** Change the API program. */
export type MutationRevokeAccessTokensArgs = {
  input: RevokeAccessTokensInput;
};


/** Change the API program. */
export type MutationRevokeServiceTokenArgs = {
  input: RevokeServiceTokenInput;
};


/** Change the API program. */
export type MutationRotateWebhookSecretArgs = {
  input?: InputMaybe<RotateWebhookSecretInput>;
};


/** Change the API program. */
export type MutationRunBulkAccountOperationArgs = {
  input: RunBulkAccountOperationInput;
};


/** Change the API program. */
export type MutationRunBulkApplicationOperationArgs = {
  input: RunBulkApplicationOperationInput;
};


/** Change the API program. */
export type MutationRunBulkServiceSubscriptionOperationArgs = {
  input: RunBulkServiceSubscriptionOperationInput;
};


/** Change the API program. */
export type MutationSendMessageArgs = {
  input: SendMessageInput;
};


/** Change the API program. */
export type MutationSetDefaultPlanArgs = {
  input: PlanIdInput;
};


/** Change the API program. */
export type MutationSetTierModeArgs = {
  input: SetTierModeInput;
};


/** Change the API program. */
export type MutationSetUsageLimitArgs = {
  input: SetUsageLimitInput;
};


/** Change the API program. */
export type MutationSetUserKeyArgs = {
  input: SetUserKeyInput;
};


/** Change the API program. */
export type MutationSignupExpressArgs = {
  input: SignupExpressInput;
};


/** Change the API program. */
export type MutationSuspendAccountArgs = {
  input: AccountIdInput;
};


/** Change the API program. */
export type MutationSuspendApplicationArgs = {
  input: ApplicationIdInput;
};


/** Change the API program. */
export type MutationSuspendServiceSubscriptionArgs = {
  input: ServiceSubscriptionIdInput;
};


/** Change the API program. */
export type MutationUnlockLoginArgs = {
  input: UnlockLoginInput;
};


/** Change the API program. */
export type MutationUpdateAccountArgs = {
  input: UpdateAccountInput;
};


/** Change the API program. */
export type MutationUpdateApplicationArgs = {
  input: UpdateApplicationInput;
};


/** Change the API program. */
export type MutationUpdateFeatureArgs = {
  input: UpdateFeatureInput;
};


/** Change the API program. */
export type MutationUpdateFieldDefinitionArgs = {
  input: UpdateFieldDefinitionInput;
};


/** Change the API program. */
export type MutationUpdateMappingRuleArgs = {
  input: UpdateMappingRuleInput;
};


/** Change the API program. */
export type MutationUpdateMetricArgs = {
  input: UpdateMetricInput;
};


/** Change the API program. */
export type MutationUpdateNotificationPreferencesArgs = {
  input: UpdateNotificationPreferencesInput;
};


/** Change the API program. */
export type MutationUpdatePlanArgs = {
  input: UpdatePlanInput;
};


/** Change the API program. */
export type MutationUpdatePricingRuleArgs = {
  input: UpdatePricingRuleInput;
};


/** Change the API program. */
export type MutationUpdateServiceArgs = {
  input: UpdateServiceInput;
};


/** Change the API program. */
export type MutationUpdateSignupSettingsArgs = {
  input: UpdateSignupSettingsInput;
};


/** Change the API program. */
export type MutationUpdateTenantSettingsArgs = {
  input: UpdateTenantSettingsInput;
};


/** Change the API program. */
export type MutationUpdateWebhookSettingsArgs = {
  input: UpdateWebhookSettingsInput;
};

/** An object with a stable, opaque global ID; fetch any of them with `node(id:)`. */
export type Node = {
  /** Opaque global ID. Stable for the life of the object; do not parse it. */
  id: Scalars['ID']['output'];
};

/** Something that happened that a team user may want to know: one user's copy, read or not. */
export type Notification = Node & {
  __typename: 'Notification';
  /** Its category. */
  category: NotificationCategory;
  /** When it happened. */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque global ID. Stable for the life of the object; do not parse it. */
  id: Scalars['ID']['output'];
  /** You have marked it read. */
  read: Scalars['Boolean']['output'];
  /** When you marked it read; null while unread. */
  readAt?: Maybe<Scalars['DateTime']['output']>;
  /** What happened, in a sentence. */
  summary: Scalars['String']['output'];
  /** The object's global ID (also once it is deleted: `node(id:)` then finds nothing). */
  targetId?: Maybe<Scalars['ID']['output']>;
  /** The object's name as it was then. */
  targetName?: Maybe<Scalars['String']['output']>;
  /** The object's type (`Service`), when it is about one. */
  targetType?: Maybe<Scalars['String']['output']>;
  /** Short, as in the bell: `New account`. */
  title: Scalars['String']['output'];
  /** What it is about. */
  type: NotificationType;
};

/** The groups of notifications (003 §4.1); a member sees a group when given its area. */
export type NotificationCategory =
  /** Accounts */
  | 'ACCOUNTS'
  /** Applications */
  | 'APPLICATIONS'
  /** Billing */
  | 'BILLING'
  /** Reports */
  | 'REPORTS'
  /** Service subscriptions */
  | 'SERVICE_SUBSCRIPTIONS'
  /** Usage alerts */
  | 'USAGE_ALERTS';

/** A page of notifications. */
export type NotificationConnection = {
  __typename: 'NotificationConnection';
  /** The items of this page with their cursors. */
  edges: Array<NotificationEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<Notification>;
  /** Pagination state of this page. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Notification in a page, with its cursor. */
export type NotificationEdge = {
  __typename: 'NotificationEdge';
  /** Opaque cursor of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The Notification. */
  node: Notification;
};

/** Codes of NotificationUserError. */
export type NotificationErrorCode =
  /** A notification type is given twice. */
  | 'DUPLICATE'
  /** The input names neither some notifications nor all of them, or both. */
  | 'INVALID'
  /** A notification type of an area you were not given. */
  | 'NOT_ALLOWED'
  /** More notifications than one request may name. */
  | 'TOO_MANY';

/** Narrows a list of notifications; all given conditions must hold. */
export type NotificationFilter = {
  /** Only these categories (ACCOUNTS, APPLICATIONS, SERVICE_SUBSCRIPTIONS, BILLING, USAGE_ALERTS, REPORTS). */
  categories?: InputMaybe<Array<NotificationCategory>>;
  /** Only these types. */
  types?: InputMaybe<Array<NotificationType>>;
  /** Only unread ones (true) or only read ones (false). */
  unread?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Sort order of notifications. */
export type NotificationOrder = {
  /** Direction. */
  direction: OrderDirection;
  /** Sort key. */
  field: NotificationOrderField;
};

/** What notifications can be sorted by. */
export type NotificationOrderField =
  /** When it happened. */
  | 'CREATED_AT';

/** Whether you get one type of notification by email (in the admin you always see it). */
export type NotificationPreference = {
  __typename: 'NotificationPreference';
  /** Its category. */
  category: NotificationCategory;
  /** When it is sent. */
  description: Scalars['String']['output'];
  /** You get it by email. */
  email: Scalars['Boolean']['output'];
  /** Whether it is emailed when you have not chosen. */
  emailByDefault: Scalars['Boolean']['output'];
  /** Its name. */
  title: Scalars['String']['output'];
  /** The type. */
  type: NotificationType;
};

/** Whether you want one type of notification by email. */
export type NotificationPreferenceInput = {
  /** Email it to you. */
  email: Scalars['Boolean']['input'];
  /** The type. */
  type: NotificationType;
};

/** What a notification is about (porta's list; 003 ch.4 and 27.1). */
export type NotificationType =
  /** A developer account signed up or was created. */
  | 'ACCOUNT_CREATED'
  /** A developer account was deleted. */
  | 'ACCOUNT_DELETED'
  /** A developer asked to move their account to another plan. */
  | 'ACCOUNT_PLAN_CHANGE_REQUESTED'
  /** An application was deleted. */
  | 'APPLICATION_CANCELLED'
  /** A developer created an application. */
  | 'APPLICATION_CREATED'
  /** An application moved to another plan. */
  | 'APPLICATION_PLAN_CHANGED'
  /** A developer asked to move an application to another plan. */
  | 'APPLICATION_PLAN_CHANGE_REQUESTED'
  /** A bulk operation you started has finished. */
  | 'BULK_OPERATION_FINISHED'
  /** A customer moved to a plan with a lower monthly fixed price. */
  | 'CUSTOMER_DOWNGRADED'
  /** A customer's credit card is about to expire. */
  | 'EXPIRING_CREDIT_CARD'
  /** An export you started is ready to download. */
  | 'EXPORT_READY'
  /** Invoices of the month are ready to review before they are issued. */
  | 'INVOICES_TO_REVIEW'
  /** A developer sent a message. */
  | 'MESSAGE_RECEIVED'
  /** The last retry of a payment failed; the invoice failed. */
  | 'PAYMENT_ERROR_FINAL'
  /** A payment failed; the invoice is unpaid and will be charged again. */
  | 'PAYMENT_ERROR_RETRY'
  /** A product was deleted, with its plans, applications and subscriptions. */
  | 'SERVICE_DELETED'
  /** A developer asked to move a subscription to another service plan. */
  | 'SERVICE_PLAN_CHANGE_REQUESTED'
  /** An account unsubscribed from a product. */
  | 'SERVICE_SUBSCRIPTION_CANCELLED'
  /** An account subscribed to a product. */
  | 'SERVICE_SUBSCRIPTION_CREATED'
  /** A subscription moved to another service plan. */
  | 'SERVICE_SUBSCRIPTION_PLAN_CHANGED'
  /** An application's trial period ended. */
  | 'TRIAL_EXPIRED'
  /** An application used a large share of a limit (50 % to 90 %). */
  | 'USAGE_LIMIT_ALERT'
  /** An application reached or passed a limit. */
  | 'USAGE_LIMIT_VIOLATION';

/** A fixable problem, with a code from NotificationErrorCode. */
export type NotificationUserError = UserError & {
  __typename: 'NotificationUserError';
  /** Machine-readable reason. */
  code: NotificationErrorCode;
  /** Path to the input field at fault, e.g. ["input", "email"]. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words for a person. */
  message: Scalars['String']['output'];
};

/** What an OpenAPI import does with one operation. */
export type OpenApiImportAction =
  /** Creates a method for the operation and a mapping rule counting it. */
  | 'CREATE_METHOD_AND_RULE'
  /** The method exists (same system name): adds only the mapping rule. */
  | 'CREATE_RULE'
  /** A mapping rule cannot count the operation (see `note`). */
  | 'SKIPPED'
  /** The method and its mapping rule exist: nothing to do. */
  | 'UNCHANGED';

/** One operation of an imported document and what the import does with it. */
export type OpenApiOperationImport = {
  __typename: 'OpenApiOperationImport';
  /** What the import does with it. */
  action: OpenApiImportAction;
  /** The operation's verb (TRACE too, which is skipped). */
  httpMethod: Scalars['String']['output'];
  /** The mapping rule that counts it; null in a dry run when it is still to be created, and when skipped. */
  mappingRule?: Maybe<MappingRule>;
  /** The method's friendly name: the summary, else `operationId`, else verb and path. */
  methodFriendlyName: Scalars['String']['output'];
  /** The method's system name: from `operationId`, else verb and path. */
  methodSystemName: Scalars['String']['output'];
  /** The method (or metric) that counts it; null in a dry run when it is still to be created, and when skipped. */
  metric?: Maybe<Metric>;
  /** Why it is skipped, or how a name was changed to stay unique. */
  note?: Maybe<Scalars['String']['output']>;
  /** Its `operationId`. */
  operationId?: Maybe<Scalars['String']['output']>;
  /** Its path as the document writes it. */
  path: Scalars['String']['output'];
  /** The mapping rule's pattern: the base path (Swagger `basePath`, or the first server URL's path), the path, and `$`. */
  pattern: Scalars['String']['output'];
};

/** Sort direction. */
export type OrderDirection =
  /** Ascending. */
  | 'ASC'
  /** Descending. */
  | 'DESC';

/** An email Gatehouse sent, or will send, to a team user: one entry of the outbox. */
export type OutboxMessage = Node & {
  __typename: 'OutboxMessage';
  /** Attempts to send it so far, counting one in progress. */
  attempts: Scalars['Int']['output'];
  /** When it was written. */
  createdAt: Scalars['DateTime']['output'];
  /** The HTML body. */
  htmlBody: Scalars['String']['output'];
  /** Opaque global ID. Stable for the life of the object; do not parse it. */
  id: Scalars['ID']['output'];
  /** Why the last attempt failed. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** When the next attempt is due (PENDING only). */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the mail server accepted it. */
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where it is. */
  status: OutboxStatus;
  /** Subject line. */
  subject: Scalars['String']['output'];
  /** The plain-text body. */
  textBody: Scalars['String']['output'];
  /** The recipient's address. */
  toAddress: Scalars['String']['output'];
  /** The notification it tells of. */
  type?: Maybe<NotificationType>;
};

/** A page of outbox messages. */
export type OutboxMessageConnection = {
  __typename: 'OutboxMessageConnection';
  /** The items of this page with their cursors. */
  edges: Array<OutboxMessageEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<OutboxMessage>;
  /** Pagination state of this page. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One OutboxMessage in a page, with its cursor. */
export type OutboxMessageEdge = {
  __typename: 'OutboxMessageEdge';
  /** Opaque cursor of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The OutboxMessage. */
  node: OutboxMessage;
};

/** Narrows a list of outbox messages; all given conditions must hold. */
export type OutboxMessageFilter = {
  /** Matches the recipient or the subject, case-insensitive. At most 200 characters. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only messages in these states. */
  statuses?: InputMaybe<Array<OutboxStatus>>;
};

/** Sort order of outbox messages. */
export type OutboxMessageOrder = {
  /** Direction. */
  direction: OrderDirection;
  /** Sort key. */
  field: OutboxMessageOrderField;
};

/** What outbox messages can be sorted by. */
export type OutboxMessageOrderField =
  /** When it was written. */
  | 'CREATED_AT';

/** Where an email is: PENDING → SENT, or FAILED after its retries; HELD when no mail server is set. */
export type OutboxStatus =
  /** Every attempt failed; see `lastError`. */
  | 'FAILED'
  /** Kept in the outbox: no mail server is configured (SMTP_URL), so it is only shown here. */
  | 'HELD'
  /** Waiting to be sent, or to be sent again after a failed attempt (see `nextAttemptAt`). */
  | 'PENDING'
  /** The mail server accepted it. */
  | 'SENT';

/** Where a page sits in the whole list (Relay cursor connections). */
export type PageInfo = {
  __typename: 'PageInfo';
  /** Cursor of the last item of the page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when items precede this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of the page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Result of `pingWebhook`. */
export type PingWebhookPayload = {
  __typename: 'PingWebhookPayload';
  /** The test delivery: follow it in `webhookDeliveries` or with `node(id:)`. */
  delivery?: Maybe<WebhookDelivery>;
  /** Why nothing was sent. */
  userErrors: Array<WebhookUserError>;
};

/** An account, service or application plan: what it costs, and for application plans what it allows. */
export type Plan = Node & {
  __typename: 'Plan';
  /** New subscriptions or applications on it wait for an admin's approval. */
  approvalRequired: Scalars['Boolean']['output'];
  /** Charged every month (prorated by days in the first one). */
  costPerMonth: Scalars['Decimal']['output'];
  /** When the plan was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The application whose custom plan this is; null for a standard plan. */
  customForApplication?: Maybe<Application>;
  /** What the plan offers. */
  description?: Maybe<Scalars['String']['output']>;
  /** The features offered on plans of its kind and owner, and whether this plan includes each. */
  features: Array<PlanFeature>;
  /** Opaque global ID. Stable for the life of the object; do not parse it. */
  id: Scalars['ID']['output'];
  /** The owner's default plan of this kind (signups get it). */
  isDefault: Scalars['Boolean']['output'];
  /** ACCOUNT, SERVICE or APPLICATION. */
  kind: PlanKind;
  /** Every metric and method of the plan's service with this plan's limits and pricing (empty for account and service plans). */
  metrics: Array<PlanMetric>;
  /** Name shown to admins and developers. */
  name: Scalars['String']['output'];
  /** The service of a service or application plan; null for an account plan. */
  service?: Maybe<Service>;
  /** Charged once, when a subscription starts. */
  setupFee: Scalars['Decimal']['output'];
  /** HIDDEN or PUBLISHED. */
  state: PlanState;
  /** Unique among the owner's plans of this kind, `[a-z0-9_-]`. */
  systemName: Scalars['String']['output'];
  /** Days of free trial (service and application plans); null for none. */
  trialPeriodDays?: Maybe<Scalars['Int']['output']>;
  /** When its settings last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A developer's request to move an application to another plan (003 §9.4–9.5). */
export type PlanChangeRequest = Node & {
  __typename: 'PlanChangeRequest';
  /** The application. */
  application: Application;
  /** When it was asked for. */
  createdAt: Scalars['DateTime']['output'];
  /** When it was approved or rejected. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The plan it was on when asked; null once that plan is gone (a custom plan goes when its application leaves it). */
  fromPlan?: Maybe<Plan>;
  /** Opaque global ID. Stable for the life of the object; do not parse it. */
  id: Scalars['ID']['output'];
  /** What the developer wrote with it. */
  message?: Maybe<Scalars['String']['output']>;
  /** Why it was rejected, as sent to the developer. */
  reason?: Maybe<Scalars['String']['output']>;
  /** PENDING, APPROVED or REJECTED. */
  state: PlanChangeRequestState;
  /** The plan asked for. */
  toPlan: Plan;
};

/** A page of plan change requests. */
export type PlanChangeRequestConnection = {
  __typename: 'PlanChangeRequestConnection';
  /** The items of this page with their cursors. */
  edges: Array<PlanChangeRequestEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<PlanChangeRequest>;
  /** Pagination state of this page. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One PlanChangeRequest in a page, with its cursor. */
export type PlanChangeRequestEdge = {
  __typename: 'PlanChangeRequestEdge';
  /** Opaque cursor of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The PlanChangeRequest. */
  node: PlanChangeRequest;
};

/** Narrows a list of plan change requests; all given conditions must hold. */
export type PlanChangeRequestFilter = {
  /** Only the requests of this application. */
  application?: InputMaybe<Scalars['ID']['input']>;
  /** Only requests in these states. */
  states?: InputMaybe<Array<PlanChangeRequestState>>;
};

/** A plan change request. */
export type PlanChangeRequestIdInput = {
  /** The request. */
  id: Scalars['ID']['input'];
};

/** Sort order of plan change requests. */
export type PlanChangeRequestOrder = {
  /** Direction. */
  direction: OrderDirection;
  /** Sort key. */
  field: PlanChangeRequestOrderField;
};

/** What plan change requests can be sorted by. */
export type PlanChangeRequestOrderField =
  /** When it was asked for. */
  | 'CREATED_AT';

/** Result of a plan change request mutation. */
export type PlanChangeRequestPayload = {
  __typename: 'PlanChangeRequestPayload';
  /** The request as it is now. */
  planChangeRequest?: Maybe<PlanChangeRequest>;
  /** Why nothing changed. */
  userErrors: Array<ApplicationUserError>;
};

/** Where a developer's request to move an application to another plan stands. */
export type PlanChangeRequestState =
  /** Approved: the application moved to the plan asked for. */
  | 'APPROVED'
  /** Waiting for an admin. */
  | 'PENDING'
  /** Refused by an admin. */
  | 'REJECTED';

/** A page of plans. */
export type PlanConnection = {
  __typename: 'PlanConnection';
  /** The items of this page with their cursors. */
  edges: Array<PlanEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<Plan>;
  /** Pagination state of this page. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Plan in a page, with its cursor. */
export type PlanEdge = {
  __typename: 'PlanEdge';
  /** Opaque cursor of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The Plan. */
  node: Plan;
};

/** Codes of PlanUserError. */
export type PlanErrorCode =
  /** A required value is empty. */
  | 'BLANK'
  /** The plan is its owner's default (what signups get): make another plan the default first. */
  | 'DEFAULT_PLAN'
  /** A value has the wrong form or is out of range (a negative fee, a trial on an account plan…). */
  | 'INVALID'
  /** The owner has as many plans or features as it may have. */
  | 'LIMIT_REACHED'
  /** No such plan, service, metric, limit, pricing rule or feature in this tenant. */
  | 'NOT_FOUND'
  /** The range overlaps another pricing rule of the same metric on the plan. */
  | 'OVERLAPPING_RANGE'
  /** Accounts or applications are on the plan: move them to another plan first. */
  | 'PLAN_IN_USE'
  /** Another plan or feature of the same owner uses this system name. */
  | 'TAKEN'
  /** A value is longer than allowed. */
  | 'TOO_LONG'
  /** The operation does not apply to this kind of plan (pricing rules are for application plans). */
  | 'WRONG_KIND'
  /** The metric or feature belongs to another service than the plan. */
  | 'WRONG_SERVICE';

/** A feature the plan's owner offers, and whether this plan includes it. */
export type PlanFeature = {
  __typename: 'PlanFeature';
  /** Whether the plan includes it. */
  enabled: Scalars['Boolean']['output'];
  /** The feature. */
  feature: Feature;
};

/** A feature and a plan of its scope and owner. */
export type PlanFeatureInput = {
  /** The feature. */
  featureId: Scalars['ID']['input'];
  /** The plan. */
  planId: Scalars['ID']['input'];
};

/** Narrows a list of plans; all given conditions must hold. */
export type PlanFilter = {
  /** Matches the name or system name, case-insensitive. At most 200 characters. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only plans in these states. */
  states?: InputMaybe<Array<PlanState>>;
};

/** A plan. */
export type PlanIdInput = {
  /** The plan. */
  id: Scalars['ID']['input'];
};

/** What a plan is a plan for. */
export type PlanKind =
  /** A developer account's plan with the tenant (one per account). */
  | 'ACCOUNT'
  /** An application's access to a service: its limits and pricing. */
  | 'APPLICATION'
  /** An account's subscription to a service. */
  | 'SERVICE';

/** One metric or method of the plan's service, with the plan's limits and pricing for it. */
export type PlanMetric = {
  __typename: 'PlanMetric';
  /** False when a limit of 0 disables it on this plan. */
  enabled: Scalars['Boolean']['output'];
  /** The metric or method. */
  metric: Metric;
  /** Its pricing rules, by range. */
  pricingRules: Array<PricingRule>;
  /** How its pricing rules price a month. */
  tierMode: TierMode;
  /** Its limits, by period. */
  usageLimits: Array<UsageLimit>;
};

/** Sort order of plans. */
export type PlanOrder = {
  /** Direction. */
  direction: OrderDirection;
  /** Sort key. */
  field: PlanOrderField;
};

/** What plans can be sorted by. */
export type PlanOrderField =
  /** Creation time. */
  | 'CREATED_AT'
  /** Name. */
  | 'NAME';

/** Result of a plan mutation. */
export type PlanPayload = {
  __typename: 'PlanPayload';
  /** The plan as it is now. */
  plan?: Maybe<Plan>;
  /** Why nothing changed. */
  userErrors: Array<PlanUserError>;
};

/** Whether developers can pick a plan. */
export type PlanState =
  /** Only admins can give it to an account or application. */
  | 'HIDDEN'
  /** Developers can pick it when they sign up or change plans. */
  | 'PUBLISHED';

/** A fixable problem, with a code from PlanErrorCode. */
export type PlanUserError = UserError & {
  __typename: 'PlanUserError';
  /** Machine-readable reason. */
  code: PlanErrorCode;
  /** Path to the input field at fault, e.g. ["input", "email"]. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words for a person. */
  message: Scalars['String']['output'];
};

/** An application at or over 80 % of a limit in its current period: a candidate for a bigger plan. */
export type PotentialUpgrade = {
  __typename: 'PotentialUpgrade';
  /** The application. */
  application?: Maybe<Application>;
  /** Its most-used limit. */
  limit: LimitUtilization;
};

/** The price of a metric's units within a range of a month's usage. */
export type PricingRule = Node & {
  __typename: 'PricingRule';
  /** Price per unit, 4 decimals. */
  costPerUnit: Scalars['Decimal']['output'];
  /** First unit of the range (≥ 1). */
  from: Scalars['Decimal']['output'];
  /** Opaque global ID. Stable for the life of the object; do not parse it. */
  id: Scalars['ID']['output'];
  /** The metric or method it prices. */
  metric: Metric;
  /** The plan. */
  plan: Plan;
  /** Last unit of the range; null for no end. */
  to?: Maybe<Scalars['Decimal']['output']>;
};

/** Result of `createPricingRule` and `updatePricingRule`. */
export type PricingRulePayload = {
  __typename: 'PricingRulePayload';
  /** The rule. */
  pricingRule?: Maybe<PricingRule>;
  /** Why nothing changed. */
  userErrors: Array<PlanUserError>;
};

/** Read the API program. */
export type Query = {
  __typename: 'Query';
  /** Your own access tokens. Needs a signed-in session. */
  accessTokens: AccessTokenConnection;
  /** One developer account by ID (NOT_FOUND when the tenant has none with it). */
  account: Account;
  /** The features the tenant offers on account plans, in creation order. */
  accountFeatures: Array<Feature>;
  /** The tenant's account plans. */
  accountPlans: PlanConnection;
  /** The tenant's developer accounts, newest first by default. */
  accounts: AccountConnection;
  /** Usage alerts of the tenant's applications, newest first. */
  alerts: UsageAlertConnection;
  /** One application by ID (NOT_FOUND when the tenant has none with it). */
  application: Application;
  /** The tenant's applications, newest first by default. */
  applications: ApplicationConnection;
  /** The audit log, newest first: what every mutation changed, who did it and when. A tenant's admins see their tenant's; the master sees every tenant's. */
  auditLog: AuditEntryConnection;
  /** A bulk operation over a filter (the `job` of `runBulkAccountOperation` and the other bulk actions) by its global ID: `job(id:)` for bulk operations. NOT_FOUND when your tenant has none with it. */
  bulkOperation: Job;
  /** What a month with this usage would cost on a plan: setup fee, monthly cost and each metric's variable cost. */
  costPreview: CostPreview;
  /** Of the developer accounts that signed up in the last N days (on a plan, when given: their account plan or an application's plan): which never called the API, which called it only in the first half of the window, and which are active, with their growth (003 ch.32). */
  engagementReport: EngagementReportPayload;
  /** An export of your tenant by its global ID (NOT_FOUND when there is none, or it was deleted after it expired). */
  export: Export;
  /** The fields of developer accounts or of their users, built-in and extra, in form order. */
  fieldDefinitions: Array<FieldDefinition>;
  /** A job of your tenant by its global ID. NOT_FOUND when it does not exist or is not yours to see. */
  job?: Maybe<Job>;
  /** Any object by its global ID. NOT_FOUND when it does not exist or is not yours to see. */
  node?: Maybe<Node>;
  /** Objects by global ID, in the same order; null (with a NOT_FOUND error) for each one that cannot be seen. */
  nodes: Array<Maybe<Node>>;
  /** Your email choice for each type of notification you may get. */
  notificationPreferences: Array<NotificationPreference>;
  /** Your notifications, newest first: what happened in the areas and products you may see. An access token reads the categories its scopes cover (billing: BILLING, usage alerts: ANALYTICS). */
  notifications: NotificationConnection;
  /** The email Gatehouse sent or will send to your team, newest first; when no mail server is configured, the mail is kept here. Admins only; the master sees every tenant's. */
  outbox: OutboxMessageConnection;
  /** One plan by ID (NOT_FOUND when the tenant has none with it). */
  plan: Plan;
  /** Developers' requests to move applications to other plans, newest first. */
  planChangeRequests: PlanChangeRequestConnection;
  /** Applications at or over 80 % of a limit in its current period, most used first: candidates for a bigger plan. */
  potentialUpgrades: Array<PotentialUpgrade>;
  /** Upstream response codes reported with usage, per bucket and class (2xx, 4xx, 5xx…), for a product or an application (003 ch.35). */
  responseCodes: ResponseCodesPayload;
  /** One service by ID (NOT_FOUND when the tenant has none with it). */
  service: Service;
  /** Developer accounts' subscriptions to the tenant's products, newest first by default. */
  serviceSubscriptions: ServiceSubscriptionConnection;
  /** A product's service tokens, oldest first (at most 10). Admins only. */
  serviceTokens: Array<ServiceToken>;
  /** The tenant's services (products). */
  services: ServiceConnection;
  /** How developers sign up: on their own or not, with approval or not. */
  signupSettings: SignupSettings;
  /** Developer accounts created per bucket over a range, with the previous period's total. */
  signups: SignupsPayload;
  /** One tenant by ID (NOT_FOUND when there is none). Master only. */
  tenant?: Maybe<Tenant>;
  /** All tenants. Master only. */
  tenants: TenantConnection;
  /** The applications of a product that used a metric most (hits by default), ranked by the calendar period (UTC day, week, month or year) that best holds the range, with their usage over the range itself (003 ch.34). */
  topApplications: TopApplicationsPayload;
  /** How many of your notifications are unread (the bell's number). */
  unreadNotificationCount: Scalars['Int']['output'];
  /** A metric's usage per hour, day or month over a range, for a product, an application or a developer account, in a time zone (the tenant's by default); with the total and the previous period's total. Hourly series cover at most 90 days. */
  usageSeries: UsageSeriesPayload;
  /** An application's count in the current period against every limit of its plan (NOT_FOUND for no such application). */
  utilization: Array<LimitUtilization>;
  /** The signed-in user, or null when the request is not authenticated. Any access token may read it. */
  viewer?: Maybe<User>;
  /** What was posted, or is to be posted, to your webhook, newest first; with each attempt. Admins only. */
  webhookDeliveries: WebhookDeliveryConnection;
  /** Your tenant's webhook: URL, events, whether admin actions fire it, and its signing secret. Admins only. */
  webhookSettings: WebhookSettings;
};


/** Read the API program. */
export type QueryAccessTokensArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AccessTokenFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<AccessTokenOrder>;
};


/** Read the API program. */
export type QueryAccountArgs = {
  id: Scalars['ID']['input'];
};


/** Read the API program. */
export type QueryAccountPlansArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PlanFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PlanOrder>;
};


/** Read the API program. */
export type QueryAccountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AccountFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<AccountOrder>;
};


/** Read the API program. */
export type QueryAlertsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UsageAlertFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<UsageAlertOrder>;
};


/** Read the API program. */
export type QueryApplicationArgs = {
  id: Scalars['ID']['input'];
};


/** Read the API program. */
export type QueryApplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ApplicationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ApplicationOrder>;
};


/** Read the API program. */
export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEntryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<AuditEntryOrder>;
};


/** Read the API program. */
export type QueryBulkOperationArgs = {
  id: Scalars['ID']['input'];
};


/** Read the API program. */
export type QueryCostPreviewArgs = {
  planId: Scalars['ID']['input'];
  usage: Array<MetricUsageInput>;
};


/** Read the API program. */
export type QueryEngagementReportArgs = {
  plan?: InputMaybe<Scalars['ID']['input']>;
  signedUpWithinDays: Scalars['Int']['input'];
};


/** Read the API program. */
export type QueryExportArgs = {
  id: Scalars['ID']['input'];
};


/** Read the API program. */
export type QueryFieldDefinitionsArgs = {
  target: FieldTarget;
};


/** Read the API program. */
export type QueryJobArgs = {
  id: Scalars['ID']['input'];
};


/** Read the API program. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Read the API program. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Read the API program. */
export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NotificationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<NotificationOrder>;
};


/** Read the API program. */
export type QueryOutboxArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OutboxMessageFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OutboxMessageOrder>;
};


/** Read the API program. */
export type QueryPlanArgs = {
  id: Scalars['ID']['input'];
};


/** Read the API program. */
export type QueryPlanChangeRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PlanChangeRequestFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PlanChangeRequestOrder>;
};


/** Read the API program. */
export type QueryPotentialUpgradesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read the API program. */
export type QueryResponseCodesArgs = {
  granularity?: InputMaybe<UsageGranularity>;
  range: UsageRangeInput;
  target: ResponseCodesTargetInput;
  timeZone?: InputMaybe<Scalars['String']['input']>;
};


/** Read the API program. */
export type QueryServiceArgs = {
  id: Scalars['ID']['input'];
};


/** Read the API program. */
export type QueryServiceSubscriptionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ServiceSubscriptionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ServiceSubscriptionOrder>;
};


/** Read the API program. */
export type QueryServiceTokensArgs = {
  serviceId: Scalars['ID']['input'];
};


/** Read the API program. */
export type QueryServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ServiceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ServiceOrder>;
};


/** Read the API program. */
export type QuerySignupsArgs = {
  granularity?: InputMaybe<UsageGranularity>;
  range: UsageRangeInput;
  timeZone?: InputMaybe<Scalars['String']['input']>;
};


/** Read the API program. */
export type QueryTenantArgs = {
  id: Scalars['ID']['input'];
};


/** Read the API program. */
export type QueryTenantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TenantFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<TenantOrder>;
};


/** Read the API program. */
export type QueryTopApplicationsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  metric?: InputMaybe<Scalars['ID']['input']>;
  range: UsageRangeInput;
  service: Scalars['ID']['input'];
  timeZone?: InputMaybe<Scalars['String']['input']>;
};


/** Read the API program. */
export type QueryUsageSeriesArgs = {
  granularity?: InputMaybe<UsageGranularity>;
  metric: Scalars['ID']['input'];
  range: UsageRangeInput;
  target: UsageTargetInput;
  timeZone?: InputMaybe<Scalars['String']['input']>;
};


/** Read the API program. */
export type QueryUtilizationArgs = {
  application: Scalars['ID']['input'];
};


/** Read the API program. */
export type QueryWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WebhookDeliveryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<WebhookDeliveryOrder>;
};

/** A plan change request to reject. */
export type RejectPlanChangeRequestInput = {
  /** The request. */
  id: Scalars['ID']['input'];
  /** Why, sent to the developer. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** A developer's request to move an application to another plan of its product. */
export type RequestApplicationPlanChangeInput = {
  /** The application. */
  applicationId: Scalars['ID']['input'];
  /** What the developer wants to say with it. */
  message?: InputMaybe<Scalars['String']['input']>;
  /** The application plan asked for. */
  planId: Scalars['ID']['input'];
};

/** How often one response code was reported over the range. */
export type ResponseCodeCount = {
  __typename: 'ResponseCodeCount';
  /** The HTTP status code. */
  code: Scalars['Int']['output'];
  /** How many responses had it. */
  count: Scalars['Decimal']['output'];
};

/** Upstream responses in one bucket, by class. */
export type ResponseCodePoint = {
  __typename: 'ResponseCodePoint';
  /** 4xx responses. */
  clientError: Scalars['Decimal']['output'];
  /** 1xx responses. */
  informational: Scalars['Decimal']['output'];
  /** 3xx responses. */
  redirection: Scalars['Decimal']['output'];
  /** 5xx responses. */
  serverError: Scalars['Decimal']['output'];
  /** Where the bucket starts. */
  start: Scalars['DateTime']['output'];
  /** 2xx responses. */
  success: Scalars['Decimal']['output'];
};

/** Upstream response codes reported with usage (003 ch.35). */
export type ResponseCodeSeries = {
  __typename: 'ResponseCodeSeries';
  /** Every code reported in the range, by code. */
  codes: Array<ResponseCodeCount>;
  /** The bucket size. */
  granularity: UsageGranularity;
  /** One point per bucket; empty when no code was reported in the range. */
  points: Array<ResponseCodePoint>;
  /** Start of the range. */
  since: Scalars['DateTime']['output'];
  /** The time zone of the buckets. */
  timeZone: Scalars['String']['output'];
  /** End of the range (exclusive). */
  until: Scalars['DateTime']['output'];
};

/** Result of `responseCodes`. */
export type ResponseCodesPayload = {
  __typename: 'ResponseCodesPayload';
  /** The series; null when the arguments were refused. */
  series?: Maybe<ResponseCodeSeries>;
  /** Why there is no series. */
  userErrors: Array<AnalyticsUserError>;
};

/** Whose response codes: a product, or one application. */
export type ResponseCodesTargetInput = {
  /** An application. */
  application?: InputMaybe<Scalars['ID']['input']>;
  /** A product (Service). */
  service?: InputMaybe<Scalars['ID']['input']>;
};

/** The webhook deliveries to act on: `ids`, or `filter` with `exceptIds`. */
export type RetryWebhookDeliveriesInput = {
  /** With `filter`: webhook deliveries to leave out (at most 10000). */
  exceptIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Every one of the webhook deliveries this filter matches (any number), run as a job; the payload's `job` reports its progress. */
  filter?: InputMaybe<WebhookDeliveryFilter>;
  /** Global IDs of the webhook deliveries (1–250), answered at once with a result per item. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** What happened to one of the webhook deliveries. */
export type RetryWebhookDeliveriesItemResult = {
  __typename: 'RetryWebhookDeliveriesItemResult';
  /** Why the item failed; null when it was done. */
  error?: Maybe<WebhookUserError>;
  /** The item's global ID, as given. */
  id: Scalars['ID']['output'];
  /** Done or failed. */
  status: BulkItemStatus;
};

/** Result of `retryWebhookDeliveries`. */
export type RetryWebhookDeliveriesPayload = {
  __typename: 'RetryWebhookDeliveriesPayload';
  /** With `filter`: the job doing the work; follow it with `jobProgress(id:)` or `job(id:)`. */
  job?: Maybe<Job>;
  /** With `ids`: one result per distinct given ID, in the given order. Empty with `filter`. */
  results: Array<RetryWebhookDeliveriesItemResult>;
  /** Why nothing was done (the selection itself is wrong). */
  userErrors: Array<BulkUserError>;
};

/** The token to revoke. */
export type RevokeAccessTokenInput = {
  /** ID of one of your access tokens. */
  id: Scalars['ID']['input'];
};

/** Result of `revokeAccessToken`. */
export type RevokeAccessTokenPayload = {
  __typename: 'RevokeAccessTokenPayload';
  /** The revoked token. */
  accessToken?: Maybe<AccessToken>;
  /** Why it was not revoked. */
  userErrors: Array<AccessTokenUserError>;
};

/** The access tokens to act on: `ids`, or `filter` with `exceptIds`. */
export type RevokeAccessTokensInput = {
  /** With `filter`: access tokens to leave out (at most 10000). */
  exceptIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Every one of the access tokens this filter matches (any number), run as a job; the payload's `job` reports its progress. */
  filter?: InputMaybe<AccessTokenFilter>;
  /** Global IDs of the access tokens (1–250), answered at once with a result per item. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** What happened to one of the access tokens. */
export type RevokeAccessTokensItemResult = {
  __typename: 'RevokeAccessTokensItemResult';
  /** Why the item failed; null when it was done. */
  error?: Maybe<AccessTokenUserError>;
  /** The item's global ID, as given. */
  id: Scalars['ID']['output'];
  /** Done or failed. */
  status: BulkItemStatus;
};

/** Result of `revokeAccessTokens`. */
export type RevokeAccessTokensPayload = {
  __typename: 'RevokeAccessTokensPayload';
  /** With `filter`: the job doing the work; follow it with `jobProgress(id:)` or `job(id:)`. */
  job?: Maybe<Job>;
  /** With `ids`: one result per distinct given ID, in the given order. Empty with `filter`. */
  results: Array<RevokeAccessTokensItemResult>;
  /** Why nothing was done (the selection itself is wrong). */
  userErrors: Array<BulkUserError>;
};

/** The service token to revoke. */
export type RevokeServiceTokenInput = {
  /** ID of the service token. */
  id: Scalars['ID']['input'];
};

/** Result of `revokeServiceToken`. */
export type RevokeServiceTokenPayload = {
  __typename: 'RevokeServiceTokenPayload';
  /** The token as it was; it is gone, and calls made with it are refused. */
  serviceToken?: Maybe<ServiceToken>;
  /** Why it was not revoked. */
  userErrors: Array<ServiceTokenUserError>;
};

/** How to rotate the signing secret. */
export type RotateWebhookSecretInput = {
  /** Hours the previous secret still signs too (0–168; default 24), so receivers can switch without rejecting a delivery. */
  keepPreviousHours?: InputMaybe<Scalars['Int']['input']>;
};

/** Result of `rotateWebhookSecret`. */
export type RotateWebhookSecretPayload = {
  __typename: 'RotateWebhookSecretPayload';
  /** The webhook, with its new secret. */
  settings?: Maybe<WebhookSettings>;
  /** Why the secret was not rotated. */
  userErrors: Array<WebhookUserError>;
};

/** The developer accounts to act on: `ids`, or `filter` with `exceptIds`. */
export type RunBulkAccountOperationInput = {
  /** SEND_EMAIL: the text. */
  body?: InputMaybe<Scalars['String']['input']>;
  /** With `filter`: developer accounts to leave out (at most 10000). */
  exceptIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Every one of the developer accounts this filter matches (any number), run as a job; the payload's `job` reports its progress. */
  filter?: InputMaybe<AccountFilter>;
  /** Global IDs of the developer accounts (1–250), answered at once with a result per item. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** What to do to each account. */
  operation: BulkAccountOperation;
  /** CHANGE_PLAN: one of the tenant's account plans. */
  planId?: InputMaybe<Scalars['ID']['input']>;
  /** SEND_EMAIL: the subject. */
  subject?: InputMaybe<Scalars['String']['input']>;
};

/** What happened to one of the developer accounts. */
export type RunBulkAccountOperationItemResult = {
  __typename: 'RunBulkAccountOperationItemResult';
  /** Why the item failed; null when it was done. */
  error?: Maybe<AccountUserError>;
  /** The item's global ID, as given. */
  id: Scalars['ID']['output'];
  /** Done or failed. */
  status: BulkItemStatus;
};

/** Result of `runBulkAccountOperation`. */
export type RunBulkAccountOperationPayload = {
  __typename: 'RunBulkAccountOperationPayload';
  /** With `filter`: the job doing the work; follow it with `jobProgress(id:)` or `job(id:)`. */
  job?: Maybe<Job>;
  /** With `ids`: one result per distinct given ID, in the given order. Empty with `filter`. */
  results: Array<RunBulkAccountOperationItemResult>;
  /** Why nothing was done (the selection itself is wrong). */
  userErrors: Array<BulkUserError>;
};

/** The applications to act on: `ids`, or `filter` with `exceptIds`. */
export type RunBulkApplicationOperationInput = {
  /** SEND_EMAIL: the text. */
  body?: InputMaybe<Scalars['String']['input']>;
  /** With `filter`: applications to leave out (at most 10000). */
  exceptIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Every one of the applications this filter matches (any number), run as a job; the payload's `job` reports its progress. */
  filter?: InputMaybe<ApplicationFilter>;
  /** Global IDs of the applications (1–250), answered at once with a result per item. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** What to do to each one. */
  operation: BulkApplicationOperation;
  /** CHANGE_PLAN: the application plan. */
  planId?: InputMaybe<Scalars['ID']['input']>;
  /** SEND_EMAIL: the subject. */
  subject?: InputMaybe<Scalars['String']['input']>;
};

/** What happened to one of the applications. */
export type RunBulkApplicationOperationItemResult = {
  __typename: 'RunBulkApplicationOperationItemResult';
  /** Why the item failed; null when it was done. */
  error?: Maybe<ApplicationUserError>;
  /** The item's global ID, as given. */
  id: Scalars['ID']['output'];
  /** Done or failed. */
  status: BulkItemStatus;
};

/** Result of `runBulkApplicationOperation`. */
export type RunBulkApplicationOperationPayload = {
  __typename: 'RunBulkApplicationOperationPayload';
  /** With `filter`: the job doing the work; follow it with `jobProgress(id:)` or `job(id:)`. */
  job?: Maybe<Job>;
  /** With `ids`: one result per distinct given ID, in the given order. Empty with `filter`. */
  results: Array<RunBulkApplicationOperationItemResult>;
  /** Why nothing was done (the selection itself is wrong). */
  userErrors: Array<BulkUserError>;
};

/** The service subscriptions to act on: `ids`, or `filter` with `exceptIds`. */
export type RunBulkServiceSubscriptionOperationInput = {
  /** SEND_EMAIL: the text. */
  body?: InputMaybe<Scalars['String']['input']>;
  /** With `filter`: service subscriptions to leave out (at most 10000). */
  exceptIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Every one of the service subscriptions this filter matches (any number), run as a job; the payload's `job` reports its progress. */
  filter?: InputMaybe<ServiceSubscriptionFilter>;
  /** Global IDs of the service subscriptions (1–250), answered at once with a result per item. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** What to do to each one. */
  operation: BulkServiceSubscriptionOperation;
  /** CHANGE_PLAN: the service plan. */
  planId?: InputMaybe<Scalars['ID']['input']>;
  /** SEND_EMAIL: the subject. */
  subject?: InputMaybe<Scalars['String']['input']>;
};

/** What happened to one of the service subscriptions. */
export type RunBulkServiceSubscriptionOperationItemResult = {
  __typename: 'RunBulkServiceSubscriptionOperationItemResult';
  /** Why the item failed; null when it was done. */
  error?: Maybe<ApplicationUserError>;
  /** The item's global ID, as given. */
  id: Scalars['ID']['output'];
  /** Done or failed. */
  status: BulkItemStatus;
};

/** Result of `runBulkServiceSubscriptionOperation`. */
export type RunBulkServiceSubscriptionOperationPayload = {
  __typename: 'RunBulkServiceSubscriptionOperationPayload';
  /** With `filter`: the job doing the work; follow it with `jobProgress(id:)` or `job(id:)`. */
  job?: Maybe<Job>;
  /** With `ids`: one result per distinct given ID, in the given order. Empty with `filter`. */
  results: Array<RunBulkServiceSubscriptionOperationItemResult>;
  /** Why nothing was done (the selection itself is wrong). */
  userErrors: Array<BulkUserError>;
};

/** A message to a developer account: to its inbox, and by email to its admin users. */
export type SendMessageInput = {
  /** The account. */
  accountId: Scalars['ID']['input'];
  /** The text (1–20000 characters); blank lines separate paragraphs. */
  body: Scalars['String']['input'];
  /** Subject (1–200 characters). */
  subject: Scalars['String']['input'];
};

/** Result of `sendMessage`. */
export type SendMessagePayload = {
  __typename: 'SendMessagePayload';
  /** The message sent. */
  message?: Maybe<AccountMessage>;
  /** Why it was not sent. */
  userErrors: Array<AccountUserError>;
};

/** A product: an API the tenant sells access to, with its metrics, methods and mapping rules. */
export type Service = Node & {
  __typename: 'Service';
  /** Name of the parameter that carries the application ID (APP_ID_APP_KEY). */
  appIdParameter: Scalars['String']['output'];
  /** Name of the parameter that carries the application key (APP_ID_APP_KEY). */
  appKeyParameter: Scalars['String']['output'];
  /** The service's application plans. */
  applicationPlans: PlanConnection;
  /** How gateways identify the calling application. */
  authMode: ServiceAuthMode;
  /** When the service was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Whether admins may set an application's key to a value of their choosing. */
  customKeysAllowed: Scalars['Boolean']['output'];
  /** What the API does. */
  description?: Maybe<Scalars['String']['output']>;
  /** Whether a usage alert of an application (50 % … 300 % of a limit) is also emailed to its developer account's admins; the team is always notified. */
  emailDevelopersOnUsageAlerts: Scalars['Boolean']['output'];
  /** The features offered on its application and service plans (see `scope`), in creation order. */
  features: Array<Feature>;
  /** Opaque global ID. Stable for the life of the object; do not parse it. */
  id: Scalars['ID']['output'];
  /** Its mapping rules in evaluation order. */
  mappingRules: Array<MappingRule>;
  /** How its mapping rules would count a request: which rules match and what each metric gets. */
  matchPath: MappingRuleMatch;
  /** Number of methods. */
  methodCount: Scalars['Int']['output'];
  /** Number of top-level metrics, `hits` included. */
  metricCount: Scalars['Int']['output'];
  /** Its metrics and methods: `hits` first, then by creation. */
  metrics: Array<Metric>;
  /** Name shown to admins and developers. */
  name: Scalars['String']['output'];
  /** The service's service plans. */
  servicePlans: PlanConnection;
  /** Whether the service accepts traffic. */
  state: ServiceState;
  /** Unique within the tenant, `[a-z0-9_-]`; fixed when the service is created. */
  systemName: Scalars['String']['output'];
  /** When its settings last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Name of the request parameter or header that carries the user key (USER_KEY). */
  userKeyParameter: Scalars['String']['output'];
};


/** A product: an API the tenant sells access to, with its metrics, methods and mapping rules. */
export type ServiceApplicationPlansArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PlanFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PlanOrder>;
};


/** A product: an API the tenant sells access to, with its metrics, methods and mapping rules. */
export type ServiceMatchPathArgs = {
  httpMethod: HttpMethod;
  path: Scalars['String']['input'];
};


/** A product: an API the tenant sells access to, with its metrics, methods and mapping rules. */
export type ServiceServicePlansArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PlanFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PlanOrder>;
};

/** How a gateway identifies the application calling a service. */
export type ServiceAuthMode =
  /** An application ID with one or more application keys (`app_id` + `app_key`). */
  | 'APP_ID_APP_KEY'
  /** OpenID Connect: a client ID and secret (`client_id` + `client_secret`). */
  | 'OIDC'
  /** One key per application (`user_key`). */
  | 'USER_KEY';

/** A page of services. */
export type ServiceConnection = {
  __typename: 'ServiceConnection';
  /** The items of this page with their cursors. */
  edges: Array<ServiceEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<Service>;
  /** Pagination state of this page. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Service in a page, with its cursor. */
export type ServiceEdge = {
  __typename: 'ServiceEdge';
  /** Opaque cursor of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The Service. */
  node: Service;
};

/** Narrows a list of services; all given conditions must hold. */
export type ServiceFilter = {
  /** Matches the name or system name, case-insensitive. At most 200 characters. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only services in these states. */
  states?: InputMaybe<Array<ServiceState>>;
};

/** Sort order of services. */
export type ServiceOrder = {
  /** Direction. */
  direction: OrderDirection;
  /** Sort key. */
  field: ServiceOrderField;
};

/** What services can be sorted by. */
export type ServiceOrderField =
  /** Creation time. */
  | 'CREATED_AT'
  /** Name. */
  | 'NAME';

/** Result of `createService` and `updateService`. */
export type ServicePayload = {
  __typename: 'ServicePayload';
  /** The service as it is now. */
  service?: Maybe<Service>;
  /** Why nothing changed. */
  userErrors: Array<CatalogUserError>;
};

/** Whether a service accepts traffic. */
export type ServiceState =
  /** Gateways may authorize calls to it. */
  | 'ACTIVE'
  /** Every call is refused; its configuration is kept. */
  | 'SUSPENDED';

/** A developer account's subscription to a product, on a service plan. */
export type ServiceSubscription = Node & {
  __typename: 'ServiceSubscription';
  /** The subscribed developer account. */
  account: Account;
  /** The state changes its state allows now. */
  availableActions: Array<ServiceSubscriptionAction>;
  /** When the account subscribed. */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque global ID. Stable for the life of the object; do not parse it. */
  id: Scalars['ID']['output'];
  /** Its service plan. */
  plan: Plan;
  /** The product. */
  service: Service;
  /** PENDING, LIVE or SUSPENDED. */
  state: ServiceSubscriptionState;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A change of a service subscription's state. */
export type ServiceSubscriptionAction =
  /** To LIVE, from PENDING. */
  | 'ACCEPT'
  /** To LIVE, from SUSPENDED. */
  | 'RESUME'
  /** To SUSPENDED, from LIVE. */
  | 'SUSPEND';

/** A page of service subscriptions. */
export type ServiceSubscriptionConnection = {
  __typename: 'ServiceSubscriptionConnection';
  /** The items of this page with their cursors. */
  edges: Array<ServiceSubscriptionEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<ServiceSubscription>;
  /** Pagination state of this page. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One ServiceSubscription in a page, with its cursor. */
export type ServiceSubscriptionEdge = {
  __typename: 'ServiceSubscriptionEdge';
  /** Opaque cursor of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The ServiceSubscription. */
  node: ServiceSubscription;
};

/** Narrows a list of service subscriptions; all given conditions must hold. */
export type ServiceSubscriptionFilter = {
  /** Only the subscriptions of this developer account. */
  account?: InputMaybe<Scalars['ID']['input']>;
  /** Only subscriptions on this service plan. */
  plan?: InputMaybe<Scalars['ID']['input']>;
  /** Only subscriptions to this product. */
  service?: InputMaybe<Scalars['ID']['input']>;
  /** Only subscriptions in these states. */
  states?: InputMaybe<Array<ServiceSubscriptionState>>;
};

/** A service subscription. */
export type ServiceSubscriptionIdInput = {
  /** The subscription. */
  id: Scalars['ID']['input'];
};

/** Sort order of service subscriptions. */
export type ServiceSubscriptionOrder = {
  /** Direction. */
  direction: OrderDirection;
  /** Sort key. */
  field: ServiceSubscriptionOrderField;
};

/** What service subscriptions can be sorted by. */
export type ServiceSubscriptionOrderField =
  /** Subscription time. */
  | 'CREATED_AT'
  /** State. */
  | 'STATE';

/** Result of a change to a service subscription. */
export type ServiceSubscriptionPayload = {
  __typename: 'ServiceSubscriptionPayload';
  /** The subscription as it is now. */
  serviceSubscription?: Maybe<ServiceSubscription>;
  /** Why nothing changed. */
  userErrors: Array<ApplicationUserError>;
};

/** Where an account's subscription to a product stands. */
export type ServiceSubscriptionState =
  /** Subscribed: the account may have applications of the product. */
  | 'LIVE'
  /** Waiting for an admin to accept it (its service plan requires approval). */
  | 'PENDING'
  /** Suspended by an admin. */
  | 'SUSPENDED';

/** A product's service token: what a gateway sends as `Authorization: Bearer` to the usage endpoint (`POST /api/usage/authorize`, `authrep`, `report`). Only its first characters are kept in clear; the token itself is shown once, when it is created. */
export type ServiceToken = Node & {
  __typename: 'ServiceToken';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque global ID. Stable for the life of the object; do not parse it. */
  id: Scalars['ID']['output'];
  /** The last call to the usage endpoint made with it (updated at most once a minute). */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the token is for (the gateway or environment using it). */
  name: Scalars['String']['output'];
  /** First characters of the token, to recognise it. */
  prefix: Scalars['String']['output'];
  /** The product whose usage it reports. */
  service: Service;
};

/** Codes of ServiceTokenUserError. */
export type ServiceTokenErrorCode =
  /** A required value is empty. */
  | 'BLANK'
  /** The product has as many service tokens as it may have; revoke one first. */
  | 'LIMIT_REACHED'
  /** No such product or service token in your tenant. */
  | 'NOT_FOUND'
  /** A value is longer than allowed. */
  | 'TOO_LONG';

/** A fixable problem, with a code from ServiceTokenErrorCode. */
export type ServiceTokenUserError = UserError & {
  __typename: 'ServiceTokenUserError';
  /** Machine-readable reason. */
  code: ServiceTokenErrorCode;
  /** Path to the input field at fault, e.g. ["input", "email"]. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words for a person. */
  message: Scalars['String']['output'];
};

/** How a plan's pricing rules for one metric price a month. */
export type SetTierModeInput = {
  /** The metric or method. */
  metricId: Scalars['ID']['input'];
  /** The application plan. */
  planId: Scalars['ID']['input'];
  /** GRADUATED or VOLUME. */
  tierMode: TierMode;
};

/** The limit of a metric over a period on a plan (created or replaced). */
export type SetUsageLimitInput = {
  /** A metric or method of the plan's service. */
  metricId: Scalars['ID']['input'];
  /** The period. */
  period: UsagePeriod;
  /** The application plan. */
  planId: Scalars['ID']['input'];
  /** Units per period, a whole number ≥ 0; 0 disables the metric on the plan. */
  value: Scalars['Decimal']['input'];
};

/** A custom user key for an application. */
export type SetUserKeyInput = {
  /** The application. */
  id: Scalars['ID']['input'];
  /** The key: `[0-9A-Za-z-]`, 5–256 characters; the product must allow custom keys. */
  userKey: Scalars['String']['input'];
};

/** Codes of SignupUserError. */
export type SignupErrorCode =
  /** A required value is empty. */
  | 'BLANK'
  /** A value has the wrong form (a username with a space, a password too weak, a VAT rate over 100). */
  | 'INVALID'
  /** A field that does not exist was given a value. */
  | 'NOT_FOUND'
  /** A product has no default plan of a kind that was needed. */
  | 'NO_DEFAULT_PLAN'
  /** The tenant does not accept signups (self-signup is off). */
  | 'SIGNUP_DISABLED'
  /** Another developer user of the tenant has this email or username. */
  | 'TAKEN'
  /** A value is longer than allowed. */
  | 'TOO_LONG'
  /** A plan is not one of the tenant's plans of the kind asked for. */
  | 'WRONG_PLAN';

/** A developer signing up: the account, its admin user, and the plans it starts on (seed 000's provisioning). */
export type SignupExpressInput = {
  /** The account plan; the tenant's default when omitted. */
  accountPlanId?: InputMaybe<Scalars['ID']['input']>;
  /** Application plans to create an application on, one each; each product's default when omitted (an empty list: none). */
  applicationPlanIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The admin user's email, unique among the tenant's developer users. */
  email: Scalars['EmailAddress']['input'];
  /** Values of the account's fields. */
  fields?: InputMaybe<Array<FieldValueInput>>;
  /** Organization or group name. */
  orgName: Scalars['String']['input'];
  /** The admin user's password (it is then active); without one it waits for an invitation. */
  password?: InputMaybe<Scalars['String']['input']>;
  /** Service plans to subscribe to; a product of an application is otherwise subscribed on its default service plan. */
  servicePlanIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Values of the admin user's fields. */
  userFields?: InputMaybe<Array<FieldValueInput>>;
  /** The admin user's username; derived from the email when omitted. */
  username?: InputMaybe<Scalars['String']['input']>;
};

/** Result of `signupExpress`: everything it made, or nothing and why. */
export type SignupExpressPayload = {
  __typename: 'SignupExpressPayload';
  /** The new account: PENDING when approval is required, else APPROVED. */
  account?: Maybe<Account>;
  /** Its applications. */
  applications: Array<Application>;
  /** Its subscriptions. */
  serviceSubscriptions: Array<ServiceSubscription>;
  /** Its admin user. */
  user?: Maybe<AccountUser>;
  /** Why nothing was made. */
  userErrors: Array<SignupUserError>;
};

/** Developer accounts created in one bucket. */
export type SignupPoint = {
  __typename: 'SignupPoint';
  /** Accounts created. */
  count: Scalars['Int']['output'];
  /** Where the bucket starts. */
  start: Scalars['DateTime']['output'];
};

/** Developer signups per bucket. */
export type SignupSeries = {
  __typename: 'SignupSeries';
  /** The bucket size. */
  granularity: UsageGranularity;
  /** One point per bucket. */
  points: Array<SignupPoint>;
  /** Accounts created over the period of the same length before it. */
  previousTotal: Scalars['Int']['output'];
  /** Start of the range. */
  since: Scalars['DateTime']['output'];
  /** The time zone of the buckets. */
  timeZone: Scalars['String']['output'];
  /** Accounts created over the range. */
  total: Scalars['Int']['output'];
  /** End of the range (exclusive). */
  until: Scalars['DateTime']['output'];
};

/** How developers sign up (003 ch.12). */
export type SignupSettings = {
  __typename: 'SignupSettings';
  /** New signups wait as PENDING until an admin approves them (an account plan that requires approval does too). */
  accountApprovalRequired: Scalars['Boolean']['output'];
  /** Developers may sign up on their own (the developer portal, or your signup code through `signupExpress`). */
  selfSignupEnabled: Scalars['Boolean']['output'];
};

/** A fixable problem, with a code from SignupErrorCode. */
export type SignupUserError = UserError & {
  __typename: 'SignupUserError';
  /** Machine-readable reason. */
  code: SignupErrorCode;
  /** Path to the input field at fault, e.g. ["input", "email"]. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words for a person. */
  message: Scalars['String']['output'];
};

/** Result of `signups`. */
export type SignupsPayload = {
  __typename: 'SignupsPayload';
  /** The series; null when the arguments were refused. */
  series?: Maybe<SignupSeries>;
  /** Why there is no series. */
  userErrors: Array<AnalyticsUserError>;
};

/** Live events over graphql-ws. */
export type Subscription = {
  __typename: 'Subscription';
  /** A beat at once, then every 15 seconds while connected. */
  heartbeat: Heartbeat;
  /** A job's state at once, then after every chunk it commits, until it has finished; then the subscription completes. Whichever server process runs the job. */
  jobProgress: Job;
  /** Each new notification of yours, within a second of the change that made it, whichever server process made it. */
  notificationReceived: Notification;
};


/** Live events over graphql-ws. */
export type SubscriptionJobProgressArgs = {
  id: Scalars['ID']['input'];
};

/** An API provider: its data is isolated from every other tenant's. */
export type Tenant = Node & {
  __typename: 'Tenant';
  /** Host name of the admin portal, `<subdomain>-admin.<GATEHOUSE_BASE_DOMAIN>`; null when no base domain is configured. */
  adminDomain?: Maybe<Scalars['String']['output']>;
  /** When the tenant was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque global ID. Stable for the life of the object; do not parse it. */
  id: Scalars['ID']['output'];
  /** True for the operator's own (master) tenant. */
  isMaster: Scalars['Boolean']['output'];
  /** Organization name. */
  name: Scalars['String']['output'];
  /** Unique subdomain, `[a-z0-9-]`; the admin portal is `<subdomain>-admin.<domain>`. */
  subdomain: Scalars['String']['output'];
  /** IANA time zone of the tenant (UTC by default): analytics use it unless asked for another; billing always counts in UTC. */
  timeZone: Scalars['String']['output'];
  /** Team users of this tenant. */
  users: UserConnection;
};


/** An API provider: its data is isolated from every other tenant's. */
export type TenantUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<UserOrder>;
};

/** A page of tenants. */
export type TenantConnection = {
  __typename: 'TenantConnection';
  /** The items of this page with their cursors. */
  edges: Array<TenantEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<Tenant>;
  /** Pagination state of this page. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Tenant in a page, with its cursor. */
export type TenantEdge = {
  __typename: 'TenantEdge';
  /** Opaque cursor of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The Tenant. */
  node: Tenant;
};

/** Codes of TenantUserError. */
export type TenantErrorCode =
  /** A required value is empty. */
  | 'BLANK'
  /** A value has the wrong form (e.g. a subdomain with characters outside [a-z0-9-], or an unknown time zone). */
  | 'INVALID'
  /** Another tenant uses this subdomain. */
  | 'TAKEN'
  /** A value is longer than allowed. */
  | 'TOO_LONG'
  /** The admin password does not meet the password rules. */
  | 'WEAK_PASSWORD';

/** Narrows a list of tenants; all given conditions must hold. */
export type TenantFilter = {
  /** Matches the name or subdomain, case-insensitive. At most 200 characters. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Sort order of tenants. */
export type TenantOrder = {
  /** Direction. */
  direction: OrderDirection;
  /** Sort key. */
  field: TenantOrderField;
};

/** What tenants can be sorted by. */
export type TenantOrderField =
  /** Creation time. */
  | 'CREATED_AT'
  /** Name. */
  | 'NAME';

/** A fixable problem, with a code from TenantErrorCode. */
export type TenantUserError = UserError & {
  __typename: 'TenantUserError';
  /** Machine-readable reason. */
  code: TenantErrorCode;
  /** Path to the input field at fault, e.g. ["input", "email"]. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words for a person. */
  message: Scalars['String']['output'];
};

/** How a metric's pricing rules price a month's usage. */
export type TierMode =
  /** Each rule charges the units within its own range; the charges add up (3scale's rule). */
  | 'GRADUATED'
  /** Every unit costs the price of the range the month's total falls in. */
  | 'VOLUME';

/** An application among the top users of a metric. */
export type TopApplication = {
  __typename: 'TopApplication';
  /** The application (null once deleted). */
  application?: Maybe<Application>;
  /** Its usage in the calendar period it was ranked by. */
  periodValue: Scalars['Decimal']['output'];
  /** Its usage over the chosen range (may be 0: ranked by the calendar period). */
  value: Scalars['Decimal']['output'];
};

/** The top applications of a metric, ranked by the calendar period that best fits the range (003 ch.34). */
export type TopApplications = {
  __typename: 'TopApplications';
  /** Most used first. */
  applications: Array<TopApplication>;
  /** The calendar period (UTC) they were ranked by: the shortest that holds the range. */
  calendarPeriod: CalendarPeriod;
  /** The metric or method. */
  metric: Metric;
  /** Where that calendar period starts. */
  periodStart: Scalars['DateTime']['output'];
  /** Start of the chosen range. */
  since: Scalars['DateTime']['output'];
  /** End of the chosen range (exclusive). */
  until: Scalars['DateTime']['output'];
};

/** Result of `topApplications`. */
export type TopApplicationsPayload = {
  __typename: 'TopApplicationsPayload';
  /** The ranking; null when the arguments were refused. */
  result?: Maybe<TopApplications>;
  /** Why there is no ranking. */
  userErrors: Array<AnalyticsUserError>;
};

/** The team user whose login lock to lift. */
export type UnlockLoginInput = {
  /** Global ID of the user (of any tenant). */
  userId: Scalars['ID']['input'];
};

/** Result of `unlockLogin`. */
export type UnlockLoginPayload = {
  __typename: 'UnlockLoginPayload';
  /** How many counters (one per client address that guessed) were cleared; 0 when none was locked. */
  cleared: Scalars['Int']['output'];
  /** The user whose failed-login counters were cleared. */
  user?: Maybe<User>;
  /** Why nothing was cleared. */
  userErrors: Array<AuthUserError>;
};

/** Changes to a developer account; omitted fields stay as they are. */
export type UpdateAccountInput = {
  /** Field values to set; fields not listed keep theirs, an empty value removes one. */
  fields?: InputMaybe<Array<FieldValueInput>>;
  /** The account. */
  id: Scalars['ID']['input'];
  /** Organization or group name. */
  orgName?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to an application; omitted fields stay as they are. */
export type UpdateApplicationInput = {
  /** Description; an empty string clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The application. */
  id: Scalars['ID']['input'];
  /** Name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** OIDC redirect URL; an empty string clears it. */
  redirectUrl?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a feature; omitted fields keep their value. Its system name stays. */
export type UpdateFeatureInput = {
  /** Description; an empty string clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The feature. */
  id: Scalars['ID']['input'];
  /** Name (1–200 characters). */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a field, built-in or extra; omitted settings stay as they are. */
export type UpdateFieldDefinitionInput = {
  /** The values it allows (extra fields only); an empty list allows any. */
  choices?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Not shown to developers. */
  hidden?: InputMaybe<Scalars['Boolean']['input']>;
  /** Label. */
  label?: InputMaybe<Scalars['String']['input']>;
  /** The field's name. */
  name: Scalars['String']['input'];
  /** Order on forms. */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** Developers must fill it in (not for hidden fields). */
  required?: InputMaybe<Scalars['Boolean']['input']>;
  /** What it describes. */
  target: FieldTarget;
};

/** Changes to a mapping rule; omitted fields stay as they are. */
export type UpdateMappingRuleInput = {
  /** Increment. */
  delta?: InputMaybe<Scalars['Int']['input']>;
  /** The verb it matches. */
  httpMethod?: InputMaybe<HttpMethod>;
  /** The mapping rule. */
  id: Scalars['ID']['input'];
  /** Stop evaluating after this rule when it matches. */
  last?: InputMaybe<Scalars['Boolean']['input']>;
  /** The metric or method it increments. */
  metricId?: InputMaybe<Scalars['ID']['input']>;
  /** Path pattern. */
  pattern?: InputMaybe<Scalars['String']['input']>;
  /** New position: the rules between move by one. */
  position?: InputMaybe<Scalars['Int']['input']>;
};

/** Changes to a metric or method; omitted fields stay as they are. */
export type UpdateMetricInput = {
  /** Change the system name although mapping rules or limits use the metric. */
  confirm?: InputMaybe<Scalars['Boolean']['input']>;
  /** Description; an empty string clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Name shown in the admin. */
  friendlyName?: InputMaybe<Scalars['String']['input']>;
  /** The metric or method. */
  id: Scalars['ID']['input'];
  /** New system name. Gateways report with it: changing it breaks integrations that use the old one. */
  systemName?: InputMaybe<Scalars['String']['input']>;
  /** Unit (metrics; a method counts hits). */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** Your email choices to change; types left out keep theirs. */
export type UpdateNotificationPreferencesInput = {
  /** One entry per type to change, each type once. */
  preferences: Array<NotificationPreferenceInput>;
};

/** Result of `updateNotificationPreferences`. */
export type UpdateNotificationPreferencesPayload = {
  __typename: 'UpdateNotificationPreferencesPayload';
  /** All your preferences, as they are now. */
  preferences?: Maybe<Array<NotificationPreference>>;
  /** Why nothing was changed. */
  userErrors: Array<NotificationUserError>;
};

/** Changes to a plan's settings; omitted fields keep their value. */
export type UpdatePlanInput = {
  /** Whether new subscriptions or applications wait for approval; false when omitted on creation. */
  approvalRequired?: InputMaybe<Scalars['Boolean']['input']>;
  /** Cost per month, ≥ 0, 2 decimals; 0 when omitted on creation. */
  costPerMonth?: InputMaybe<Scalars['Decimal']['input']>;
  /** Description; an empty string clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The plan. */
  id: Scalars['ID']['input'];
  /** Name (1–200 characters). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Setup fee, ≥ 0, 2 decimals; 0 when omitted on creation. */
  setupFee?: InputMaybe<Scalars['Decimal']['input']>;
  /** Trial days, 0–3650; 0 (or omitted on creation) for none. Service and application plans only. */
  trialPeriodDays?: InputMaybe<Scalars['Int']['input']>;
};

/** Changes to a pricing rule. */
export type UpdatePricingRuleInput = {
  /** Price per unit. */
  costPerUnit?: InputMaybe<Scalars['Decimal']['input']>;
  /** First unit. */
  from?: InputMaybe<Scalars['Decimal']['input']>;
  /** The pricing rule. */
  id: Scalars['ID']['input'];
  /** Last unit; send `unbounded: true` for no end. */
  to?: InputMaybe<Scalars['Decimal']['input']>;
  /** True to remove the range's end. */
  unbounded?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Changes to a service; omitted fields stay as they are. The system name cannot change. */
export type UpdateServiceInput = {
  /** Parameter carrying the application ID. */
  appIdParameter?: InputMaybe<Scalars['String']['input']>;
  /** Parameter carrying the application key. */
  appKeyParameter?: InputMaybe<Scalars['String']['input']>;
  /** How gateways identify applications. */
  authMode?: InputMaybe<ServiceAuthMode>;
  /** Whether admins may set custom keys. */
  customKeysAllowed?: InputMaybe<Scalars['Boolean']['input']>;
  /** Description; an empty string clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Whether usage alerts are also emailed to the developers. */
  emailDevelopersOnUsageAlerts?: InputMaybe<Scalars['Boolean']['input']>;
  /** The service. */
  id: Scalars['ID']['input'];
  /** Name (1–200 characters). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** ACTIVE, or SUSPENDED to refuse all traffic. */
  state?: InputMaybe<ServiceState>;
  /** Parameter carrying the user key. */
  userKeyParameter?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to the signup settings; omitted ones stay as they are. */
export type UpdateSignupSettingsInput = {
  /** New signups wait for approval. */
  accountApprovalRequired?: InputMaybe<Scalars['Boolean']['input']>;
  /** Developers may sign up on their own. */
  selfSignupEnabled?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Changes to the signed-in user's own tenant; what is omitted stays. */
export type UpdateTenantSettingsInput = {
  /** Organization name (1–100 characters). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** IANA time zone, such as Europe/Madrid, or UTC: the default of analytics. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

/** Result of `updateTenantSettings`. */
export type UpdateTenantSettingsPayload = {
  __typename: 'UpdateTenantSettingsPayload';
  /** The tenant as it is now; null when nothing was changed for an error. */
  tenant?: Maybe<Tenant>;
  /** Why nothing was changed. */
  userErrors: Array<TenantUserError>;
};

/** What to change of the webhook; fields left out keep their value. */
export type UpdateWebhookSettingsInput = {
  /** Your team's actions fire webhooks too (default: only developers' actions). */
  adminActionsFire?: InputMaybe<Scalars['Boolean']['input']>;
  /** Post events (needs a URL). */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** The events to post, each once; the list replaces the current one. */
  events?: InputMaybe<Array<WebhookEvent>>;
  /** Where events are posted: an http or https URL (at most 2000 characters); null removes it (the webhook must then be disabled). */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** Result of `updateWebhookSettings`. */
export type UpdateWebhookSettingsPayload = {
  __typename: 'UpdateWebhookSettingsPayload';
  /** The webhook as it is now. */
  settings?: Maybe<WebhookSettings>;
  /** Why nothing was changed. */
  userErrors: Array<WebhookUserError>;
};

/** An application's most-used limit reached a level (50, 80, 90, 100, 120, 150, 200 or 300 %): at most one per application and level in 24 hours. */
export type UsageAlert = Node & {
  __typename: 'UsageAlert';
  /** The developer account of the application. */
  account?: Maybe<Account>;
  /** The application (null once deleted). */
  application?: Maybe<Application>;
  /** The count in the period when the alert was raised: a whole number, as a string. */
  current: Scalars['Decimal']['output'];
  /** Opaque global ID. Stable for the life of the object; do not parse it. */
  id: Scalars['ID']['output'];
  /** ALERT below 100 %, VIOLATION from 100 %. */
  kind: UsageAlertKind;
  /** The level reached, in percent of the limit. */
  level: Scalars['Int']['output'];
  /** The limit's value (units per period) when the alert was raised: a whole number, as a string. */
  max: Scalars['Decimal']['output'];
  /** The metric or method of the limit. */
  metric?: Maybe<Metric>;
  /** The limit's period. */
  period: UsagePeriod;
  /** When it was raised. */
  raisedAt: Scalars['DateTime']['output'];
  /** When the team marked it read; null while unread. */
  readAt?: Maybe<Scalars['DateTime']['output']>;
  /** The product. */
  service?: Maybe<Service>;
};

/** A page of usage alerts. */
export type UsageAlertConnection = {
  __typename: 'UsageAlertConnection';
  /** The items of this page with their cursors. */
  edges: Array<UsageAlertEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<UsageAlert>;
  /** Pagination state of this page. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One UsageAlert in a page, with its cursor. */
export type UsageAlertEdge = {
  __typename: 'UsageAlertEdge';
  /** Opaque cursor of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The UsageAlert. */
  node: UsageAlert;
};

/** Codes of UsageAlertUserError. */
export type UsageAlertErrorCode =
  /** No such usage alert in your tenant. */
  | 'NOT_FOUND'
  /** More alerts were given than one call may change. */
  | 'TOO_MANY';

/** Narrows a list of usage alerts; all given conditions must hold. */
export type UsageAlertFilter = {
  /** Only the alerts of this developer account's applications. */
  account?: InputMaybe<Scalars['ID']['input']>;
  /** Only this application's alerts. */
  application?: InputMaybe<Scalars['ID']['input']>;
  /** Only alerts of these kinds. */
  kinds?: InputMaybe<Array<UsageAlertKind>>;
  /** Only alerts of this product's applications. */
  service?: InputMaybe<Scalars['ID']['input']>;
  /** True: only unread alerts; false: only read ones. */
  unread?: InputMaybe<Scalars['Boolean']['input']>;
};

/** How far past a limit an application went. */
export type UsageAlertKind =
  /** It used 50 %, 80 % or 90 % of a limit. */
  | 'ALERT'
  /** It reached or passed a limit (100 % and more). */
  | 'VIOLATION';

/** Sort order of usage alerts. */
export type UsageAlertOrder = {
  /** Direction. */
  direction: OrderDirection;
  /** Sort key. */
  field: UsageAlertOrderField;
};

/** What usage alerts can be sorted by. */
export type UsageAlertOrderField =
  /** The level reached. */
  | 'LEVEL'
  /** When it was raised. */
  | 'RAISED_AT';

/** A fixable problem, with a code from UsageAlertErrorCode. */
export type UsageAlertUserError = UserError & {
  __typename: 'UsageAlertUserError';
  /** Machine-readable reason. */
  code: UsageAlertErrorCode;
  /** Path to the input field at fault, e.g. ["input", "email"]. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words for a person. */
  message: Scalars['String']['output'];
};

/** The buckets a usage series is summed in. */
export type UsageGranularity =
  /** A day. */
  | 'DAY'
  /** An hour. */
  | 'HOUR'
  /** A month. */
  | 'MONTH';

/** How much of a metric an application on the plan may use per period; 0 disables the metric. */
export type UsageLimit = Node & {
  __typename: 'UsageLimit';
  /** Opaque global ID. Stable for the life of the object; do not parse it. */
  id: Scalars['ID']['output'];
  /** The metric or method it limits. */
  metric: Metric;
  /** The calendar period (UTC). */
  period: UsagePeriod;
  /** The plan. */
  plan: Plan;
  /** Units allowed per period, a whole number ≥ 0 (as a string: it may exceed 2^31). */
  value: Scalars['Decimal']['output'];
};

/** Result of `setUsageLimit`. */
export type UsageLimitPayload = {
  __typename: 'UsageLimitPayload';
  /** The limit. */
  usageLimit?: Maybe<UsageLimit>;
  /** Why nothing changed. */
  userErrors: Array<PlanUserError>;
};

/** The calendar period (UTC) a usage limit counts over. */
export type UsagePeriod =
  /** A calendar day. */
  | 'DAY'
  /** All time. */
  | 'ETERNITY'
  /** A calendar hour. */
  | 'HOUR'
  /** A calendar minute. */
  | 'MINUTE'
  /** A calendar month. */
  | 'MONTH'
  /** A calendar week, from Monday. */
  | 'WEEK'
  /** A calendar year. */
  | 'YEAR';

/** The usage in one bucket. */
export type UsagePoint = {
  __typename: 'UsagePoint';
  /** Where the bucket starts (local hour, day or month in the series' time zone). */
  start: Scalars['DateTime']['output'];
  /** Units counted, a whole number as a string. */
  value: Scalars['Decimal']['output'];
};

/** A preset, or a custom range [since, until). */
export type UsageRangeInput = {
  /** A preset range; leave since and until out. */
  preset?: InputMaybe<UsageRangePreset>;
  /** Start of a custom range (inclusive). */
  since?: InputMaybe<Scalars['DateTime']['input']>;
  /** End of a custom range (exclusive). */
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A range counted back from now in the chosen time zone, the current hour, day or month included. */
export type UsageRangePreset =
  /** The last 7 days (today included), by day. */
  | 'LAST_7_DAYS'
  /** The last 12 months (this month included), by month. */
  | 'LAST_12_MONTHS'
  /** The last 24 hours, by hour. */
  | 'LAST_24_HOURS'
  /** The last 30 days (today included), by day. */
  | 'LAST_30_DAYS';

/** A metric's usage per bucket over a range, with the total and the previous period's total. */
export type UsageSeries = {
  __typename: 'UsageSeries';
  /** Change against the previous period, in percent; null when the previous period had none. */
  changePercent?: Maybe<Scalars['Float']['output']>;
  /** The bucket size. */
  granularity: UsageGranularity;
  /** The metric or method. */
  metric: Metric;
  /** One point per bucket; empty when there is no data for the selected period. */
  points: Array<UsagePoint>;
  /** Units over the period of the same length right before it. */
  previousTotal: Scalars['Decimal']['output'];
  /** Start of the range (inclusive). */
  since: Scalars['DateTime']['output'];
  /** The time zone of the buckets. */
  timeZone: Scalars['String']['output'];
  /** Units over the range. */
  total: Scalars['Decimal']['output'];
  /** End of the range (exclusive). */
  until: Scalars['DateTime']['output'];
};

/** Result of `usageSeries`. */
export type UsageSeriesPayload = {
  __typename: 'UsageSeriesPayload';
  /** The series; null when the arguments were refused. */
  series?: Maybe<UsageSeries>;
  /** Why there is no series. */
  userErrors: Array<AnalyticsUserError>;
};

/** Whose usage: exactly one of a product, an application or a developer account. */
export type UsageTargetInput = {
  /** A developer account: all of its applications. */
  account?: InputMaybe<Scalars['ID']['input']>;
  /** An application. */
  application?: InputMaybe<Scalars['ID']['input']>;
  /** A product (Service): all of its applications. */
  service?: InputMaybe<Scalars['ID']['input']>;
};

/** A team user of a tenant: someone who runs the API program. */
export type User = Node & {
  __typename: 'User';
  /** When the user was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Login email, unique within the tenant. */
  email: Scalars['EmailAddress']['output'];
  /** Opaque global ID. Stable for the life of the object; do not parse it. */
  id: Scalars['ID']['output'];
  /** Last successful login. */
  lastLoginAt?: Maybe<Scalars['DateTime']['output']>;
  /** Display name. */
  name?: Maybe<Scalars['String']['output']>;
  /** Admin or member. */
  role: UserRole;
  /** The tenant the user belongs to. */
  tenant: Tenant;
};

/** A page of team users. */
export type UserConnection = {
  __typename: 'UserConnection';
  /** The items of this page with their cursors. */
  edges: Array<UserEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<User>;
  /** Pagination state of this page. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One User in a page, with its cursor. */
export type UserEdge = {
  __typename: 'UserEdge';
  /** Opaque cursor of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The User. */
  node: User;
};

/** A problem with the input that the caller can fix. Each module has its own type with a `code` enum. */
export type UserError = {
  /** Path to the input field at fault, e.g. ["input", "email"]. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words for a person. */
  message: Scalars['String']['output'];
};

/** Sort order of team users. */
export type UserOrder = {
  /** Direction. */
  direction: OrderDirection;
  /** Sort key. */
  field: UserOrderField;
};

/** What team users can be sorted by. */
export type UserOrderField =
  /** Creation time. */
  | 'CREATED_AT'
  /** Email address. */
  | 'EMAIL';

/** What a team user may do. */
export type UserRole =
  /** Everything in the tenant. */
  | 'ADMIN'
  /** Reads everything; writes only personal settings until member rights are configurable. */
  | 'MEMBER';

/** One attempt at posting a webhook delivery. */
export type WebhookAttempt = {
  __typename: 'WebhookAttempt';
  /** When it was made. */
  attemptedAt: Scalars['DateTime']['output'];
  /** How long it took, in milliseconds. */
  durationMs: Scalars['Int']['output'];
  /** Why it failed; null when it was delivered. */
  error?: Maybe<Scalars['String']['output']>;
  /** The start of the response body (at most 2 KB). */
  response?: Maybe<Scalars['String']['output']>;
  /** The HTTP status the endpoint answered; null when it did not answer. */
  statusCode?: Maybe<Scalars['Int']['output']>;
};

/** One event posted, or to be posted, to the tenant's webhook. */
export type WebhookDelivery = Node & {
  __typename: 'WebhookDelivery';
  /** Each attempt, oldest first. */
  attemptLog: Array<WebhookAttempt>;
  /** Attempts so far in this round (a manual retry starts a new one), counting one in progress; `attemptLog` lists the finished ones. */
  attempts: Scalars['Int']['output'];
  /** The JSON body, as posted. */
  body: Scalars['String']['output'];
  /** When the event happened. */
  createdAt: Scalars['DateTime']['output'];
  /** When the endpoint took it. */
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** `<type>.<action>`: `account.created`, `webhook.ping`. */
  event: Scalars['String']['output'];
  /** The body's `id`, the same for every attempt: receivers deduplicate on it. */
  eventId: Scalars['String']['output'];
  /** Opaque global ID. Stable for the life of the object; do not parse it. */
  id: Scalars['ID']['output'];
  /** Why the last attempt failed. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** The HTTP status of the last attempt. */
  lastStatusCode?: Maybe<Scalars['Int']['output']>;
  /** When the next attempt is due (PENDING only). */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where it is. */
  status: WebhookDeliveryStatus;
  /** Where it is posted (the webhook's URL when it was made). */
  url: Scalars['String']['output'];
};

/** A page of webhook deliveries. */
export type WebhookDeliveryConnection = {
  __typename: 'WebhookDeliveryConnection';
  /** The items of this page with their cursors. */
  edges: Array<WebhookDeliveryEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<WebhookDelivery>;
  /** Pagination state of this page. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One WebhookDelivery in a page, with its cursor. */
export type WebhookDeliveryEdge = {
  __typename: 'WebhookDeliveryEdge';
  /** Opaque cursor of this item; pass it as `after` or `before`. */
  cursor: Scalars['String']['output'];
  /** The WebhookDelivery. */
  node: WebhookDelivery;
};

/** Narrows a list of webhook deliveries; all given conditions must hold. */
export type WebhookDeliveryFilter = {
  /** An event kind (`account`) or one event (`account.created`). At most 200 characters. */
  event?: InputMaybe<Scalars['String']['input']>;
  /** Only deliveries of events at or after this time. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only deliveries in these states. */
  statuses?: InputMaybe<Array<WebhookDeliveryStatus>>;
  /** Only deliveries of events at or before this time. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Sort order of webhook deliveries. */
export type WebhookDeliveryOrder = {
  /** Direction. */
  direction: OrderDirection;
  /** Sort key. */
  field: WebhookDeliveryOrderField;
};

/** What webhook deliveries can be sorted by. */
export type WebhookDeliveryOrderField =
  /** When the event happened. */
  | 'CREATED_AT';

/** Where a webhook delivery is: PENDING → DELIVERED, or FAILED after its retries. */
export type WebhookDeliveryStatus =
  /** The endpoint answered 2xx. */
  | 'DELIVERED'
  /** Every attempt failed; retry it or delete it. */
  | 'FAILED'
  /** Waiting to be posted, or to be posted again after a failed attempt (see `nextAttemptAt`). */
  | 'PENDING';

/** Codes of WebhookUserError. */
export type WebhookErrorCode =
  /** An event is listed twice. */
  | 'DUPLICATE_EVENT'
  /** A value is out of range. */
  | 'INVALID'
  /** The URL is not an absolute http or https URL, is too long, or carries credentials. */
  | 'INVALID_URL'
  /** No such webhook delivery of your tenant. */
  | 'NOT_FOUND'
  /** Only failed deliveries can be retried (a pending one will be tried, a delivered one was). */
  | 'NOT_RETRYABLE'
  /** A test event is still on its way; one at a time. */
  | 'PING_PENDING'
  /** The URL points at a private or loopback address, which webhooks may not reach. */
  | 'PRIVATE_ADDRESS'
  /** A webhook needs a URL to be enabled or pinged. */
  | 'URL_REQUIRED';

/** An event a tenant's webhook can listen to (001 §10.2). */
export type WebhookEvent =
  /** A developer account was created. */
  | 'ACCOUNT_CREATED'
  /** A developer account was deleted. */
  | 'ACCOUNT_DELETED'
  /** A developer account moved to another account plan. */
  | 'ACCOUNT_PLAN_CHANGED'
  /** A developer account was changed. */
  | 'ACCOUNT_UPDATED'
  /** An application was created. */
  | 'APPLICATION_CREATED'
  /** An application was deleted. */
  | 'APPLICATION_DELETED'
  /** An application moved to another plan. */
  | 'APPLICATION_PLAN_CHANGED'
  /** An application was suspended. */
  | 'APPLICATION_SUSPENDED'
  /** An application was changed. */
  | 'APPLICATION_UPDATED'
  /** An application's user key changed. */
  | 'APPLICATION_USER_KEY_CHANGED'
  /** An application key was added. */
  | 'KEY_CREATED'
  /** An application key was deleted. */
  | 'KEY_DELETED'
  /** An application key was changed. */
  | 'KEY_UPDATED'
  /** A user of a developer account was created. */
  | 'USER_CREATED'
  /** A user of a developer account was deleted. */
  | 'USER_DELETED'
  /** A user of a developer account was changed. */
  | 'USER_UPDATED';

/** The tenant's webhook: where events are posted and which (001 ch.10). */
export type WebhookSettings = {
  __typename: 'WebhookSettings';
  /** Actions of your team fire webhooks too; off: only what developers do. */
  adminActionsFire: Scalars['Boolean']['output'];
  /** Events are posted. */
  enabled: Scalars['Boolean']['output'];
  /** The events posted. */
  events: Array<WebhookEvent>;
  /** Until when the secret before the last rotation still signs too (a second `v1`); null when it does not. */
  previousSecretExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The secret that signs each body (`Gatehouse-Signature`); null until the webhook is first saved. Keep it on your receiver only. Needs a signed-in session: an access token cannot read it. */
  secret?: Maybe<Scalars['String']['output']>;
  /** Where events are posted (http or https). */
  url?: Maybe<Scalars['String']['output']>;
};

/** A fixable problem, with a code from WebhookErrorCode. */
export type WebhookUserError = UserError & {
  __typename: 'WebhookUserError';
  /** Machine-readable reason. */
  code: WebhookErrorCode;
  /** Path to the input field at fault, e.g. ["input", "email"]. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, in words for a person. */
  message: Scalars['String']['output'];
};
