import { createPubSub } from "@graphql-yoga/subscription";

/**
 * In-process event bus for subscriptions. Events that must reach every server process will be
 * relayed through PostgreSQL LISTEN/NOTIFY into this bus (notifications issue).
 */
export const pubSub = createPubSub();
