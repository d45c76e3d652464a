// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createAccessToken } from '../../testing/factories';
import { activeMockJob, holdMockJobs, runMockJobChunk } from '../../testing/mock-jobs';
import { executeOperation } from '../execute-operation';
import { demo, state } from '../store';
import { onJobProgress } from './jobs';

/**
 * What the parity test cannot show (a job there finishes before anyone looks): the mock's job
 * half done, stopped between chunks, and its progress events.
 */
const REVOKE_BY_FILTER = `mutation($input: RevokeAccessTokensInput!) {
  revokeAccessTokens(input: $input) { job { id status total processed cancelRequested } userErrors { code } }
}`;
const CANCEL = `mutation($id: ID!) { cancelJob(input: { id: $id }) { job { status cancelRequested } userErrors { code message } } }`;
const BULK_OPERATION = `query($id: ID!) { bulkOperation(id: $id) { id status } }`;
const CANCEL_BULK = `mutation($id: ID!) { cancelBulkOperation(input: { id: $id }) { job { cancelRequested } userErrors { field code message } } }`;
const JOB = `query($id: ID!) { job(id: $id) { status total processed succeeded failed startedAt finishedAt failures(first: 5) { totalCount nodes { itemId code } } } }`;

async function gql(query: string, variables: Record<string, unknown>) {
  const { body } = await executeOperation({ query, variables });
  expect(body.errors).toBeUndefined();
  return body.data as Record<string, any>;
}

function withTokens(count: number) {
  const owner = state.users.find((u) => u.email === demo.masterEmail)!;
  state.sessionUserId = owner.id;
  for (let i = 0; i < count; i++) state.accessTokens.push(createAccessToken({ ownerId: owner.id, name: `Bulk ${i}` }));
  return owner;
}

describe('mock jobs', () => {
  it('run chunk by chunk when held, and stop before the next chunk once cancelled', async () => {
    withTokens(250);
    holdMockJobs();
    const { revokeAccessTokens } = await gql(REVOKE_BY_FILTER, { input: { filter: { search: 'bulk' } } });
    const id = revokeAccessTokens.job.id as string;
    expect(revokeAccessTokens.job).toEqual({ id, status: 'QUEUED', total: null, processed: 0, cancelRequested: false });

    const seen: [string, number][] = [];
    const unsubscribe = onJobProgress(id, (job) => seen.push([job.status, job.processed]));
    runMockJobChunk();
    expect((await gql(JOB, { id })).job).toMatchObject({ status: 'RUNNING', total: 250, processed: 100, succeeded: 100 });

    const cancelled = (await gql(CANCEL, { id })).cancelJob;
    expect(cancelled).toEqual({ job: { status: 'RUNNING', cancelRequested: true }, userErrors: [] });
    runMockJobChunk();
    unsubscribe();
    const job = (await gql(JOB, { id })).job;
    expect(job).toMatchObject({ status: 'CANCELLED', total: 250, processed: 100, failed: 0 });
    expect(job.finishedAt).toEqual(expect.any(String));
    expect(seen).toEqual([
      ['RUNNING', 100],
      ['CANCELLED', 100],
    ]);
    expect(state.accessTokens.filter((t) => t.state === 'REVOKED')).toHaveLength(100);
    expect((await gql(CANCEL, { id })).cancelJob.userErrors).toEqual([
      { code: 'ALREADY_FINISHED', message: 'The job has already finished (CANCELLED).' },
    ]);
  });

  it('end a queued job before its first item when cancelled', async () => {
    withTokens(3);
    holdMockJobs();
    const id = (await gql(REVOKE_BY_FILTER, { input: { filter: {} } })).revokeAccessTokens.job.id as string;
    await gql(CANCEL, { id });
    runMockJobChunk();
    expect((await gql(JOB, { id })).job).toMatchObject({ status: 'CANCELLED', total: null, processed: 0, startedAt: null });
    expect(activeMockJob()).toBeUndefined();
    expect(state.accessTokens.filter((t) => t.state === 'REVOKED')).toHaveLength(0);
  });

  it('record the items they could not apply, in the order they met them, and run through at once unless held', async () => {
    const owner = withTokens(2);
    state.accessTokens.push(createAccessToken({ ownerId: owner.id, name: 'Bulk revoked', state: 'REVOKED' }));
    const { revokeAccessTokens } = await gql(REVOKE_BY_FILTER, { input: { filter: { search: 'bulk' } } });
    // The mutation shows the job as it enqueued it; the mock's worker has run it since.
    expect(revokeAccessTokens.job).toMatchObject({ status: 'QUEUED', processed: 0 });
    const job = (await gql(JOB, { id: revokeAccessTokens.job.id })).job;
    const revoked = state.accessTokens.find((t) => t.name === 'Bulk revoked')!;
    expect(job).toMatchObject({ status: 'SUCCEEDED', total: 3, processed: 3, succeeded: 2, failed: 1 });
    expect(job.failures).toEqual({ totalCount: 1, nodes: [{ itemId: revoked.id, code: 'ALREADY_REVOKED' }] });
  });

  it('answer bulkOperation(id) and cancelBulkOperation for bulk operations only', async () => {
    withTokens(3);
    holdMockJobs();
    const id = (await gql(REVOKE_BY_FILTER, { input: { filter: {} } })).revokeAccessTokens.job.id as string;
    expect((await gql(BULK_OPERATION, { id })).bulkOperation).toEqual({ id, status: 'QUEUED' });
    expect((await gql(CANCEL_BULK, { id })).cancelBulkOperation).toEqual({ job: { cancelRequested: true }, userErrors: [] });
    runMockJobChunk();
    const unknown = 'Sm9iOjAwMDAwMDAwLTAwMDAtNDAwMC04MDAwLTAwMDAwMDAwMDAwMA';
    const { body } = await executeOperation({ query: BULK_OPERATION, variables: { id: unknown } });
    expect(body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await gql(CANCEL_BULK, { id: unknown })).cancelBulkOperation.userErrors).toEqual([{ field: ['input', 'id'], code: 'NOT_FOUND', message: 'No such bulk operation.' }]);
  });
});
