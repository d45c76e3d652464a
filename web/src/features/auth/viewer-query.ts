import { graphql } from '../../gql';

/** Who is signed in; null when not. The shell, the route guards and the login page read it. */
export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      id
      role
      ...UserForViewerMenu
      tenant {
        id
        isMaster
        timeZone
      }
    }
  }
`);
