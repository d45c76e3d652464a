import { useState } from 'react';
import { Button, Group, Select } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { errorMessage } from '../../lib/graphql-errors';
import type { PlanChoice } from './plan-choice';

interface PlanChangeProps<P extends { userErrors: readonly { message: string }[] }> {
  /** The select's label: "Account plan", "Application plan". */
  label: string;
  /** What moves, as the notification names it. */
  name: string;
  current: { id: string; name: string };
  /** The plans it may move to (hidden ones included: admins may give them). */
  options: readonly PlanChoice[];
  loadingOptions: boolean;
  saving: boolean;
  /** Sends the change; null or undefined: no payload came back. */
  change: (planId: string) => Promise<P | null | undefined>;
  /** The plan it is on now, from the payload. */
  planNameOf: (payload: P) => string | null | undefined;
}

/** A select of plans and a button that moves the account or application to the plan chosen. */
export function PlanChange<P extends { userErrors: readonly { message: string }[] }>({ label, name, current, options, loadingOptions, saving, change, planNameOf }: PlanChangeProps<P>) {
  const [planId, setPlanId] = useState<string | null>(null);
  const chosen = planId ?? current.id;

  const save = async () => {
    try {
      const payload = await change(chosen);
      if (!payload) return;
      if (payload.userErrors.length > 0) {
        notifications.show({ color: 'red', title: 'Could not change the plan', message: payload.userErrors.map((e) => e.message).join(' ') });
        return;
      }
      setPlanId(null);
      notifications.show({ color: 'green', title: 'Plan changed', message: `${name} is on ${planNameOf(payload) ?? 'its new plan'}.` });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not change the plan', message: errorMessage(error) });
    }
  };

  return (
    <Group align="flex-end" gap="xs" wrap="nowrap">
      <Select
        label={label}
        // The current plan is an option even while the list loads.
        data={options.length > 0 ? options : [{ value: current.id, label: current.name }]}
        value={chosen}
        onChange={(value) => setPlanId(value)}
        allowDeselect={false}
        searchable
        disabled={loadingOptions && options.length === 0}
        style={{ flex: 1 }}
        maw={320}
      />
      <Button variant="default" disabled={chosen === current.id} loading={saving} onClick={() => void save()}>
        Change plan
      </Button>
    </Group>
  );
}
