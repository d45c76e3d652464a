import type { JobFixture } from './factories';
import { isFinished, runJobChunk } from '../mocks/jobs/jobs';
import { mockModules } from '../mocks/mock-schema';
import { state } from '../mocks/store';

/**
 * Tests that look at a job half done, or stop one, hold the mock's jobs (they wait, QUEUED, after
 * the mutation that enqueued them) and play the worker themselves, one chunk at a time.
 */
export function holdMockJobs(): void {
  state.holdJobs = true;
}

/** The one job still queued or running; a test that holds jobs expects exactly one. */
export function activeMockJob(): JobFixture | undefined {
  const active = state.jobs.filter((job) => !isFinished(job));
  if (active.length > 1) throw new Error(`${active.length} mock jobs are active; expected one at most.`);
  return active[0];
}

/** Runs the next chunk of the active job, as the server's worker would; returns its new state. */
export function runMockJobChunk(): JobFixture {
  const job = activeMockJob();
  if (!job) throw new Error('No mock job is queued or running.');
  const kind = mockModules.flatMap((module) => module.jobs ?? []).find((k) => k.kind === job.kind);
  if (!kind) throw new Error(`No mock module declares the job kind ${job.kind}.`);
  return runJobChunk(state, kind, job);
}
