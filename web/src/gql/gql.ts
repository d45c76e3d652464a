/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  subscription Heartbeat {\n    heartbeat {\n      at\n    }\n  }\n": typeof types.HeartbeatDocument,
    "\n  fragment AccessTokenForTokensTable on AccessToken {\n    id\n    name\n    scopes\n    permission\n    state\n    prefix\n    expiresAt\n    lastUsedAt\n    createdAt\n  }\n": typeof types.AccessTokenForTokensTableFragmentDoc,
    "\n  query AccessTokens(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: AccessTokenFilter\n    $orderBy: AccessTokenOrder\n  ) {\n    accessTokens(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        ...AccessTokenForTokensTable\n      }\n    }\n  }\n": typeof types.AccessTokensDocument,
    "\n  mutation CreateAccessToken($input: CreateAccessTokenInput!) {\n    createAccessToken(input: $input) {\n      accessToken {\n        id\n        name\n      }\n      token\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.CreateAccessTokenDocument,
    "\n  mutation RevokeAccessTokens($input: RevokeAccessTokensInput!) {\n    revokeAccessTokens(input: $input) {\n      results {\n        id\n        status\n        error {\n          field\n          message\n          code\n        }\n      }\n      job {\n        id\n        ...JobForProgress\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.RevokeAccessTokensDocument,
    "\n  fragment AuditEntryForLog on AuditEntry {\n    id\n    occurredAt\n    event\n    actorKind\n    actorName\n    targetType\n    targetName\n    summary\n    changes {\n      field\n      from\n      to\n    }\n    requestId\n  }\n": typeof types.AuditEntryForLogFragmentDoc,
    "\n  query AuditLog($first: Int, $after: String, $last: Int, $before: String, $filter: AuditEntryFilter, $orderBy: AuditEntryOrder) {\n    auditLog(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        ...AuditEntryForLog\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  fragment UserForViewerMenu on User {\n    id\n    email\n    name\n    tenant {\n      id\n      name\n    }\n  }\n": typeof types.UserForViewerMenuFragmentDoc,
    "\n  mutation Logout {\n    logout {\n      loggedOut\n    }\n  }\n": typeof types.LogoutDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      role\n      ...UserForViewerMenu\n      tenant {\n        id\n        isMaster\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query AccountPlans {\n    accountPlans(first: 200) {\n      nodes {\n        id\n        ...PlanRow\n      }\n    }\n  }\n": typeof types.AccountPlansDocument,
    "\n  fragment CreatedPlan on PlanPayload {\n    plan {\n      id\n      name\n      systemName\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n": typeof types.CreatedPlanFragmentDoc,
    "\n  mutation CreateApplicationPlan($input: CreateApplicationPlanInput!) {\n    createApplicationPlan(input: $input) {\n      ...CreatedPlan\n    }\n  }\n": typeof types.CreateApplicationPlanDocument,
    "\n  mutation CreateServicePlan($input: CreateServicePlanInput!) {\n    createServicePlan(input: $input) {\n      ...CreatedPlan\n    }\n  }\n": typeof types.CreateServicePlanDocument,
    "\n  mutation CreateAccountPlan($input: CreateAccountPlanInput!) {\n    createAccountPlan(input: $input) {\n      ...CreatedPlan\n    }\n  }\n": typeof types.CreateAccountPlanDocument,
    "\n  mutation CreateProduct($input: CreateServiceInput!) {\n    createService(input: $input) {\n      service {\n        id\n        name\n        systemName\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.CreateProductDocument,
    "\n  mutation CreateMappingRule($input: CreateMappingRuleInput!) {\n    createMappingRule(input: $input) {\n      mappingRule {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.CreateMappingRuleDocument,
    "\n  mutation UpdateMappingRule($input: UpdateMappingRuleInput!) {\n    updateMappingRule(input: $input) {\n      mappingRule {\n        id\n        position\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.UpdateMappingRuleDocument,
    "\n  mutation DeleteMappingRule($input: DeleteMappingRuleInput!) {\n    deleteMappingRule(input: $input) {\n      deletedMappingRuleId\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.DeleteMappingRuleDocument,
    "\n  query MatchPath($id: ID!, $httpMethod: HttpMethod!, $path: String!) {\n    service(id: $id) {\n      id\n      matchPath(httpMethod: $httpMethod, path: $path) {\n        matchedRules {\n          id\n        }\n        increments {\n          metric {\n            id\n            friendlyName\n            systemName\n          }\n          value\n        }\n      }\n    }\n  }\n": typeof types.MatchPathDocument,
    "\n  mutation CreateMetric($input: CreateMetricInput!) {\n    createMetric(input: $input) {\n      metric {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.CreateMetricDocument,
    "\n  mutation CreateMethod($input: CreateMethodInput!) {\n    createMethod(input: $input) {\n      metric {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.CreateMethodDocument,
    "\n  mutation UpdateMetric($input: UpdateMetricInput!) {\n    updateMetric(input: $input) {\n      metric {\n        id\n        systemName\n        friendlyName\n        unit\n        description\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.UpdateMetricDocument,
    "\n  mutation DeleteMetric($input: DeleteMetricInput!) {\n    deleteMetric(input: $input) {\n      deletedMetricId\n      deletedMappingRuleIds\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.DeleteMetricDocument,
    "\n  mutation ImportOpenApi($input: ImportOpenApiInput!) {\n    importOpenApi(input: $input) {\n      dryRun\n      specification\n      title\n      methodsCreated\n      mappingRulesCreated\n      operations {\n        httpMethod\n        path\n        operationId\n        pattern\n        methodSystemName\n        methodFriendlyName\n        action\n        note\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.ImportOpenApiDocument,
    "\n  query CostPreview($planId: ID!, $usage: [MetricUsageInput!]!) {\n    costPreview(planId: $planId, usage: $usage) {\n      setupFee\n      costPerMonth\n      total\n      variable {\n        quantity\n        cost\n        metric {\n          id\n          friendlyName\n          systemName\n        }\n      }\n    }\n  }\n": typeof types.CostPreviewDocument,
    "\n  mutation EnableFeature($input: PlanFeatureInput!) {\n    enableFeature(input: $input) {\n      plan {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.EnableFeatureDocument,
    "\n  mutation DisableFeature($input: PlanFeatureInput!) {\n    disableFeature(input: $input) {\n      plan {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.DisableFeatureDocument,
    "\n  mutation CreateFeature($input: CreateFeatureInput!) {\n    createFeature(input: $input) {\n      feature {\n        id\n        name\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.CreateFeatureDocument,
    "\n  mutation UpdateFeature($input: UpdateFeatureInput!) {\n    updateFeature(input: $input) {\n      feature {\n        id\n        name\n        description\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.UpdateFeatureDocument,
    "\n  mutation DeleteFeature($input: DeleteFeatureInput!) {\n    deleteFeature(input: $input) {\n      deletedFeatureId\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.DeleteFeatureDocument,
    "\n  mutation SetUsageLimit($input: SetUsageLimitInput!) {\n    setUsageLimit(input: $input) {\n      usageLimit {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.SetUsageLimitDocument,
    "\n  mutation DeleteUsageLimit($input: DeleteUsageLimitInput!) {\n    deleteUsageLimit(input: $input) {\n      deletedUsageLimitId\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.DeleteUsageLimitDocument,
    "\n  mutation CreatePricingRule($input: CreatePricingRuleInput!) {\n    createPricingRule(input: $input) {\n      pricingRule {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.CreatePricingRuleDocument,
    "\n  mutation DeletePricingRule($input: DeletePricingRuleInput!) {\n    deletePricingRule(input: $input) {\n      deletedPricingRuleId\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.DeletePricingRuleDocument,
    "\n  mutation SetTierMode($input: SetTierModeInput!) {\n    setTierMode(input: $input) {\n      plan {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.SetTierModeDocument,
    "\n  mutation UpdatePlan($input: UpdatePlanInput!) {\n    updatePlan(input: $input) {\n      plan {\n        id\n        ...PlanRow\n        description\n        updatedAt\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.UpdatePlanDocument,
    "\n  query Plan($id: ID!) {\n    plan(id: $id) {\n      id\n      ...PlanRow\n      description\n      updatedAt\n      service {\n        id\n        name\n      }\n      metrics {\n        enabled\n        tierMode\n        metric {\n          id\n          systemName\n          friendlyName\n          kind\n          builtin\n          unit\n        }\n        usageLimits {\n          id\n          period\n          value\n        }\n        pricingRules {\n          id\n          from\n          to\n          costPerUnit\n        }\n      }\n      features {\n        enabled\n        feature {\n          id\n          name\n          systemName\n          description\n        }\n      }\n    }\n  }\n": typeof types.PlanDocument,
    "\n  fragment PlanRow on Plan {\n    id\n    kind\n    name\n    systemName\n    state\n    isDefault\n    setupFee\n    costPerMonth\n    trialPeriodDays\n    approvalRequired\n  }\n": typeof types.PlanRowFragmentDoc,
    "\n  mutation PublishPlan($input: PlanIdInput!) {\n    publishPlan(input: $input) {\n      plan {\n        id\n        state\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.PublishPlanDocument,
    "\n  mutation HidePlan($input: PlanIdInput!) {\n    hidePlan(input: $input) {\n      plan {\n        id\n        state\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.HidePlanDocument,
    "\n  mutation SetDefaultPlan($input: PlanIdInput!) {\n    setDefaultPlan(input: $input) {\n      plan {\n        id\n        isDefault\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.SetDefaultPlanDocument,
    "\n  mutation CopyPlan($input: CopyPlanInput!) {\n    copyPlan(input: $input) {\n      plan {\n        id\n        name\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.CopyPlanDocument,
    "\n  mutation DeletePlan($input: PlanIdInput!) {\n    deletePlan(input: $input) {\n      deletedPlanId\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.DeletePlanDocument,
    "\n  mutation UpdateProduct($input: UpdateServiceInput!) {\n    updateService(input: $input) {\n      service {\n        id\n        name\n        description\n        authMode\n        userKeyParameter\n        appIdParameter\n        appKeyParameter\n        customKeysAllowed\n        state\n        updatedAt\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.UpdateProductDocument,
    "\n  mutation DeleteProduct($input: DeleteServiceInput!) {\n    deleteService(input: $input) {\n      deletedServiceId\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.DeleteProductDocument,
    "\n  query Product($id: ID!) {\n    service(id: $id) {\n      id\n      name\n      systemName\n      description\n      authMode\n      userKeyParameter\n      appIdParameter\n      appKeyParameter\n      customKeysAllowed\n      state\n      createdAt\n      updatedAt\n      metrics {\n        id\n        systemName\n        friendlyName\n        unit\n        description\n        kind\n        builtin\n        mapped\n        parent {\n          id\n        }\n      }\n      applicationPlans(first: 200) {\n        nodes {\n          id\n          ...PlanRow\n        }\n      }\n      servicePlans(first: 200) {\n        nodes {\n          id\n          ...PlanRow\n        }\n      }\n      mappingRules {\n        id\n        httpMethod\n        pattern\n        delta\n        position\n        last\n        metric {\n          id\n          friendlyName\n          systemName\n        }\n      }\n    }\n  }\n": typeof types.ProductDocument,
    "\n  fragment ProductForProductsTable on Service {\n    id\n    name\n    systemName\n    authMode\n    state\n    metricCount\n    methodCount\n    createdAt\n  }\n": typeof types.ProductForProductsTableFragmentDoc,
    "\n  query Products($first: Int, $after: String, $last: Int, $before: String, $filter: ServiceFilter, $orderBy: ServiceOrder) {\n    services(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        ...ProductForProductsTable\n      }\n    }\n  }\n": typeof types.ProductsDocument,
    "\n  query UnreadNotificationIds($first: Int!, $after: String, $filter: NotificationFilter) {\n    notifications(first: $first, after: $after, filter: $filter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.UnreadNotificationIdsDocument,
    "\n  fragment NotificationForFeed on Notification {\n    id\n    type\n    category\n    title\n    summary\n    createdAt\n    read\n    readAt\n    targetType\n    targetId\n    targetName\n  }\n": typeof types.NotificationForFeedFragmentDoc,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query LatestNotifications($first: Int!) {\n    notifications(first: $first) {\n      totalCount\n      nodes {\n        id\n        ...NotificationForFeed\n      }\n    }\n  }\n": typeof types.LatestNotificationsDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      markedCount\n      unreadCount\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  fragment NotificationPreferenceForSettings on NotificationPreference {\n    type\n    category\n    title\n    description\n    email\n    emailByDefault\n  }\n": typeof types.NotificationPreferenceForSettingsFragmentDoc,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      ...NotificationPreferenceForSettings\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      preferences {\n        ...NotificationPreferenceForSettings\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.UpdateNotificationPreferencesDocument,
    "\n  fragment NotificationForList on Notification {\n    id\n    type\n    category\n    title\n    summary\n    createdAt\n    read\n    readAt\n    targetType\n    targetId\n    targetName\n  }\n": typeof types.NotificationForListFragmentDoc,
    "\n  query Notifications($first: Int, $after: String, $last: Int, $before: String, $filter: NotificationFilter, $orderBy: NotificationOrder) {\n    notifications(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        ...NotificationForList\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  subscription NotificationReceived {\n    notificationReceived {\n      id\n      ...NotificationForFeed\n    }\n  }\n": typeof types.NotificationReceivedDocument,
    "\n  fragment OutboxMessageForOutbox on OutboxMessage {\n    id\n    status\n    toAddress\n    subject\n    attempts\n    createdAt\n    sentAt\n    nextAttemptAt\n    lastError\n    type\n    textBody\n    htmlBody\n  }\n": typeof types.OutboxMessageForOutboxFragmentDoc,
    "\n  query Outbox($first: Int, $after: String, $last: Int, $before: String, $filter: OutboxMessageFilter, $orderBy: OutboxMessageOrder) {\n    outbox(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        ...OutboxMessageForOutbox\n      }\n    }\n  }\n": typeof types.OutboxDocument,
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      tenant {\n        id\n        name\n        subdomain\n      }\n      adminUser {\n        id\n        email\n      }\n      generatedAdminPassword\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.CreateTenantDocument,
    "\n  fragment TenantForTenantsTable on Tenant {\n    id\n    name\n    subdomain\n    isMaster\n    adminDomain\n    createdAt\n  }\n": typeof types.TenantForTenantsTableFragmentDoc,
    "\n  query Tenants(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: TenantFilter\n    $orderBy: TenantOrder\n  ) {\n    tenants(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        ...TenantForTenantsTable\n      }\n    }\n  }\n": typeof types.TenantsDocument,
    "\n  fragment JobForProgress on Job {\n    id\n    status\n    total\n    processed\n    succeeded\n    failed\n    cancelRequested\n    error\n  }\n": typeof types.JobForProgressFragmentDoc,
    "\n  subscription JobProgress($id: ID!) {\n    jobProgress(id: $id) {\n      id\n      ...JobForProgress\n    }\n  }\n": typeof types.JobProgressDocument,
    "\n  query JobProgressPoll($id: ID!) {\n    job(id: $id) {\n      id\n      ...JobForProgress\n    }\n  }\n": typeof types.JobProgressPollDocument,
    "\n  mutation CancelJob($input: CancelJobInput!) {\n    cancelJob(input: $input) {\n      job {\n        id\n        ...JobForProgress\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.CancelJobDocument,
    "\n  query JobFailures($id: ID!, $first: Int!, $after: String) {\n    job(id: $id) {\n      id\n      failures(first: $first, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          itemId\n          code\n          message\n        }\n      }\n    }\n  }\n": typeof types.JobFailuresDocument,
};
const documents: Documents = {
    "\n  subscription Heartbeat {\n    heartbeat {\n      at\n    }\n  }\n": types.HeartbeatDocument,
    "\n  fragment AccessTokenForTokensTable on AccessToken {\n    id\n    name\n    scopes\n    permission\n    state\n    prefix\n    expiresAt\n    lastUsedAt\n    createdAt\n  }\n": types.AccessTokenForTokensTableFragmentDoc,
    "\n  query AccessTokens(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: AccessTokenFilter\n    $orderBy: AccessTokenOrder\n  ) {\n    accessTokens(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        ...AccessTokenForTokensTable\n      }\n    }\n  }\n": types.AccessTokensDocument,
    "\n  mutation CreateAccessToken($input: CreateAccessTokenInput!) {\n    createAccessToken(input: $input) {\n      accessToken {\n        id\n        name\n      }\n      token\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.CreateAccessTokenDocument,
    "\n  mutation RevokeAccessTokens($input: RevokeAccessTokensInput!) {\n    revokeAccessTokens(input: $input) {\n      results {\n        id\n        status\n        error {\n          field\n          message\n          code\n        }\n      }\n      job {\n        id\n        ...JobForProgress\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.RevokeAccessTokensDocument,
    "\n  fragment AuditEntryForLog on AuditEntry {\n    id\n    occurredAt\n    event\n    actorKind\n    actorName\n    targetType\n    targetName\n    summary\n    changes {\n      field\n      from\n      to\n    }\n    requestId\n  }\n": types.AuditEntryForLogFragmentDoc,
    "\n  query AuditLog($first: Int, $after: String, $last: Int, $before: String, $filter: AuditEntryFilter, $orderBy: AuditEntryOrder) {\n    auditLog(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        ...AuditEntryForLog\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  fragment UserForViewerMenu on User {\n    id\n    email\n    name\n    tenant {\n      id\n      name\n    }\n  }\n": types.UserForViewerMenuFragmentDoc,
    "\n  mutation Logout {\n    logout {\n      loggedOut\n    }\n  }\n": types.LogoutDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      role\n      ...UserForViewerMenu\n      tenant {\n        id\n        isMaster\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  query AccountPlans {\n    accountPlans(first: 200) {\n      nodes {\n        id\n        ...PlanRow\n      }\n    }\n  }\n": types.AccountPlansDocument,
    "\n  fragment CreatedPlan on PlanPayload {\n    plan {\n      id\n      name\n      systemName\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n": types.CreatedPlanFragmentDoc,
    "\n  mutation CreateApplicationPlan($input: CreateApplicationPlanInput!) {\n    createApplicationPlan(input: $input) {\n      ...CreatedPlan\n    }\n  }\n": types.CreateApplicationPlanDocument,
    "\n  mutation CreateServicePlan($input: CreateServicePlanInput!) {\n    createServicePlan(input: $input) {\n      ...CreatedPlan\n    }\n  }\n": types.CreateServicePlanDocument,
    "\n  mutation CreateAccountPlan($input: CreateAccountPlanInput!) {\n    createAccountPlan(input: $input) {\n      ...CreatedPlan\n    }\n  }\n": types.CreateAccountPlanDocument,
    "\n  mutation CreateProduct($input: CreateServiceInput!) {\n    createService(input: $input) {\n      service {\n        id\n        name\n        systemName\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.CreateProductDocument,
    "\n  mutation CreateMappingRule($input: CreateMappingRuleInput!) {\n    createMappingRule(input: $input) {\n      mappingRule {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.CreateMappingRuleDocument,
    "\n  mutation UpdateMappingRule($input: UpdateMappingRuleInput!) {\n    updateMappingRule(input: $input) {\n      mappingRule {\n        id\n        position\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.UpdateMappingRuleDocument,
    "\n  mutation DeleteMappingRule($input: DeleteMappingRuleInput!) {\n    deleteMappingRule(input: $input) {\n      deletedMappingRuleId\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.DeleteMappingRuleDocument,
    "\n  query MatchPath($id: ID!, $httpMethod: HttpMethod!, $path: String!) {\n    service(id: $id) {\n      id\n      matchPath(httpMethod: $httpMethod, path: $path) {\n        matchedRules {\n          id\n        }\n        increments {\n          metric {\n            id\n            friendlyName\n            systemName\n          }\n          value\n        }\n      }\n    }\n  }\n": types.MatchPathDocument,
    "\n  mutation CreateMetric($input: CreateMetricInput!) {\n    createMetric(input: $input) {\n      metric {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.CreateMetricDocument,
    "\n  mutation CreateMethod($input: CreateMethodInput!) {\n    createMethod(input: $input) {\n      metric {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.CreateMethodDocument,
    "\n  mutation UpdateMetric($input: UpdateMetricInput!) {\n    updateMetric(input: $input) {\n      metric {\n        id\n        systemName\n        friendlyName\n        unit\n        description\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.UpdateMetricDocument,
    "\n  mutation DeleteMetric($input: DeleteMetricInput!) {\n    deleteMetric(input: $input) {\n      deletedMetricId\n      deletedMappingRuleIds\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.DeleteMetricDocument,
    "\n  mutation ImportOpenApi($input: ImportOpenApiInput!) {\n    importOpenApi(input: $input) {\n      dryRun\n      specification\n      title\n      methodsCreated\n      mappingRulesCreated\n      operations {\n        httpMethod\n        path\n        operationId\n        pattern\n        methodSystemName\n        methodFriendlyName\n        action\n        note\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.ImportOpenApiDocument,
    "\n  query CostPreview($planId: ID!, $usage: [MetricUsageInput!]!) {\n    costPreview(planId: $planId, usage: $usage) {\n      setupFee\n      costPerMonth\n      total\n      variable {\n        quantity\n        cost\n        metric {\n          id\n          friendlyName\n          systemName\n        }\n      }\n    }\n  }\n": types.CostPreviewDocument,
    "\n  mutation EnableFeature($input: PlanFeatureInput!) {\n    enableFeature(input: $input) {\n      plan {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.EnableFeatureDocument,
    "\n  mutation DisableFeature($input: PlanFeatureInput!) {\n    disableFeature(input: $input) {\n      plan {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.DisableFeatureDocument,
    "\n  mutation CreateFeature($input: CreateFeatureInput!) {\n    createFeature(input: $input) {\n      feature {\n        id\n        name\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.CreateFeatureDocument,
    "\n  mutation UpdateFeature($input: UpdateFeatureInput!) {\n    updateFeature(input: $input) {\n      feature {\n        id\n        name\n        description\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.UpdateFeatureDocument,
    "\n  mutation DeleteFeature($input: DeleteFeatureInput!) {\n    deleteFeature(input: $input) {\n      deletedFeatureId\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.DeleteFeatureDocument,
    "\n  mutation SetUsageLimit($input: SetUsageLimitInput!) {\n    setUsageLimit(input: $input) {\n      usageLimit {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.SetUsageLimitDocument,
    "\n  mutation DeleteUsageLimit($input: DeleteUsageLimitInput!) {\n    deleteUsageLimit(input: $input) {\n      deletedUsageLimitId\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.DeleteUsageLimitDocument,
    "\n  mutation CreatePricingRule($input: CreatePricingRuleInput!) {\n    createPricingRule(input: $input) {\n      pricingRule {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.CreatePricingRuleDocument,
    "\n  mutation DeletePricingRule($input: DeletePricingRuleInput!) {\n    deletePricingRule(input: $input) {\n      deletedPricingRuleId\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.DeletePricingRuleDocument,
    "\n  mutation SetTierMode($input: SetTierModeInput!) {\n    setTierMode(input: $input) {\n      plan {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.SetTierModeDocument,
    "\n  mutation UpdatePlan($input: UpdatePlanInput!) {\n    updatePlan(input: $input) {\n      plan {\n        id\n        ...PlanRow\n        description\n        updatedAt\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.UpdatePlanDocument,
    "\n  query Plan($id: ID!) {\n    plan(id: $id) {\n      id\n      ...PlanRow\n      description\n      updatedAt\n      service {\n        id\n        name\n      }\n      metrics {\n        enabled\n        tierMode\n        metric {\n          id\n          systemName\n          friendlyName\n          kind\n          builtin\n          unit\n        }\n        usageLimits {\n          id\n          period\n          value\n        }\n        pricingRules {\n          id\n          from\n          to\n          costPerUnit\n        }\n      }\n      features {\n        enabled\n        feature {\n          id\n          name\n          systemName\n          description\n        }\n      }\n    }\n  }\n": types.PlanDocument,
    "\n  fragment PlanRow on Plan {\n    id\n    kind\n    name\n    systemName\n    state\n    isDefault\n    setupFee\n    costPerMonth\n    trialPeriodDays\n    approvalRequired\n  }\n": types.PlanRowFragmentDoc,
    "\n  mutation PublishPlan($input: PlanIdInput!) {\n    publishPlan(input: $input) {\n      plan {\n        id\n        state\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.PublishPlanDocument,
    "\n  mutation HidePlan($input: PlanIdInput!) {\n    hidePlan(input: $input) {\n      plan {\n        id\n        state\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.HidePlanDocument,
    "\n  mutation SetDefaultPlan($input: PlanIdInput!) {\n    setDefaultPlan(input: $input) {\n      plan {\n        id\n        isDefault\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.SetDefaultPlanDocument,
    "\n  mutation CopyPlan($input: CopyPlanInput!) {\n    copyPlan(input: $input) {\n      plan {\n        id\n        name\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.CopyPlanDocument,
    "\n  mutation DeletePlan($input: PlanIdInput!) {\n    deletePlan(input: $input) {\n      deletedPlanId\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.DeletePlanDocument,
    "\n  mutation UpdateProduct($input: UpdateServiceInput!) {\n    updateService(input: $input) {\n      service {\n        id\n        name\n        description\n        authMode\n        userKeyParameter\n        appIdParameter\n        appKeyParameter\n        customKeysAllowed\n        state\n        updatedAt\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.UpdateProductDocument,
    "\n  mutation DeleteProduct($input: DeleteServiceInput!) {\n    deleteService(input: $input) {\n      deletedServiceId\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.DeleteProductDocument,
    "\n  query Product($id: ID!) {\n    service(id: $id) {\n      id\n      name\n      systemName\n      description\n      authMode\n      userKeyParameter\n      appIdParameter\n      appKeyParameter\n      customKeysAllowed\n      state\n      createdAt\n      updatedAt\n      metrics {\n        id\n        systemName\n        friendlyName\n        unit\n        description\n        kind\n        builtin\n        mapped\n        parent {\n          id\n        }\n      }\n      applicationPlans(first: 200) {\n        nodes {\n          id\n          ...PlanRow\n        }\n      }\n      servicePlans(first: 200) {\n        nodes {\n          id\n          ...PlanRow\n        }\n      }\n      mappingRules {\n        id\n        httpMethod\n        pattern\n        delta\n        position\n        last\n        metric {\n          id\n          friendlyName\n          systemName\n        }\n      }\n    }\n  }\n": types.ProductDocument,
    "\n  fragment ProductForProductsTable on Service {\n    id\n    name\n    systemName\n    authMode\n    state\n    metricCount\n    methodCount\n    createdAt\n  }\n": types.ProductForProductsTableFragmentDoc,
    "\n  query Products($first: Int, $after: String, $last: Int, $before: String, $filter: ServiceFilter, $orderBy: ServiceOrder) {\n    services(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        ...ProductForProductsTable\n      }\n    }\n  }\n": types.ProductsDocument,
    "\n  query UnreadNotificationIds($first: Int!, $after: String, $filter: NotificationFilter) {\n    notifications(first: $first, after: $after, filter: $filter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n      }\n    }\n  }\n": types.UnreadNotificationIdsDocument,
    "\n  fragment NotificationForFeed on Notification {\n    id\n    type\n    category\n    title\n    summary\n    createdAt\n    read\n    readAt\n    targetType\n    targetId\n    targetName\n  }\n": types.NotificationForFeedFragmentDoc,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query LatestNotifications($first: Int!) {\n    notifications(first: $first) {\n      totalCount\n      nodes {\n        id\n        ...NotificationForFeed\n      }\n    }\n  }\n": types.LatestNotificationsDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      markedCount\n      unreadCount\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.MarkNotificationsReadDocument,
    "\n  fragment NotificationPreferenceForSettings on NotificationPreference {\n    type\n    category\n    title\n    description\n    email\n    emailByDefault\n  }\n": types.NotificationPreferenceForSettingsFragmentDoc,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      ...NotificationPreferenceForSettings\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      preferences {\n        ...NotificationPreferenceForSettings\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.UpdateNotificationPreferencesDocument,
    "\n  fragment NotificationForList on Notification {\n    id\n    type\n    category\n    title\n    summary\n    createdAt\n    read\n    readAt\n    targetType\n    targetId\n    targetName\n  }\n": types.NotificationForListFragmentDoc,
    "\n  query Notifications($first: Int, $after: String, $last: Int, $before: String, $filter: NotificationFilter, $orderBy: NotificationOrder) {\n    notifications(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        ...NotificationForList\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  subscription NotificationReceived {\n    notificationReceived {\n      id\n      ...NotificationForFeed\n    }\n  }\n": types.NotificationReceivedDocument,
    "\n  fragment OutboxMessageForOutbox on OutboxMessage {\n    id\n    status\n    toAddress\n    subject\n    attempts\n    createdAt\n    sentAt\n    nextAttemptAt\n    lastError\n    type\n    textBody\n    htmlBody\n  }\n": types.OutboxMessageForOutboxFragmentDoc,
    "\n  query Outbox($first: Int, $after: String, $last: Int, $before: String, $filter: OutboxMessageFilter, $orderBy: OutboxMessageOrder) {\n    outbox(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        ...OutboxMessageForOutbox\n      }\n    }\n  }\n": types.OutboxDocument,
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      tenant {\n        id\n        name\n        subdomain\n      }\n      adminUser {\n        id\n        email\n      }\n      generatedAdminPassword\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.CreateTenantDocument,
    "\n  fragment TenantForTenantsTable on Tenant {\n    id\n    name\n    subdomain\n    isMaster\n    adminDomain\n    createdAt\n  }\n": types.TenantForTenantsTableFragmentDoc,
    "\n  query Tenants(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: TenantFilter\n    $orderBy: TenantOrder\n  ) {\n    tenants(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        ...TenantForTenantsTable\n      }\n    }\n  }\n": types.TenantsDocument,
    "\n  fragment JobForProgress on Job {\n    id\n    status\n    total\n    processed\n    succeeded\n    failed\n    cancelRequested\n    error\n  }\n": types.JobForProgressFragmentDoc,
    "\n  subscription JobProgress($id: ID!) {\n    jobProgress(id: $id) {\n      id\n      ...JobForProgress\n    }\n  }\n": types.JobProgressDocument,
    "\n  query JobProgressPoll($id: ID!) {\n    job(id: $id) {\n      id\n      ...JobForProgress\n    }\n  }\n": types.JobProgressPollDocument,
    "\n  mutation CancelJob($input: CancelJobInput!) {\n    cancelJob(input: $input) {\n      job {\n        id\n        ...JobForProgress\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.CancelJobDocument,
    "\n  query JobFailures($id: ID!, $first: Int!, $after: String) {\n    job(id: $id) {\n      id\n      failures(first: $first, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          itemId\n          code\n          message\n        }\n      }\n    }\n  }\n": types.JobFailuresDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Heartbeat {\n    heartbeat {\n      at\n    }\n  }\n"): (typeof documents)["\n  subscription Heartbeat {\n    heartbeat {\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccessTokenForTokensTable on AccessToken {\n    id\n    name\n    scopes\n    permission\n    state\n    prefix\n    expiresAt\n    lastUsedAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment AccessTokenForTokensTable on AccessToken {\n    id\n    name\n    scopes\n    permission\n    state\n    prefix\n    expiresAt\n    lastUsedAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessTokens(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: AccessTokenFilter\n    $orderBy: AccessTokenOrder\n  ) {\n    accessTokens(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        ...AccessTokenForTokensTable\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccessTokens(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: AccessTokenFilter\n    $orderBy: AccessTokenOrder\n  ) {\n    accessTokens(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        ...AccessTokenForTokensTable\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccessToken($input: CreateAccessTokenInput!) {\n    createAccessToken(input: $input) {\n      accessToken {\n        id\n        name\n      }\n      token\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAccessToken($input: CreateAccessTokenInput!) {\n    createAccessToken(input: $input) {\n      accessToken {\n        id\n        name\n      }\n      token\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeAccessTokens($input: RevokeAccessTokensInput!) {\n    revokeAccessTokens(input: $input) {\n      results {\n        id\n        status\n        error {\n          field\n          message\n          code\n        }\n      }\n      job {\n        id\n        ...JobForProgress\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeAccessTokens($input: RevokeAccessTokensInput!) {\n    revokeAccessTokens(input: $input) {\n      results {\n        id\n        status\n        error {\n          field\n          message\n          code\n        }\n      }\n      job {\n        id\n        ...JobForProgress\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEntryForLog on AuditEntry {\n    id\n    occurredAt\n    event\n    actorKind\n    actorName\n    targetType\n    targetName\n    summary\n    changes {\n      field\n      from\n      to\n    }\n    requestId\n  }\n"): (typeof documents)["\n  fragment AuditEntryForLog on AuditEntry {\n    id\n    occurredAt\n    event\n    actorKind\n    actorName\n    targetType\n    targetName\n    summary\n    changes {\n      field\n      from\n      to\n    }\n    requestId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($first: Int, $after: String, $last: Int, $before: String, $filter: AuditEntryFilter, $orderBy: AuditEntryOrder) {\n    auditLog(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        ...AuditEntryForLog\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($first: Int, $after: String, $last: Int, $before: String, $filter: AuditEntryFilter, $orderBy: AuditEntryOrder) {\n    auditLog(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        ...AuditEntryForLog\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserForViewerMenu on User {\n    id\n    email\n    name\n    tenant {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment UserForViewerMenu on User {\n    id\n    email\n    name\n    tenant {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout {\n      loggedOut\n    }\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout {\n      loggedOut\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      role\n      ...UserForViewerMenu\n      tenant {\n        id\n        isMaster\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      role\n      ...UserForViewerMenu\n      tenant {\n        id\n        isMaster\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountPlans {\n    accountPlans(first: 200) {\n      nodes {\n        id\n        ...PlanRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountPlans {\n    accountPlans(first: 200) {\n      nodes {\n        id\n        ...PlanRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CreatedPlan on PlanPayload {\n    plan {\n      id\n      name\n      systemName\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n"): (typeof documents)["\n  fragment CreatedPlan on PlanPayload {\n    plan {\n      id\n      name\n      systemName\n    }\n    userErrors {\n      field\n      message\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApplicationPlan($input: CreateApplicationPlanInput!) {\n    createApplicationPlan(input: $input) {\n      ...CreatedPlan\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApplicationPlan($input: CreateApplicationPlanInput!) {\n    createApplicationPlan(input: $input) {\n      ...CreatedPlan\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateServicePlan($input: CreateServicePlanInput!) {\n    createServicePlan(input: $input) {\n      ...CreatedPlan\n    }\n  }\n"): (typeof documents)["\n  mutation CreateServicePlan($input: CreateServicePlanInput!) {\n    createServicePlan(input: $input) {\n      ...CreatedPlan\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccountPlan($input: CreateAccountPlanInput!) {\n    createAccountPlan(input: $input) {\n      ...CreatedPlan\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAccountPlan($input: CreateAccountPlanInput!) {\n    createAccountPlan(input: $input) {\n      ...CreatedPlan\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProduct($input: CreateServiceInput!) {\n    createService(input: $input) {\n      service {\n        id\n        name\n        systemName\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProduct($input: CreateServiceInput!) {\n    createService(input: $input) {\n      service {\n        id\n        name\n        systemName\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMappingRule($input: CreateMappingRuleInput!) {\n    createMappingRule(input: $input) {\n      mappingRule {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMappingRule($input: CreateMappingRuleInput!) {\n    createMappingRule(input: $input) {\n      mappingRule {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMappingRule($input: UpdateMappingRuleInput!) {\n    updateMappingRule(input: $input) {\n      mappingRule {\n        id\n        position\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMappingRule($input: UpdateMappingRuleInput!) {\n    updateMappingRule(input: $input) {\n      mappingRule {\n        id\n        position\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMappingRule($input: DeleteMappingRuleInput!) {\n    deleteMappingRule(input: $input) {\n      deletedMappingRuleId\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteMappingRule($input: DeleteMappingRuleInput!) {\n    deleteMappingRule(input: $input) {\n      deletedMappingRuleId\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchPath($id: ID!, $httpMethod: HttpMethod!, $path: String!) {\n    service(id: $id) {\n      id\n      matchPath(httpMethod: $httpMethod, path: $path) {\n        matchedRules {\n          id\n        }\n        increments {\n          metric {\n            id\n            friendlyName\n            systemName\n          }\n          value\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatchPath($id: ID!, $httpMethod: HttpMethod!, $path: String!) {\n    service(id: $id) {\n      id\n      matchPath(httpMethod: $httpMethod, path: $path) {\n        matchedRules {\n          id\n        }\n        increments {\n          metric {\n            id\n            friendlyName\n            systemName\n          }\n          value\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMetric($input: CreateMetricInput!) {\n    createMetric(input: $input) {\n      metric {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMetric($input: CreateMetricInput!) {\n    createMetric(input: $input) {\n      metric {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMethod($input: CreateMethodInput!) {\n    createMethod(input: $input) {\n      metric {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMethod($input: CreateMethodInput!) {\n    createMethod(input: $input) {\n      metric {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMetric($input: UpdateMetricInput!) {\n    updateMetric(input: $input) {\n      metric {\n        id\n        systemName\n        friendlyName\n        unit\n        description\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMetric($input: UpdateMetricInput!) {\n    updateMetric(input: $input) {\n      metric {\n        id\n        systemName\n        friendlyName\n        unit\n        description\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMetric($input: DeleteMetricInput!) {\n    deleteMetric(input: $input) {\n      deletedMetricId\n      deletedMappingRuleIds\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteMetric($input: DeleteMetricInput!) {\n    deleteMetric(input: $input) {\n      deletedMetricId\n      deletedMappingRuleIds\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportOpenApi($input: ImportOpenApiInput!) {\n    importOpenApi(input: $input) {\n      dryRun\n      specification\n      title\n      methodsCreated\n      mappingRulesCreated\n      operations {\n        httpMethod\n        path\n        operationId\n        pattern\n        methodSystemName\n        methodFriendlyName\n        action\n        note\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportOpenApi($input: ImportOpenApiInput!) {\n    importOpenApi(input: $input) {\n      dryRun\n      specification\n      title\n      methodsCreated\n      mappingRulesCreated\n      operations {\n        httpMethod\n        path\n        operationId\n        pattern\n        methodSystemName\n        methodFriendlyName\n        action\n        note\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostPreview($planId: ID!, $usage: [MetricUsageInput!]!) {\n    costPreview(planId: $planId, usage: $usage) {\n      setupFee\n      costPerMonth\n      total\n      variable {\n        quantity\n        cost\n        metric {\n          id\n          friendlyName\n          systemName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CostPreview($planId: ID!, $usage: [MetricUsageInput!]!) {\n    costPreview(planId: $planId, usage: $usage) {\n      setupFee\n      costPerMonth\n      total\n      variable {\n        quantity\n        cost\n        metric {\n          id\n          friendlyName\n          systemName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnableFeature($input: PlanFeatureInput!) {\n    enableFeature(input: $input) {\n      plan {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EnableFeature($input: PlanFeatureInput!) {\n    enableFeature(input: $input) {\n      plan {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableFeature($input: PlanFeatureInput!) {\n    disableFeature(input: $input) {\n      plan {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DisableFeature($input: PlanFeatureInput!) {\n    disableFeature(input: $input) {\n      plan {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFeature($input: CreateFeatureInput!) {\n    createFeature(input: $input) {\n      feature {\n        id\n        name\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateFeature($input: CreateFeatureInput!) {\n    createFeature(input: $input) {\n      feature {\n        id\n        name\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFeature($input: UpdateFeatureInput!) {\n    updateFeature(input: $input) {\n      feature {\n        id\n        name\n        description\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateFeature($input: UpdateFeatureInput!) {\n    updateFeature(input: $input) {\n      feature {\n        id\n        name\n        description\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteFeature($input: DeleteFeatureInput!) {\n    deleteFeature(input: $input) {\n      deletedFeatureId\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteFeature($input: DeleteFeatureInput!) {\n    deleteFeature(input: $input) {\n      deletedFeatureId\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUsageLimit($input: SetUsageLimitInput!) {\n    setUsageLimit(input: $input) {\n      usageLimit {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetUsageLimit($input: SetUsageLimitInput!) {\n    setUsageLimit(input: $input) {\n      usageLimit {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteUsageLimit($input: DeleteUsageLimitInput!) {\n    deleteUsageLimit(input: $input) {\n      deletedUsageLimitId\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteUsageLimit($input: DeleteUsageLimitInput!) {\n    deleteUsageLimit(input: $input) {\n      deletedUsageLimitId\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePricingRule($input: CreatePricingRuleInput!) {\n    createPricingRule(input: $input) {\n      pricingRule {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePricingRule($input: CreatePricingRuleInput!) {\n    createPricingRule(input: $input) {\n      pricingRule {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePricingRule($input: DeletePricingRuleInput!) {\n    deletePricingRule(input: $input) {\n      deletedPricingRuleId\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeletePricingRule($input: DeletePricingRuleInput!) {\n    deletePricingRule(input: $input) {\n      deletedPricingRuleId\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTierMode($input: SetTierModeInput!) {\n    setTierMode(input: $input) {\n      plan {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetTierMode($input: SetTierModeInput!) {\n    setTierMode(input: $input) {\n      plan {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePlan($input: UpdatePlanInput!) {\n    updatePlan(input: $input) {\n      plan {\n        id\n        ...PlanRow\n        description\n        updatedAt\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePlan($input: UpdatePlanInput!) {\n    updatePlan(input: $input) {\n      plan {\n        id\n        ...PlanRow\n        description\n        updatedAt\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Plan($id: ID!) {\n    plan(id: $id) {\n      id\n      ...PlanRow\n      description\n      updatedAt\n      service {\n        id\n        name\n      }\n      metrics {\n        enabled\n        tierMode\n        metric {\n          id\n          systemName\n          friendlyName\n          kind\n          builtin\n          unit\n        }\n        usageLimits {\n          id\n          period\n          value\n        }\n        pricingRules {\n          id\n          from\n          to\n          costPerUnit\n        }\n      }\n      features {\n        enabled\n        feature {\n          id\n          name\n          systemName\n          description\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Plan($id: ID!) {\n    plan(id: $id) {\n      id\n      ...PlanRow\n      description\n      updatedAt\n      service {\n        id\n        name\n      }\n      metrics {\n        enabled\n        tierMode\n        metric {\n          id\n          systemName\n          friendlyName\n          kind\n          builtin\n          unit\n        }\n        usageLimits {\n          id\n          period\n          value\n        }\n        pricingRules {\n          id\n          from\n          to\n          costPerUnit\n        }\n      }\n      features {\n        enabled\n        feature {\n          id\n          name\n          systemName\n          description\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanRow on Plan {\n    id\n    kind\n    name\n    systemName\n    state\n    isDefault\n    setupFee\n    costPerMonth\n    trialPeriodDays\n    approvalRequired\n  }\n"): (typeof documents)["\n  fragment PlanRow on Plan {\n    id\n    kind\n    name\n    systemName\n    state\n    isDefault\n    setupFee\n    costPerMonth\n    trialPeriodDays\n    approvalRequired\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishPlan($input: PlanIdInput!) {\n    publishPlan(input: $input) {\n      plan {\n        id\n        state\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PublishPlan($input: PlanIdInput!) {\n    publishPlan(input: $input) {\n      plan {\n        id\n        state\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HidePlan($input: PlanIdInput!) {\n    hidePlan(input: $input) {\n      plan {\n        id\n        state\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation HidePlan($input: PlanIdInput!) {\n    hidePlan(input: $input) {\n      plan {\n        id\n        state\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDefaultPlan($input: PlanIdInput!) {\n    setDefaultPlan(input: $input) {\n      plan {\n        id\n        isDefault\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetDefaultPlan($input: PlanIdInput!) {\n    setDefaultPlan(input: $input) {\n      plan {\n        id\n        isDefault\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CopyPlan($input: CopyPlanInput!) {\n    copyPlan(input: $input) {\n      plan {\n        id\n        name\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CopyPlan($input: CopyPlanInput!) {\n    copyPlan(input: $input) {\n      plan {\n        id\n        name\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePlan($input: PlanIdInput!) {\n    deletePlan(input: $input) {\n      deletedPlanId\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeletePlan($input: PlanIdInput!) {\n    deletePlan(input: $input) {\n      deletedPlanId\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProduct($input: UpdateServiceInput!) {\n    updateService(input: $input) {\n      service {\n        id\n        name\n        description\n        authMode\n        userKeyParameter\n        appIdParameter\n        appKeyParameter\n        customKeysAllowed\n        state\n        updatedAt\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProduct($input: UpdateServiceInput!) {\n    updateService(input: $input) {\n      service {\n        id\n        name\n        description\n        authMode\n        userKeyParameter\n        appIdParameter\n        appKeyParameter\n        customKeysAllowed\n        state\n        updatedAt\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteProduct($input: DeleteServiceInput!) {\n    deleteService(input: $input) {\n      deletedServiceId\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteProduct($input: DeleteServiceInput!) {\n    deleteService(input: $input) {\n      deletedServiceId\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Product($id: ID!) {\n    service(id: $id) {\n      id\n      name\n      systemName\n      description\n      authMode\n      userKeyParameter\n      appIdParameter\n      appKeyParameter\n      customKeysAllowed\n      state\n      createdAt\n      updatedAt\n      metrics {\n        id\n        systemName\n        friendlyName\n        unit\n        description\n        kind\n        builtin\n        mapped\n        parent {\n          id\n        }\n      }\n      applicationPlans(first: 200) {\n        nodes {\n          id\n          ...PlanRow\n        }\n      }\n      servicePlans(first: 200) {\n        nodes {\n          id\n          ...PlanRow\n        }\n      }\n      mappingRules {\n        id\n        httpMethod\n        pattern\n        delta\n        position\n        last\n        metric {\n          id\n          friendlyName\n          systemName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Product($id: ID!) {\n    service(id: $id) {\n      id\n      name\n      systemName\n      description\n      authMode\n      userKeyParameter\n      appIdParameter\n      appKeyParameter\n      customKeysAllowed\n      state\n      createdAt\n      updatedAt\n      metrics {\n        id\n        systemName\n        friendlyName\n        unit\n        description\n        kind\n        builtin\n        mapped\n        parent {\n          id\n        }\n      }\n      applicationPlans(first: 200) {\n        nodes {\n          id\n          ...PlanRow\n        }\n      }\n      servicePlans(first: 200) {\n        nodes {\n          id\n          ...PlanRow\n        }\n      }\n      mappingRules {\n        id\n        httpMethod\n        pattern\n        delta\n        position\n        last\n        metric {\n          id\n          friendlyName\n          systemName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductForProductsTable on Service {\n    id\n    name\n    systemName\n    authMode\n    state\n    metricCount\n    methodCount\n    createdAt\n  }\n"): (typeof documents)["\n  fragment ProductForProductsTable on Service {\n    id\n    name\n    systemName\n    authMode\n    state\n    metricCount\n    methodCount\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Products($first: Int, $after: String, $last: Int, $before: String, $filter: ServiceFilter, $orderBy: ServiceOrder) {\n    services(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        ...ProductForProductsTable\n      }\n    }\n  }\n"): (typeof documents)["\n  query Products($first: Int, $after: String, $last: Int, $before: String, $filter: ServiceFilter, $orderBy: ServiceOrder) {\n    services(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        ...ProductForProductsTable\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationIds($first: Int!, $after: String, $filter: NotificationFilter) {\n    notifications(first: $first, after: $after, filter: $filter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnreadNotificationIds($first: Int!, $after: String, $filter: NotificationFilter) {\n    notifications(first: $first, after: $after, filter: $filter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationForFeed on Notification {\n    id\n    type\n    category\n    title\n    summary\n    createdAt\n    read\n    readAt\n    targetType\n    targetId\n    targetName\n  }\n"): (typeof documents)["\n  fragment NotificationForFeed on Notification {\n    id\n    type\n    category\n    title\n    summary\n    createdAt\n    read\n    readAt\n    targetType\n    targetId\n    targetName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LatestNotifications($first: Int!) {\n    notifications(first: $first) {\n      totalCount\n      nodes {\n        id\n        ...NotificationForFeed\n      }\n    }\n  }\n"): (typeof documents)["\n  query LatestNotifications($first: Int!) {\n    notifications(first: $first) {\n      totalCount\n      nodes {\n        id\n        ...NotificationForFeed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      markedCount\n      unreadCount\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      markedCount\n      unreadCount\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationPreferenceForSettings on NotificationPreference {\n    type\n    category\n    title\n    description\n    email\n    emailByDefault\n  }\n"): (typeof documents)["\n  fragment NotificationPreferenceForSettings on NotificationPreference {\n    type\n    category\n    title\n    description\n    email\n    emailByDefault\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      ...NotificationPreferenceForSettings\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      ...NotificationPreferenceForSettings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      preferences {\n        ...NotificationPreferenceForSettings\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      preferences {\n        ...NotificationPreferenceForSettings\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationForList on Notification {\n    id\n    type\n    category\n    title\n    summary\n    createdAt\n    read\n    readAt\n    targetType\n    targetId\n    targetName\n  }\n"): (typeof documents)["\n  fragment NotificationForList on Notification {\n    id\n    type\n    category\n    title\n    summary\n    createdAt\n    read\n    readAt\n    targetType\n    targetId\n    targetName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int, $after: String, $last: Int, $before: String, $filter: NotificationFilter, $orderBy: NotificationOrder) {\n    notifications(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        ...NotificationForList\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int, $after: String, $last: Int, $before: String, $filter: NotificationFilter, $orderBy: NotificationOrder) {\n    notifications(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        ...NotificationForList\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationReceived {\n    notificationReceived {\n      id\n      ...NotificationForFeed\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationReceived {\n    notificationReceived {\n      id\n      ...NotificationForFeed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OutboxMessageForOutbox on OutboxMessage {\n    id\n    status\n    toAddress\n    subject\n    attempts\n    createdAt\n    sentAt\n    nextAttemptAt\n    lastError\n    type\n    textBody\n    htmlBody\n  }\n"): (typeof documents)["\n  fragment OutboxMessageForOutbox on OutboxMessage {\n    id\n    status\n    toAddress\n    subject\n    attempts\n    createdAt\n    sentAt\n    nextAttemptAt\n    lastError\n    type\n    textBody\n    htmlBody\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Outbox($first: Int, $after: String, $last: Int, $before: String, $filter: OutboxMessageFilter, $orderBy: OutboxMessageOrder) {\n    outbox(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        ...OutboxMessageForOutbox\n      }\n    }\n  }\n"): (typeof documents)["\n  query Outbox($first: Int, $after: String, $last: Int, $before: String, $filter: OutboxMessageFilter, $orderBy: OutboxMessageOrder) {\n    outbox(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        ...OutboxMessageForOutbox\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      tenant {\n        id\n        name\n        subdomain\n      }\n      adminUser {\n        id\n        email\n      }\n      generatedAdminPassword\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      tenant {\n        id\n        name\n        subdomain\n      }\n      adminUser {\n        id\n        email\n      }\n      generatedAdminPassword\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TenantForTenantsTable on Tenant {\n    id\n    name\n    subdomain\n    isMaster\n    adminDomain\n    createdAt\n  }\n"): (typeof documents)["\n  fragment TenantForTenantsTable on Tenant {\n    id\n    name\n    subdomain\n    isMaster\n    adminDomain\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tenants(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: TenantFilter\n    $orderBy: TenantOrder\n  ) {\n    tenants(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        ...TenantForTenantsTable\n      }\n    }\n  }\n"): (typeof documents)["\n  query Tenants(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: TenantFilter\n    $orderBy: TenantOrder\n  ) {\n    tenants(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        ...TenantForTenantsTable\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JobForProgress on Job {\n    id\n    status\n    total\n    processed\n    succeeded\n    failed\n    cancelRequested\n    error\n  }\n"): (typeof documents)["\n  fragment JobForProgress on Job {\n    id\n    status\n    total\n    processed\n    succeeded\n    failed\n    cancelRequested\n    error\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription JobProgress($id: ID!) {\n    jobProgress(id: $id) {\n      id\n      ...JobForProgress\n    }\n  }\n"): (typeof documents)["\n  subscription JobProgress($id: ID!) {\n    jobProgress(id: $id) {\n      id\n      ...JobForProgress\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobProgressPoll($id: ID!) {\n    job(id: $id) {\n      id\n      ...JobForProgress\n    }\n  }\n"): (typeof documents)["\n  query JobProgressPoll($id: ID!) {\n    job(id: $id) {\n      id\n      ...JobForProgress\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelJob($input: CancelJobInput!) {\n    cancelJob(input: $input) {\n      job {\n        id\n        ...JobForProgress\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelJob($input: CancelJobInput!) {\n    cancelJob(input: $input) {\n      job {\n        id\n        ...JobForProgress\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobFailures($id: ID!, $first: Int!, $after: String) {\n    job(id: $id) {\n      id\n      failures(first: $first, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          itemId\n          code\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query JobFailures($id: ID!, $first: Int!, $after: String) {\n    job(id: $id) {\n      id\n      failures(first: $first, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          itemId\n          code\n          message\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;