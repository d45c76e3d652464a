import { useState } from 'react';
import { Anchor, Badge, Button, Group, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { Link } from '@tanstack/react-router';
import { MAX_MESSAGE_BODY_LENGTH } from '@gatehouse/schema/accounts';
import { graphql } from '../../gql';
import type { PlanChangeRequestForRequestsTableFragment, PlanChangeRequestState } from '../../gql/graphql';
import { ChipFilter } from '../../components/ui/chip-filter';
import { DataTable } from '../../components/ui/data-table/data-table';
import { dataTableColumns } from '../../components/ui/data-table/data-table-columns';
import { useConnectionListing } from '../../components/ui/data-table/use-connection-listing';
import type { ListingPageProps } from '../../components/ui/data-table/use-listing';
import { formatDate } from '../../components/ui/format-date';
import { errorMessage } from '../../lib/graphql-errors';
import { applyUserErrors } from '../../lib/user-errors';
import { planChangeRequestStateColors, planChangeRequestStateLabels, planChangeRequestStates } from './application-labels';
import { forgetApplicationListings } from './application-query';
import { requestStatesOf, statesParam, type PlanChangeRequestsSearch } from './plan-change-requests-search';

export const PlanChangeRequestForRequestsTable = graphql(`
  fragment PlanChangeRequestForRequestsTable on PlanChangeRequest {
    id
    state
    message
    reason
    createdAt
    decidedAt
    application {
      id
      name
      account {
        id
        orgName
      }
      service {
        id
        name
      }
    }
    fromPlan {
      id
      name
    }
    toPlan {
      id
      name
    }
  }
`);

const PlanChangeRequestsQuery = graphql(`
  query PlanChangeRequests(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $filter: PlanChangeRequestFilter
    $orderBy: PlanChangeRequestOrder
  ) {
    planChangeRequests(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        id
        ...PlanChangeRequestForRequestsTable
      }
    }
  }
`);

// The application moves: its page, if cached, shows the new plan with its limits and fees.
const ApprovePlanChangeRequest = graphql(`
  mutation ApprovePlanChangeRequest($input: PlanChangeRequestIdInput!) {
    approvePlanChangeRequest(input: $input) {
      planChangeRequest {
        id
        ...PlanChangeRequestForRequestsTable
        application {
          id
          paid
          trialEndsAt
          updatedAt
          plan {
            id
            ...ApplicationPlanDetails
          }
        }
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const RejectPlanChangeRequest = graphql(`
  mutation RejectPlanChangeRequest($input: RejectPlanChangeRequestInput!) {
    rejectPlanChangeRequest(input: $input) {
      planChangeRequest {
        id
        ...PlanChangeRequestForRequestsTable
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

type PlanChangeRequestRow = PlanChangeRequestForRequestsTableFragment;

/**
 * A decided request leaves the pending queue and changes its counts: every cached page of the listing
 * goes (the one on screen fetches again). The account was sent a message about it, and an approval
 * moved an application to another plan, which the applications listing shows.
 */
function forgetDecidedRequest(cache: ApolloCache, request: PlanChangeRequestRow) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'planChangeRequests' });
  cache.evict({ id: cache.identify({ __typename: 'Account', id: request.application.account.id }), fieldName: 'messages' });
  forgetApplicationListings(cache);
}

const column = dataTableColumns<PlanChangeRequestRow>();
const rowLabel = (request: PlanChangeRequestRow) => `${request.application.name} of ${request.application.account.orgName}`;

/**
 * Never narrower than its label: a badge clips its text to fit, and the State column, whose reason
 * text wraps, would otherwise be squeezed until "Pending" reads "PENDI…".
 */
function PlanChangeRequestStateBadge({ state }: { state: PlanChangeRequestState }) {
  return (
    <Badge color={planChangeRequestStateColors[state]} variant="light" miw="max-content" data-testid="plan-change-request-state">
      {planChangeRequestStateLabels[state]}
    </Badge>
  );
}

const columns = [
  column.accessor('application', {
    header: 'Application',
    cell: (c) => (
      <Anchor
        fw={500}
        size="sm"
        renderRoot={(props) => <Link {...props} to="/applications/$applicationId" params={{ applicationId: c.getValue().id }} />}
      >
        {c.getValue().name}
      </Anchor>
    ),
  }),
  column.accessor((request) => request.application.account, {
    id: 'account',
    header: 'Account',
    cell: (c) => (
      <Anchor size="sm" renderRoot={(props) => <Link {...props} to="/accounts/$accountId" params={{ accountId: c.getValue().id }} />}>
        {c.getValue().orgName}
      </Anchor>
    ),
  }),
  column.accessor((request) => request.application.service.name, {
    id: 'product',
    header: 'Product',
    cell: (c) => <Text size="sm">{c.getValue()}</Text>,
  }),
  column.accessor('fromPlan', {
    header: 'From plan',
    // Null once the plan it came from is gone (a custom plan goes when its application leaves it).
    cell: (c) => <Text size="sm">{c.getValue()?.name ?? '—'}</Text>,
  }),
  column.accessor('toPlan', { header: 'To plan', cell: (c) => <Text size="sm">{c.getValue().name}</Text> }),
  column.accessor('message', {
    header: 'Message',
    cell: (c) => (
      <Text size="sm" lineClamp={3} maw={320} c={c.getValue() ? undefined : 'dimmed'}>
        {c.getValue() ?? '—'}
      </Text>
    ),
  }),
  column.accessor('state', {
    header: 'State',
    cell: (c) => {
      const request = c.row.original;
      return (
        <Stack gap={2} align="flex-start">
          <PlanChangeRequestStateBadge state={c.getValue()} />
          {request.decidedAt && (
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              on {formatDate(request.decidedAt)}
            </Text>
          )}
          {request.reason && (
            <Text size="xs" c="dimmed" lineClamp={3} maw={240}>
              Reason: {request.reason}
            </Text>
          )}
        </Stack>
      );
    },
  }),
  column.accessor('createdAt', {
    header: 'Asked at',
    cell: (c) => (
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {formatDate(c.getValue())}
      </Text>
    ),
  }),
];

type PlanChangeRequestsPageProps = ListingPageProps<PlanChangeRequestsSearch>;

/**
 * Developers' requests to move an application to another plan of its product: the pending ones
 * first (the admins' queue), newest first; each approved (the application moves) or rejected with a
 * reason sent to the account.
 */
export function PlanChangeRequestsPage({ search, onSearchChange }: PlanChangeRequestsPageProps) {
  const states = requestStatesOf(search);
  const listing = useConnectionListing({
    query: PlanChangeRequestsQuery,
    connection: 'planChangeRequests',
    search,
    onSearchChange,
    filter: (s) => ({ states: requestStatesOf(s), application: s.application ?? null }),
    sortFields: { createdAt: 'CREATED_AT' },
  });
  const [approve] = useMutation(ApprovePlanChangeRequest);
  // The row whose decision is on its way: its buttons go, so it is not sent twice.
  const [deciding, setDeciding] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState<PlanChangeRequestRow | null>(null);

  const approveRequest = async (request: PlanChangeRequestRow) => {
    const failed = 'Could not approve the request';
    setDeciding(request.id);
    try {
      const { data } = await approve({
        variables: { input: { id: request.id } },
        update: (cache, { data: result }) => {
          if (result?.approvePlanChangeRequest.planChangeRequest) forgetDecidedRequest(cache, request);
        },
      });
      const payload = data?.approvePlanChangeRequest;
      if (!payload) return;
      if (payload.userErrors.length > 0) {
        notifications.show({ color: 'red', title: failed, message: payload.userErrors.map((e) => e.message).join(' ') });
        return;
      }
      notifications.show({
        color: 'green',
        title: 'Plan change approved',
        message: `${request.application.name} of ${request.application.account.orgName} is now on ${request.toPlan.name}.`,
      });
    } catch (error) {
      notifications.show({ color: 'red', title: failed, message: errorMessage(error) });
    } finally {
      setDeciding(null);
    }
  };

  return (
    <Stack>
      <Title order={2}>Plan change requests</Title>
      <Text c="dimmed" size="sm">
        Developers ask to move an application to another plan of its product. Approving moves the application at once; either way its account is
        sent a message, with your reason when you reject.
      </Text>
      {search.application && (
        <Text size="sm">
          Only one application&apos;s requests.{' '}
          <Anchor size="sm" component="button" type="button" onClick={() => listing.setFilters({ application: undefined })}>
            Show every application&apos;s
          </Anchor>
        </Text>
      )}
      <DataTable
        listing={listing}
        label="Plan change requests"
        rowLabel={rowLabel}
        columns={columns}
        filters={
          <ChipFilter
            label="State"
            options={planChangeRequestStates}
            labels={planChangeRequestStateLabels}
            value={states}
            onChange={(picked) => listing.setFilters({ states: statesParam(picked) })}
          />
        }
        rowActions={[
          {
            label: 'Approve',
            color: 'green',
            hidden: (request) => request.state !== 'PENDING' || deciding === request.id,
            onClick: (request) => void approveRequest(request),
          },
          {
            label: 'Reject',
            color: 'red',
            hidden: (request) => request.state !== 'PENDING' || deciding === request.id,
            onClick: setRejecting,
          },
        ]}
        emptyState="No plan change request is waiting for a decision."
        noMatchState={
          // Its notification leads here with the default (pending) states: its request may have been decided since.
          search.application && !search.states
            ? 'This application has no pending request: one decided since is under Approved or Rejected.'
            : 'No plan change request matches the filters.'
        }
      />
      <RejectPlanChangeRequestModal request={rejecting} onClose={() => setRejecting(null)} />
    </Stack>
  );
}

interface RejectPlanChangeRequestModalProps {
  /** The request to reject; null: closed. */
  request: PlanChangeRequestRow | null;
  onClose: () => void;
}

/** Rejects a pending request, with an optional reason the account is sent. */
function RejectPlanChangeRequestModal({ request, onClose }: RejectPlanChangeRequestModalProps) {
  return (
    <Modal opened={request !== null} onClose={onClose} title="Reject plan change request">
      {/* Keyed by the request: a reason typed for one is not offered for the next. */}
      {request && <RejectPlanChangeRequestForm key={request.id} request={request} onClose={onClose} />}
    </Modal>
  );
}

function RejectPlanChangeRequestForm({ request, onClose }: { request: PlanChangeRequestRow; onClose: () => void }) {
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [reject, { loading }] = useMutation(RejectPlanChangeRequest, {
    update: (cache, { data }) => {
      if (data?.rejectPlanChangeRequest.planChangeRequest) forgetDecidedRequest(cache, request);
    },
  });

  const submit = async () => {
    setReasonError(null);
    try {
      const { data } = await reject({ variables: { input: { id: request.id, reason: reason.trim() || null } } });
      const payload = data?.rejectPlanChangeRequest;
      if (!payload) return;
      // A reason too long shows on the field; anything else (the request decided meanwhile) as a toast.
      if (applyUserErrors(payload.userErrors, (_, message) => setReasonError(message), ['reason'])) return;
      notifications.show({
        color: 'green',
        title: 'Plan change rejected',
        message: `${request.application.account.orgName} is told${payload.planChangeRequest?.reason ? ', with your reason' : ''}.`,
      });
      onClose();
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not reject the request', message: errorMessage(error) });
    }
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack>
        <Text size="sm">
          Keep <strong>{request.application.name}</strong> of {request.application.account.orgName} on{' '}
          {request.fromPlan ? <strong>{request.fromPlan.name}</strong> : 'its plan'} rather than moving it to <strong>{request.toPlan.name}</strong>?
        </Text>
        <Textarea
          label="Reason"
          description="Optional; sent to the developer account with the decision."
          rows={3}
          maxLength={MAX_MESSAGE_BODY_LENGTH}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={reasonError}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" color="red" loading={loading}>
            Reject request
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
