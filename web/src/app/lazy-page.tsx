import { Suspense, type ReactNode } from 'react';
import { Center, Loader } from '@mantine/core';

/**
 * A page whose code loads when it is opened (`React.lazy` in its route): a centred loader named for
 * assistive technology until it has arrived. Pages that weigh (the explorer, the catalog) stay out of
 * the first load this way.
 */
export function LazyPage({ loading, children }: { loading: string; children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <Center mih="50vh">
          <Loader aria-label={loading} />
        </Center>
      }
    >
      {children}
    </Suspense>
  );
}
