import { describe, expect, it } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import { createApolloClient } from '../lib/apollo-client';
import { AppProviders } from './providers';

describe('app providers', () => {
  it('mount the toasts container with the first toast, which it shows, and show the next ones in it', async () => {
    const apolloClient = createApolloClient({ href: 'http://localhost:3000/', wsClient: null, onUnauthenticated: () => {} });
    render(
      <AppProviders apolloClient={apolloClient}>
        <p>Page</p>
      </AppProviders>,
    );
    expect(screen.getByText('Page')).toBeInTheDocument();
    // Not part of the first render: nothing of Mantine's container is in the document yet.
    expect(document.querySelector('.mantine-Notifications-root')).toBeNull();

    act(() => {
      notifications.show({ id: 'saved', title: 'Product saved', message: 'Its settings are live.' });
    });
    expect(await screen.findByText('Product saved')).toBeInTheDocument();
    expect(document.querySelector('.mantine-Notifications-root')).not.toBeNull();

    act(() => {
      notifications.hide('saved');
      notifications.show({ id: 'failed', color: 'red', title: 'Could not save', message: 'Try again.' });
    });
    expect(await screen.findByText('Could not save')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('Product saved')).not.toBeInTheDocument());
    act(() => notifications.clean());
  });
});
