import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { graphql } from '../gql';
import type { AccountFilter, ApplicationFilter, ExportForProgressFragment, ServiceSubscriptionFilter } from '../gql/graphql';
import { isMockMode } from './app-mode';
import { followJob, isJobFinished, type JobProgress } from './follow-job';

/**
 * CSV exports of a listing's filter (server/src/kit/export.ts): a mutation starts one, its job writes
 * the file in the background, and once READY the file is downloaded from `Export.url` with the
 * session cookie. The listings each start theirs (`useAccountsExport(filter)`…); `ExportButton`
 * (components/ui/data-table/export-button.tsx) follows and downloads any of them.
 */
export const ExportForProgress = graphql(`
  fragment ExportForProgress on Export {
    id
    kind
    status
    fileName
    rowCount
    byteSize
    url
    expiresAt
    job {
      id
      ...JobForProgress
    }
  }
`);

const ExportProgressQuery = graphql(`
  query ExportProgress($id: ID!) {
    export(id: $id) {
      id
      ...ExportForProgress
    }
  }
`);

const ExportAccountsMutation = graphql(`
  mutation ExportAccounts($input: ExportAccountsInput!) {
    exportAccounts(input: $input) {
      export {
        id
        ...ExportForProgress
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const ExportApplicationsMutation = graphql(`
  mutation ExportApplications($input: ExportApplicationsInput!) {
    exportApplications(input: $input) {
      export {
        id
        ...ExportForProgress
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const ExportServiceSubscriptionsMutation = graphql(`
  mutation ExportServiceSubscriptions($input: ExportServiceSubscriptionsInput!) {
    exportServiceSubscriptions(input: $input) {
      export {
        id
        ...ExportForProgress
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export type ExportProgress = ExportForProgressFragment;

/** What every export mutation answers: the export, QUEUED, or why none was started (LIMIT_REACHED). */
export interface ExportStarted {
  export?: ExportProgress | null;
  userErrors: readonly { message: string; code: string }[];
}

/** Starts an export of what a listing shows now; GraphQL errors (BAD_USER_INPUT, FORBIDDEN) reject. */
export type StartExport = () => Promise<ExportStarted | null | undefined>;

/** `exportAccounts` over the accounts listing's filter. */
export function useAccountsExport(filter: AccountFilter | null | undefined): StartExport {
  const client = useApolloClient();
  return async () => (await client.mutate({ mutation: ExportAccountsMutation, variables: { input: { filter } } })).data?.exportAccounts;
}

/** `exportApplications` over the applications listing's filter. */
export function useApplicationsExport(filter: ApplicationFilter | null | undefined): StartExport {
  const client = useApolloClient();
  return async () => (await client.mutate({ mutation: ExportApplicationsMutation, variables: { input: { filter } } })).data?.exportApplications;
}

/** `exportServiceSubscriptions` over the subscriptions listing's filter. */
export function useSubscriptionsExport(filter: ServiceSubscriptionFilter | null | undefined): StartExport {
  const client = useApolloClient();
  return async () =>
    (await client.mutate({ mutation: ExportServiceSubscriptionsMutation, variables: { input: { filter } } })).data?.exportServiceSubscriptions;
}

export interface FollowExportOptions {
  /** Aborted when the user stops the export: its job is asked to stop (`cancelJob`). */
  signal: AbortSignal;
  /** Each newer state of the export's job while it is written. */
  onProgress: (job: JobProgress) => void;
}

/**
 * Follows an export until its job has finished — live, as bulk operations follow theirs (`followJob`:
 * the `jobProgress` subscription, or reading the job when there is no socket) — and returns the
 * export as it then is: READY with its `url`, or FAILED / CANCELLED.
 */
export async function followExport(client: ApolloClient, started: ExportProgress, { signal, onProgress }: FollowExportOptions): Promise<ExportProgress> {
  if (!isJobFinished(started.job)) await followJob(client, started.job, { signal, onProgress });
  const { data } = await client.query({ query: ExportProgressQuery, variables: { id: started.id }, fetchPolicy: 'network-only' });
  if (!data?.export) throw new Error('The export is gone.');
  return data.export;
}

/**
 * Downloads a READY export: the browser goes to its address, which answers with the file as an
 * attachment (the page stays). Always the path on this origin: the server serves the SPA, so the
 * session cookie goes along (in development, Vite proxies /exports to the API as it does /graphql).
 * In mock mode the file is fetched first: MSW's worker lets navigations through to Vite, not to the mock.
 */
export async function downloadExport(ready: Pick<ExportProgress, 'url' | 'fileName'>): Promise<void> {
  if (!ready.url) throw new Error('The export is not ready to download.');
  const path = new URL(ready.url).pathname;
  let href = path;
  if (isMockMode) {
    const response = await fetch(path);
    if (!response.ok) throw new Error(`The download failed (HTTP ${response.status}).`);
    href = URL.createObjectURL(await response.blob());
  }
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.download = ready.fileName;
  anchor.click();
  if (href !== path) URL.revokeObjectURL(href);
}
