import { useEffect, useSyncExternalStore } from 'react';
import { Badge, Tooltip } from '@mantine/core';
import { useSubscription } from '@apollo/client/react';
import { graphql } from '../gql';
import type { ConnectionStatus, ConnectionStatusStore } from '../lib/graphql-ws-client';

const HeartbeatSubscription = graphql(`
  subscription Heartbeat {
    heartbeat {
      at
    }
  }
`);

const appearance: Record<ConnectionStatus, { color: string; label: string }> = {
  connected: { color: 'green', label: 'Live' },
  connecting: { color: 'yellow', label: 'Connecting' },
  disconnected: { color: 'red', label: 'Offline' },
  mock: { color: 'gray', label: 'Mock' },
};

/** After a subscription error, how long before subscribing again. */
export const RESUBSCRIBE_DELAY_MS = 5_000;

interface ConnectionIndicatorProps {
  store: ConnectionStatusStore;
  resubscribeDelayMs?: number;
}

/** Live link to the API, fed by the `heartbeat` subscription over graphql-ws. */
export function ConnectionIndicator({ store, resubscribeDelayMs = RESUBSCRIBE_DELAY_MS }: ConnectionIndicatorProps) {
  const status = useSyncExternalStore(store.subscribe, store.get);
  // Subscribing is what opens the (lazy) socket; in mock mode there is no socket to open.
  const { data, error, restart } = useSubscription(HeartbeatSubscription, { skip: status === 'mock' });
  // graphql-ws does not retry a close it holds fatal (a 4500, say) and the subscription ends in an
  // error: subscribe again after a pause, which opens a new socket, or the badge stays "Offline".
  useEffect(() => {
    if (!error) return;
    const timer = setTimeout(restart, resubscribeDelayMs);
    return () => clearTimeout(timer);
  }, [error, restart, resubscribeDelayMs]);
  const { color, label } = appearance[status];
  return (
    <Tooltip label={<ConnectionDetails status={status} lastBeatAt={data?.heartbeat.at ?? null} />} withArrow>
      <Badge
        color={color}
        variant="dot"
        role="status"
        aria-label={`Connection: ${label.toLowerCase()}`}
        data-status={status}
      >
        {label}
      </Badge>
    </Tooltip>
  );
}

/**
 * The tooltip's text, rendered only when the tooltip opens: the first `toLocaleTimeString` sets up the
 * browser's date formatting (tens of milliseconds), which the first heartbeat would otherwise pay for
 * during the admin's first load.
 */
function ConnectionDetails({ status, lastBeatAt }: { status: ConnectionStatus; lastBeatAt: string | null }) {
  if (status === 'mock') return <>Mock mode: no server connection</>;
  const lastBeat = lastBeatAt ? `last heartbeat ${new Date(lastBeatAt).toLocaleTimeString()}` : 'no heartbeat yet';
  return <>{`${appearance[status].label}: ${lastBeat}`}</>;
}
