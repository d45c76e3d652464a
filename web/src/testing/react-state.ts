/**
 * Whether any hook state (useState, useRef, useMemo…) of the React tree rendered into `container`
 * holds a string containing `secret`: for tests that a secret shown once does not outlive the UI
 * that showed it, e.g. in a mutation hook's last result. Walks the committed tree only (not the
 * alternates React keeps for the next render), and plain objects and arrays inside each hook, so a
 * client or a cache referenced from state is not searched.
 */
export function reactStateHolds(container: Element, secret: string): boolean {
  const rootKey = Object.keys(container).find((key) => key.startsWith('__reactContainer$'));
  if (!rootKey) throw new Error('No React root is rendered into this container');
  const hostRoot = (container as unknown as Record<string, Fiber>)[rootKey];
  const committed = (hostRoot?.stateNode as { current?: Fiber } | undefined)?.current ?? hostRoot;
  const stack: Fiber[] = committed ? [committed] : [];
  while (stack.length > 0) {
    const fiber = stack.pop()!;
    for (let hook = hookList(fiber.memoizedState); hook; hook = hookList(hook.next)) {
      if (holds(hook.memoizedState, secret, new Set(), 0)) return true;
    }
    if (fiber.sibling) stack.push(fiber.sibling);
    if (fiber.child) stack.push(fiber.child);
  }
  return false;
}

interface Fiber {
  child: Fiber | null;
  sibling: Fiber | null;
  memoizedState: unknown;
  stateNode: unknown;
}

interface Hook {
  memoizedState: unknown;
  next: unknown;
}

function hookList(value: unknown): Hook | null {
  return typeof value === 'object' && value !== null && 'memoizedState' in value && 'next' in value ? (value as Hook) : null;
}

const MAX_DEPTH = 12;

function holds(value: unknown, secret: string, seen: Set<object>, depth: number): boolean {
  if (typeof value === 'string') return value.includes(secret);
  if (typeof value !== 'object' || value === null || seen.has(value) || depth > MAX_DEPTH) return false;
  seen.add(value);
  const proto = Object.getPrototypeOf(value) as unknown;
  if (Array.isArray(value)) return value.some((item) => holds(item, secret, seen, depth + 1));
  if (proto !== Object.prototype && proto !== null) return false;
  return Object.values(value).some((item) => holds(item, secret, seen, depth + 1));
}
