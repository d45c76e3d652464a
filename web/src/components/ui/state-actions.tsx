import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, type MantineColor } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { errorMessage } from '../../lib/graphql-errors';

/** What a state change's mutation answers: its payload's user errors (null: no payload came back). */
export type StateActionPayload = { userErrors: readonly { message: string }[] } | null | undefined;

/** What the notification says once a change went through. */
export interface StateActionNotice {
  title: string;
  message: string;
}

export interface StateActionsProps<A extends string> {
  /** What is changed, as the dialog and the failures name it: `{ noun: 'account', name: 'Rocket Labs' }`. */
  subject: { noun: string; name: string };
  /** The changes offered, in the order shown (the server says which the state allows). */
  actions: readonly A[];
  labels: Record<A, string>;
  colors?: Partial<Record<A, MantineColor>>;
  /** The changes that ask first, with what they do. */
  confirmations?: Partial<Record<A, string>>;
  /** Sends the change's mutation. */
  run: (action: A) => Promise<StateActionPayload>;
  /** What to say once the change went through. */
  succeeded: (action: A) => StateActionNotice;
  /** What to do then besides (e.g. leave the page of what a change deleted). */
  onSucceeded?: (action: A) => void;
  /** Said instead of the buttons when no change is offered; nothing by default. */
  noneText?: string;
}

/**
 * A button per state change offered (an account's, an application's), those that ask first with a
 * dialog; one change at a time, its failure (user errors or the network) said in a notification.
 */
export function StateActions<A extends string>({ subject, actions, labels, colors = {}, confirmations = {}, run, succeeded, onSucceeded, noneText }: StateActionsProps<A>) {
  const [running, setRunning] = useState<A | null>(null);
  const [confirming, setConfirming] = useState<A | null>(null);

  const perform = async (action: A) => {
    setConfirming(null);
    setRunning(action);
    const failed = `Could not ${labels[action].toLowerCase()} the ${subject.noun}`;
    try {
      const payload = await run(action);
      if (!payload) return;
      if (payload.userErrors.length > 0) {
        notifications.show({ color: 'red', title: failed, message: payload.userErrors.map((e) => e.message).join(' ') });
        return;
      }
      notifications.show({ color: 'green', ...succeeded(action) });
      onSucceeded?.(action);
    } catch (error) {
      notifications.show({ color: 'red', title: failed, message: errorMessage(error) });
    } finally {
      setRunning(null);
    }
  };

  if (actions.length === 0 && noneText) {
    return (
      <Text size="sm" c="dimmed">
        {noneText}
      </Text>
    );
  }
  return (
    <>
      <Group gap="xs" role="group" aria-label="State actions">
        {actions.map((action) => (
          <Button
            key={action}
            size="xs"
            variant="light"
            color={colors[action]}
            loading={running === action}
            disabled={running !== null && running !== action}
            onClick={() => (confirmations[action] ? setConfirming(action) : void perform(action))}
          >
            {labels[action]}
          </Button>
        ))}
      </Group>
      <Modal opened={confirming !== null} onClose={() => setConfirming(null)} title={confirming ? `${labels[confirming]} ${subject.noun}` : undefined}>
        {confirming && (
          <Stack>
            <Text size="sm">
              {labels[confirming]} <strong>{subject.name}</strong>? {confirmations[confirming]}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(null)}>
                Cancel
              </Button>
              <Button color={colors[confirming]} onClick={() => void perform(confirming)}>
                {labels[confirming]} {subject.noun}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
