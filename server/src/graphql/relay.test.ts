import { afterAll, describe, expect, it } from "vitest";
import { createLogger } from "../config/logger.js";
import { type Database, openDatabase } from "../db/client.js";
import { pubSub } from "./pubsub.js";
import { publishEverywhere, startRelay } from "./relay.js";

const url = process.env.TEST_DATABASE_URL;
const logger = createLogger({ logLevel: "silent", env: "test" });
const opened: Database[] = [];
afterAll(async () => {
  await Promise.all(opened.map((d) => d.close()));
});

async function open(options: Parameters<typeof openDatabase>[0]): Promise<Database> {
  const database = await openDatabase(options);
  opened.push(database);
  return database;
}

/** The next value of an async iterator, or a refusal after `ms`. */
function next<T>(events: AsyncGenerator<T>, ms = 10_000): Promise<IteratorResult<T>> {
  return Promise.race([events.next(), new Promise<never>((_, reject) => setTimeout(() => reject(new Error("no event")), ms))]);
}

describe("the event relay between server processes", () => {
  it("passes an event published through the database to this process's subscribers (PGlite: within the process)", async () => {
    const database = await open({});
    const stop = await startRelay(database, logger);
    const events = pubSub.subscribe("RELAY_TEST", "one") as AsyncGenerator<unknown>;
    const received = next(events);
    publishEverywhere(database, logger, "RELAY_TEST", "one");
    await expect(received).resolves.toMatchObject({ done: false });
    await events.return(undefined);
    await stop();
  });

  it.runIf(url)("on PostgreSQL, an event sent by one process's connections reaches another process's listener", async () => {
    // Two databases opened on one PostgreSQL database: two pools, as two server processes have.
    const [publisher, subscriber] = [await open({ url, maxConnections: 2 }), await open({ url, maxConnections: 2 })];
    const heard: string[] = [];
    const stop = await subscriber.listen("gatehouse_events", (payload) => heard.push(payload));
    publishEverywhere(publisher, logger, "RELAY_TEST", "two");
    const until = Date.now() + 10_000;
    while (!heard.length && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(heard).toEqual([JSON.stringify({ t: "RELAY_TEST", i: "two" })]);
    await stop();

    // And the relay passes what it hears on to the subscribers of the process that listens.
    const stopRelay = await startRelay(subscriber, logger);
    const events = pubSub.subscribe("RELAY_TEST", "three") as AsyncGenerator<unknown>;
    const received = next(events);
    await publisher.notify("gatehouse_events", JSON.stringify({ t: "RELAY_TEST", i: "three" }));
    await expect(received).resolves.toMatchObject({ done: false });
    await events.return(undefined);
    await stopRelay();
  });
});
