import { setInterval } from "node:timers/promises";
import { Field, ObjectType, Resolver, Root, Subscription } from "type-graphql";
import { Access } from "./access.js";

export const HEARTBEAT_INTERVAL_MS = 15_000;

@ObjectType("Heartbeat", { description: "Server time, pushed while a subscription socket is open." })
export class Heartbeat {
  @Field(() => Date, { description: "Server time of this beat." })
  at: Date;
}

async function* beats(intervalMs: number): AsyncGenerator<Heartbeat> {
  yield { at: new Date() };
  // Ending the subscription calls return() on this generator, which stops the interval at once.
  for await (const _ of setInterval(intervalMs)) yield { at: new Date() };
}

/** Lets clients show whether their live connection works (the admin's connection indicator). */
@Resolver()
export class HeartbeatResolver {
  @Subscription(() => Heartbeat, {
    description: `A beat at once, then every ${HEARTBEAT_INTERVAL_MS / 1000} seconds while connected.`,
    subscribe: () => beats(HEARTBEAT_INTERVAL_MS),
  })
  @Access({})
  heartbeat(@Root() beat: Heartbeat): Heartbeat {
    return beat;
  }
}
