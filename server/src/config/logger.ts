import pino, { type DestinationStream, type Logger } from "pino";
import type { Config } from "./config.js";
import { redactedError } from "./log-redaction.js";

export type { Logger };

export function createLogger(config: Pick<Config, "logLevel" | "env">, destination?: DestinationStream): Logger {
  return pino(
    {
      level: config.logLevel,
      base: { service: "gatehouse" },
      redact: { paths: ["req.headers.cookie", "req.headers.authorization", "*.password", "*.token"], remove: true },
      serializers: { err: redactedError, error: redactedError },
      hooks: {
        // `logger.error(error)` would make the error's message the line's `msg`, unredacted: log it as `err`.
        logMethod(args, method) {
          const [first, ...rest] = args as unknown[];
          if (first instanceof Error) {
            const message = typeof rest[0] === "string" ? (rest.shift() as string) : "error";
            return method.apply(this, [{ err: first }, message, ...rest] as never);
          }
          return method.apply(this, args);
        },
      },
    },
    destination,
  );
}
