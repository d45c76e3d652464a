import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  to: string[];
  raw: string;
}

/**
 * A local SMTP server for tests: records the mail it accepts; `refuse(to)` says whether to turn a
 * message down (451, a temporary failure) and `hold(to)` whether to never answer its data.
 */
export async function startSmtpReceiver(options: { refuse?: (to: string, attempt: number) => boolean; hold?: (to: string) => boolean } = {}) {
  const received: ReceivedMail[] = [];
  const attempts = new Map<string, number>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const to = session.envelope.rcptTo.map((r) => r.address);
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString()));
      stream.on("end", () => {
        const key = to.join(",");
        const attempt = (attempts.get(key) ?? 0) + 1;
        attempts.set(key, attempt);
        if (to.some((t) => options.hold?.(t))) return; // never answers
        if (to.some((t) => options.refuse?.(t, attempt))) {
          const error = Object.assign(new Error("Try again later"), { responseCode: 451 });
          return callback(error);
        }
        received.push({ to, raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    /** Data attempts per recipient list (refused, held or accepted). */
    attempts,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
