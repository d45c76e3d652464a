import { useEffect } from 'react';
import { Outlet, createRootRouteWithContext, useMatches } from '@tanstack/react-router';
import type { RouterContext } from '../router-context';
import { NotFound } from '../not-found';
import { RouteError } from '../route-error';

const APP_NAME = 'Gatehouse admin';

/** The browser tab names the open page, from the title its route declares. */
function Root() {
  const title = useMatches({ select: (matches) => matches.findLast((match) => match.staticData.title)?.staticData.title });
  useEffect(() => {
    document.title = title ? `${title} · ${APP_NAME}` : APP_NAME;
  }, [title]);
  return <Outlet />;
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Root,
  notFoundComponent: NotFound,
  errorComponent: RouteError,
});
