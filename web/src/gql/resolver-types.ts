import type * as Types from './schema-types';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { TenantFixture, UserFixture, AccessTokenFixture, JobFixture, JobFailureFixture, ServiceFixture, MetricFixture, MappingRuleFixture, ServiceTokenFixture, UsageAlertFixture, PlanFixture, UsageLimitFixture, PricingRuleFixture, FeatureFixture } from '../testing/factories';
import type { MockContext } from '../mocks/mock-context';
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };


export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Types.Maybe<TTypes> | Promise<Types.Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | ( AccessTokenFixture )
    | ( Omit<Types.Account, 'adminUser' | 'applications' | 'invitations' | 'plan' | 'serviceSubscriptions' | 'users'> & { adminUser?: Types.Maybe<_RefType['AccountUser']>, applications: _RefType['ApplicationConnection'], invitations: _RefType['AccountInvitationConnection'], plan: _RefType['Plan'], serviceSubscriptions: _RefType['ServiceSubscriptionConnection'], users: _RefType['AccountUserConnection'] } )
    | ( Omit<Types.AccountInvitation, 'account'> & { account: _RefType['Account'] } )
    | ( Types.AccountMessage )
    | ( Omit<Types.AccountUser, 'account'> & { account: _RefType['Account'] } )
    | ( Omit<Types.Application, 'account' | 'plan' | 'service'> & { account: _RefType['Account'], plan: _RefType['Plan'], service: _RefType['Service'] } )
    | ( Types.ApplicationKey )
    | ( Omit<Types.AuditEntry, 'actor' | 'tenant'> & { actor?: Types.Maybe<_RefType['User']>, tenant: _RefType['Tenant'] } )
    | ( Omit<Types.Export, 'job'> & { job: _RefType['Job'] } )
    | ( FeatureFixture )
    | ( JobFixture )
    | ( MappingRuleFixture )
    | ( MetricFixture )
    | ( Types.Notification )
    | ( Types.OutboxMessage )
    | ( PlanFixture )
    | ( Omit<Types.PlanChangeRequest, 'application' | 'fromPlan' | 'toPlan'> & { application: _RefType['Application'], fromPlan?: Types.Maybe<_RefType['Plan']>, toPlan: _RefType['Plan'] } )
    | ( PricingRuleFixture )
    | ( ServiceFixture )
    | ( Omit<Types.ServiceSubscription, 'account' | 'plan' | 'service'> & { account: _RefType['Account'], plan: _RefType['Plan'], service: _RefType['Service'] } )
    | ( ServiceTokenFixture )
    | ( TenantFixture )
    | ( UsageAlertFixture )
    | ( UsageLimitFixture )
    | ( UserFixture )
    | ( Types.WebhookDelivery )
  ;
  UserError:
    | ( Types.AccessTokenUserError )
    | ( Types.AccountUserError )
    | ( Types.AnalyticsUserError )
    | ( Types.ApplicationUserError )
    | ( Types.AuthUserError )
    | ( Types.BulkUserError )
    | ( Types.CatalogUserError )
    | ( Types.ExportUserError )
    | ( Types.JobUserError )
    | ( Types.NotificationUserError )
    | ( Types.PlanUserError )
    | ( Types.ServiceTokenUserError )
    | ( Types.SignupUserError )
    | ( Types.TenantUserError )
    | ( Types.UsageAlertUserError )
    | ( Types.WebhookUserError )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AcceptInvitationInput: Types.AcceptInvitationInput;
  AcceptInvitationPayload: ResolverTypeWrapper<Omit<Types.AcceptInvitationPayload, 'user'> & { user?: Types.Maybe<ResolversTypes['AccountUser']> }>;
  AccessToken: ResolverTypeWrapper<AccessTokenFixture>;
  AccessTokenConnection: ResolverTypeWrapper<Omit<Types.AccessTokenConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AccessTokenEdge']>, nodes: Array<ResolversTypes['AccessToken']> }>;
  AccessTokenEdge: ResolverTypeWrapper<Omit<Types.AccessTokenEdge, 'node'> & { node: ResolversTypes['AccessToken'] }>;
  AccessTokenErrorCode: Types.AccessTokenErrorCode;
  AccessTokenFilter: Types.AccessTokenFilter;
  AccessTokenOrder: Types.AccessTokenOrder;
  AccessTokenOrderField: Types.AccessTokenOrderField;
  AccessTokenPermission: Types.AccessTokenPermission;
  AccessTokenScope: Types.AccessTokenScope;
  AccessTokenState: Types.AccessTokenState;
  AccessTokenUserError: ResolverTypeWrapper<Types.AccessTokenUserError>;
  Account: ResolverTypeWrapper<Omit<Types.Account, 'adminUser' | 'applications' | 'invitations' | 'plan' | 'serviceSubscriptions' | 'users'> & { adminUser?: Types.Maybe<ResolversTypes['AccountUser']>, applications: ResolversTypes['ApplicationConnection'], invitations: ResolversTypes['AccountInvitationConnection'], plan: ResolversTypes['Plan'], serviceSubscriptions: ResolversTypes['ServiceSubscriptionConnection'], users: ResolversTypes['AccountUserConnection'] }>;
  AccountAction: Types.AccountAction;
  AccountConnection: ResolverTypeWrapper<Omit<Types.AccountConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AccountEdge']>, nodes: Array<ResolversTypes['Account']> }>;
  AccountEdge: ResolverTypeWrapper<Omit<Types.AccountEdge, 'node'> & { node: ResolversTypes['Account'] }>;
  AccountErrorCode: Types.AccountErrorCode;
  AccountFilter: Types.AccountFilter;
  AccountIdInput: Types.AccountIdInput;
  AccountInvitation: ResolverTypeWrapper<Omit<Types.AccountInvitation, 'account'> & { account: ResolversTypes['Account'] }>;
  AccountInvitationConnection: ResolverTypeWrapper<Omit<Types.AccountInvitationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AccountInvitationEdge']>, nodes: Array<ResolversTypes['AccountInvitation']> }>;
  AccountInvitationEdge: ResolverTypeWrapper<Omit<Types.AccountInvitationEdge, 'node'> & { node: ResolversTypes['AccountInvitation'] }>;
  AccountInvitationOrder: Types.AccountInvitationOrder;
  AccountInvitationOrderField: Types.AccountInvitationOrderField;
  AccountMessage: ResolverTypeWrapper<Types.AccountMessage>;
  AccountMessageConnection: ResolverTypeWrapper<Types.AccountMessageConnection>;
  AccountMessageEdge: ResolverTypeWrapper<Types.AccountMessageEdge>;
  AccountMessageFilter: Types.AccountMessageFilter;
  AccountMessageOrder: Types.AccountMessageOrder;
  AccountMessageOrderField: Types.AccountMessageOrderField;
  AccountOrder: Types.AccountOrder;
  AccountOrderField: Types.AccountOrderField;
  AccountPayload: ResolverTypeWrapper<Omit<Types.AccountPayload, 'account'> & { account?: Types.Maybe<ResolversTypes['Account']> }>;
  AccountState: Types.AccountState;
  AccountUser: ResolverTypeWrapper<Omit<Types.AccountUser, 'account'> & { account: ResolversTypes['Account'] }>;
  AccountUserConnection: ResolverTypeWrapper<Omit<Types.AccountUserConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AccountUserEdge']>, nodes: Array<ResolversTypes['AccountUser']> }>;
  AccountUserEdge: ResolverTypeWrapper<Omit<Types.AccountUserEdge, 'node'> & { node: ResolversTypes['AccountUser'] }>;
  AccountUserError: ResolverTypeWrapper<Types.AccountUserError>;
  AccountUserOrder: Types.AccountUserOrder;
  AccountUserOrderField: Types.AccountUserOrderField;
  AccountUserRole: Types.AccountUserRole;
  AccountUserState: Types.AccountUserState;
  AnalyticsErrorCode: Types.AnalyticsErrorCode;
  AnalyticsUserError: ResolverTypeWrapper<Types.AnalyticsUserError>;
  Application: ResolverTypeWrapper<Omit<Types.Application, 'account' | 'plan' | 'service'> & { account: ResolversTypes['Account'], plan: ResolversTypes['Plan'], service: ResolversTypes['Service'] }>;
  ApplicationAction: Types.ApplicationAction;
  ApplicationConnection: ResolverTypeWrapper<Omit<Types.ApplicationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ApplicationEdge']>, nodes: Array<ResolversTypes['Application']> }>;
  ApplicationEdge: ResolverTypeWrapper<Omit<Types.ApplicationEdge, 'node'> & { node: ResolversTypes['Application'] }>;
  ApplicationErrorCode: Types.ApplicationErrorCode;
  ApplicationFilter: Types.ApplicationFilter;
  ApplicationIdInput: Types.ApplicationIdInput;
  ApplicationKey: ResolverTypeWrapper<Types.ApplicationKey>;
  ApplicationKeyPayload: ResolverTypeWrapper<Omit<Types.ApplicationKeyPayload, 'application'> & { application?: Types.Maybe<ResolversTypes['Application']> }>;
  ApplicationOrder: Types.ApplicationOrder;
  ApplicationOrderField: Types.ApplicationOrderField;
  ApplicationPayload: ResolverTypeWrapper<Omit<Types.ApplicationPayload, 'application'> & { application?: Types.Maybe<ResolversTypes['Application']> }>;
  ApplicationState: Types.ApplicationState;
  ApplicationUserError: ResolverTypeWrapper<Types.ApplicationUserError>;
  AuditActorKind: Types.AuditActorKind;
  AuditChange: ResolverTypeWrapper<Types.AuditChange>;
  AuditEntry: ResolverTypeWrapper<Omit<Types.AuditEntry, 'actor' | 'tenant'> & { actor?: Types.Maybe<ResolversTypes['User']>, tenant: ResolversTypes['Tenant'] }>;
  AuditEntryConnection: ResolverTypeWrapper<Omit<Types.AuditEntryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AuditEntryEdge']>, nodes: Array<ResolversTypes['AuditEntry']> }>;
  AuditEntryEdge: ResolverTypeWrapper<Omit<Types.AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  AuditEntryFilter: Types.AuditEntryFilter;
  AuditEntryOrder: Types.AuditEntryOrder;
  AuditEntryOrderField: Types.AuditEntryOrderField;
  AuthErrorCode: Types.AuthErrorCode;
  AuthUserError: ResolverTypeWrapper<Types.AuthUserError>;
  Boolean: ResolverTypeWrapper<Types.Scalars['Boolean']['output']>;
  BulkAccountOperation: Types.BulkAccountOperation;
  BulkApplicationOperation: Types.BulkApplicationOperation;
  BulkErrorCode: Types.BulkErrorCode;
  BulkItemStatus: Types.BulkItemStatus;
  BulkServiceSubscriptionOperation: Types.BulkServiceSubscriptionOperation;
  BulkUserError: ResolverTypeWrapper<Types.BulkUserError>;
  CalendarPeriod: Types.CalendarPeriod;
  CancelJobInput: Types.CancelJobInput;
  CancelJobPayload: ResolverTypeWrapper<Omit<Types.CancelJobPayload, 'job'> & { job?: Types.Maybe<ResolversTypes['Job']> }>;
  CatalogErrorCode: Types.CatalogErrorCode;
  CatalogUserError: ResolverTypeWrapper<Types.CatalogUserError>;
  ChangeAccountPlanInput: Types.ChangeAccountPlanInput;
  ChangeApplicationPlanInput: Types.ChangeApplicationPlanInput;
  ChangePasswordInput: Types.ChangePasswordInput;
  ChangePasswordPayload: ResolverTypeWrapper<Omit<Types.ChangePasswordPayload, 'user'> & { user?: Types.Maybe<ResolversTypes['User']> }>;
  ChangeServiceSubscriptionPlanInput: Types.ChangeServiceSubscriptionPlanInput;
  CopyPlanInput: Types.CopyPlanInput;
  CostPreview: ResolverTypeWrapper<Omit<Types.CostPreview, 'variable'> & { variable: Array<ResolversTypes['MetricCost']> }>;
  CreateAccessTokenInput: Types.CreateAccessTokenInput;
  CreateAccessTokenPayload: ResolverTypeWrapper<Omit<Types.CreateAccessTokenPayload, 'accessToken'> & { accessToken?: Types.Maybe<ResolversTypes['AccessToken']> }>;
  CreateAccountInput: Types.CreateAccountInput;
  CreateAccountPayload: ResolverTypeWrapper<Omit<Types.CreateAccountPayload, 'account' | 'user'> & { account?: Types.Maybe<ResolversTypes['Account']>, user?: Types.Maybe<ResolversTypes['AccountUser']> }>;
  CreateAccountPlanInput: Types.CreateAccountPlanInput;
  CreateApplicationInput: Types.CreateApplicationInput;
  CreateApplicationKeyInput: Types.CreateApplicationKeyInput;
  CreateApplicationPlanInput: Types.CreateApplicationPlanInput;
  CreateFeatureInput: Types.CreateFeatureInput;
  CreateFieldDefinitionInput: Types.CreateFieldDefinitionInput;
  CreateMappingRuleInput: Types.CreateMappingRuleInput;
  CreateMethodInput: Types.CreateMethodInput;
  CreateMetricInput: Types.CreateMetricInput;
  CreatePricingRuleInput: Types.CreatePricingRuleInput;
  CreateServiceInput: Types.CreateServiceInput;
  CreateServicePlanInput: Types.CreateServicePlanInput;
  CreateServiceSubscriptionInput: Types.CreateServiceSubscriptionInput;
  CreateServiceTokenInput: Types.CreateServiceTokenInput;
  CreateServiceTokenPayload: ResolverTypeWrapper<Omit<Types.CreateServiceTokenPayload, 'serviceToken'> & { serviceToken?: Types.Maybe<ResolversTypes['ServiceToken']> }>;
  CreateTenantInput: Types.CreateTenantInput;
  CreateTenantPayload: ResolverTypeWrapper<Omit<Types.CreateTenantPayload, 'adminUser' | 'tenant'> & { adminUser?: Types.Maybe<ResolversTypes['User']>, tenant?: Types.Maybe<ResolversTypes['Tenant']> }>;
  DateTime: ResolverTypeWrapper<Types.Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Types.Scalars['Decimal']['output']>;
  DecustomizeApplicationPlanInput: Types.DecustomizeApplicationPlanInput;
  DeleteAccountPayload: ResolverTypeWrapper<Types.DeleteAccountPayload>;
  DeleteAlertsInput: Types.DeleteAlertsInput;
  DeleteAlertsPayload: ResolverTypeWrapper<Types.DeleteAlertsPayload>;
  DeleteApplicationKeyInput: Types.DeleteApplicationKeyInput;
  DeleteApplicationPayload: ResolverTypeWrapper<Types.DeleteApplicationPayload>;
  DeleteFeatureInput: Types.DeleteFeatureInput;
  DeleteFeaturePayload: ResolverTypeWrapper<Types.DeleteFeaturePayload>;
  DeleteFieldDefinitionInput: Types.DeleteFieldDefinitionInput;
  DeleteMappingRuleInput: Types.DeleteMappingRuleInput;
  DeleteMappingRulePayload: ResolverTypeWrapper<Types.DeleteMappingRulePayload>;
  DeleteMetricInput: Types.DeleteMetricInput;
  DeleteMetricPayload: ResolverTypeWrapper<Types.DeleteMetricPayload>;
  DeletePlanPayload: ResolverTypeWrapper<Types.DeletePlanPayload>;
  DeletePricingRuleInput: Types.DeletePricingRuleInput;
  DeletePricingRulePayload: ResolverTypeWrapper<Types.DeletePricingRulePayload>;
  DeleteServiceInput: Types.DeleteServiceInput;
  DeleteServicePayload: ResolverTypeWrapper<Types.DeleteServicePayload>;
  DeleteServiceSubscriptionPayload: ResolverTypeWrapper<Types.DeleteServiceSubscriptionPayload>;
  DeleteUsageLimitInput: Types.DeleteUsageLimitInput;
  DeleteUsageLimitPayload: ResolverTypeWrapper<Types.DeleteUsageLimitPayload>;
  DeleteWebhookDeliveriesInput: Types.DeleteWebhookDeliveriesInput;
  DeleteWebhookDeliveriesItemResult: ResolverTypeWrapper<Types.DeleteWebhookDeliveriesItemResult>;
  DeleteWebhookDeliveriesPayload: ResolverTypeWrapper<Omit<Types.DeleteWebhookDeliveriesPayload, 'job'> & { job?: Types.Maybe<ResolversTypes['Job']> }>;
  EmailAddress: ResolverTypeWrapper<Types.Scalars['EmailAddress']['output']>;
  EngagementAccount: ResolverTypeWrapper<Omit<Types.EngagementAccount, 'account'> & { account?: Types.Maybe<ResolversTypes['Account']> }>;
  EngagementReport: ResolverTypeWrapper<Omit<Types.EngagementReport, 'active' | 'neverUsed' | 'stopped'> & { active: Array<ResolversTypes['EngagementAccount']>, neverUsed: Array<ResolversTypes['EngagementAccount']>, stopped: Array<ResolversTypes['EngagementAccount']> }>;
  EngagementReportPayload: ResolverTypeWrapper<Omit<Types.EngagementReportPayload, 'report'> & { report?: Types.Maybe<ResolversTypes['EngagementReport']> }>;
  Export: ResolverTypeWrapper<Omit<Types.Export, 'job'> & { job: ResolversTypes['Job'] }>;
  ExportAccountsInput: Types.ExportAccountsInput;
  ExportApplicationsInput: Types.ExportApplicationsInput;
  ExportErrorCode: Types.ExportErrorCode;
  ExportKind: Types.ExportKind;
  ExportPayload: ResolverTypeWrapper<Omit<Types.ExportPayload, 'export'> & { export?: Types.Maybe<ResolversTypes['Export']> }>;
  ExportServiceSubscriptionsInput: Types.ExportServiceSubscriptionsInput;
  ExportStatus: Types.ExportStatus;
  ExportUserError: ResolverTypeWrapper<Types.ExportUserError>;
  Feature: ResolverTypeWrapper<FeatureFixture>;
  FeaturePayload: ResolverTypeWrapper<Omit<Types.FeaturePayload, 'feature'> & { feature?: Types.Maybe<ResolversTypes['Feature']> }>;
  FieldDefinition: ResolverTypeWrapper<Types.FieldDefinition>;
  FieldDefinitionPayload: ResolverTypeWrapper<Types.FieldDefinitionPayload>;
  FieldKind: Types.FieldKind;
  FieldTarget: Types.FieldTarget;
  FieldValue: ResolverTypeWrapper<Types.FieldValue>;
  FieldValueInput: Types.FieldValueInput;
  Float: ResolverTypeWrapper<Types.Scalars['Float']['output']>;
  Heartbeat: ResolverTypeWrapper<Types.Heartbeat>;
  HttpMethod: Types.HttpMethod;
  ID: ResolverTypeWrapper<Types.Scalars['ID']['output']>;
  ImportOpenApiInput: Types.ImportOpenApiInput;
  ImportOpenApiPayload: ResolverTypeWrapper<Omit<Types.ImportOpenApiPayload, 'operations' | 'service'> & { operations: Array<ResolversTypes['OpenApiOperationImport']>, service?: Types.Maybe<ResolversTypes['Service']> }>;
  Int: ResolverTypeWrapper<Types.Scalars['Int']['output']>;
  InvitationIdInput: Types.InvitationIdInput;
  InvitationPayload: ResolverTypeWrapper<Omit<Types.InvitationPayload, 'invitation'> & { invitation?: Types.Maybe<ResolversTypes['AccountInvitation']> }>;
  InvitationState: Types.InvitationState;
  InviteAccountUserInput: Types.InviteAccountUserInput;
  Job: ResolverTypeWrapper<JobFixture>;
  JobErrorCode: Types.JobErrorCode;
  JobFailure: ResolverTypeWrapper<JobFailureFixture>;
  JobFailureConnection: ResolverTypeWrapper<Omit<Types.JobFailureConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['JobFailureEdge']>, nodes: Array<ResolversTypes['JobFailure']> }>;
  JobFailureEdge: ResolverTypeWrapper<Omit<Types.JobFailureEdge, 'node'> & { node: ResolversTypes['JobFailure'] }>;
  JobStatus: Types.JobStatus;
  JobUserError: ResolverTypeWrapper<Types.JobUserError>;
  LimitUtilization: ResolverTypeWrapper<Omit<Types.LimitUtilization, 'metric'> & { metric?: Types.Maybe<ResolversTypes['Metric']> }>;
  LoginInput: Types.LoginInput;
  LoginPayload: ResolverTypeWrapper<Omit<Types.LoginPayload, 'user'> & { user?: Types.Maybe<ResolversTypes['User']> }>;
  LogoutInput: Types.LogoutInput;
  LogoutPayload: ResolverTypeWrapper<Types.LogoutPayload>;
  LongText: ResolverTypeWrapper<Types.Scalars['LongText']['output']>;
  MappingRule: ResolverTypeWrapper<MappingRuleFixture>;
  MappingRuleMatch: ResolverTypeWrapper<Omit<Types.MappingRuleMatch, 'increments' | 'matchedRules'> & { increments: Array<ResolversTypes['MetricIncrement']>, matchedRules: Array<ResolversTypes['MappingRule']> }>;
  MappingRulePayload: ResolverTypeWrapper<Omit<Types.MappingRulePayload, 'mappingRule'> & { mappingRule?: Types.Maybe<ResolversTypes['MappingRule']> }>;
  MarkAlertsReadInput: Types.MarkAlertsReadInput;
  MarkAlertsReadPayload: ResolverTypeWrapper<Omit<Types.MarkAlertsReadPayload, 'alerts'> & { alerts: Array<ResolversTypes['UsageAlert']> }>;
  MarkNotificationsReadInput: Types.MarkNotificationsReadInput;
  MarkNotificationsReadPayload: ResolverTypeWrapper<Types.MarkNotificationsReadPayload>;
  MessageDirection: Types.MessageDirection;
  Metric: ResolverTypeWrapper<MetricFixture>;
  MetricCost: ResolverTypeWrapper<Omit<Types.MetricCost, 'metric'> & { metric: ResolversTypes['Metric'] }>;
  MetricIncrement: ResolverTypeWrapper<Omit<Types.MetricIncrement, 'metric'> & { metric: ResolversTypes['Metric'] }>;
  MetricKind: Types.MetricKind;
  MetricPayload: ResolverTypeWrapper<Omit<Types.MetricPayload, 'metric'> & { metric?: Types.Maybe<ResolversTypes['Metric']> }>;
  MetricUsageInput: Types.MetricUsageInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Notification: ResolverTypeWrapper<Types.Notification>;
  NotificationCategory: Types.NotificationCategory;
  NotificationConnection: ResolverTypeWrapper<Types.NotificationConnection>;
  NotificationEdge: ResolverTypeWrapper<Types.NotificationEdge>;
  NotificationErrorCode: Types.NotificationErrorCode;
  NotificationFilter: Types.NotificationFilter;
  NotificationOrder: Types.NotificationOrder;
  NotificationOrderField: Types.NotificationOrderField;
  NotificationPreference: ResolverTypeWrapper<Types.NotificationPreference>;
  NotificationPreferenceInput: Types.NotificationPreferenceInput;
  NotificationType: Types.NotificationType;
  NotificationUserError: ResolverTypeWrapper<Types.NotificationUserError>;
  OpenApiImportAction: Types.OpenApiImportAction;
  OpenApiOperationImport: ResolverTypeWrapper<Omit<Types.OpenApiOperationImport, 'mappingRule' | 'metric'> & { mappingRule?: Types.Maybe<ResolversTypes['MappingRule']>, metric?: Types.Maybe<ResolversTypes['Metric']> }>;
  OrderDirection: Types.OrderDirection;
  OutboxMessage: ResolverTypeWrapper<Types.OutboxMessage>;
  OutboxMessageConnection: ResolverTypeWrapper<Types.OutboxMessageConnection>;
  OutboxMessageEdge: ResolverTypeWrapper<Types.OutboxMessageEdge>;
  OutboxMessageFilter: Types.OutboxMessageFilter;
  OutboxMessageOrder: Types.OutboxMessageOrder;
  OutboxMessageOrderField: Types.OutboxMessageOrderField;
  OutboxStatus: Types.OutboxStatus;
  PageInfo: ResolverTypeWrapper<Types.PageInfo>;
  PingWebhookPayload: ResolverTypeWrapper<Types.PingWebhookPayload>;
  Plan: ResolverTypeWrapper<PlanFixture>;
  PlanChangeRequest: ResolverTypeWrapper<Omit<Types.PlanChangeRequest, 'application' | 'fromPlan' | 'toPlan'> & { application: ResolversTypes['Application'], fromPlan?: Types.Maybe<ResolversTypes['Plan']>, toPlan: ResolversTypes['Plan'] }>;
  PlanChangeRequestConnection: ResolverTypeWrapper<Omit<Types.PlanChangeRequestConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PlanChangeRequestEdge']>, nodes: Array<ResolversTypes['PlanChangeRequest']> }>;
  PlanChangeRequestEdge: ResolverTypeWrapper<Omit<Types.PlanChangeRequestEdge, 'node'> & { node: ResolversTypes['PlanChangeRequest'] }>;
  PlanChangeRequestFilter: Types.PlanChangeRequestFilter;
  PlanChangeRequestIdInput: Types.PlanChangeRequestIdInput;
  PlanChangeRequestOrder: Types.PlanChangeRequestOrder;
  PlanChangeRequestOrderField: Types.PlanChangeRequestOrderField;
  PlanChangeRequestPayload: ResolverTypeWrapper<Omit<Types.PlanChangeRequestPayload, 'planChangeRequest'> & { planChangeRequest?: Types.Maybe<ResolversTypes['PlanChangeRequest']> }>;
  PlanChangeRequestState: Types.PlanChangeRequestState;
  PlanConnection: ResolverTypeWrapper<Omit<Types.PlanConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PlanEdge']>, nodes: Array<ResolversTypes['Plan']> }>;
  PlanEdge: ResolverTypeWrapper<Omit<Types.PlanEdge, 'node'> & { node: ResolversTypes['Plan'] }>;
  PlanErrorCode: Types.PlanErrorCode;
  PlanFeature: ResolverTypeWrapper<Omit<Types.PlanFeature, 'feature'> & { feature: ResolversTypes['Feature'] }>;
  PlanFeatureInput: Types.PlanFeatureInput;
  PlanFilter: Types.PlanFilter;
  PlanIdInput: Types.PlanIdInput;
  PlanKind: Types.PlanKind;
  PlanMetric: ResolverTypeWrapper<Omit<Types.PlanMetric, 'metric' | 'pricingRules' | 'usageLimits'> & { metric: ResolversTypes['Metric'], pricingRules: Array<ResolversTypes['PricingRule']>, usageLimits: Array<ResolversTypes['UsageLimit']> }>;
  PlanOrder: Types.PlanOrder;
  PlanOrderField: Types.PlanOrderField;
  PlanPayload: ResolverTypeWrapper<Omit<Types.PlanPayload, 'plan'> & { plan?: Types.Maybe<ResolversTypes['Plan']> }>;
  PlanState: Types.PlanState;
  PlanUserError: ResolverTypeWrapper<Types.PlanUserError>;
  PotentialUpgrade: ResolverTypeWrapper<Omit<Types.PotentialUpgrade, 'application' | 'limit'> & { application?: Types.Maybe<ResolversTypes['Application']>, limit: ResolversTypes['LimitUtilization'] }>;
  PricingRule: ResolverTypeWrapper<PricingRuleFixture>;
  PricingRulePayload: ResolverTypeWrapper<Omit<Types.PricingRulePayload, 'pricingRule'> & { pricingRule?: Types.Maybe<ResolversTypes['PricingRule']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RejectPlanChangeRequestInput: Types.RejectPlanChangeRequestInput;
  RequestApplicationPlanChangeInput: Types.RequestApplicationPlanChangeInput;
  ResponseCodeCount: ResolverTypeWrapper<Types.ResponseCodeCount>;
  ResponseCodePoint: ResolverTypeWrapper<Types.ResponseCodePoint>;
  ResponseCodeSeries: ResolverTypeWrapper<Types.ResponseCodeSeries>;
  ResponseCodesPayload: ResolverTypeWrapper<Types.ResponseCodesPayload>;
  ResponseCodesTargetInput: Types.ResponseCodesTargetInput;
  RetryWebhookDeliveriesInput: Types.RetryWebhookDeliveriesInput;
  RetryWebhookDeliveriesItemResult: ResolverTypeWrapper<Types.RetryWebhookDeliveriesItemResult>;
  RetryWebhookDeliveriesPayload: ResolverTypeWrapper<Omit<Types.RetryWebhookDeliveriesPayload, 'job'> & { job?: Types.Maybe<ResolversTypes['Job']> }>;
  RevokeAccessTokenInput: Types.RevokeAccessTokenInput;
  RevokeAccessTokenPayload: ResolverTypeWrapper<Omit<Types.RevokeAccessTokenPayload, 'accessToken'> & { accessToken?: Types.Maybe<ResolversTypes['AccessToken']> }>;
  RevokeAccessTokensInput: Types.RevokeAccessTokensInput;
  RevokeAccessTokensItemResult: ResolverTypeWrapper<Types.RevokeAccessTokensItemResult>;
  RevokeAccessTokensPayload: ResolverTypeWrapper<Omit<Types.RevokeAccessTokensPayload, 'job'> & { job?: Types.Maybe<ResolversTypes['Job']> }>;
  RevokeServiceTokenInput: Types.RevokeServiceTokenInput;
  RevokeServiceTokenPayload: ResolverTypeWrapper<Omit<Types.RevokeServiceTokenPayload, 'serviceToken'> & { serviceToken?: Types.Maybe<ResolversTypes['ServiceToken']> }>;
  RotateWebhookSecretInput: Types.RotateWebhookSecretInput;
  RotateWebhookSecretPayload: ResolverTypeWrapper<Types.RotateWebhookSecretPayload>;
  RunBulkAccountOperationInput: Types.RunBulkAccountOperationInput;
  RunBulkAccountOperationItemResult: ResolverTypeWrapper<Types.RunBulkAccountOperationItemResult>;
  RunBulkAccountOperationPayload: ResolverTypeWrapper<Omit<Types.RunBulkAccountOperationPayload, 'job'> & { job?: Types.Maybe<ResolversTypes['Job']> }>;
  RunBulkApplicationOperationInput: Types.RunBulkApplicationOperationInput;
  RunBulkApplicationOperationItemResult: ResolverTypeWrapper<Types.RunBulkApplicationOperationItemResult>;
  RunBulkApplicationOperationPayload: ResolverTypeWrapper<Omit<Types.RunBulkApplicationOperationPayload, 'job'> & { job?: Types.Maybe<ResolversTypes['Job']> }>;
  RunBulkServiceSubscriptionOperationInput: Types.RunBulkServiceSubscriptionOperationInput;
  RunBulkServiceSubscriptionOperationItemResult: ResolverTypeWrapper<Types.RunBulkServiceSubscriptionOperationItemResult>;
  RunBulkServiceSubscriptionOperationPayload: ResolverTypeWrapper<Omit<Types.RunBulkServiceSubscriptionOperationPayload, 'job'> & { job?: Types.Maybe<ResolversTypes['Job']> }>;
  SendMessageInput: Types.SendMessageInput;
  SendMessagePayload: ResolverTypeWrapper<Types.SendMessagePayload>;
  Service: ResolverTypeWrapper<ServiceFixture>;
  ServiceAuthMode: Types.ServiceAuthMode;
  ServiceConnection: ResolverTypeWrapper<Omit<Types.ServiceConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ServiceEdge']>, nodes: Array<ResolversTypes['Service']> }>;
  ServiceEdge: ResolverTypeWrapper<Omit<Types.ServiceEdge, 'node'> & { node: ResolversTypes['Service'] }>;
  ServiceFilter: Types.ServiceFilter;
  ServiceOrder: Types.ServiceOrder;
  ServiceOrderField: Types.ServiceOrderField;
  ServicePayload: ResolverTypeWrapper<Omit<Types.ServicePayload, 'service'> & { service?: Types.Maybe<ResolversTypes['Service']> }>;
  ServiceState: Types.ServiceState;
  ServiceSubscription: ResolverTypeWrapper<Omit<Types.ServiceSubscription, 'account' | 'plan' | 'service'> & { account: ResolversTypes['Account'], plan: ResolversTypes['Plan'], service: ResolversTypes['Service'] }>;
  ServiceSubscriptionAction: Types.ServiceSubscriptionAction;
  ServiceSubscriptionConnection: ResolverTypeWrapper<Omit<Types.ServiceSubscriptionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ServiceSubscriptionEdge']>, nodes: Array<ResolversTypes['ServiceSubscription']> }>;
  ServiceSubscriptionEdge: ResolverTypeWrapper<Omit<Types.ServiceSubscriptionEdge, 'node'> & { node: ResolversTypes['ServiceSubscription'] }>;
  ServiceSubscriptionFilter: Types.ServiceSubscriptionFilter;
  ServiceSubscriptionIdInput: Types.ServiceSubscriptionIdInput;
  ServiceSubscriptionOrder: Types.ServiceSubscriptionOrder;
  ServiceSubscriptionOrderField: Types.ServiceSubscriptionOrderField;
  ServiceSubscriptionPayload: ResolverTypeWrapper<Omit<Types.ServiceSubscriptionPayload, 'serviceSubscription'> & { serviceSubscription?: Types.Maybe<ResolversTypes['ServiceSubscription']> }>;
  ServiceSubscriptionState: Types.ServiceSubscriptionState;
  ServiceToken: ResolverTypeWrapper<ServiceTokenFixture>;
  ServiceTokenErrorCode: Types.ServiceTokenErrorCode;
  ServiceTokenUserError: ResolverTypeWrapper<Types.ServiceTokenUserError>;
  SetTierModeInput: Types.SetTierModeInput;
  SetUsageLimitInput: Types.SetUsageLimitInput;
  SetUserKeyInput: Types.SetUserKeyInput;
  SignupErrorCode: Types.SignupErrorCode;
  SignupExpressInput: Types.SignupExpressInput;
  SignupExpressPayload: ResolverTypeWrapper<Omit<Types.SignupExpressPayload, 'account' | 'applications' | 'serviceSubscriptions' | 'user'> & { account?: Types.Maybe<ResolversTypes['Account']>, applications: Array<ResolversTypes['Application']>, serviceSubscriptions: Array<ResolversTypes['ServiceSubscription']>, user?: Types.Maybe<ResolversTypes['AccountUser']> }>;
  SignupPoint: ResolverTypeWrapper<Types.SignupPoint>;
  SignupSeries: ResolverTypeWrapper<Types.SignupSeries>;
  SignupSettings: ResolverTypeWrapper<Types.SignupSettings>;
  SignupUserError: ResolverTypeWrapper<Types.SignupUserError>;
  SignupsPayload: ResolverTypeWrapper<Types.SignupsPayload>;
  String: ResolverTypeWrapper<Types.Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Tenant: ResolverTypeWrapper<TenantFixture>;
  TenantConnection: ResolverTypeWrapper<Omit<Types.TenantConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['TenantEdge']>, nodes: Array<ResolversTypes['Tenant']> }>;
  TenantEdge: ResolverTypeWrapper<Omit<Types.TenantEdge, 'node'> & { node: ResolversTypes['Tenant'] }>;
  TenantErrorCode: Types.TenantErrorCode;
  TenantFilter: Types.TenantFilter;
  TenantOrder: Types.TenantOrder;
  TenantOrderField: Types.TenantOrderField;
  TenantUserError: ResolverTypeWrapper<Types.TenantUserError>;
  TierMode: Types.TierMode;
  TopApplication: ResolverTypeWrapper<Omit<Types.TopApplication, 'application'> & { application?: Types.Maybe<ResolversTypes['Application']> }>;
  TopApplications: ResolverTypeWrapper<Omit<Types.TopApplications, 'applications' | 'metric'> & { applications: Array<ResolversTypes['TopApplication']>, metric: ResolversTypes['Metric'] }>;
  TopApplicationsPayload: ResolverTypeWrapper<Omit<Types.TopApplicationsPayload, 'result'> & { result?: Types.Maybe<ResolversTypes['TopApplications']> }>;
  UnlockLoginInput: Types.UnlockLoginInput;
  UnlockLoginPayload: ResolverTypeWrapper<Omit<Types.UnlockLoginPayload, 'user'> & { user?: Types.Maybe<ResolversTypes['User']> }>;
  UpdateAccountInput: Types.UpdateAccountInput;
  UpdateApplicationInput: Types.UpdateApplicationInput;
  UpdateFeatureInput: Types.UpdateFeatureInput;
  UpdateFieldDefinitionInput: Types.UpdateFieldDefinitionInput;
  UpdateMappingRuleInput: Types.UpdateMappingRuleInput;
  UpdateMetricInput: Types.UpdateMetricInput;
  UpdateNotificationPreferencesInput: Types.UpdateNotificationPreferencesInput;
  UpdateNotificationPreferencesPayload: ResolverTypeWrapper<Types.UpdateNotificationPreferencesPayload>;
  UpdatePlanInput: Types.UpdatePlanInput;
  UpdatePricingRuleInput: Types.UpdatePricingRuleInput;
  UpdateServiceInput: Types.UpdateServiceInput;
  UpdateSignupSettingsInput: Types.UpdateSignupSettingsInput;
  UpdateTenantSettingsInput: Types.UpdateTenantSettingsInput;
  UpdateTenantSettingsPayload: ResolverTypeWrapper<Omit<Types.UpdateTenantSettingsPayload, 'tenant'> & { tenant?: Types.Maybe<ResolversTypes['Tenant']> }>;
  UpdateWebhookSettingsInput: Types.UpdateWebhookSettingsInput;
  UpdateWebhookSettingsPayload: ResolverTypeWrapper<Types.UpdateWebhookSettingsPayload>;
  UsageAlert: ResolverTypeWrapper<UsageAlertFixture>;
  UsageAlertConnection: ResolverTypeWrapper<Omit<Types.UsageAlertConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['UsageAlertEdge']>, nodes: Array<ResolversTypes['UsageAlert']> }>;
  UsageAlertEdge: ResolverTypeWrapper<Omit<Types.UsageAlertEdge, 'node'> & { node: ResolversTypes['UsageAlert'] }>;
  UsageAlertErrorCode: Types.UsageAlertErrorCode;
  UsageAlertFilter: Types.UsageAlertFilter;
  UsageAlertKind: Types.UsageAlertKind;
  UsageAlertOrder: Types.UsageAlertOrder;
  UsageAlertOrderField: Types.UsageAlertOrderField;
  UsageAlertUserError: ResolverTypeWrapper<Types.UsageAlertUserError>;
  UsageGranularity: Types.UsageGranularity;
  UsageLimit: ResolverTypeWrapper<UsageLimitFixture>;
  UsageLimitPayload: ResolverTypeWrapper<Omit<Types.UsageLimitPayload, 'usageLimit'> & { usageLimit?: Types.Maybe<ResolversTypes['UsageLimit']> }>;
  UsagePeriod: Types.UsagePeriod;
  UsagePoint: ResolverTypeWrapper<Types.UsagePoint>;
  UsageRangeInput: Types.UsageRangeInput;
  UsageRangePreset: Types.UsageRangePreset;
  UsageSeries: ResolverTypeWrapper<Omit<Types.UsageSeries, 'metric'> & { metric: ResolversTypes['Metric'] }>;
  UsageSeriesPayload: ResolverTypeWrapper<Omit<Types.UsageSeriesPayload, 'series'> & { series?: Types.Maybe<ResolversTypes['UsageSeries']> }>;
  UsageTargetInput: Types.UsageTargetInput;
  User: ResolverTypeWrapper<UserFixture>;
  UserConnection: ResolverTypeWrapper<Omit<Types.UserConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['UserEdge']>, nodes: Array<ResolversTypes['User']> }>;
  UserEdge: ResolverTypeWrapper<Omit<Types.UserEdge, 'node'> & { node: ResolversTypes['User'] }>;
  UserError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['UserError']>;
  UserOrder: Types.UserOrder;
  UserOrderField: Types.UserOrderField;
  UserRole: Types.UserRole;
  WebhookAttempt: ResolverTypeWrapper<Types.WebhookAttempt>;
  WebhookDelivery: ResolverTypeWrapper<Types.WebhookDelivery>;
  WebhookDeliveryConnection: ResolverTypeWrapper<Types.WebhookDeliveryConnection>;
  WebhookDeliveryEdge: ResolverTypeWrapper<Types.WebhookDeliveryEdge>;
  WebhookDeliveryFilter: Types.WebhookDeliveryFilter;
  WebhookDeliveryOrder: Types.WebhookDeliveryOrder;
  WebhookDeliveryOrderField: Types.WebhookDeliveryOrderField;
  WebhookDeliveryStatus: Types.WebhookDeliveryStatus;
  WebhookErrorCode: Types.WebhookErrorCode;
  WebhookEvent: Types.WebhookEvent;
  WebhookSettings: ResolverTypeWrapper<Types.WebhookSettings>;
  WebhookUserError: ResolverTypeWrapper<Types.WebhookUserError>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AcceptInvitationInput: Types.AcceptInvitationInput;
  AcceptInvitationPayload: Omit<Types.AcceptInvitationPayload, 'user'> & { user?: Types.Maybe<ResolversParentTypes['AccountUser']> };
  AccessToken: AccessTokenFixture;
  AccessTokenConnection: Omit<Types.AccessTokenConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AccessTokenEdge']>, nodes: Array<ResolversParentTypes['AccessToken']> };
  AccessTokenEdge: Omit<Types.AccessTokenEdge, 'node'> & { node: ResolversParentTypes['AccessToken'] };
  AccessTokenFilter: Types.AccessTokenFilter;
  AccessTokenOrder: Types.AccessTokenOrder;
  AccessTokenUserError: Types.AccessTokenUserError;
  Account: Omit<Types.Account, 'adminUser' | 'applications' | 'invitations' | 'plan' | 'serviceSubscriptions' | 'users'> & { adminUser?: Types.Maybe<ResolversParentTypes['AccountUser']>, applications: ResolversParentTypes['ApplicationConnection'], invitations: ResolversParentTypes['AccountInvitationConnection'], plan: ResolversParentTypes['Plan'], serviceSubscriptions: ResolversParentTypes['ServiceSubscriptionConnection'], users: ResolversParentTypes['AccountUserConnection'] };
  AccountConnection: Omit<Types.AccountConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AccountEdge']>, nodes: Array<ResolversParentTypes['Account']> };
  AccountEdge: Omit<Types.AccountEdge, 'node'> & { node: ResolversParentTypes['Account'] };
  AccountFilter: Types.AccountFilter;
  AccountIdInput: Types.AccountIdInput;
  AccountInvitation: Omit<Types.AccountInvitation, 'account'> & { account: ResolversParentTypes['Account'] };
  AccountInvitationConnection: Omit<Types.AccountInvitationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AccountInvitationEdge']>, nodes: Array<ResolversParentTypes['AccountInvitation']> };
  AccountInvitationEdge: Omit<Types.AccountInvitationEdge, 'node'> & { node: ResolversParentTypes['AccountInvitation'] };
  AccountInvitationOrder: Types.AccountInvitationOrder;
  AccountMessage: Types.AccountMessage;
  AccountMessageConnection: Types.AccountMessageConnection;
  AccountMessageEdge: Types.AccountMessageEdge;
  AccountMessageFilter: Types.AccountMessageFilter;
  AccountMessageOrder: Types.AccountMessageOrder;
  AccountOrder: Types.AccountOrder;
  AccountPayload: Omit<Types.AccountPayload, 'account'> & { account?: Types.Maybe<ResolversParentTypes['Account']> };
  AccountUser: Omit<Types.AccountUser, 'account'> & { account: ResolversParentTypes['Account'] };
  AccountUserConnection: Omit<Types.AccountUserConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AccountUserEdge']>, nodes: Array<ResolversParentTypes['AccountUser']> };
  AccountUserEdge: Omit<Types.AccountUserEdge, 'node'> & { node: ResolversParentTypes['AccountUser'] };
  AccountUserError: Types.AccountUserError;
  AccountUserOrder: Types.AccountUserOrder;
  AnalyticsUserError: Types.AnalyticsUserError;
  Application: Omit<Types.Application, 'account' | 'plan' | 'service'> & { account: ResolversParentTypes['Account'], plan: ResolversParentTypes['Plan'], service: ResolversParentTypes['Service'] };
  ApplicationConnection: Omit<Types.ApplicationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ApplicationEdge']>, nodes: Array<ResolversParentTypes['Application']> };
  ApplicationEdge: Omit<Types.ApplicationEdge, 'node'> & { node: ResolversParentTypes['Application'] };
  ApplicationFilter: Types.ApplicationFilter;
  ApplicationIdInput: Types.ApplicationIdInput;
  ApplicationKey: Types.ApplicationKey;
  ApplicationKeyPayload: Omit<Types.ApplicationKeyPayload, 'application'> & { application?: Types.Maybe<ResolversParentTypes['Application']> };
  ApplicationOrder: Types.ApplicationOrder;
  ApplicationPayload: Omit<Types.ApplicationPayload, 'application'> & { application?: Types.Maybe<ResolversParentTypes['Application']> };
  ApplicationUserError: Types.ApplicationUserError;
  AuditChange: Types.AuditChange;
  AuditEntry: Omit<Types.AuditEntry, 'actor' | 'tenant'> & { actor?: Types.Maybe<ResolversParentTypes['User']>, tenant: ResolversParentTypes['Tenant'] };
  AuditEntryConnection: Omit<Types.AuditEntryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AuditEntryEdge']>, nodes: Array<ResolversParentTypes['AuditEntry']> };
  AuditEntryEdge: Omit<Types.AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  AuditEntryFilter: Types.AuditEntryFilter;
  AuditEntryOrder: Types.AuditEntryOrder;
  AuthUserError: Types.AuthUserError;
  Boolean: Types.Scalars['Boolean']['output'];
  BulkUserError: Types.BulkUserError;
  CancelJobInput: Types.CancelJobInput;
  CancelJobPayload: Omit<Types.CancelJobPayload, 'job'> & { job?: Types.Maybe<ResolversParentTypes['Job']> };
  CatalogUserError: Types.CatalogUserError;
  ChangeAccountPlanInput: Types.ChangeAccountPlanInput;
  ChangeApplicationPlanInput: Types.ChangeApplicationPlanInput;
  ChangePasswordInput: Types.ChangePasswordInput;
  ChangePasswordPayload: Omit<Types.ChangePasswordPayload, 'user'> & { user?: Types.Maybe<ResolversParentTypes['User']> };
  ChangeServiceSubscriptionPlanInput: Types.ChangeServiceSubscriptionPlanInput;
  CopyPlanInput: Types.CopyPlanInput;
  CostPreview: Omit<Types.CostPreview, 'variable'> & { variable: Array<ResolversParentTypes['MetricCost']> };
  CreateAccessTokenInput: Types.CreateAccessTokenInput;
  CreateAccessTokenPayload: Omit<Types.CreateAccessTokenPayload, 'accessToken'> & { accessToken?: Types.Maybe<ResolversParentTypes['AccessToken']> };
  CreateAccountInput: Types.CreateAccountInput;
  CreateAccountPayload: Omit<Types.CreateAccountPayload, 'account' | 'user'> & { account?: Types.Maybe<ResolversParentTypes['Account']>, user?: Types.Maybe<ResolversParentTypes['AccountUser']> };
  CreateAccountPlanInput: Types.CreateAccountPlanInput;
  CreateApplicationInput: Types.CreateApplicationInput;
  CreateApplicationKeyInput: Types.CreateApplicationKeyInput;
  CreateApplicationPlanInput: Types.CreateApplicationPlanInput;
  CreateFeatureInput: Types.CreateFeatureInput;
  CreateFieldDefinitionInput: Types.CreateFieldDefinitionInput;
  CreateMappingRuleInput: Types.CreateMappingRuleInput;
  CreateMethodInput: Types.CreateMethodInput;
  CreateMetricInput: Types.CreateMetricInput;
  CreatePricingRuleInput: Types.CreatePricingRuleInput;
  CreateServiceInput: Types.CreateServiceInput;
  CreateServicePlanInput: Types.CreateServicePlanInput;
  CreateServiceSubscriptionInput: Types.CreateServiceSubscriptionInput;
  CreateServiceTokenInput: Types.CreateServiceTokenInput;
  CreateServiceTokenPayload: Omit<Types.CreateServiceTokenPayload, 'serviceToken'> & { serviceToken?: Types.Maybe<ResolversParentTypes['ServiceToken']> };
  CreateTenantInput: Types.CreateTenantInput;
  CreateTenantPayload: Omit<Types.CreateTenantPayload, 'adminUser' | 'tenant'> & { adminUser?: Types.Maybe<ResolversParentTypes['User']>, tenant?: Types.Maybe<ResolversParentTypes['Tenant']> };
  DateTime: Types.Scalars['DateTime']['output'];
  Decimal: Types.Scalars['Decimal']['output'];
  DecustomizeApplicationPlanInput: Types.DecustomizeApplicationPlanInput;
  DeleteAccountPayload: Types.DeleteAccountPayload;
  DeleteAlertsInput: Types.DeleteAlertsInput;
  DeleteAlertsPayload: Types.DeleteAlertsPayload;
  DeleteApplicationKeyInput: Types.DeleteApplicationKeyInput;
  DeleteApplicationPayload: Types.DeleteApplicationPayload;
  DeleteFeatureInput: Types.DeleteFeatureInput;
  DeleteFeaturePayload: Types.DeleteFeaturePayload;
  DeleteFieldDefinitionInput: Types.DeleteFieldDefinitionInput;
  DeleteMappingRuleInput: Types.DeleteMappingRuleInput;
  DeleteMappingRulePayload: Types.DeleteMappingRulePayload;
  DeleteMetricInput: Types.DeleteMetricInput;
  DeleteMetricPayload: Types.DeleteMetricPayload;
  DeletePlanPayload: Types.DeletePlanPayload;
  DeletePricingRuleInput: Types.DeletePricingRuleInput;
  DeletePricingRulePayload: Types.DeletePricingRulePayload;
  DeleteServiceInput: Types.DeleteServiceInput;
  DeleteServicePayload: Types.DeleteServicePayload;
  DeleteServiceSubscriptionPayload: Types.DeleteServiceSubscriptionPayload;
  DeleteUsageLimitInput: Types.DeleteUsageLimitInput;
  DeleteUsageLimitPayload: Types.DeleteUsageLimitPayload;
  DeleteWebhookDeliveriesInput: Types.DeleteWebhookDeliveriesInput;
  DeleteWebhookDeliveriesItemResult: Types.DeleteWebhookDeliveriesItemResult;
  DeleteWebhookDeliveriesPayload: Omit<Types.DeleteWebhookDeliveriesPayload, 'job'> & { job?: Types.Maybe<ResolversParentTypes['Job']> };
  EmailAddress: Types.Scalars['EmailAddress']['output'];
  EngagementAccount: Omit<Types.EngagementAccount, 'account'> & { account?: Types.Maybe<ResolversParentTypes['Account']> };
  EngagementReport: Omit<Types.EngagementReport, 'active' | 'neverUsed' | 'stopped'> & { active: Array<ResolversParentTypes['EngagementAccount']>, neverUsed: Array<ResolversParentTypes['EngagementAccount']>, stopped: Array<ResolversParentTypes['EngagementAccount']> };
  EngagementReportPayload: Omit<Types.EngagementReportPayload, 'report'> & { report?: Types.Maybe<ResolversParentTypes['EngagementReport']> };
  Export: Omit<Types.Export, 'job'> & { job: ResolversParentTypes['Job'] };
  ExportAccountsInput: Types.ExportAccountsInput;
  ExportApplicationsInput: Types.ExportApplicationsInput;
  ExportPayload: Omit<Types.ExportPayload, 'export'> & { export?: Types.Maybe<ResolversParentTypes['Export']> };
  ExportServiceSubscriptionsInput: Types.ExportServiceSubscriptionsInput;
  ExportUserError: Types.ExportUserError;
  Feature: FeatureFixture;
  FeaturePayload: Omit<Types.FeaturePayload, 'feature'> & { feature?: Types.Maybe<ResolversParentTypes['Feature']> };
  FieldDefinition: Types.FieldDefinition;
  FieldDefinitionPayload: Types.FieldDefinitionPayload;
  FieldValue: Types.FieldValue;
  FieldValueInput: Types.FieldValueInput;
  Float: Types.Scalars['Float']['output'];
  Heartbeat: Types.Heartbeat;
  ID: Types.Scalars['ID']['output'];
  ImportOpenApiInput: Types.ImportOpenApiInput;
  ImportOpenApiPayload: Omit<Types.ImportOpenApiPayload, 'operations' | 'service'> & { operations: Array<ResolversParentTypes['OpenApiOperationImport']>, service?: Types.Maybe<ResolversParentTypes['Service']> };
  Int: Types.Scalars['Int']['output'];
  InvitationIdInput: Types.InvitationIdInput;
  InvitationPayload: Omit<Types.InvitationPayload, 'invitation'> & { invitation?: Types.Maybe<ResolversParentTypes['AccountInvitation']> };
  InviteAccountUserInput: Types.InviteAccountUserInput;
  Job: JobFixture;
  JobFailure: JobFailureFixture;
  JobFailureConnection: Omit<Types.JobFailureConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['JobFailureEdge']>, nodes: Array<ResolversParentTypes['JobFailure']> };
  JobFailureEdge: Omit<Types.JobFailureEdge, 'node'> & { node: ResolversParentTypes['JobFailure'] };
  JobUserError: Types.JobUserError;
  LimitUtilization: Omit<Types.LimitUtilization, 'metric'> & { metric?: Types.Maybe<ResolversParentTypes['Metric']> };
  LoginInput: Types.LoginInput;
  LoginPayload: Omit<Types.LoginPayload, 'user'> & { user?: Types.Maybe<ResolversParentTypes['User']> };
  LogoutInput: Types.LogoutInput;
  LogoutPayload: Types.LogoutPayload;
  LongText: Types.Scalars['LongText']['output'];
  MappingRule: MappingRuleFixture;
  MappingRuleMatch: Omit<Types.MappingRuleMatch, 'increments' | 'matchedRules'> & { increments: Array<ResolversParentTypes['MetricIncrement']>, matchedRules: Array<ResolversParentTypes['MappingRule']> };
  MappingRulePayload: Omit<Types.MappingRulePayload, 'mappingRule'> & { mappingRule?: Types.Maybe<ResolversParentTypes['MappingRule']> };
  MarkAlertsReadInput: Types.MarkAlertsReadInput;
  MarkAlertsReadPayload: Omit<Types.MarkAlertsReadPayload, 'alerts'> & { alerts: Array<ResolversParentTypes['UsageAlert']> };
  MarkNotificationsReadInput: Types.MarkNotificationsReadInput;
  MarkNotificationsReadPayload: Types.MarkNotificationsReadPayload;
  Metric: MetricFixture;
  MetricCost: Omit<Types.MetricCost, 'metric'> & { metric: ResolversParentTypes['Metric'] };
  MetricIncrement: Omit<Types.MetricIncrement, 'metric'> & { metric: ResolversParentTypes['Metric'] };
  MetricPayload: Omit<Types.MetricPayload, 'metric'> & { metric?: Types.Maybe<ResolversParentTypes['Metric']> };
  MetricUsageInput: Types.MetricUsageInput;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Notification: Types.Notification;
  NotificationConnection: Types.NotificationConnection;
  NotificationEdge: Types.NotificationEdge;
  NotificationFilter: Types.NotificationFilter;
  NotificationOrder: Types.NotificationOrder;
  NotificationPreference: Types.NotificationPreference;
  NotificationPreferenceInput: Types.NotificationPreferenceInput;
  NotificationUserError: Types.NotificationUserError;
  OpenApiOperationImport: Omit<Types.OpenApiOperationImport, 'mappingRule' | 'metric'> & { mappingRule?: Types.Maybe<ResolversParentTypes['MappingRule']>, metric?: Types.Maybe<ResolversParentTypes['Metric']> };
  OutboxMessage: Types.OutboxMessage;
  OutboxMessageConnection: Types.OutboxMessageConnection;
  OutboxMessageEdge: Types.OutboxMessageEdge;
  OutboxMessageFilter: Types.OutboxMessageFilter;
  OutboxMessageOrder: Types.OutboxMessageOrder;
  PageInfo: Types.PageInfo;
  PingWebhookPayload: Types.PingWebhookPayload;
  Plan: PlanFixture;
  PlanChangeRequest: Omit<Types.PlanChangeRequest, 'application' | 'fromPlan' | 'toPlan'> & { application: ResolversParentTypes['Application'], fromPlan?: Types.Maybe<ResolversParentTypes['Plan']>, toPlan: ResolversParentTypes['Plan'] };
  PlanChangeRequestConnection: Omit<Types.PlanChangeRequestConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PlanChangeRequestEdge']>, nodes: Array<ResolversParentTypes['PlanChangeRequest']> };
  PlanChangeRequestEdge: Omit<Types.PlanChangeRequestEdge, 'node'> & { node: ResolversParentTypes['PlanChangeRequest'] };
  PlanChangeRequestFilter: Types.PlanChangeRequestFilter;
  PlanChangeRequestIdInput: Types.PlanChangeRequestIdInput;
  PlanChangeRequestOrder: Types.PlanChangeRequestOrder;
  PlanChangeRequestPayload: Omit<Types.PlanChangeRequestPayload, 'planChangeRequest'> & { planChangeRequest?: Types.Maybe<ResolversParentTypes['PlanChangeRequest']> };
  PlanConnection: Omit<Types.PlanConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PlanEdge']>, nodes: Array<ResolversParentTypes['Plan']> };
  PlanEdge: Omit<Types.PlanEdge, 'node'> & { node: ResolversParentTypes['Plan'] };
  PlanFeature: Omit<Types.PlanFeature, 'feature'> & { feature: ResolversParentTypes['Feature'] };
  PlanFeatureInput: Types.PlanFeatureInput;
  PlanFilter: Types.PlanFilter;
  PlanIdInput: Types.PlanIdInput;
  PlanMetric: Omit<Types.PlanMetric, 'metric' | 'pricingRules' | 'usageLimits'> & { metric: ResolversParentTypes['Metric'], pricingRules: Array<ResolversParentTypes['PricingRule']>, usageLimits: Array<ResolversParentTypes['UsageLimit']> };
  PlanOrder: Types.PlanOrder;
  PlanPayload: Omit<Types.PlanPayload, 'plan'> & { plan?: Types.Maybe<ResolversParentTypes['Plan']> };
  PlanUserError: Types.PlanUserError;
  PotentialUpgrade: Omit<Types.PotentialUpgrade, 'application' | 'limit'> & { application?: Types.Maybe<ResolversParentTypes['Application']>, limit: ResolversParentTypes['LimitUtilization'] };
  PricingRule: PricingRuleFixture;
  PricingRulePayload: Omit<Types.PricingRulePayload, 'pricingRule'> & { pricingRule?: Types.Maybe<ResolversParentTypes['PricingRule']> };
  Query: Record<PropertyKey, never>;
  RejectPlanChangeRequestInput: Types.RejectPlanChangeRequestInput;
  RequestApplicationPlanChangeInput: Types.RequestApplicationPlanChangeInput;
  ResponseCodeCount: Types.ResponseCodeCount;
  ResponseCodePoint: Types.ResponseCodePoint;
  ResponseCodeSeries: Types.ResponseCodeSeries;
  ResponseCodesPayload: Types.ResponseCodesPayload;
  ResponseCodesTargetInput: Types.ResponseCodesTargetInput;
  RetryWebhookDeliveriesInput: Types.RetryWebhookDeliveriesInput;
  RetryWebhookDeliveriesItemResult: Types.RetryWebhookDeliveriesItemResult;
  RetryWebhookDeliveriesPayload: Omit<Types.RetryWebhookDeliveriesPayload, 'job'> & { job?: Types.Maybe<ResolversParentTypes['Job']> };
  RevokeAccessTokenInput: Types.RevokeAccessTokenInput;
  RevokeAccessTokenPayload: Omit<Types.RevokeAccessTokenPayload, 'accessToken'> & { accessToken?: Types.Maybe<ResolversParentTypes['AccessToken']> };
  RevokeAccessTokensInput: Types.RevokeAccessTokensInput;
  RevokeAccessTokensItemResult: Types.RevokeAccessTokensItemResult;
  RevokeAccessTokensPayload: Omit<Types.RevokeAccessTokensPayload, 'job'> & { job?: Types.Maybe<ResolversParentTypes['Job']> };
  RevokeServiceTokenInput: Types.RevokeServiceTokenInput;
  RevokeServiceTokenPayload: Omit<Types.RevokeServiceTokenPayload, 'serviceToken'> & { serviceToken?: Types.Maybe<ResolversParentTypes['ServiceToken']> };
  RotateWebhookSecretInput: Types.RotateWebhookSecretInput;
  RotateWebhookSecretPayload: Types.RotateWebhookSecretPayload;
  RunBulkAccountOperationInput: Types.RunBulkAccountOperationInput;
  RunBulkAccountOperationItemResult: Types.RunBulkAccountOperationItemResult;
  RunBulkAccountOperationPayload: Omit<Types.RunBulkAccountOperationPayload, 'job'> & { job?: Types.Maybe<ResolversParentTypes['Job']> };
  RunBulkApplicationOperationInput: Types.RunBulkApplicationOperationInput;
  RunBulkApplicationOperationItemResult: Types.RunBulkApplicationOperationItemResult;
  RunBulkApplicationOperationPayload: Omit<Types.RunBulkApplicationOperationPayload, 'job'> & { job?: Types.Maybe<ResolversParentTypes['Job']> };
  RunBulkServiceSubscriptionOperationInput: Types.RunBulkServiceSubscriptionOperationInput;
  RunBulkServiceSubscriptionOperationItemResult: Types.RunBulkServiceSubscriptionOperationItemResult;
  RunBulkServiceSubscriptionOperationPayload: Omit<Types.RunBulkServiceSubscriptionOperationPayload, 'job'> & { job?: Types.Maybe<ResolversParentTypes['Job']> };
  SendMessageInput: Types.SendMessageInput;
  SendMessagePayload: Types.SendMessagePayload;
  Service: ServiceFixture;
  ServiceConnection: Omit<Types.ServiceConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ServiceEdge']>, nodes: Array<ResolversParentTypes['Service']> };
  ServiceEdge: Omit<Types.ServiceEdge, 'node'> & { node: ResolversParentTypes['Service'] };
  ServiceFilter: Types.ServiceFilter;
  ServiceOrder: Types.ServiceOrder;
  ServicePayload: Omit<Types.ServicePayload, 'service'> & { service?: Types.Maybe<ResolversParentTypes['Service']> };
  ServiceSubscription: Omit<Types.ServiceSubscription, 'account' | 'plan' | 'service'> & { account: ResolversParentTypes['Account'], plan: ResolversParentTypes['Plan'], service: ResolversParentTypes['Service'] };
  ServiceSubscriptionConnection: Omit<Types.ServiceSubscriptionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ServiceSubscriptionEdge']>, nodes: Array<ResolversParentTypes['ServiceSubscription']> };
  ServiceSubscriptionEdge: Omit<Types.ServiceSubscriptionEdge, 'node'> & { node: ResolversParentTypes['ServiceSubscription'] };
  ServiceSubscriptionFilter: Types.ServiceSubscriptionFilter;
  ServiceSubscriptionIdInput: Types.ServiceSubscriptionIdInput;
  ServiceSubscriptionOrder: Types.ServiceSubscriptionOrder;
  ServiceSubscriptionPayload: Omit<Types.ServiceSubscriptionPayload, 'serviceSubscription'> & { serviceSubscription?: Types.Maybe<ResolversParentTypes['ServiceSubscription']> };
  ServiceToken: ServiceTokenFixture;
  ServiceTokenUserError: Types.ServiceTokenUserError;
  SetTierModeInput: Types.SetTierModeInput;
  SetUsageLimitInput: Types.SetUsageLimitInput;
  SetUserKeyInput: Types.SetUserKeyInput;
  SignupExpressInput: Types.SignupExpressInput;
  SignupExpressPayload: Omit<Types.SignupExpressPayload, 'account' | 'applications' | 'serviceSubscriptions' | 'user'> & { account?: Types.Maybe<ResolversParentTypes['Account']>, applications: Array<ResolversParentTypes['Application']>, serviceSubscriptions: Array<ResolversParentTypes['ServiceSubscription']>, user?: Types.Maybe<ResolversParentTypes['AccountUser']> };
  SignupPoint: Types.SignupPoint;
  SignupSeries: Types.SignupSeries;
  SignupSettings: Types.SignupSettings;
  SignupUserError: Types.SignupUserError;
  SignupsPayload: Types.SignupsPayload;
  String: Types.Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  Tenant: TenantFixture;
  TenantConnection: Omit<Types.TenantConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['TenantEdge']>, nodes: Array<ResolversParentTypes['Tenant']> };
  TenantEdge: Omit<Types.TenantEdge, 'node'> & { node: ResolversParentTypes['Tenant'] };
  TenantFilter: Types.TenantFilter;
  TenantOrder: Types.TenantOrder;
  TenantUserError: Types.TenantUserError;
  TopApplication: Omit<Types.TopApplication, 'application'> & { application?: Types.Maybe<ResolversParentTypes['Application']> };
  TopApplications: Omit<Types.TopApplications, 'applications' | 'metric'> & { applications: Array<ResolversParentTypes['TopApplication']>, metric: ResolversParentTypes['Metric'] };
  TopApplicationsPayload: Omit<Types.TopApplicationsPayload, 'result'> & { result?: Types.Maybe<ResolversParentTypes['TopApplications']> };
  UnlockLoginInput: Types.UnlockLoginInput;
  UnlockLoginPayload: Omit<Types.UnlockLoginPayload, 'user'> & { user?: Types.Maybe<ResolversParentTypes['User']> };
  UpdateAccountInput: Types.UpdateAccountInput;
  UpdateApplicationInput: Types.UpdateApplicationInput;
  UpdateFeatureInput: Types.UpdateFeatureInput;
  UpdateFieldDefinitionInput: Types.UpdateFieldDefinitionInput;
  UpdateMappingRuleInput: Types.UpdateMappingRuleInput;
  UpdateMetricInput: Types.UpdateMetricInput;
  UpdateNotificationPreferencesInput: Types.UpdateNotificationPreferencesInput;
  UpdateNotificationPreferencesPayload: Types.UpdateNotificationPreferencesPayload;
  UpdatePlanInput: Types.UpdatePlanInput;
  UpdatePricingRuleInput: Types.UpdatePricingRuleInput;
  UpdateServiceInput: Types.UpdateServiceInput;
  UpdateSignupSettingsInput: Types.UpdateSignupSettingsInput;
  UpdateTenantSettingsInput: Types.UpdateTenantSettingsInput;
  UpdateTenantSettingsPayload: Omit<Types.UpdateTenantSettingsPayload, 'tenant'> & { tenant?: Types.Maybe<ResolversParentTypes['Tenant']> };
  UpdateWebhookSettingsInput: Types.UpdateWebhookSettingsInput;
  UpdateWebhookSettingsPayload: Types.UpdateWebhookSettingsPayload;
  UsageAlert: UsageAlertFixture;
  UsageAlertConnection: Omit<Types.UsageAlertConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['UsageAlertEdge']>, nodes: Array<ResolversParentTypes['UsageAlert']> };
  UsageAlertEdge: Omit<Types.UsageAlertEdge, 'node'> & { node: ResolversParentTypes['UsageAlert'] };
  UsageAlertFilter: Types.UsageAlertFilter;
  UsageAlertOrder: Types.UsageAlertOrder;
  UsageAlertUserError: Types.UsageAlertUserError;
  UsageLimit: UsageLimitFixture;
  UsageLimitPayload: Omit<Types.UsageLimitPayload, 'usageLimit'> & { usageLimit?: Types.Maybe<ResolversParentTypes['UsageLimit']> };
  UsagePoint: Types.UsagePoint;
  UsageRangeInput: Types.UsageRangeInput;
  UsageSeries: Omit<Types.UsageSeries, 'metric'> & { metric: ResolversParentTypes['Metric'] };
  UsageSeriesPayload: Omit<Types.UsageSeriesPayload, 'series'> & { series?: Types.Maybe<ResolversParentTypes['UsageSeries']> };
  UsageTargetInput: Types.UsageTargetInput;
  User: UserFixture;
  UserConnection: Omit<Types.UserConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['UserEdge']>, nodes: Array<ResolversParentTypes['User']> };
  UserEdge: Omit<Types.UserEdge, 'node'> & { node: ResolversParentTypes['User'] };
  UserError: ResolversInterfaceTypes<ResolversParentTypes>['UserError'];
  UserOrder: Types.UserOrder;
  WebhookAttempt: Types.WebhookAttempt;
  WebhookDelivery: Types.WebhookDelivery;
  WebhookDeliveryConnection: Types.WebhookDeliveryConnection;
  WebhookDeliveryEdge: Types.WebhookDeliveryEdge;
  WebhookDeliveryFilter: Types.WebhookDeliveryFilter;
  WebhookDeliveryOrder: Types.WebhookDeliveryOrder;
  WebhookSettings: Types.WebhookSettings;
  WebhookUserError: Types.WebhookUserError;
};

