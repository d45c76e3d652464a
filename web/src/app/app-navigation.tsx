import { Fragment } from 'react';
import { NavLink, Text } from '@mantine/core';
import { Link, useLocation, useRouter } from '@tanstack/react-router';
import type { ViewerQuery } from '../gql/graphql';
import { mayOpen, navSections } from './page-meta';

interface AppNavigationProps {
  viewer: NonNullable<ViewerQuery['viewer']>;
  onNavigate: () => void;
}

/**
 * The navigation, derived from the registered routes: every page with a `nav` entry the viewer may
 * open, by section, in the order the router lists them. Its links are the routes' own paths, typed
 * by the router.
 */
export function AppNavigation({ viewer, onNavigate }: AppNavigationProps) {
  const router = useRouter();
  const pathname = useLocation({ select: (location) => location.pathname });
  const entries = Object.values(router.routesById).flatMap((route) => {
    const { title, nav, access } = route.options.staticData ?? {};
    if (!nav || !mayOpen(access, viewer)) return [];
    return [{ to: route.fullPath, label: nav.label ?? title ?? route.fullPath, icon: nav.icon, section: nav.section }];
  });

  // The entry whose path is the longest prefix of the location: /analytics/engagement is Engagement's, not Usage's (/analytics).
  const activeEntry = entries
    .map((entry) => entry.to)
    .filter((to) => (to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`)))
    .sort((a, b) => b.length - a.length)[0];

  return navSections.map((section) => {
    const items = entries.filter((entry) => entry.section === section.id);
    if (items.length === 0) return null;
    return (
      <Fragment key={section.id}>
        <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" pt="sm" pb={4}>
          {section.label}
        </Text>
        {items.map((item) => (
          <NavLink
            key={item.to}
            component={Link}
            to={item.to}
            label={item.label}
            leftSection={<item.icon size={18} />}
            active={activeEntry === item.to}
            // The router marks its own links current (aria-current, which Mantine styles too) on every
            // path below theirs: only on the exact page here, so one entry is lit, the one chosen above.
            activeOptions={{ exact: true, includeSearch: false }}
            onClick={onNavigate}
          />
        ))}
      </Fragment>
    );
  });
}
