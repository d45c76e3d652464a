import { createPubSub } from "@graphql-yoga/subscription";

/**
 * This process's event bus for subscriptions. Events that must reach every server process are
 * published with `publishEverywhere` (graphql/relay.ts): through PostgreSQL LISTEN/NOTIFY into the bus
 * of each process.
 */
export const pubSub = createPubSub();
