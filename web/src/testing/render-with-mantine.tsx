import type { ReactElement, ReactNode } from 'react';
import { render } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';

function Wrapper({ children }: { children: ReactNode }) {
  return <MantineProvider>{children}</MantineProvider>;
}

/** For shared UI components tested without the app around them; rerender keeps the provider. */
export function renderWithMantine(ui: ReactElement) {
  return render(ui, { wrapper: Wrapper });
}
