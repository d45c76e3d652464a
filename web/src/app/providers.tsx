import { type ReactNode, useState } from 'react';
import { MantineProvider, createTheme } from '@mantine/core';
import { Notifications, useNotifications } from '@mantine/notifications';
import { ApolloProvider } from '@apollo/client/react';
import type { AppApolloClient } from '../lib/apollo-client';

const theme = createTheme({ primaryColor: 'indigo' });

export function AppProviders({ apolloClient, children }: { apolloClient: AppApolloClient; children: ReactNode }) {
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Toasts />
      <ApolloProvider client={apolloClient}>{children}</ApolloProvider>
    </MantineProvider>
  );
}

/**
 * Mantine's toasts' container, mounted with the first toast and kept from then on: it costs tens of
 * milliseconds of the first load's render and shows nothing until there is a toast. A toast waits in
 * Mantine's store until the container shows it.
 */
function Toasts() {
  const { notifications, queue } = useNotifications();
  const [needed, setNeeded] = useState(false);
  if (!needed && notifications.length + queue.length > 0) setNeeded(true);
  // Bottom right: at the top the toasts would cover the account menu.
  return needed ? <Notifications position="bottom-right" /> : null;
}