export type AcceptInvitationPayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['AcceptInvitationPayload'] = ResolversParentTypes['AcceptInvitationPayload']> = {
  user?: Resolver<Types.Maybe<ResolversTypes['AccountUser']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['AccountUserError']>, ParentType, ContextType>;
};

export type AccessTokenResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['AccessToken'] = ResolversParentTypes['AccessToken']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiresAt?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  permission?: Resolver<ResolversTypes['AccessTokenPermission'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['AccessTokenScope']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['AccessTokenState'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AccessTokenConnectionResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['AccessTokenConnection'] = ResolversParentTypes['AccessTokenConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AccessTokenEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AccessToken']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AccessTokenEdgeResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['AccessTokenEdge'] = ResolversParentTypes['AccessTokenEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AccessToken'], ParentType, ContextType>;
};

export type AccessTokenUserErrorResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['AccessTokenUserError'] = ResolversParentTypes['AccessTokenUserError']> = {
  code?: Resolver<ResolversTypes['AccessTokenErrorCode'], ParentType, ContextType>;
  field?: Resolver<Types.Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AccountResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['Account'] = ResolversParentTypes['Account']> = {
  adminUser?: Resolver<Types.Maybe<ResolversTypes['AccountUser']>, ParentType, ContextType>;
  applicationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  applications?: Resolver<ResolversTypes['ApplicationConnection'], ParentType, ContextType, Partial<Types.AccountApplicationsArgs>>;
  availableActions?: Resolver<Array<ResolversTypes['AccountAction']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['FieldValue']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invitations?: Resolver<ResolversTypes['AccountInvitationConnection'], ParentType, ContextType, Partial<Types.AccountInvitationsArgs>>;
  messages?: Resolver<ResolversTypes['AccountMessageConnection'], ParentType, ContextType, Partial<Types.AccountMessagesArgs>>;
  orgName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType>;
  serviceSubscriptions?: Resolver<ResolversTypes['ServiceSubscriptionConnection'], ParentType, ContextType, Partial<Types.AccountServiceSubscriptionsArgs>>;
  state?: Resolver<ResolversTypes['AccountState'], ParentType, ContextType>;
  stateChangedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  users?: Resolver<ResolversTypes['AccountUserConnection'], ParentType, ContextType, Partial<Types.AccountUsersArgs>>;
  vatRate?: Resolver<Types.Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AccountConnectionResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['AccountConnection'] = ResolversParentTypes['AccountConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AccountEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Account']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AccountEdgeResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['AccountEdge'] = ResolversParentTypes['AccountEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
};

export type AccountInvitationResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['AccountInvitation'] = ResolversParentTypes['AccountInvitation']> = {
  acceptedAt?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  account?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['EmailAddress'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['AccountUserRole'], ParentType, ContextType>;
  sentAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['InvitationState'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AccountInvitationConnectionResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['AccountInvitationConnection'] = ResolversParentTypes['AccountInvitationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AccountInvitationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AccountInvitation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AccountInvitationEdgeResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['AccountInvitationEdge'] = ResolversParentTypes['AccountInvitationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AccountInvitation'], ParentType, ContextType>;
};

export type AccountMessageResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['AccountMessage'] = ResolversParentTypes['AccountMessage']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['MessageDirection'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AccountMessageConnectionResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['AccountMessageConnection'] = ResolversParentTypes['AccountMessageConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AccountMessageEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AccountMessage']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AccountMessageEdgeResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['AccountMessageEdge'] = ResolversParentTypes['AccountMessageEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AccountMessage'], ParentType, ContextType>;
};

export type AccountPayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['AccountPayload'] = ResolversParentTypes['AccountPayload']> = {
  account?: Resolver<Types.Maybe<ResolversTypes['Account']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['AccountUserError']>, ParentType, ContextType>;
};

export type AccountUserResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['AccountUser'] = ResolversParentTypes['AccountUser']> = {
  account?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['EmailAddress'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['FieldValue']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['AccountUserRole'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['AccountUserState'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AccountUserConnectionResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['AccountUserConnection'] = ResolversParentTypes['AccountUserConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AccountUserEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AccountUser']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AccountUserEdgeResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['AccountUserEdge'] = ResolversParentTypes['AccountUserEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AccountUser'], ParentType, ContextType>;
};

export type AccountUserErrorResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['AccountUserError'] = ResolversParentTypes['AccountUserError']> = {
  code?: Resolver<ResolversTypes['AccountErrorCode'], ParentType, ContextType>;
  field?: Resolver<Types.Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AnalyticsUserErrorResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['AnalyticsUserError'] = ResolversParentTypes['AnalyticsUserError']> = {
  code?: Resolver<ResolversTypes['AnalyticsErrorCode'], ParentType, ContextType>;
  field?: Resolver<Types.Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ApplicationResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['Application'] = ResolversParentTypes['Application']> = {
  account?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
  appId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  availableActions?: Resolver<Array<ResolversTypes['ApplicationAction']>, ParentType, ContextType>;
  clientId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  clientSecret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstTrafficAt?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  keys?: Resolver<Array<ResolversTypes['ApplicationKey']>, ParentType, ContextType>;
  lastTrafficAt?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType>;
  redirectUrl?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  service?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ApplicationState'], ParentType, ContextType>;
  trialEndsAt?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  userKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ApplicationConnectionResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['ApplicationConnection'] = ResolversParentTypes['ApplicationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ApplicationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Application']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ApplicationEdgeResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['ApplicationEdge'] = ResolversParentTypes['ApplicationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Application'], ParentType, ContextType>;
};

export type ApplicationKeyResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['ApplicationKey'] = ResolversParentTypes['ApplicationKey']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ApplicationKeyPayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['ApplicationKeyPayload'] = ResolversParentTypes['ApplicationKeyPayload']> = {
  application?: Resolver<Types.Maybe<ResolversTypes['Application']>, ParentType, ContextType>;
  key?: Resolver<Types.Maybe<ResolversTypes['ApplicationKey']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['ApplicationUserError']>, ParentType, ContextType>;
};

export type ApplicationPayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['ApplicationPayload'] = ResolversParentTypes['ApplicationPayload']> = {
  application?: Resolver<Types.Maybe<ResolversTypes['Application']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['ApplicationUserError']>, ParentType, ContextType>;
};

export type ApplicationUserErrorResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['ApplicationUserError'] = ResolversParentTypes['ApplicationUserError']> = {
  code?: Resolver<ResolversTypes['ApplicationErrorCode'], ParentType, ContextType>;
  field?: Resolver<Types.Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AuditChangeResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['AuditChange'] = ResolversParentTypes['AuditChange']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  actor?: Resolver<Types.Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  actorKind?: Resolver<ResolversTypes['AuditActorKind'], ParentType, ContextType>;
  actorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['AuditChange']>, ParentType, ContextType>;
  event?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  requestId?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetId?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  targetName?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetType?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tenant?: Resolver<ResolversTypes['Tenant'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AuditEntryConnectionResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditEntryEdgeResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
};

export type AuthUserErrorResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['AuthUserError'] = ResolversParentTypes['AuthUserError']> = {
  code?: Resolver<ResolversTypes['AuthErrorCode'], ParentType, ContextType>;
  field?: Resolver<Types.Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BulkUserErrorResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['BulkUserError'] = ResolversParentTypes['BulkUserError']> = {
  code?: Resolver<ResolversTypes['BulkErrorCode'], ParentType, ContextType>;
  field?: Resolver<Types.Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CancelJobPayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['CancelJobPayload'] = ResolversParentTypes['CancelJobPayload']> = {
  job?: Resolver<Types.Maybe<ResolversTypes['Job']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['JobUserError']>, ParentType, ContextType>;
};

export type CatalogUserErrorResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['CatalogUserError'] = ResolversParentTypes['CatalogUserError']> = {
  code?: Resolver<ResolversTypes['CatalogErrorCode'], ParentType, ContextType>;
  field?: Resolver<Types.Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ChangePasswordPayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['ChangePasswordPayload'] = ResolversParentTypes['ChangePasswordPayload']> = {
  user?: Resolver<Types.Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['AuthUserError']>, ParentType, ContextType>;
};

export type CostPreviewResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['CostPreview'] = ResolversParentTypes['CostPreview']> = {
  costPerMonth?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  setupFee?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  variable?: Resolver<Array<ResolversTypes['MetricCost']>, ParentType, ContextType>;
};

export type CreateAccessTokenPayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['CreateAccessTokenPayload'] = ResolversParentTypes['CreateAccessTokenPayload']> = {
  accessToken?: Resolver<Types.Maybe<ResolversTypes['AccessToken']>, ParentType, ContextType>;
  token?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['AccessTokenUserError']>, ParentType, ContextType>;
};

export type CreateAccountPayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['CreateAccountPayload'] = ResolversParentTypes['CreateAccountPayload']> = {
  account?: Resolver<Types.Maybe<ResolversTypes['Account']>, ParentType, ContextType>;
  user?: Resolver<Types.Maybe<ResolversTypes['AccountUser']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['AccountUserError']>, ParentType, ContextType>;
};

export type CreateServiceTokenPayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['CreateServiceTokenPayload'] = ResolversParentTypes['CreateServiceTokenPayload']> = {
  serviceToken?: Resolver<Types.Maybe<ResolversTypes['ServiceToken']>, ParentType, ContextType>;
  token?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['ServiceTokenUserError']>, ParentType, ContextType>;
};

export type CreateTenantPayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['CreateTenantPayload'] = ResolversParentTypes['CreateTenantPayload']> = {
  adminUser?: Resolver<Types.Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  generatedAdminPassword?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tenant?: Resolver<Types.Maybe<ResolversTypes['Tenant']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['TenantUserError']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type DeleteAccountPayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['DeleteAccountPayload'] = ResolversParentTypes['DeleteAccountPayload']> = {
  deletedAccountId?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['AccountUserError']>, ParentType, ContextType>;
};

export type DeleteAlertsPayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['DeleteAlertsPayload'] = ResolversParentTypes['DeleteAlertsPayload']> = {
  deletedAlertIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UsageAlertUserError']>, ParentType, ContextType>;
};

export type DeleteApplicationPayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['DeleteApplicationPayload'] = ResolversParentTypes['DeleteApplicationPayload']> = {
  deletedApplicationId?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['ApplicationUserError']>, ParentType, ContextType>;
};

export type DeleteFeaturePayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['DeleteFeaturePayload'] = ResolversParentTypes['DeleteFeaturePayload']> = {
  deletedFeatureId?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['PlanUserError']>, ParentType, ContextType>;
};

export type DeleteMappingRulePayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['DeleteMappingRulePayload'] = ResolversParentTypes['DeleteMappingRulePayload']> = {
  deletedMappingRuleId?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['CatalogUserError']>, ParentType, ContextType>;
};

export type DeleteMetricPayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['DeleteMetricPayload'] = ResolversParentTypes['DeleteMetricPayload']> = {
  deletedMappingRuleIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  deletedMetricId?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['CatalogUserError']>, ParentType, ContextType>;
};

export type DeletePlanPayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['DeletePlanPayload'] = ResolversParentTypes['DeletePlanPayload']> = {
  deletedPlanId?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['PlanUserError']>, ParentType, ContextType>;
};

export type DeletePricingRulePayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['DeletePricingRulePayload'] = ResolversParentTypes['DeletePricingRulePayload']> = {
  deletedPricingRuleId?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['PlanUserError']>, ParentType, ContextType>;
};

export type DeleteServicePayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['DeleteServicePayload'] = ResolversParentTypes['DeleteServicePayload']> = {
  deletedServiceId?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['CatalogUserError']>, ParentType, ContextType>;
};

export type DeleteServiceSubscriptionPayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['DeleteServiceSubscriptionPayload'] = ResolversParentTypes['DeleteServiceSubscriptionPayload']> = {
  deletedServiceSubscriptionId?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['ApplicationUserError']>, ParentType, ContextType>;
};

export type DeleteUsageLimitPayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['DeleteUsageLimitPayload'] = ResolversParentTypes['DeleteUsageLimitPayload']> = {
  deletedUsageLimitId?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['PlanUserError']>, ParentType, ContextType>;
};

export type DeleteWebhookDeliveriesItemResultResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['DeleteWebhookDeliveriesItemResult'] = ResolversParentTypes['DeleteWebhookDeliveriesItemResult']> = {
  error?: Resolver<Types.Maybe<ResolversTypes['WebhookUserError']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BulkItemStatus'], ParentType, ContextType>;
};

export type DeleteWebhookDeliveriesPayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['DeleteWebhookDeliveriesPayload'] = ResolversParentTypes['DeleteWebhookDeliveriesPayload']> = {
  job?: Resolver<Types.Maybe<ResolversTypes['Job']>, ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['DeleteWebhookDeliveriesItemResult']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['BulkUserError']>, ParentType, ContextType>;
};

export interface EmailAddressScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['EmailAddress'], any> {
  name: 'EmailAddress';
}

export type EngagementAccountResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['EngagementAccount'] = ResolversParentTypes['EngagementAccount']> = {
  account?: Resolver<Types.Maybe<ResolversTypes['Account']>, ParentType, ContextType>;
  firstHalf?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  growthPercent?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  secondHalf?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  signedUpAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type EngagementReportResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['EngagementReport'] = ResolversParentTypes['EngagementReport']> = {
  active?: Resolver<Array<ResolversTypes['EngagementAccount']>, ParentType, ContextType>;
  middle?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  neverUsed?: Resolver<Array<ResolversTypes['EngagementAccount']>, ParentType, ContextType>;
  signups?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  stopped?: Resolver<Array<ResolversTypes['EngagementAccount']>, ParentType, ContextType>;
  until?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type EngagementReportPayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['EngagementReportPayload'] = ResolversParentTypes['EngagementReportPayload']> = {
  report?: Resolver<Types.Maybe<ResolversTypes['EngagementReport']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['AnalyticsUserError']>, ParentType, ContextType>;
};

export type ExportResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['Export'] = ResolversParentTypes['Export']> = {
  byteSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  job?: Resolver<ResolversTypes['Job'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ExportKind'], ParentType, ContextType>;
  rowCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ExportStatus'], ParentType, ContextType>;
  url?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ExportPayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['ExportPayload'] = ResolversParentTypes['ExportPayload']> = {
  export?: Resolver<Types.Maybe<ResolversTypes['Export']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['ExportUserError']>, ParentType, ContextType>;
};

export type ExportUserErrorResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['ExportUserError'] = ResolversParentTypes['ExportUserError']> = {
  code?: Resolver<ResolversTypes['ExportErrorCode'], ParentType, ContextType>;
  field?: Resolver<Types.Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FeatureResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['Feature'] = ResolversParentTypes['Feature']> = {
  description?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['PlanKind'], ParentType, ContextType>;
  service?: Resolver<Types.Maybe<ResolversTypes['Service']>, ParentType, ContextType>;
  systemName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FeaturePayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['FeaturePayload'] = ResolversParentTypes['FeaturePayload']> = {
  feature?: Resolver<Types.Maybe<ResolversTypes['Feature']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['PlanUserError']>, ParentType, ContextType>;
};

export type FieldDefinitionResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['FieldDefinition'] = ResolversParentTypes['FieldDefinition']> = {
  builtin?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  choices?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  fixed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hidden?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FieldKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['FieldTarget'], ParentType, ContextType>;
};

export type FieldDefinitionPayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['FieldDefinitionPayload'] = ResolversParentTypes['FieldDefinitionPayload']> = {
  fieldDefinition?: Resolver<Types.Maybe<ResolversTypes['FieldDefinition']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['AccountUserError']>, ParentType, ContextType>;
};

export type FieldValueResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['FieldValue'] = ResolversParentTypes['FieldValue']> = {
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type HeartbeatResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['Heartbeat'] = ResolversParentTypes['Heartbeat']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type ImportOpenApiPayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['ImportOpenApiPayload'] = ResolversParentTypes['ImportOpenApiPayload']> = {
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  mappingRulesCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  methodsCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  operations?: Resolver<Array<ResolversTypes['OpenApiOperationImport']>, ParentType, ContextType>;
  service?: Resolver<Types.Maybe<ResolversTypes['Service']>, ParentType, ContextType>;
  specification?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['CatalogUserError']>, ParentType, ContextType>;
};

export type InvitationPayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['InvitationPayload'] = ResolversParentTypes['InvitationPayload']> = {
  invitation?: Resolver<Types.Maybe<ResolversTypes['AccountInvitation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['AccountUserError']>, ParentType, ContextType>;
};

export type JobResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['Job'] = ResolversParentTypes['Job']> = {
  cancelRequested?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  error?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  failed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failures?: Resolver<ResolversTypes['JobFailureConnection'], ParentType, ContextType, Partial<Types.JobFailuresArgs>>;
  finishedAt?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  processed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startedAt?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['JobStatus'], ParentType, ContextType>;
  succeeded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type JobFailureResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['JobFailure'] = ResolversParentTypes['JobFailure']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  itemId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type JobFailureConnectionResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['JobFailureConnection'] = ResolversParentTypes['JobFailureConnection']> = {
  edges?: Resolver<Array<ResolversTypes['JobFailureEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['JobFailure']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type JobFailureEdgeResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['JobFailureEdge'] = ResolversParentTypes['JobFailureEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['JobFailure'], ParentType, ContextType>;
};

export type JobUserErrorResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['JobUserError'] = ResolversParentTypes['JobUserError']> = {
  code?: Resolver<ResolversTypes['JobErrorCode'], ParentType, ContextType>;
  field?: Resolver<Types.Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LimitUtilizationResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['LimitUtilization'] = ResolversParentTypes['LimitUtilization']> = {
  current?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  max?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  metric?: Resolver<Types.Maybe<ResolversTypes['Metric']>, ParentType, ContextType>;
  percent?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['UsagePeriod'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  resetAt?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type LoginPayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['LoginPayload'] = ResolversParentTypes['LoginPayload']> = {
  user?: Resolver<Types.Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['AuthUserError']>, ParentType, ContextType>;
};

export type LogoutPayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['LogoutPayload'] = ResolversParentTypes['LogoutPayload']> = {
  clientMutationId?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  loggedOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export interface LongTextScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['LongText'], any> {
  name: 'LongText';
}

export type MappingRuleResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['MappingRule'] = ResolversParentTypes['MappingRule']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  delta?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  httpMethod?: Resolver<ResolversTypes['HttpMethod'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  last?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['Metric'], ParentType, ContextType>;
  pattern?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MappingRuleMatchResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['MappingRuleMatch'] = ResolversParentTypes['MappingRuleMatch']> = {
  increments?: Resolver<Array<ResolversTypes['MetricIncrement']>, ParentType, ContextType>;
  matchedRules?: Resolver<Array<ResolversTypes['MappingRule']>, ParentType, ContextType>;
};

export type MappingRulePayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['MappingRulePayload'] = ResolversParentTypes['MappingRulePayload']> = {
  mappingRule?: Resolver<Types.Maybe<ResolversTypes['MappingRule']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['CatalogUserError']>, ParentType, ContextType>;
};

export type MarkAlertsReadPayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['MarkAlertsReadPayload'] = ResolversParentTypes['MarkAlertsReadPayload']> = {
  alerts?: Resolver<Array<ResolversTypes['UsageAlert']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UsageAlertUserError']>, ParentType, ContextType>;
};

export type MarkNotificationsReadPayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['MarkNotificationsReadPayload'] = ResolversParentTypes['MarkNotificationsReadPayload']> = {
  markedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unreadCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['NotificationUserError']>, ParentType, ContextType>;
};

export type MetricResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['Metric'] = ResolversParentTypes['Metric']> = {
  builtin?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  friendlyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MetricKind'], ParentType, ContextType>;
  mapped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  parent?: Resolver<Types.Maybe<ResolversTypes['Metric']>, ParentType, ContextType>;
  service?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
  systemName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MetricCostResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['MetricCost'] = ResolversParentTypes['MetricCost']> = {
  cost?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['Metric'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type MetricIncrementResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['MetricIncrement'] = ResolversParentTypes['MetricIncrement']> = {
  metric?: Resolver<ResolversTypes['Metric'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MetricPayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['MetricPayload'] = ResolversParentTypes['MetricPayload']> = {
  metric?: Resolver<Types.Maybe<ResolversTypes['Metric']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['CatalogUserError']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptApplication?: Resolver<ResolversTypes['ApplicationPayload'], ParentType, ContextType, RequireFields<Types.MutationAcceptApplicationArgs, 'input'>>;
  acceptInvitation?: Resolver<ResolversTypes['AcceptInvitationPayload'], ParentType, ContextType, RequireFields<Types.MutationAcceptInvitationArgs, 'input'>>;
  acceptServiceSubscription?: Resolver<ResolversTypes['ServiceSubscriptionPayload'], ParentType, ContextType, RequireFields<Types.MutationAcceptServiceSubscriptionArgs, 'input'>>;
  approveAccount?: Resolver<ResolversTypes['AccountPayload'], ParentType, ContextType, RequireFields<Types.MutationApproveAccountArgs, 'input'>>;
  approvePlanChangeRequest?: Resolver<ResolversTypes['PlanChangeRequestPayload'], ParentType, ContextType, RequireFields<Types.MutationApprovePlanChangeRequestArgs, 'input'>>;
  cancelBulkOperation?: Resolver<ResolversTypes['CancelJobPayload'], ParentType, ContextType, RequireFields<Types.MutationCancelBulkOperationArgs, 'input'>>;
  cancelJob?: Resolver<ResolversTypes['CancelJobPayload'], ParentType, ContextType, RequireFields<Types.MutationCancelJobArgs, 'input'>>;
  changeAccountPlan?: Resolver<ResolversTypes['AccountPayload'], ParentType, ContextType, RequireFields<Types.MutationChangeAccountPlanArgs, 'input'>>;
  changeApplicationPlan?: Resolver<ResolversTypes['ApplicationPayload'], ParentType, ContextType, RequireFields<Types.MutationChangeApplicationPlanArgs, 'input'>>;
  changePassword?: Resolver<ResolversTypes['ChangePasswordPayload'], ParentType, ContextType, RequireFields<Types.MutationChangePasswordArgs, 'input'>>;
  changeServiceSubscriptionPlan?: Resolver<ResolversTypes['ServiceSubscriptionPayload'], ParentType, ContextType, RequireFields<Types.MutationChangeServiceSubscriptionPlanArgs, 'input'>>;
  copyPlan?: Resolver<ResolversTypes['PlanPayload'], ParentType, ContextType, RequireFields<Types.MutationCopyPlanArgs, 'input'>>;
  createAccessToken?: Resolver<ResolversTypes['CreateAccessTokenPayload'], ParentType, ContextType, RequireFields<Types.MutationCreateAccessTokenArgs, 'input'>>;
  createAccount?: Resolver<ResolversTypes['CreateAccountPayload'], ParentType, ContextType, RequireFields<Types.MutationCreateAccountArgs, 'input'>>;
  createAccountPlan?: Resolver<ResolversTypes['PlanPayload'], ParentType, ContextType, RequireFields<Types.MutationCreateAccountPlanArgs, 'input'>>;
  createApplication?: Resolver<ResolversTypes['ApplicationPayload'], ParentType, ContextType, RequireFields<Types.MutationCreateApplicationArgs, 'input'>>;
  createApplicationKey?: Resolver<ResolversTypes['ApplicationKeyPayload'], ParentType, ContextType, RequireFields<Types.MutationCreateApplicationKeyArgs, 'input'>>;
  createApplicationPlan?: Resolver<ResolversTypes['PlanPayload'], ParentType, ContextType, RequireFields<Types.MutationCreateApplicationPlanArgs, 'input'>>;
  createFeature?: Resolver<ResolversTypes['FeaturePayload'], ParentType, ContextType, RequireFields<Types.MutationCreateFeatureArgs, 'input'>>;
  createFieldDefinition?: Resolver<ResolversTypes['FieldDefinitionPayload'], ParentType, ContextType, RequireFields<Types.MutationCreateFieldDefinitionArgs, 'input'>>;
  createMappingRule?: Resolver<ResolversTypes['MappingRulePayload'], ParentType, ContextType, RequireFields<Types.MutationCreateMappingRuleArgs, 'input'>>;
  createMethod?: Resolver<ResolversTypes['MetricPayload'], ParentType, ContextType, RequireFields<Types.MutationCreateMethodArgs, 'input'>>;
  createMetric?: Resolver<ResolversTypes['MetricPayload'], ParentType, ContextType, RequireFields<Types.MutationCreateMetricArgs, 'input'>>;
  createPricingRule?: Resolver<ResolversTypes['PricingRulePayload'], ParentType, ContextType, RequireFields<Types.MutationCreatePricingRuleArgs, 'input'>>;
  createService?: Resolver<ResolversTypes['ServicePayload'], ParentType, ContextType, RequireFields<Types.MutationCreateServiceArgs, 'input'>>;
  createServicePlan?: Resolver<ResolversTypes['PlanPayload'], ParentType, ContextType, RequireFields<Types.MutationCreateServicePlanArgs, 'input'>>;
  createServiceSubscription?: Resolver<ResolversTypes['ServiceSubscriptionPayload'], ParentType, ContextType, RequireFields<Types.MutationCreateServiceSubscriptionArgs, 'input'>>;
  createServiceToken?: Resolver<ResolversTypes['CreateServiceTokenPayload'], ParentType, ContextType, RequireFields<Types.MutationCreateServiceTokenArgs, 'input'>>;
  createTenant?: Resolver<ResolversTypes['CreateTenantPayload'], ParentType, ContextType, RequireFields<Types.MutationCreateTenantArgs, 'input'>>;
  customizeApplicationPlan?: Resolver<ResolversTypes['ApplicationPayload'], ParentType, ContextType, RequireFields<Types.MutationCustomizeApplicationPlanArgs, 'input'>>;
  decustomizeApplicationPlan?: Resolver<ResolversTypes['ApplicationPayload'], ParentType, ContextType, RequireFields<Types.MutationDecustomizeApplicationPlanArgs, 'input'>>;
  deleteAccount?: Resolver<ResolversTypes['DeleteAccountPayload'], ParentType, ContextType, RequireFields<Types.MutationDeleteAccountArgs, 'input'>>;
  deleteAlerts?: Resolver<ResolversTypes['DeleteAlertsPayload'], ParentType, ContextType, RequireFields<Types.MutationDeleteAlertsArgs, 'input'>>;
  deleteApplication?: Resolver<ResolversTypes['DeleteApplicationPayload'], ParentType, ContextType, RequireFields<Types.MutationDeleteApplicationArgs, 'input'>>;
  deleteApplicationKey?: Resolver<ResolversTypes['ApplicationKeyPayload'], ParentType, ContextType, RequireFields<Types.MutationDeleteApplicationKeyArgs, 'input'>>;
  deleteFeature?: Resolver<ResolversTypes['DeleteFeaturePayload'], ParentType, ContextType, RequireFields<Types.MutationDeleteFeatureArgs, 'input'>>;
  deleteFieldDefinition?: Resolver<ResolversTypes['FieldDefinitionPayload'], ParentType, ContextType, RequireFields<Types.MutationDeleteFieldDefinitionArgs, 'input'>>;
  deleteMappingRule?: Resolver<ResolversTypes['DeleteMappingRulePayload'], ParentType, ContextType, RequireFields<Types.MutationDeleteMappingRuleArgs, 'input'>>;
  deleteMetric?: Resolver<ResolversTypes['DeleteMetricPayload'], ParentType, ContextType, RequireFields<Types.MutationDeleteMetricArgs, 'input'>>;
  deletePlan?: Resolver<ResolversTypes['DeletePlanPayload'], ParentType, ContextType, RequireFields<Types.MutationDeletePlanArgs, 'input'>>;
  deletePricingRule?: Resolver<ResolversTypes['DeletePricingRulePayload'], ParentType, ContextType, RequireFields<Types.MutationDeletePricingRuleArgs, 'input'>>;
  deleteService?: Resolver<ResolversTypes['DeleteServicePayload'], ParentType, ContextType, RequireFields<Types.MutationDeleteServiceArgs, 'input'>>;
  deleteServiceSubscription?: Resolver<ResolversTypes['DeleteServiceSubscriptionPayload'], ParentType, ContextType, RequireFields<Types.MutationDeleteServiceSubscriptionArgs, 'input'>>;
  deleteUsageLimit?: Resolver<ResolversTypes['DeleteUsageLimitPayload'], ParentType, ContextType, RequireFields<Types.MutationDeleteUsageLimitArgs, 'input'>>;
  deleteWebhookDeliveries?: Resolver<ResolversTypes['DeleteWebhookDeliveriesPayload'], ParentType, ContextType, RequireFields<Types.MutationDeleteWebhookDeliveriesArgs, 'input'>>;
  disableFeature?: Resolver<ResolversTypes['PlanPayload'], ParentType, ContextType, RequireFields<Types.MutationDisableFeatureArgs, 'input'>>;
  enableFeature?: Resolver<ResolversTypes['PlanPayload'], ParentType, ContextType, RequireFields<Types.MutationEnableFeatureArgs, 'input'>>;
  exportAccounts?: Resolver<ResolversTypes['ExportPayload'], ParentType, ContextType, RequireFields<Types.MutationExportAccountsArgs, 'input'>>;
  exportApplications?: Resolver<ResolversTypes['ExportPayload'], ParentType, ContextType, RequireFields<Types.MutationExportApplicationsArgs, 'input'>>;
  exportServiceSubscriptions?: Resolver<ResolversTypes['ExportPayload'], ParentType, ContextType, RequireFields<Types.MutationExportServiceSubscriptionsArgs, 'input'>>;
  hidePlan?: Resolver<ResolversTypes['PlanPayload'], ParentType, ContextType, RequireFields<Types.MutationHidePlanArgs, 'input'>>;
  importOpenApi?: Resolver<ResolversTypes['ImportOpenApiPayload'], ParentType, ContextType, RequireFields<Types.MutationImportOpenApiArgs, 'input'>>;
  inviteAccountUser?: Resolver<ResolversTypes['InvitationPayload'], ParentType, ContextType, RequireFields<Types.MutationInviteAccountUserArgs, 'input'>>;
  login?: Resolver<ResolversTypes['LoginPayload'], ParentType, ContextType, RequireFields<Types.MutationLoginArgs, 'input'>>;
  logout?: Resolver<ResolversTypes['LogoutPayload'], ParentType, ContextType, Partial<Types.MutationLogoutArgs>>;
  makeAccountPending?: Resolver<ResolversTypes['AccountPayload'], ParentType, ContextType, RequireFields<Types.MutationMakeAccountPendingArgs, 'input'>>;
  markAlertsRead?: Resolver<ResolversTypes['MarkAlertsReadPayload'], ParentType, ContextType, RequireFields<Types.MutationMarkAlertsReadArgs, 'input'>>;
  markNotificationsRead?: Resolver<ResolversTypes['MarkNotificationsReadPayload'], ParentType, ContextType, RequireFields<Types.MutationMarkNotificationsReadArgs, 'input'>>;
  pingWebhook?: Resolver<ResolversTypes['PingWebhookPayload'], ParentType, ContextType>;
  publishPlan?: Resolver<ResolversTypes['PlanPayload'], ParentType, ContextType, RequireFields<Types.MutationPublishPlanArgs, 'input'>>;
  regenerateClientSecret?: Resolver<ResolversTypes['ApplicationPayload'], ParentType, ContextType, RequireFields<Types.MutationRegenerateClientSecretArgs, 'input'>>;
  regenerateUserKey?: Resolver<ResolversTypes['ApplicationPayload'], ParentType, ContextType, RequireFields<Types.MutationRegenerateUserKeyArgs, 'input'>>;
  rejectAccount?: Resolver<ResolversTypes['AccountPayload'], ParentType, ContextType, RequireFields<Types.MutationRejectAccountArgs, 'input'>>;
  rejectApplication?: Resolver<ResolversTypes['DeleteApplicationPayload'], ParentType, ContextType, RequireFields<Types.MutationRejectApplicationArgs, 'input'>>;
  rejectPlanChangeRequest?: Resolver<ResolversTypes['PlanChangeRequestPayload'], ParentType, ContextType, RequireFields<Types.MutationRejectPlanChangeRequestArgs, 'input'>>;
  requestApplicationPlanChange?: Resolver<ResolversTypes['PlanChangeRequestPayload'], ParentType, ContextType, RequireFields<Types.MutationRequestApplicationPlanChangeArgs, 'input'>>;
  resendInvitation?: Resolver<ResolversTypes['InvitationPayload'], ParentType, ContextType, RequireFields<Types.MutationResendInvitationArgs, 'input'>>;
  resumeAccount?: Resolver<ResolversTypes['AccountPayload'], ParentType, ContextType, RequireFields<Types.MutationResumeAccountArgs, 'input'>>;
  resumeApplication?: Resolver<ResolversTypes['ApplicationPayload'], ParentType, ContextType, RequireFields<Types.MutationResumeApplicationArgs, 'input'>>;
  resumeServiceSubscription?: Resolver<ResolversTypes['ServiceSubscriptionPayload'], ParentType, ContextType, RequireFields<Types.MutationResumeServiceSubscriptionArgs, 'input'>>;
  retryWebhookDeliveries?: Resolver<ResolversTypes['RetryWebhookDeliveriesPayload'], ParentType, ContextType, RequireFields<Types.MutationRetryWebhookDeliveriesArgs, 'input'>>;
  revokeAccessToken?: Resolver<ResolversTypes['RevokeAccessTokenPayload'], ParentType, ContextType, RequireFields<Types.MutationRevokeAccessTokenArgs, 'input'>>;
  revokeAccessTokens?: Resolver<ResolversTypes['RevokeAccessTokensPayload'], ParentType, ContextType, RequireFields<Types.MutationRevokeAccessTokensArgs, 'input'>>;
  revokeServiceToken?: Resolver<ResolversTypes['RevokeServiceTokenPayload'], ParentType, ContextType, RequireFields<Types.MutationRevokeServiceTokenArgs, 'input'>>;
  rotateWebhookSecret?: Resolver<ResolversTypes['RotateWebhookSecretPayload'], ParentType, ContextType, Partial<Types.MutationRotateWebhookSecretArgs>>;
  runBulkAccountOperation?: Resolver<ResolversTypes['RunBulkAccountOperationPayload'], ParentType, ContextType, RequireFields<Types.MutationRunBulkAccountOperationArgs, 'input'>>;
  runBulkApplicationOperation?: Resolver<ResolversTypes['RunBulkApplicationOperationPayload'], ParentType, ContextType, RequireFields<Types.MutationRunBulkApplicationOperationArgs, 'input'>>;
  runBulkServiceSubscriptionOperation?: Resolver<ResolversTypes['RunBulkServiceSubscriptionOperationPayload'], ParentType, ContextType, RequireFields<Types.MutationRunBulkServiceSubscriptionOperationArgs, 'input'>>;
  sendMessage?: Resolver<ResolversTypes['SendMessagePayload'], ParentType, ContextType, RequireFields<Types.MutationSendMessageArgs, 'input'>>;
  setDefaultPlan?: Resolver<ResolversTypes['PlanPayload'], ParentType, ContextType, RequireFields<Types.MutationSetDefaultPlanArgs, 'input'>>;
  setTierMode?: Resolver<ResolversTypes['PlanPayload'], ParentType, ContextType, RequireFields<Types.MutationSetTierModeArgs, 'input'>>;
  setUsageLimit?: Resolver<ResolversTypes['UsageLimitPayload'], ParentType, ContextType, RequireFields<Types.MutationSetUsageLimitArgs, 'input'>>;
  setUserKey?: Resolver<ResolversTypes['ApplicationPayload'], ParentType, ContextType, RequireFields<Types.MutationSetUserKeyArgs, 'input'>>;
  signupExpress?: Resolver<ResolversTypes['SignupExpressPayload'], ParentType, ContextType, RequireFields<Types.MutationSignupExpressArgs, 'input'>>;
  suspendAccount?: Resolver<ResolversTypes['AccountPayload'], ParentType, ContextType, RequireFields<Types.MutationSuspendAccountArgs, 'input'>>;
  suspendApplication?: Resolver<ResolversTypes['ApplicationPayload'], ParentType, ContextType, RequireFields<Types.MutationSuspendApplicationArgs, 'input'>>;
  suspendServiceSubscription?: Resolver<ResolversTypes['ServiceSubscriptionPayload'], ParentType, ContextType, RequireFields<Types.MutationSuspendServiceSubscriptionArgs, 'input'>>;
  unlockLogin?: Resolver<ResolversTypes['UnlockLoginPayload'], ParentType, ContextType, RequireFields<Types.MutationUnlockLoginArgs, 'input'>>;
  updateAccount?: Resolver<ResolversTypes['AccountPayload'], ParentType, ContextType, RequireFields<Types.MutationUpdateAccountArgs, 'input'>>;
  updateApplication?: Resolver<ResolversTypes['ApplicationPayload'], ParentType, ContextType, RequireFields<Types.MutationUpdateApplicationArgs, 'input'>>;
  updateFeature?: Resolver<ResolversTypes['FeaturePayload'], ParentType, ContextType, RequireFields<Types.MutationUpdateFeatureArgs, 'input'>>;
  updateFieldDefinition?: Resolver<ResolversTypes['FieldDefinitionPayload'], ParentType, ContextType, RequireFields<Types.MutationUpdateFieldDefinitionArgs, 'input'>>;
  updateMappingRule?: Resolver<ResolversTypes['MappingRulePayload'], ParentType, ContextType, RequireFields<Types.MutationUpdateMappingRuleArgs, 'input'>>;
  updateMetric?: Resolver<ResolversTypes['MetricPayload'], ParentType, ContextType, RequireFields<Types.MutationUpdateMetricArgs, 'input'>>;
  updateNotificationPreferences?: Resolver<ResolversTypes['UpdateNotificationPreferencesPayload'], ParentType, ContextType, RequireFields<Types.MutationUpdateNotificationPreferencesArgs, 'input'>>;
  updatePlan?: Resolver<ResolversTypes['PlanPayload'], ParentType, ContextType, RequireFields<Types.MutationUpdatePlanArgs, 'input'>>;
  updatePricingRule?: Resolver<ResolversTypes['PricingRulePayload'], ParentType, ContextType, RequireFields<Types.MutationUpdatePricingRuleArgs, 'input'>>;
  updateService?: Resolver<ResolversTypes['ServicePayload'], ParentType, ContextType, RequireFields<Types.MutationUpdateServiceArgs, 'input'>>;
  updateSignupSettings?: Resolver<ResolversTypes['SignupSettings'], ParentType, ContextType, RequireFields<Types.MutationUpdateSignupSettingsArgs, 'input'>>;
  updateTenantSettings?: Resolver<ResolversTypes['UpdateTenantSettingsPayload'], ParentType, ContextType, RequireFields<Types.MutationUpdateTenantSettingsArgs, 'input'>>;
  updateWebhookSettings?: Resolver<ResolversTypes['UpdateWebhookSettingsPayload'], ParentType, ContextType, RequireFields<Types.MutationUpdateWebhookSettingsArgs, 'input'>>;
};

export type NodeResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'AccessToken' | 'Account' | 'AccountInvitation' | 'AccountMessage' | 'AccountUser' | 'Application' | 'ApplicationKey' | 'AuditEntry' | 'Export' | 'Feature' | 'Job' | 'MappingRule' | 'Metric' | 'Notification' | 'OutboxMessage' | 'Plan' | 'PlanChangeRequest' | 'PricingRule' | 'Service' | 'ServiceSubscription' | 'ServiceToken' | 'Tenant' | 'UsageAlert' | 'UsageLimit' | 'User' | 'WebhookDelivery', ParentType, ContextType>;
};

export type NotificationResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification']> = {
  category?: Resolver<ResolversTypes['NotificationCategory'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  read?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  readAt?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetId?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  targetName?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetType?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NotificationType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NotificationConnectionResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['NotificationConnection'] = ResolversParentTypes['NotificationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['NotificationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Notification']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NotificationEdgeResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['NotificationEdge'] = ResolversParentTypes['NotificationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Notification'], ParentType, ContextType>;
};

export type NotificationPreferenceResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['NotificationPreference'] = ResolversParentTypes['NotificationPreference']> = {
  category?: Resolver<ResolversTypes['NotificationCategory'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  emailByDefault?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NotificationType'], ParentType, ContextType>;
};

export type NotificationUserErrorResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['NotificationUserError'] = ResolversParentTypes['NotificationUserError']> = {
  code?: Resolver<ResolversTypes['NotificationErrorCode'], ParentType, ContextType>;
  field?: Resolver<Types.Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OpenApiOperationImportResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['OpenApiOperationImport'] = ResolversParentTypes['OpenApiOperationImport']> = {
  action?: Resolver<ResolversTypes['OpenApiImportAction'], ParentType, ContextType>;
  httpMethod?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mappingRule?: Resolver<Types.Maybe<ResolversTypes['MappingRule']>, ParentType, ContextType>;
  methodFriendlyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  methodSystemName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metric?: Resolver<Types.Maybe<ResolversTypes['Metric']>, ParentType, ContextType>;
  note?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  operationId?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pattern?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OutboxMessageResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['OutboxMessage'] = ResolversParentTypes['OutboxMessage']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  htmlBody?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastError?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  sentAt?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OutboxStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  textBody?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toAddress?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<Types.Maybe<ResolversTypes['NotificationType']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OutboxMessageConnectionResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['OutboxMessageConnection'] = ResolversParentTypes['OutboxMessageConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OutboxMessageEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['OutboxMessage']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OutboxMessageEdgeResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['OutboxMessageEdge'] = ResolversParentTypes['OutboxMessageEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OutboxMessage'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PingWebhookPayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['PingWebhookPayload'] = ResolversParentTypes['PingWebhookPayload']> = {
  delivery?: Resolver<Types.Maybe<ResolversTypes['WebhookDelivery']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['WebhookUserError']>, ParentType, ContextType>;
};

export type PlanResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['Plan'] = ResolversParentTypes['Plan']> = {
  approvalRequired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  costPerMonth?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customForApplication?: Resolver<Types.Maybe<ResolversTypes['Application']>, ParentType, ContextType>;
  description?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  features?: Resolver<Array<ResolversTypes['PlanFeature']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isDefault?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PlanKind'], ParentType, ContextType>;
  metrics?: Resolver<Array<ResolversTypes['PlanMetric']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  service?: Resolver<Types.Maybe<ResolversTypes['Service']>, ParentType, ContextType>;
  setupFee?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['PlanState'], ParentType, ContextType>;
  systemName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  trialPeriodDays?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlanChangeRequestResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['PlanChangeRequest'] = ResolversParentTypes['PlanChangeRequest']> = {
  application?: Resolver<ResolversTypes['Application'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedAt?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  fromPlan?: Resolver<Types.Maybe<ResolversTypes['Plan']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['PlanChangeRequestState'], ParentType, ContextType>;
  toPlan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlanChangeRequestConnectionResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['PlanChangeRequestConnection'] = ResolversParentTypes['PlanChangeRequestConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PlanChangeRequestEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['PlanChangeRequest']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PlanChangeRequestEdgeResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['PlanChangeRequestEdge'] = ResolversParentTypes['PlanChangeRequestEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PlanChangeRequest'], ParentType, ContextType>;
};

export type PlanChangeRequestPayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['PlanChangeRequestPayload'] = ResolversParentTypes['PlanChangeRequestPayload']> = {
  planChangeRequest?: Resolver<Types.Maybe<ResolversTypes['PlanChangeRequest']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['ApplicationUserError']>, ParentType, ContextType>;
};

export type PlanConnectionResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['PlanConnection'] = ResolversParentTypes['PlanConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PlanEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Plan']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PlanEdgeResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['PlanEdge'] = ResolversParentTypes['PlanEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Plan'], ParentType, ContextType>;
};

export type PlanFeatureResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['PlanFeature'] = ResolversParentTypes['PlanFeature']> = {
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  feature?: Resolver<ResolversTypes['Feature'], ParentType, ContextType>;
};

export type PlanMetricResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['PlanMetric'] = ResolversParentTypes['PlanMetric']> = {
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['Metric'], ParentType, ContextType>;
  pricingRules?: Resolver<Array<ResolversTypes['PricingRule']>, ParentType, ContextType>;
  tierMode?: Resolver<ResolversTypes['TierMode'], ParentType, ContextType>;
  usageLimits?: Resolver<Array<ResolversTypes['UsageLimit']>, ParentType, ContextType>;
};

export type PlanPayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['PlanPayload'] = ResolversParentTypes['PlanPayload']> = {
  plan?: Resolver<Types.Maybe<ResolversTypes['Plan']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['PlanUserError']>, ParentType, ContextType>;
};

export type PlanUserErrorResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['PlanUserError'] = ResolversParentTypes['PlanUserError']> = {
  code?: Resolver<ResolversTypes['PlanErrorCode'], ParentType, ContextType>;
  field?: Resolver<Types.Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PotentialUpgradeResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['PotentialUpgrade'] = ResolversParentTypes['PotentialUpgrade']> = {
  application?: Resolver<Types.Maybe<ResolversTypes['Application']>, ParentType, ContextType>;
  limit?: Resolver<ResolversTypes['LimitUtilization'], ParentType, ContextType>;
};

export type PricingRuleResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['PricingRule'] = ResolversParentTypes['PricingRule']> = {
  costPerUnit?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['Metric'], ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType>;
  to?: Resolver<Types.Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PricingRulePayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['PricingRulePayload'] = ResolversParentTypes['PricingRulePayload']> = {
  pricingRule?: Resolver<Types.Maybe<ResolversTypes['PricingRule']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['PlanUserError']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  accessTokens?: Resolver<ResolversTypes['AccessTokenConnection'], ParentType, ContextType, Partial<Types.QueryAccessTokensArgs>>;
  account?: Resolver<ResolversTypes['Account'], ParentType, ContextType, RequireFields<Types.QueryAccountArgs, 'id'>>;
  accountFeatures?: Resolver<Array<ResolversTypes['Feature']>, ParentType, ContextType>;
  accountPlans?: Resolver<ResolversTypes['PlanConnection'], ParentType, ContextType, Partial<Types.QueryAccountPlansArgs>>;
  accounts?: Resolver<ResolversTypes['AccountConnection'], ParentType, ContextType, Partial<Types.QueryAccountsArgs>>;
  alerts?: Resolver<ResolversTypes['UsageAlertConnection'], ParentType, ContextType, Partial<Types.QueryAlertsArgs>>;
  application?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<Types.QueryApplicationArgs, 'id'>>;
  applications?: Resolver<ResolversTypes['ApplicationConnection'], ParentType, ContextType, Partial<Types.QueryApplicationsArgs>>;
  auditLog?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, Partial<Types.QueryAuditLogArgs>>;
  bulkOperation?: Resolver<ResolversTypes['Job'], ParentType, ContextType, RequireFields<Types.QueryBulkOperationArgs, 'id'>>;
  costPreview?: Resolver<ResolversTypes['CostPreview'], ParentType, ContextType, RequireFields<Types.QueryCostPreviewArgs, 'planId' | 'usage'>>;
  engagementReport?: Resolver<ResolversTypes['EngagementReportPayload'], ParentType, ContextType, RequireFields<Types.QueryEngagementReportArgs, 'signedUpWithinDays'>>;
  export?: Resolver<ResolversTypes['Export'], ParentType, ContextType, RequireFields<Types.QueryExportArgs, 'id'>>;
  fieldDefinitions?: Resolver<Array<ResolversTypes['FieldDefinition']>, ParentType, ContextType, RequireFields<Types.QueryFieldDefinitionsArgs, 'target'>>;
  job?: Resolver<Types.Maybe<ResolversTypes['Job']>, ParentType, ContextType, RequireFields<Types.QueryJobArgs, 'id'>>;
  node?: Resolver<Types.Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<Types.QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Types.Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<Types.QueryNodesArgs, 'ids'>>;
  notificationPreferences?: Resolver<Array<ResolversTypes['NotificationPreference']>, ParentType, ContextType>;
  notifications?: Resolver<ResolversTypes['NotificationConnection'], ParentType, ContextType, Partial<Types.QueryNotificationsArgs>>;
  outbox?: Resolver<ResolversTypes['OutboxMessageConnection'], ParentType, ContextType, Partial<Types.QueryOutboxArgs>>;
  plan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType, RequireFields<Types.QueryPlanArgs, 'id'>>;
  planChangeRequests?: Resolver<ResolversTypes['PlanChangeRequestConnection'], ParentType, ContextType, Partial<Types.QueryPlanChangeRequestsArgs>>;
  potentialUpgrades?: Resolver<Array<ResolversTypes['PotentialUpgrade']>, ParentType, ContextType, Partial<Types.QueryPotentialUpgradesArgs>>;
  responseCodes?: Resolver<ResolversTypes['ResponseCodesPayload'], ParentType, ContextType, RequireFields<Types.QueryResponseCodesArgs, 'range' | 'target'>>;
  service?: Resolver<ResolversTypes['Service'], ParentType, ContextType, RequireFields<Types.QueryServiceArgs, 'id'>>;
  serviceSubscriptions?: Resolver<ResolversTypes['ServiceSubscriptionConnection'], ParentType, ContextType, Partial<Types.QueryServiceSubscriptionsArgs>>;
  serviceTokens?: Resolver<Array<ResolversTypes['ServiceToken']>, ParentType, ContextType, RequireFields<Types.QueryServiceTokensArgs, 'serviceId'>>;
  services?: Resolver<ResolversTypes['ServiceConnection'], ParentType, ContextType, Partial<Types.QueryServicesArgs>>;
  signupSettings?: Resolver<ResolversTypes['SignupSettings'], ParentType, ContextType>;
  signups?: Resolver<ResolversTypes['SignupsPayload'], ParentType, ContextType, RequireFields<Types.QuerySignupsArgs, 'range'>>;
  tenant?: Resolver<Types.Maybe<ResolversTypes['Tenant']>, ParentType, ContextType, RequireFields<Types.QueryTenantArgs, 'id'>>;
  tenants?: Resolver<ResolversTypes['TenantConnection'], ParentType, ContextType, Partial<Types.QueryTenantsArgs>>;
  topApplications?: Resolver<ResolversTypes['TopApplicationsPayload'], ParentType, ContextType, RequireFields<Types.QueryTopApplicationsArgs, 'range' | 'service'>>;
  unreadNotificationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  usageSeries?: Resolver<ResolversTypes['UsageSeriesPayload'], ParentType, ContextType, RequireFields<Types.QueryUsageSeriesArgs, 'metric' | 'range' | 'target'>>;
  utilization?: Resolver<Array<ResolversTypes['LimitUtilization']>, ParentType, ContextType, RequireFields<Types.QueryUtilizationArgs, 'application'>>;
  viewer?: Resolver<Types.Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  webhookDeliveries?: Resolver<ResolversTypes['WebhookDeliveryConnection'], ParentType, ContextType, Partial<Types.QueryWebhookDeliveriesArgs>>;
  webhookSettings?: Resolver<ResolversTypes['WebhookSettings'], ParentType, ContextType>;
};

export type ResponseCodeCountResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['ResponseCodeCount'] = ResolversParentTypes['ResponseCodeCount']> = {
  code?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type ResponseCodePointResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['ResponseCodePoint'] = ResolversParentTypes['ResponseCodePoint']> = {
  clientError?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  informational?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  redirection?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  serverError?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  success?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type ResponseCodeSeriesResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['ResponseCodeSeries'] = ResolversParentTypes['ResponseCodeSeries']> = {
  codes?: Resolver<Array<ResolversTypes['ResponseCodeCount']>, ParentType, ContextType>;
  granularity?: Resolver<ResolversTypes['UsageGranularity'], ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['ResponseCodePoint']>, ParentType, ContextType>;
  since?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  until?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type ResponseCodesPayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['ResponseCodesPayload'] = ResolversParentTypes['ResponseCodesPayload']> = {
  series?: Resolver<Types.Maybe<ResolversTypes['ResponseCodeSeries']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['AnalyticsUserError']>, ParentType, ContextType>;
};

export type RetryWebhookDeliveriesItemResultResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['RetryWebhookDeliveriesItemResult'] = ResolversParentTypes['RetryWebhookDeliveriesItemResult']> = {
  error?: Resolver<Types.Maybe<ResolversTypes['WebhookUserError']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BulkItemStatus'], ParentType, ContextType>;
};

export type RetryWebhookDeliveriesPayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['RetryWebhookDeliveriesPayload'] = ResolversParentTypes['RetryWebhookDeliveriesPayload']> = {
  job?: Resolver<Types.Maybe<ResolversTypes['Job']>, ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['RetryWebhookDeliveriesItemResult']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['BulkUserError']>, ParentType, ContextType>;
};

export type RevokeAccessTokenPayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['RevokeAccessTokenPayload'] = ResolversParentTypes['RevokeAccessTokenPayload']> = {
  accessToken?: Resolver<Types.Maybe<ResolversTypes['AccessToken']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['AccessTokenUserError']>, ParentType, ContextType>;
};

export type RevokeAccessTokensItemResultResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['RevokeAccessTokensItemResult'] = ResolversParentTypes['RevokeAccessTokensItemResult']> = {
  error?: Resolver<Types.Maybe<ResolversTypes['AccessTokenUserError']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BulkItemStatus'], ParentType, ContextType>;
};

export type RevokeAccessTokensPayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['RevokeAccessTokensPayload'] = ResolversParentTypes['RevokeAccessTokensPayload']> = {
  job?: Resolver<Types.Maybe<ResolversTypes['Job']>, ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['RevokeAccessTokensItemResult']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['BulkUserError']>, ParentType, ContextType>;
};

export type RevokeServiceTokenPayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['RevokeServiceTokenPayload'] = ResolversParentTypes['RevokeServiceTokenPayload']> = {
  serviceToken?: Resolver<Types.Maybe<ResolversTypes['ServiceToken']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['ServiceTokenUserError']>, ParentType, ContextType>;
};

export type RotateWebhookSecretPayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['RotateWebhookSecretPayload'] = ResolversParentTypes['RotateWebhookSecretPayload']> = {
  settings?: Resolver<Types.Maybe<ResolversTypes['WebhookSettings']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['WebhookUserError']>, ParentType, ContextType>;
};

export type RunBulkAccountOperationItemResultResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['RunBulkAccountOperationItemResult'] = ResolversParentTypes['RunBulkAccountOperationItemResult']> = {
  error?: Resolver<Types.Maybe<ResolversTypes['AccountUserError']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BulkItemStatus'], ParentType, ContextType>;
};

export type RunBulkAccountOperationPayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['RunBulkAccountOperationPayload'] = ResolversParentTypes['RunBulkAccountOperationPayload']> = {
  job?: Resolver<Types.Maybe<ResolversTypes['Job']>, ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['RunBulkAccountOperationItemResult']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['BulkUserError']>, ParentType, ContextType>;
};

export type RunBulkApplicationOperationItemResultResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['RunBulkApplicationOperationItemResult'] = ResolversParentTypes['RunBulkApplicationOperationItemResult']> = {
  error?: Resolver<Types.Maybe<ResolversTypes['ApplicationUserError']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BulkItemStatus'], ParentType, ContextType>;
};

export type RunBulkApplicationOperationPayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['RunBulkApplicationOperationPayload'] = ResolversParentTypes['RunBulkApplicationOperationPayload']> = {
  job?: Resolver<Types.Maybe<ResolversTypes['Job']>, ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['RunBulkApplicationOperationItemResult']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['BulkUserError']>, ParentType, ContextType>;
};

export type RunBulkServiceSubscriptionOperationItemResultResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['RunBulkServiceSubscriptionOperationItemResult'] = ResolversParentTypes['RunBulkServiceSubscriptionOperationItemResult']> = {
  error?: Resolver<Types.Maybe<ResolversTypes['ApplicationUserError']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BulkItemStatus'], ParentType, ContextType>;
};

export type RunBulkServiceSubscriptionOperationPayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['RunBulkServiceSubscriptionOperationPayload'] = ResolversParentTypes['RunBulkServiceSubscriptionOperationPayload']> = {
  job?: Resolver<Types.Maybe<ResolversTypes['Job']>, ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['RunBulkServiceSubscriptionOperationItemResult']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['BulkUserError']>, ParentType, ContextType>;
};

export type SendMessagePayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['SendMessagePayload'] = ResolversParentTypes['SendMessagePayload']> = {
  message?: Resolver<Types.Maybe<ResolversTypes['AccountMessage']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['AccountUserError']>, ParentType, ContextType>;
};

export type ServiceResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['Service'] = ResolversParentTypes['Service']> = {
  appIdParameter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  appKeyParameter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  applicationPlans?: Resolver<ResolversTypes['PlanConnection'], ParentType, ContextType, Partial<Types.ServiceApplicationPlansArgs>>;
  authMode?: Resolver<ResolversTypes['ServiceAuthMode'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customKeysAllowed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  description?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  emailDevelopersOnUsageAlerts?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  features?: Resolver<Array<ResolversTypes['Feature']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mappingRules?: Resolver<Array<ResolversTypes['MappingRule']>, ParentType, ContextType>;
  matchPath?: Resolver<ResolversTypes['MappingRuleMatch'], ParentType, ContextType, RequireFields<Types.ServiceMatchPathArgs, 'httpMethod' | 'path'>>;
  methodCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  metricCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  metrics?: Resolver<Array<ResolversTypes['Metric']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  servicePlans?: Resolver<ResolversTypes['PlanConnection'], ParentType, ContextType, Partial<Types.ServiceServicePlansArgs>>;
  state?: Resolver<ResolversTypes['ServiceState'], ParentType, ContextType>;
  systemName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  userKeyParameter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ServiceConnectionResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['ServiceConnection'] = ResolversParentTypes['ServiceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ServiceEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ServiceEdgeResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['ServiceEdge'] = ResolversParentTypes['ServiceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
};

export type ServicePayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['ServicePayload'] = ResolversParentTypes['ServicePayload']> = {
  service?: Resolver<Types.Maybe<ResolversTypes['Service']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['CatalogUserError']>, ParentType, ContextType>;
};

export type ServiceSubscriptionResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['ServiceSubscription'] = ResolversParentTypes['ServiceSubscription']> = {
  account?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
  availableActions?: Resolver<Array<ResolversTypes['ServiceSubscriptionAction']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ServiceSubscriptionState'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ServiceSubscriptionConnectionResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['ServiceSubscriptionConnection'] = ResolversParentTypes['ServiceSubscriptionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ServiceSubscriptionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ServiceSubscription']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ServiceSubscriptionEdgeResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['ServiceSubscriptionEdge'] = ResolversParentTypes['ServiceSubscriptionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ServiceSubscription'], ParentType, ContextType>;
};

export type ServiceSubscriptionPayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['ServiceSubscriptionPayload'] = ResolversParentTypes['ServiceSubscriptionPayload']> = {
  serviceSubscription?: Resolver<Types.Maybe<ResolversTypes['ServiceSubscription']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['ApplicationUserError']>, ParentType, ContextType>;
};

export type ServiceTokenResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['ServiceToken'] = ResolversParentTypes['ServiceToken']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ServiceTokenUserErrorResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['ServiceTokenUserError'] = ResolversParentTypes['ServiceTokenUserError']> = {
  code?: Resolver<ResolversTypes['ServiceTokenErrorCode'], ParentType, ContextType>;
  field?: Resolver<Types.Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SignupExpressPayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['SignupExpressPayload'] = ResolversParentTypes['SignupExpressPayload']> = {
  account?: Resolver<Types.Maybe<ResolversTypes['Account']>, ParentType, ContextType>;
  applications?: Resolver<Array<ResolversTypes['Application']>, ParentType, ContextType>;
  serviceSubscriptions?: Resolver<Array<ResolversTypes['ServiceSubscription']>, ParentType, ContextType>;
  user?: Resolver<Types.Maybe<ResolversTypes['AccountUser']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['SignupUserError']>, ParentType, ContextType>;
};

export type SignupPointResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['SignupPoint'] = ResolversParentTypes['SignupPoint']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type SignupSeriesResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['SignupSeries'] = ResolversParentTypes['SignupSeries']> = {
  granularity?: Resolver<ResolversTypes['UsageGranularity'], ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['SignupPoint']>, ParentType, ContextType>;
  previousTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  until?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type SignupSettingsResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['SignupSettings'] = ResolversParentTypes['SignupSettings']> = {
  accountApprovalRequired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  selfSignupEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SignupUserErrorResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['SignupUserError'] = ResolversParentTypes['SignupUserError']> = {
  code?: Resolver<ResolversTypes['SignupErrorCode'], ParentType, ContextType>;
  field?: Resolver<Types.Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SignupsPayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['SignupsPayload'] = ResolversParentTypes['SignupsPayload']> = {
  series?: Resolver<Types.Maybe<ResolversTypes['SignupSeries']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['AnalyticsUserError']>, ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  heartbeat?: SubscriptionResolver<ResolversTypes['Heartbeat'], "heartbeat", ParentType, ContextType>;
  jobProgress?: SubscriptionResolver<ResolversTypes['Job'], "jobProgress", ParentType, ContextType, RequireFields<Types.SubscriptionJobProgressArgs, 'id'>>;
  notificationReceived?: SubscriptionResolver<ResolversTypes['Notification'], "notificationReceived", ParentType, ContextType>;
};

export type TenantResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['Tenant'] = ResolversParentTypes['Tenant']> = {
  adminDomain?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isMaster?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subdomain?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  users?: Resolver<ResolversTypes['UserConnection'], ParentType, ContextType, Partial<Types.TenantUsersArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TenantConnectionResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['TenantConnection'] = ResolversParentTypes['TenantConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TenantEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Tenant']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TenantEdgeResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['TenantEdge'] = ResolversParentTypes['TenantEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Tenant'], ParentType, ContextType>;
};

export type TenantUserErrorResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['TenantUserError'] = ResolversParentTypes['TenantUserError']> = {
  code?: Resolver<ResolversTypes['TenantErrorCode'], ParentType, ContextType>;
  field?: Resolver<Types.Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TopApplicationResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['TopApplication'] = ResolversParentTypes['TopApplication']> = {
  application?: Resolver<Types.Maybe<ResolversTypes['Application']>, ParentType, ContextType>;
  periodValue?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type TopApplicationsResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['TopApplications'] = ResolversParentTypes['TopApplications']> = {
  applications?: Resolver<Array<ResolversTypes['TopApplication']>, ParentType, ContextType>;
  calendarPeriod?: Resolver<ResolversTypes['CalendarPeriod'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['Metric'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  until?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type TopApplicationsPayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['TopApplicationsPayload'] = ResolversParentTypes['TopApplicationsPayload']> = {
  result?: Resolver<Types.Maybe<ResolversTypes['TopApplications']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['AnalyticsUserError']>, ParentType, ContextType>;
};

export type UnlockLoginPayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['UnlockLoginPayload'] = ResolversParentTypes['UnlockLoginPayload']> = {
  cleared?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  user?: Resolver<Types.Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['AuthUserError']>, ParentType, ContextType>;
};

export type UpdateNotificationPreferencesPayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['UpdateNotificationPreferencesPayload'] = ResolversParentTypes['UpdateNotificationPreferencesPayload']> = {
  preferences?: Resolver<Types.Maybe<Array<ResolversTypes['NotificationPreference']>>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['NotificationUserError']>, ParentType, ContextType>;
};

export type UpdateTenantSettingsPayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['UpdateTenantSettingsPayload'] = ResolversParentTypes['UpdateTenantSettingsPayload']> = {
  tenant?: Resolver<Types.Maybe<ResolversTypes['Tenant']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['TenantUserError']>, ParentType, ContextType>;
};

export type UpdateWebhookSettingsPayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['UpdateWebhookSettingsPayload'] = ResolversParentTypes['UpdateWebhookSettingsPayload']> = {
  settings?: Resolver<Types.Maybe<ResolversTypes['WebhookSettings']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['WebhookUserError']>, ParentType, ContextType>;
};

export type UsageAlertResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['UsageAlert'] = ResolversParentTypes['UsageAlert']> = {
  account?: Resolver<Types.Maybe<ResolversTypes['Account']>, ParentType, ContextType>;
  application?: Resolver<Types.Maybe<ResolversTypes['Application']>, ParentType, ContextType>;
  current?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['UsageAlertKind'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  max?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  metric?: Resolver<Types.Maybe<ResolversTypes['Metric']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['UsagePeriod'], ParentType, ContextType>;
  raisedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  readAt?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  service?: Resolver<Types.Maybe<ResolversTypes['Service']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UsageAlertConnectionResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['UsageAlertConnection'] = ResolversParentTypes['UsageAlertConnection']> = {
  edges?: Resolver<Array<ResolversTypes['UsageAlertEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['UsageAlert']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UsageAlertEdgeResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['UsageAlertEdge'] = ResolversParentTypes['UsageAlertEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['UsageAlert'], ParentType, ContextType>;
};

export type UsageAlertUserErrorResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['UsageAlertUserError'] = ResolversParentTypes['UsageAlertUserError']> = {
  code?: Resolver<ResolversTypes['UsageAlertErrorCode'], ParentType, ContextType>;
  field?: Resolver<Types.Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UsageLimitResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['UsageLimit'] = ResolversParentTypes['UsageLimit']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['Metric'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['UsagePeriod'], ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UsageLimitPayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['UsageLimitPayload'] = ResolversParentTypes['UsageLimitPayload']> = {
  usageLimit?: Resolver<Types.Maybe<ResolversTypes['UsageLimit']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['PlanUserError']>, ParentType, ContextType>;
};

export type UsagePointResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['UsagePoint'] = ResolversParentTypes['UsagePoint']> = {
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type UsageSeriesResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['UsageSeries'] = ResolversParentTypes['UsageSeries']> = {
  changePercent?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  granularity?: Resolver<ResolversTypes['UsageGranularity'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['Metric'], ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['UsagePoint']>, ParentType, ContextType>;
  previousTotal?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  until?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type UsageSeriesPayloadResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['UsageSeriesPayload'] = ResolversParentTypes['UsageSeriesPayload']> = {
  series?: Resolver<Types.Maybe<ResolversTypes['UsageSeries']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['AnalyticsUserError']>, ParentType, ContextType>;
};

export type UserResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['EmailAddress'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastLoginAt?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['UserRole'], ParentType, ContextType>;
  tenant?: Resolver<ResolversTypes['Tenant'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserConnectionResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['UserConnection'] = ResolversParentTypes['UserConnection']> = {
  edges?: Resolver<Array<ResolversTypes['UserEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UserEdgeResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['UserEdge'] = ResolversParentTypes['UserEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  __resolveType: TypeResolveFn<'AccessTokenUserError' | 'AccountUserError' | 'AnalyticsUserError' | 'ApplicationUserError' | 'AuthUserError' | 'BulkUserError' | 'CatalogUserError' | 'ExportUserError' | 'JobUserError' | 'NotificationUserError' | 'PlanUserError' | 'ServiceTokenUserError' | 'SignupUserError' | 'TenantUserError' | 'UsageAlertUserError' | 'WebhookUserError', ParentType, ContextType>;
};

export type WebhookAttemptResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['WebhookAttempt'] = ResolversParentTypes['WebhookAttempt']> = {
  attemptedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  durationMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  response?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statusCode?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type WebhookDeliveryResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery']> = {
  attemptLog?: Resolver<Array<ResolversTypes['WebhookAttempt']>, ParentType, ContextType>;
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveredAt?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  event?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastError?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastStatusCode?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookDeliveryStatus'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WebhookDeliveryConnectionResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['WebhookDeliveryConnection'] = ResolversParentTypes['WebhookDeliveryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['WebhookDeliveryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['WebhookDelivery']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WebhookDeliveryEdgeResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['WebhookDeliveryEdge'] = ResolversParentTypes['WebhookDeliveryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType>;
};

export type WebhookSettingsResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['WebhookSettings'] = ResolversParentTypes['WebhookSettings']> = {
  adminActionsFire?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['WebhookEvent']>, ParentType, ContextType>;
  previousSecretExpiresAt?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  secret?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type WebhookUserErrorResolvers<ContextType = MockContext, ParentType extends ResolversParentTypes['WebhookUserError'] = ResolversParentTypes['WebhookUserError']> = {
  code?: Resolver<ResolversTypes['WebhookErrorCode'], ParentType, ContextType>;
  field?: Resolver<Types.Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = MockContext> = {
  AcceptInvitationPayload?: AcceptInvitationPayloadResolvers<ContextType>;
  AccessToken?: AccessTokenResolvers<ContextType>;
  AccessTokenConnection?: AccessTokenConnectionResolvers<ContextType>;
  AccessTokenEdge?: AccessTokenEdgeResolvers<ContextType>;
  AccessTokenUserError?: AccessTokenUserErrorResolvers<ContextType>;
  Account?: AccountResolvers<ContextType>;
  AccountConnection?: AccountConnectionResolvers<ContextType>;
  AccountEdge?: AccountEdgeResolvers<ContextType>;
  AccountInvitation?: AccountInvitationResolvers<ContextType>;
  AccountInvitationConnection?: AccountInvitationConnectionResolvers<ContextType>;
  AccountInvitationEdge?: AccountInvitationEdgeResolvers<ContextType>;
  AccountMessage?: AccountMessageResolvers<ContextType>;
  AccountMessageConnection?: AccountMessageConnectionResolvers<ContextType>;
  AccountMessageEdge?: AccountMessageEdgeResolvers<ContextType>;
  AccountPayload?: AccountPayloadResolvers<ContextType>;
  AccountUser?: AccountUserResolvers<ContextType>;
  AccountUserConnection?: AccountUserConnectionResolvers<ContextType>;
  AccountUserEdge?: AccountUserEdgeResolvers<ContextType>;
  AccountUserError?: AccountUserErrorResolvers<ContextType>;
  AnalyticsUserError?: AnalyticsUserErrorResolvers<ContextType>;
  Application?: ApplicationResolvers<ContextType>;
  ApplicationConnection?: ApplicationConnectionResolvers<ContextType>;
  ApplicationEdge?: ApplicationEdgeResolvers<ContextType>;
  ApplicationKey?: ApplicationKeyResolvers<ContextType>;
  ApplicationKeyPayload?: ApplicationKeyPayloadResolvers<ContextType>;
  ApplicationPayload?: ApplicationPayloadResolvers<ContextType>;
  ApplicationUserError?: ApplicationUserErrorResolvers<ContextType>;
  AuditChange?: AuditChangeResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  AuthUserError?: AuthUserErrorResolvers<ContextType>;
  BulkUserError?: BulkUserErrorResolvers<ContextType>;
  CancelJobPayload?: CancelJobPayloadResolvers<ContextType>;
  CatalogUserError?: CatalogUserErrorResolvers<ContextType>;
  ChangePasswordPayload?: ChangePasswordPayloadResolvers<ContextType>;
  CostPreview?: CostPreviewResolvers<ContextType>;
  CreateAccessTokenPayload?: CreateAccessTokenPayloadResolvers<ContextType>;
  CreateAccountPayload?: CreateAccountPayloadResolvers<ContextType>;
  CreateServiceTokenPayload?: CreateServiceTokenPayloadResolvers<ContextType>;
  CreateTenantPayload?: CreateTenantPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  DeleteAccountPayload?: DeleteAccountPayloadResolvers<ContextType>;
  DeleteAlertsPayload?: DeleteAlertsPayloadResolvers<ContextType>;
  DeleteApplicationPayload?: DeleteApplicationPayloadResolvers<ContextType>;
  DeleteFeaturePayload?: DeleteFeaturePayloadResolvers<ContextType>;
  DeleteMappingRulePayload?: DeleteMappingRulePayloadResolvers<ContextType>;
  DeleteMetricPayload?: DeleteMetricPayloadResolvers<ContextType>;
  DeletePlanPayload?: DeletePlanPayloadResolvers<ContextType>;
  DeletePricingRulePayload?: DeletePricingRulePayloadResolvers<ContextType>;
  DeleteServicePayload?: DeleteServicePayloadResolvers<ContextType>;
  DeleteServiceSubscriptionPayload?: DeleteServiceSubscriptionPayloadResolvers<ContextType>;
  DeleteUsageLimitPayload?: DeleteUsageLimitPayloadResolvers<ContextType>;
  DeleteWebhookDeliveriesItemResult?: DeleteWebhookDeliveriesItemResultResolvers<ContextType>;
  DeleteWebhookDeliveriesPayload?: DeleteWebhookDeliveriesPayloadResolvers<ContextType>;
  EmailAddress?: GraphQLScalarType;
  EngagementAccount?: EngagementAccountResolvers<ContextType>;
  EngagementReport?: EngagementReportResolvers<ContextType>;
  EngagementReportPayload?: EngagementReportPayloadResolvers<ContextType>;
  Export?: ExportResolvers<ContextType>;
  ExportPayload?: ExportPayloadResolvers<ContextType>;
  ExportUserError?: ExportUserErrorResolvers<ContextType>;
  Feature?: FeatureResolvers<ContextType>;
  FeaturePayload?: FeaturePayloadResolvers<ContextType>;
  FieldDefinition?: FieldDefinitionResolvers<ContextType>;
  FieldDefinitionPayload?: FieldDefinitionPayloadResolvers<ContextType>;
  FieldValue?: FieldValueResolvers<ContextType>;
  Heartbeat?: HeartbeatResolvers<ContextType>;
  ImportOpenApiPayload?: ImportOpenApiPayloadResolvers<ContextType>;
  InvitationPayload?: InvitationPayloadResolvers<ContextType>;
  Job?: JobResolvers<ContextType>;
  JobFailure?: JobFailureResolvers<ContextType>;
  JobFailureConnection?: JobFailureConnectionResolvers<ContextType>;
  JobFailureEdge?: JobFailureEdgeResolvers<ContextType>;
  JobUserError?: JobUserErrorResolvers<ContextType>;
  LimitUtilization?: LimitUtilizationResolvers<ContextType>;
  LoginPayload?: LoginPayloadResolvers<ContextType>;
  LogoutPayload?: LogoutPayloadResolvers<ContextType>;
  LongText?: GraphQLScalarType;
  MappingRule?: MappingRuleResolvers<ContextType>;
  MappingRuleMatch?: MappingRuleMatchResolvers<ContextType>;
  MappingRulePayload?: MappingRulePayloadResolvers<ContextType>;
  MarkAlertsReadPayload?: MarkAlertsReadPayloadResolvers<ContextType>;
  MarkNotificationsReadPayload?: MarkNotificationsReadPayloadResolvers<ContextType>;
  Metric?: MetricResolvers<ContextType>;
  MetricCost?: MetricCostResolvers<ContextType>;
  MetricIncrement?: MetricIncrementResolvers<ContextType>;
  MetricPayload?: MetricPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  NotificationConnection?: NotificationConnectionResolvers<ContextType>;
  NotificationEdge?: NotificationEdgeResolvers<ContextType>;
  NotificationPreference?: NotificationPreferenceResolvers<ContextType>;
  NotificationUserError?: NotificationUserErrorResolvers<ContextType>;
  OpenApiOperationImport?: OpenApiOperationImportResolvers<ContextType>;
  OutboxMessage?: OutboxMessageResolvers<ContextType>;
  OutboxMessageConnection?: OutboxMessageConnectionResolvers<ContextType>;
  OutboxMessageEdge?: OutboxMessageEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PingWebhookPayload?: PingWebhookPayloadResolvers<ContextType>;
  Plan?: PlanResolvers<ContextType>;
  PlanChangeRequest?: PlanChangeRequestResolvers<ContextType>;
  PlanChangeRequestConnection?: PlanChangeRequestConnectionResolvers<ContextType>;
  PlanChangeRequestEdge?: PlanChangeRequestEdgeResolvers<ContextType>;
  PlanChangeRequestPayload?: PlanChangeRequestPayloadResolvers<ContextType>;
  PlanConnection?: PlanConnectionResolvers<ContextType>;
  PlanEdge?: PlanEdgeResolvers<ContextType>;
  PlanFeature?: PlanFeatureResolvers<ContextType>;
  PlanMetric?: PlanMetricResolvers<ContextType>;
  PlanPayload?: PlanPayloadResolvers<ContextType>;
  PlanUserError?: PlanUserErrorResolvers<ContextType>;
  PotentialUpgrade?: PotentialUpgradeResolvers<ContextType>;
  PricingRule?: PricingRuleResolvers<ContextType>;
  PricingRulePayload?: PricingRulePayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ResponseCodeCount?: ResponseCodeCountResolvers<ContextType>;
  ResponseCodePoint?: ResponseCodePointResolvers<ContextType>;
  ResponseCodeSeries?: ResponseCodeSeriesResolvers<ContextType>;
  ResponseCodesPayload?: ResponseCodesPayloadResolvers<ContextType>;
  RetryWebhookDeliveriesItemResult?: RetryWebhookDeliveriesItemResultResolvers<ContextType>;
  RetryWebhookDeliveriesPayload?: RetryWebhookDeliveriesPayloadResolvers<ContextType>;
  RevokeAccessTokenPayload?: RevokeAccessTokenPayloadResolvers<ContextType>;
  RevokeAccessTokensItemResult?: RevokeAccessTokensItemResultResolvers<ContextType>;
  RevokeAccessTokensPayload?: RevokeAccessTokensPayloadResolvers<ContextType>;
  RevokeServiceTokenPayload?: RevokeServiceTokenPayloadResolvers<ContextType>;
  RotateWebhookSecretPayload?: RotateWebhookSecretPayloadResolvers<ContextType>;
  RunBulkAccountOperationItemResult?: RunBulkAccountOperationItemResultResolvers<ContextType>;
  RunBulkAccountOperationPayload?: RunBulkAccountOperationPayloadResolvers<ContextType>;
  RunBulkApplicationOperationItemResult?: RunBulkApplicationOperationItemResultResolvers<ContextType>;
  RunBulkApplicationOperationPayload?: RunBulkApplicationOperationPayloadResolvers<ContextType>;
  RunBulkServiceSubscriptionOperationItemResult?: RunBulkServiceSubscriptionOperationItemResultResolvers<ContextType>;
  RunBulkServiceSubscriptionOperationPayload?: RunBulkServiceSubscriptionOperationPayloadResolvers<ContextType>;
  SendMessagePayload?: SendMessagePayloadResolvers<ContextType>;
  Service?: ServiceResolvers<ContextType>;
  ServiceConnection?: ServiceConnectionResolvers<ContextType>;
  ServiceEdge?: ServiceEdgeResolvers<ContextType>;
  ServicePayload?: ServicePayloadResolvers<ContextType>;
  ServiceSubscription?: ServiceSubscriptionResolvers<ContextType>;
  ServiceSubscriptionConnection?: ServiceSubscriptionConnectionResolvers<ContextType>;
  ServiceSubscriptionEdge?: ServiceSubscriptionEdgeResolvers<ContextType>;
  ServiceSubscriptionPayload?: ServiceSubscriptionPayloadResolvers<ContextType>;
  ServiceToken?: ServiceTokenResolvers<ContextType>;
  ServiceTokenUserError?: ServiceTokenUserErrorResolvers<ContextType>;
  SignupExpressPayload?: SignupExpressPayloadResolvers<ContextType>;
  SignupPoint?: SignupPointResolvers<ContextType>;
  SignupSeries?: SignupSeriesResolvers<ContextType>;
  SignupSettings?: SignupSettingsResolvers<ContextType>;
  SignupUserError?: SignupUserErrorResolvers<ContextType>;
  SignupsPayload?: SignupsPayloadResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Tenant?: TenantResolvers<ContextType>;
  TenantConnection?: TenantConnectionResolvers<ContextType>;
  TenantEdge?: TenantEdgeResolvers<ContextType>;
  TenantUserError?: TenantUserErrorResolvers<ContextType>;
  TopApplication?: TopApplicationResolvers<ContextType>;
  TopApplications?: TopApplicationsResolvers<ContextType>;
  TopApplicationsPayload?: TopApplicationsPayloadResolvers<ContextType>;
  UnlockLoginPayload?: UnlockLoginPayloadResolvers<ContextType>;
  UpdateNotificationPreferencesPayload?: UpdateNotificationPreferencesPayloadResolvers<ContextType>;
  UpdateTenantSettingsPayload?: UpdateTenantSettingsPayloadResolvers<ContextType>;
  UpdateWebhookSettingsPayload?: UpdateWebhookSettingsPayloadResolvers<ContextType>;
  UsageAlert?: UsageAlertResolvers<ContextType>;
  UsageAlertConnection?: UsageAlertConnectionResolvers<ContextType>;
  UsageAlertEdge?: UsageAlertEdgeResolvers<ContextType>;
  UsageAlertUserError?: UsageAlertUserErrorResolvers<ContextType>;
  UsageLimit?: UsageLimitResolvers<ContextType>;
  UsageLimitPayload?: UsageLimitPayloadResolvers<ContextType>;
  UsagePoint?: UsagePointResolvers<ContextType>;
  UsageSeries?: UsageSeriesResolvers<ContextType>;
  UsageSeriesPayload?: UsageSeriesPayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserConnection?: UserConnectionResolvers<ContextType>;
  UserEdge?: UserEdgeResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  WebhookAttempt?: WebhookAttemptResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookDeliveryConnection?: WebhookDeliveryConnectionResolvers<ContextType>;
  WebhookDeliveryEdge?: WebhookDeliveryEdgeResolvers<ContextType>;
  WebhookSettings?: WebhookSettingsResolvers<ContextType>;
  WebhookUserError?: WebhookUserErrorResolvers<ContextType>;
};

