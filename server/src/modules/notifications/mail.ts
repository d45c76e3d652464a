import { NOTIFICATION_TYPES, type NotificationType } from "@gatehouse/schema/notifications";
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

/** What a notification email is rendered from. */
export interface MailInput {
  type: NotificationType;
  tenantName: string;
  summary: string;
  /** The page in the admin about it (absolute URL). */
  link: string;
  /** The recipient's notification preferences page (absolute URL). */
  preferencesLink: string;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/**
 * The email of a notification: subject, plain text and HTML, with the tenant's name and links back
 * into the admin. Rendered when the outbox row is written, so the outbox shows exactly what is sent.
 */
export function renderNotificationMail(input: MailInput): { subject: string; text: string; html: string } {
  const { title } = NOTIFICATION_TYPES[input.type];
  // Header injection is not possible through nodemailer, but a subject stays one line and short.
  const subject = `[${input.tenantName}] ${title}`.replace(/[\r\n]+/g, " ").slice(0, 250);
  const text = [
    `${title}`,
    "",
    input.summary,
    "",
    `Open it in the admin: ${input.link}`,
    "",
    "--",
    `You get this email from ${input.tenantName}'s Gatehouse admin because of your notification preferences:`,
    input.preferencesLink,
  ].join("\n");
  const html = `<!doctype html>
<html><body style="font-family: system-ui, sans-serif; color: #1f2933; line-height: 1.5">
<p style="color: #52606d; margin: 0">${escapeHtml(input.tenantName)}</p>
<h2 style="margin: 4px 0 12px">${escapeHtml(title)}</h2>
<p>${escapeHtml(input.summary)}</p>
<p><a href="${escapeHtml(input.link)}" style="color: #1c7ed6">Open it in the admin</a></p>
<hr style="border: none; border-top: 1px solid #e4e7eb">
<p style="font-size: 12px; color: #7b8794">You get this email because of your <a href="${escapeHtml(input.preferencesLink)}">notification preferences</a>.</p>
</body></html>`;
  return { subject, text, html };
}

/** The admin's address for a tenant: its own host when a base domain is set, else the public URL. */
export function adminUrlOf(config: Pick<Config, "baseDomain" | "publicUrl">, subdomain: string): string {
  if (!config.baseDomain) return config.publicUrl;
  const scheme = config.publicUrl.startsWith("https:") ? "https" : "http";
  return `${scheme}://${subdomain}-admin.${config.baseDomain}`;
}
