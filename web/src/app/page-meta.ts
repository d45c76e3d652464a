import type { TablerIcon } from '@tabler/icons-react';
import type { ViewerQuery } from '../gql/graphql';

/** The navigation's sections, in the order they appear. */
export const navSections = [
  { id: 'home', label: 'Home' },
  { id: 'analytics', label: 'Analytics' },
  { id: 'catalog', label: 'Catalog' },
  { id: 'operator', label: 'Operator' },
  { id: 'settings', label: 'Settings' },
  { id: 'developers', label: 'Developers' },
] as const;
export type NavSectionId = (typeof navSections)[number]['id'];

type Viewer = NonNullable<ViewerQuery['viewer']>;

interface AccessRule {
  allows: (viewer: Viewer) => boolean;
  /** What a viewer it does not allow sees instead of the page. */
  forbidden: string;
}

/** Who may open a page, beyond being signed in; a page names its rule in `staticData.access`. */
export const accessRules = {
  master: {
    allows: (viewer) => viewer.tenant.isMaster,
    forbidden: "Only the operator's master admins can open this page.",
  },
  admin: {
    allows: (viewer) => viewer.role === 'ADMIN',
    forbidden: 'Only admins can open this page.',
  },
} satisfies Record<string, AccessRule>;
export type PageAccess = keyof typeof accessRules;

/** Whether the viewer may open a page with this access rule (none: every signed-in user). */
export function mayOpen(access: PageAccess | undefined, viewer: Viewer): boolean {
  return !access || accessRules[access].allows(viewer);
}

/**
 * What a page declares about itself on its route (`staticData`): the app derives the browser
 * title, the navigation and the access check from it, so a page is registered in one place.
 */
declare module '@tanstack/react-router' {
  interface StaticDataRouteOption {
    /** The page's name: the browser tab's title and, unless `nav.label` says otherwise, its navigation entry. */
    title?: string;
    /** Its entry in the navigation; pages without one (details, redirects) are reached by links. */
    nav?: { section: NavSectionId; icon: TablerIcon; label?: string };
    /** Who may open it, and so see its entry; absent: every signed-in user. */
    access?: PageAccess;
  }
}
