/**
 * An async iterator fed by `push` (what a subscription's `subscribe` returns): values wait in a
 * queue until read; `end` finishes it once the queue is read; the consumer's `return()` (the
 * client unsubscribed) finishes it at once. `onClose` runs once when it finishes either way, so
 * the producer stops listening.
 */
export function eventStream<T>(onClose: () => void = () => {}) {
  const queue: T[] = [];
  let ended = false;
  let waiting: ((result: IteratorResult<T>) => void) | null = null;
  const settle = () => {
    if (!waiting) return;
    const resolve = waiting;
    if (queue.length > 0) {
      waiting = null;
      resolve({ done: false, value: queue.shift()! });
    } else if (ended) {
      waiting = null;
      resolve({ done: true, value: undefined });
    }
  };
  const finish = () => {
    if (ended) return;
    ended = true;
    onClose();
  };
  const iterator: AsyncIterableIterator<T> = {
    next: () =>
      new Promise<IteratorResult<T>>((resolve) => {
        waiting = resolve;
        settle();
      }),
    return: () => {
      queue.length = 0;
      finish();
      settle();
      return Promise.resolve({ done: true, value: undefined });
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return {
    iterator,
    push(value: T) {
      if (ended) return;
      queue.push(value);
      settle();
    },
    end() {
      finish();
      settle();
    },
  };
}
