import { useState } from 'react';
import { Alert, Badge, Button, Group, Modal, Select, Stack, Table, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import type { ApolloCache } from '@apollo/client';
import { graphql } from '../../gql';
import type { AccountSubscriptionRowFragment, ServiceSubscriptionAction } from '../../gql/graphql';
import { formatDate } from '../../components/ui/format-date';
import { errorMessage } from '../../lib/graphql-errors';
import { applicationStateColors, applicationStateLabels, subscriptionActionLabels, subscriptionActions } from './account-labels';
import { useAccountPageProducts, useProductPlans } from './account-products-query';
import { forgetAccountFields } from './account-query';
import { AccountSection, AccountTable } from './account-section';

export const AccountSubscriptionRow = graphql(`
  fragment AccountSubscriptionRow on ServiceSubscription {
    id
    state
    availableActions
    createdAt
    updatedAt
    service {
      id
      name
    }
    plan {
      id
      name
    }
  }
`);

const AcceptServiceSubscription = graphql(`
  mutation AcceptServiceSubscription($input: ServiceSubscriptionIdInput!) {
    acceptServiceSubscription(input: $input) {
      serviceSubscription {
        id
        ...AccountSubscriptionRow
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
const SuspendServiceSubscription = graphql(`
  mutation SuspendServiceSubscription($input: ServiceSubscriptionIdInput!) {
    suspendServiceSubscription(input: $input) {
      serviceSubscription {
        id
        ...AccountSubscriptionRow
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
const ResumeServiceSubscription = graphql(`
  mutation ResumeServiceSubscription($input: ServiceSubscriptionIdInput!) {
    resumeServiceSubscription(input: $input) {
      serviceSubscription {
        id
        ...AccountSubscriptionRow
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
const ChangeServiceSubscriptionPlan = graphql(`
  mutation ChangeServiceSubscriptionPlan($input: ChangeServiceSubscriptionPlanInput!) {
    changeServiceSubscriptionPlan(input: $input) {
      serviceSubscription {
        id
        ...AccountSubscriptionRow
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
const DeleteServiceSubscription = graphql(`
  mutation DeleteServiceSubscription($input: ServiceSubscriptionIdInput!) {
    deleteServiceSubscription(input: $input) {
      deletedServiceSubscriptionId
      userErrors {
        field
        message
        code
      }
    }
  }
`);
const CreateServiceSubscription = graphql(`
  mutation CreateServiceSubscription($input: CreateServiceSubscriptionInput!) {
    createServiceSubscription(input: $input) {
      serviceSubscription {
        id
        ...AccountSubscriptionRow
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

/** A subscription changed: the subscriptions listing may show it in another place or filter. */
function forgetSubscriptionListings(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'serviceSubscriptions' });
  cache.gc();
}

type Subscription = AccountSubscriptionRowFragment;

interface AccountSubscriptionsProps {
  account: { id: string; orgName: string };
  subscriptions: readonly Subscription[];
  totalCount: number;
}

/** The account's subscriptions to products: their plan and state, the changes each allows, and unsubscribing. */
export function AccountSubscriptions({ account, subscriptions, totalCount }: AccountSubscriptionsProps) {
  const [changingPlan, setChangingPlan] = useState<Subscription | null>(null);
  const [unsubscribing, setUnsubscribing] = useState<Subscription | null>(null);
  const [subscribing, setSubscribing] = useState(false);
  return (
    <>
      <AccountSection
        id="account-subscriptions"
        title="Subscriptions"
        action={{ label: 'Subscribe to a product', icon: <IconPlus size={14} />, onClick: () => setSubscribing(true) }}
        newest={{ shown: subscriptions.length, total: totalCount, things: 'subscriptions' }}
      >
        <AccountTable
          label="Subscriptions"
          minWidth={640}
          headers={['Product', 'Plan', 'State', 'Subscribed', 'Actions']}
          rows={subscriptions}
          empty="Not subscribed to any product."
          row={(subscription) => (
            <Table.Tr key={subscription.id} data-subscription={subscription.service.name}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {subscription.service.name}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{subscription.plan.name}</Text>
              </Table.Td>
              <Table.Td>
                <Badge size="sm" variant="light" color={applicationStateColors[subscription.state]} data-testid="subscription-state">
                  {applicationStateLabels[subscription.state]}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {formatDate(subscription.createdAt)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <SubscriptionStateActions subscription={subscription} />
                  <Button size="xs" variant="subtle" aria-label={`Change the plan of ${subscription.service.name}`} onClick={() => setChangingPlan(subscription)}>
                    Change plan
                  </Button>
                  <Button size="xs" variant="subtle" color="red" aria-label={`Unsubscribe from ${subscription.service.name}`} onClick={() => setUnsubscribing(subscription)}>
                    Unsubscribe
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          )}
        />
      </AccountSection>
      <ChangeSubscriptionPlanModal subscription={changingPlan} onClose={() => setChangingPlan(null)} />
      <UnsubscribeModal account={account} subscription={unsubscribing} onClose={() => setUnsubscribing(null)} />
      <SubscribeModal account={account} subscribed={subscriptions.map((s) => s.service.id)} opened={subscribing} onClose={() => setSubscribing(false)} />
    </>
  );
}

/** Accept, suspend or resume: what the subscription's state allows (the server says which). */
function SubscriptionStateActions({ subscription }: { subscription: Subscription }) {
  const options = { update: forgetSubscriptionListings };
  const [accept] = useMutation(AcceptServiceSubscription, options);
  const [suspend] = useMutation(SuspendServiceSubscription, options);
  const [resume] = useMutation(ResumeServiceSubscription, options);
  const [running, setRunning] = useState<ServiceSubscriptionAction | null>(null);

  const mutate = async (action: ServiceSubscriptionAction) => {
    const variables = { input: { id: subscription.id } };
    switch (action) {
      case 'ACCEPT':
        return (await accept({ variables })).data?.acceptServiceSubscription;
      case 'SUSPEND':
        return (await suspend({ variables })).data?.suspendServiceSubscription;
      case 'RESUME':
        return (await resume({ variables })).data?.resumeServiceSubscription;
    }
  };
  const run = async (action: ServiceSubscriptionAction) => {
    const what = `${subscriptionActionLabels[action].toLowerCase()} the subscription to ${subscription.service.name}`;
    setRunning(action);
    try {
      const payload = await mutate(action);
      if (!payload) return;
      if (payload.userErrors.length > 0) {
        notifications.show({ color: 'red', title: `Could not ${what}`, message: payload.userErrors.map((e) => e.message).join(' ') });
        return;
      }
      notifications.show({ color: 'green', title: 'Subscription changed', message: `${subscription.service.name}: ${applicationStateLabels[payload.serviceSubscription?.state ?? subscription.state].toLowerCase()}.` });
    } catch (error) {
      notifications.show({ color: 'red', title: `Could not ${what}`, message: errorMessage(error) });
    } finally {
      setRunning(null);
    }
  };
  return subscriptionActions
    .filter((action) => subscription.availableActions.includes(action))
    .map((action) => (
      <Button
        key={action}
        size="xs"
        variant="light"
        color={action === 'SUSPEND' ? 'orange' : undefined}
        loading={running === action}
        disabled={running !== null && running !== action}
        aria-label={`${subscriptionActionLabels[action]} ${subscription.service.name}`}
        onClick={() => void run(action)}
      >
        {subscriptionActionLabels[action]}
      </Button>
    ));
}

function ChangeSubscriptionPlanModal({ subscription, onClose }: { subscription: Subscription | null; onClose: () => void }) {
  return (
    <Modal opened={subscription !== null} onClose={onClose} title="Change the subscription's plan">
      {subscription && <ChangeSubscriptionPlanForm subscription={subscription} onClose={onClose} />}
    </Modal>
  );
}

function ChangeSubscriptionPlanForm({ subscription, onClose }: { subscription: Subscription; onClose: () => void }) {
  const plans = useProductPlans('service', subscription.service.id);
  const [planId, setPlanId] = useState(subscription.plan.id);
  const [error, setError] = useState<string | null>(null);
  const [changePlan, { loading }] = useMutation(ChangeServiceSubscriptionPlan, { update: forgetSubscriptionListings });
  const save = async () => {
    setError(null);
    try {
      const { data } = await changePlan({ variables: { input: { id: subscription.id, planId } } });
      const payload = data?.changeServiceSubscriptionPlan;
      if (!payload) return;
      if (payload.userErrors.length > 0) {
        setError(payload.userErrors.map((e) => e.message).join(' '));
        return;
      }
      notifications.show({ color: 'green', title: 'Plan changed', message: `${subscription.service.name}: ${payload.serviceSubscription?.plan.name ?? 'the new plan'}.` });
      onClose();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <Stack>
      <Select
        label={`Service plan of ${subscription.service.name}`}
        data={plans.options.length > 0 ? plans.options : [{ value: subscription.plan.id, label: subscription.plan.name }]}
        value={planId}
        onChange={(value) => value && setPlanId(value)}
        allowDeselect={false}
        searchable
        data-autofocus
      />
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button disabled={planId === subscription.plan.id} loading={loading} onClick={() => void save()}>
          Change plan
        </Button>
      </Group>
    </Stack>
  );
}

/** Unsubscribes after asking; the server refuses while the account has applications of the product (HAS_APPLICATIONS). */
function UnsubscribeModal({ account, subscription, onClose }: { account: { id: string; orgName: string }; subscription: Subscription | null; onClose: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [unsubscribe, { loading }] = useMutation(DeleteServiceSubscription, {
    update(cache, { data }) {
      const id = data?.deleteServiceSubscription.deletedServiceSubscriptionId;
      if (!id) return;
      cache.evict({ id: cache.identify({ __typename: 'ServiceSubscription', id }) });
      forgetAccountFields(cache, account.id, ['serviceSubscriptions']);
      forgetSubscriptionListings(cache);
    },
  });
  const close = () => {
    setError(null);
    onClose();
  };
  const confirm = async () => {
    if (!subscription) return;
    setError(null);
    try {
      const { data } = await unsubscribe({ variables: { input: { id: subscription.id } } });
      const payload = data?.deleteServiceSubscription;
      if (!payload) return;
      if (payload.userErrors.length > 0) {
        setError(payload.userErrors.map((e) => e.message).join(' '));
        return;
      }
      notifications.show({ color: 'green', title: 'Unsubscribed', message: `${account.orgName} is no longer subscribed to ${subscription.service.name}.` });
      close();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <Modal opened={subscription !== null} onClose={close} title="Unsubscribe">
      {subscription && (
        <Stack>
          <Text size="sm">
            Unsubscribe <strong>{account.orgName}</strong> from <strong>{subscription.service.name}</strong>? Only an account without applications of
            the product can be unsubscribed.
          </Text>
          {error && (
            <Alert color="red" title="Not unsubscribed" role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button color="red" loading={loading} onClick={() => void confirm()}>
              Unsubscribe
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

interface SubscribeModalProps {
  account: { id: string; orgName: string };
  /** Products the account is subscribed to already: not offered. */
  subscribed: readonly string[];
  opened: boolean;
  onClose: () => void;
}

function SubscribeModal({ account, subscribed, opened, onClose }: SubscribeModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="Subscribe to a product">
      {opened && <SubscribeForm account={account} subscribed={subscribed} onClose={onClose} />}
    </Modal>
  );
}

function SubscribeForm({ account, subscribed, onClose }: Omit<SubscribeModalProps, 'opened'>) {
  const products = useAccountPageProducts();
  const [serviceId, setServiceId] = useState<string | null>(null);
  const [chosenPlan, setChosenPlan] = useState<string | null>(null);
  const plans = useProductPlans('service', serviceId);
  const planId = chosenPlan ?? plans.defaultPlan?.id ?? null;
  const [error, setError] = useState<string | null>(null);
  const [subscribe, { loading }] = useMutation(CreateServiceSubscription, {
    update(cache) {
      forgetAccountFields(cache, account.id, ['serviceSubscriptions']);
      forgetSubscriptionListings(cache);
    },
  });
  const save = async () => {
    if (!serviceId) return;
    setError(null);
    try {
      const { data } = await subscribe({ variables: { input: { accountId: account.id, serviceId, planId } } });
      const payload = data?.createServiceSubscription;
      if (!payload) return;
      if (payload.userErrors.length > 0) {
        setError(payload.userErrors.map((e) => e.message).join(' '));
        return;
      }
      notifications.show({ color: 'green', title: 'Subscribed', message: `${account.orgName} is subscribed to ${payload.serviceSubscription?.service.name ?? 'the product'}.` });
      onClose();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <Stack>
      <Select
        label="Product"
        placeholder={products.loading ? 'Loading the products…' : 'Choose a product'}
        data={products.options.filter((option) => !subscribed.includes(option.value))}
        value={serviceId}
        onChange={(value) => {
          setServiceId(value);
          setChosenPlan(null);
        }}
        nothingFoundMessage="Subscribed to every product"
        searchable
        data-autofocus
      />
      <Select
        label="Service plan"
        placeholder={!serviceId ? 'Choose a product first' : plans.loading ? 'Loading the plans…' : 'Choose a plan'}
        data={plans.options}
        value={planId}
        onChange={setChosenPlan}
        disabled={!serviceId}
        allowDeselect={false}
      />
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button disabled={!serviceId} loading={loading} onClick={() => void save()}>
          Subscribe
        </Button>
      </Group>
    </Stack>
  );
}
