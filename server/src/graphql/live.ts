import { Repeater } from "@graphql-yoga/subscription";

/**
 * What a live subscription does on each wake-up: read the current state in the subscriber's own scope
 * and say what to push and whether the stream has ended.
 */
export type LiveStep<T> = () => Promise<{ push: readonly T[]; done: boolean }>;

/**
 * A subscription's stream driven by signals (graphql/relay.ts): `events` says "something changed"
 * (listening must have started — its first `next()` called — before the caller read its starting
 * state, passed as `first`), and each burst of signals makes one `step`; without any signal the step
 * runs again after `resyncMs`, since a signal can be lost between processes. `initial` is pushed first.
 * A Repeater rather than an async generator: when the client unsubscribes while no signal comes, the
 * wait ends at once.
 */
export function liveStream<T>(options: {
  events: AsyncGenerator<unknown>;
  first: Promise<IteratorResult<unknown>>;
  initial?: readonly T[];
  /** The stream has ended already (nothing to follow after `initial`). */
  ended?: boolean;
  resyncMs: number;
  step: LiveStep<T>;
}): Repeater<T> {
  const { events, first, resyncMs, step } = options;
  return new Repeater<T>(async (push, stop) => {
    let stopped = false;
    // Set by each signal; however many come while a step runs, they make one more step.
    let dirty = false;
    let wake: (() => void) | null = null;
    const signal = () => {
      dirty = true;
      wake?.();
    };
    void stop.then(() => {
      stopped = true;
      wake?.();
      return events.return(undefined);
    });
    void first.then((result) => {
      if (!result.done) signal();
      return (async () => {
        for await (const _ of events) signal();
      })();
    });
    for (const value of options.initial ?? []) await push(value);
    let done = options.ended ?? false;
    while (!done && !stopped) {
      if (!dirty) {
        let timer: NodeJS.Timeout | undefined;
        await new Promise<void>((resolve) => {
          wake = resolve;
          timer = setTimeout(resolve, resyncMs);
        });
        clearTimeout(timer);
        wake = null;
        if (stopped) break;
      }
      dirty = false;
      const result = await step();
      for (const value of result.push) await push(value);
      done = result.done;
    }
    stop();
    await events.return(undefined);
  });
}
