import { Writable } from "node:stream";
import { sql } from "drizzle-orm";
import { GraphQLError } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/harness.js";
import type { Database } from "../db/client.js";
import { createLogger } from "./logger.js";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
  await database.db.execute(sql`create table log_probe (id uuid primary key, email text unique not null, password_hash text not null)`);
});
afterAll(() => database?.close());

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { logger: createLogger({ logLevel: "info", env: "production" }, destination), lines };
}

async function failure(statement: Promise<unknown>): Promise<unknown> {
  try {
    await statement;
  } catch (error) {
    return error;
  }
  throw new Error("the statement did not fail");
}

// Values shaped like what the tables hold: an email, a scrypt hash, a token HMAC.
const email = "victim.person@secret-company.example";
const passwordHash = "scrypt$16384$8$1$c2FsdHNhbHRzYWx0$a2V5a2V5a2V5a2V5a2V5a2V5";
const tokenHmac = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

describe("logged errors", () => {
  it("carry no parameter of a failing statement, only the SQL, the code and the constraint", async () => {
    const id = "6f1d2c3b-1111-4222-8333-444455556666";
    await database.db.execute(sql`insert into log_probe values (${id}, ${email}, ${passwordHash})`);
    const duplicate = await failure(
      database.db.execute(sql`insert into log_probe values (${"6f1d2c3b-1111-4222-8333-777788889999"}, ${email}, ${passwordHash})`),
    );
    const badUuid = await failure(database.db.execute(sql`select * from log_probe where id = ${tokenHmac}::uuid`));

    const { logger, lines } = capture();
    logger.error({ err: duplicate }, "GraphQL request transaction failed");
    logger.error({ err: badUuid }, "unexpected error in a GraphQL request");
    // The paths errors take here: as `err`, first argument, wrapped by graphql-js, or as a cause.
    logger.error(duplicate);
    logger.error({ err: new GraphQLError((duplicate as Error).message, { originalError: duplicate as Error }) }, "wrapped");
    logger.warn({ err: new Error("re-check failed", { cause: badUuid }) }, "socket");
    logger.error({ error: duplicate }, "other key");

    const output = lines.join("");
    expect(lines).toHaveLength(6);
    for (const secret of [email, passwordHash, tokenHmac, "secret-company"]) expect(output).not.toContain(secret);
    const first = JSON.parse(lines[0]!);
    expect(first.err.message).toMatch(/^Failed query: insert into log_probe values \(\$1, \$2, \$3\)\nparams: \[redacted\]/);
    expect(first.err.db).toMatchObject({ code: "23505", constraint: "log_probe_email_key" });
    expect(first.err.stack).toContain("at ");
    expect(JSON.parse(lines[1]!).err.db.code).toBe("22P02");
  });

  it("still drops the usual secrets of request objects", () => {
    const { logger, lines } = capture();
    logger.info({ req: { headers: { cookie: "gatehouse_session=abc", authorization: "Bearer gha_x" } }, input: { password: "p4ssword!" } }, "req");
    expect(lines.join("")).not.toMatch(/gatehouse_session|gha_x|p4ssword/);
  });
});
