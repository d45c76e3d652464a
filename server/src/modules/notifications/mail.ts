export { type MailInput, renderNotificationMail } from "@gatehouse/schema/notification-mail";
import nodemailer from "nodemailer";
import type { Config } from "../../config/config.js";

/** How mail leaves: the SMTP transport of SMTP_URL, or none (mail is then HELD in the outbox). */
export interface MailSender {
  send(message: { to: string; subject: string; text: string; html: string }): Promise<void>;
  close(): void;
}

/** Milliseconds a mail server has to answer, per step: a dead server fails the attempt, it does not hang the worker. */
export const SMTP_STEP_TIMEOUT_MS = 20_000;
/** A whole send (connect, greet, send) ends by then, whatever the server does. */
export const SMTP_SEND_DEADLINE_MS = 3 * SMTP_STEP_TIMEOUT_MS;

export function createMailSender(config: Config["mail"]): MailSender | null {
  if (!config.smtpUrl) return null;
  // Connection options go with the URL in one object (a second argument would be message defaults).
  const transport = nodemailer.createTransport({
    url: config.smtpUrl,
    pool: true,
    maxConnections: 3,
    connectionTimeout: SMTP_STEP_TIMEOUT_MS,
    greetingTimeout: SMTP_STEP_TIMEOUT_MS,
    socketTimeout: SMTP_STEP_TIMEOUT_MS,
    dnsTimeout: SMTP_STEP_TIMEOUT_MS,
  } as Parameters<typeof nodemailer.createTransport>[0]);
  return {
    async send(message) {
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`The mail server did not take the message within ${SMTP_SEND_DEADLINE_MS / 1000} s.`)), SMTP_SEND_DEADLINE_MS);
      });
      try {
        await Promise.race([transport.sendMail({ from: config.from, ...message }), deadline]);
      } finally {
        clearTimeout(timer);
      }
    },
    close: () => transport.close(),
  };
}

/** The admin's address for a tenant: its own host when a base domain is set, else the public URL. */
export function adminUrlOf(config: Pick<Config, "baseDomain" | "publicUrl">, subdomain: string): string {
  if (!config.baseDomain) return config.publicUrl;
  const scheme = config.publicUrl.startsWith("https:") ? "https" : "http";
  return `${scheme}://${subdomain}-admin.${config.baseDomain}`;
}

/** The developer portal's address for a tenant (003 §30.3): `<subdomain>.<domain>` with a base domain, else the public URL. */
export function portalUrlOf(config: Pick<Config, "baseDomain" | "publicUrl">, subdomain: string): string {
  if (!config.baseDomain) return config.publicUrl;
  const scheme = config.publicUrl.startsWith("https:") ? "https" : "http";
  return `${scheme}://${subdomain}.${config.baseDomain}`;
}
