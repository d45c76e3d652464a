import type { ReactNode } from 'react';
import { MantineProvider, createTheme } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { ApolloProvider } from '@apollo/client/react';
import type { AppApolloClient } from '../lib/apollo-client';

const theme = createTheme({ primaryColor: 'indigo' });

export function AppProviders({ apolloClient, children }: { apolloClient: AppApolloClient; children: ReactNode }) {
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      {/* Bottom right: at the top the toasts would cover the account menu. */}
      <Notifications position="bottom-right" />
      <ApolloProvider client={apolloClient}>{children}</ApolloProvider>
    </MantineProvider>
  );
}
