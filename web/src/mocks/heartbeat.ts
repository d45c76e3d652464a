import type { Resolvers } from '../gql/resolver-types';
import { eventStream } from './event-stream';

/** The server's beat interval (server/src/graphql/heartbeat.resolver.ts). */
export const HEARTBEAT_INTERVAL_MS = 15_000;

/** The core's `heartbeat` subscription: a beat at once, then one per interval while subscribed. */
export const heartbeatResolvers: Resolvers = {
  Subscription: {
    heartbeat: {
      subscribe: () => {
        const beat = () => ({ __typename: 'Heartbeat' as const, at: new Date().toISOString() });
        let timer: ReturnType<typeof setInterval> | undefined;
        const stream = eventStream<ReturnType<typeof beat>>(() => clearInterval(timer));
        stream.push(beat());
        timer = setInterval(() => stream.push(beat()), HEARTBEAT_INTERVAL_MS);
        return stream.iterator;
      },
      // Over HTTP a subscription runs as a query, with no event: the server fails it as an internal error.
      resolve: (beat: { __typename: 'Heartbeat'; at: string } | undefined) => {
        if (!beat) throw new Error('Cannot return null for non-nullable field Subscription.heartbeat.');
        return beat;
      },
    },
  },
};
