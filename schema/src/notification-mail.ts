import { NOTIFICATION_TYPES, type NotificationType } from "./notifications.js";

/**
 * The email of a notification (subject, plain text, HTML), shared by the server, which renders it into
 * the outbox, and the mock, which shows the same in its outbox.
 */
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

/** What a message from the tenant to a developer account is rendered from. */
export interface MessageMailInput {
  tenantName: string;
  subject: string;
  body: string;
}

/**
 * The email of a message from the tenant to a developer account's admins (`sendMessage`, bulk "send
 * email"): its subject and text as written, the HTML escaped with its paragraphs kept.
 */
export function renderMessageMail(input: MessageMailInput): { subject: string; text: string; html: string } {
  const subject = `[${input.tenantName}] ${input.subject}`.replace(/[\r\n]+/g, " ").slice(0, 250);
  const text = [input.body, "", "--", `${input.tenantName}`].join("\n");
  const paragraphs = input.body
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`)
    .join("\n");
  const html = `<!doctype html>
<html><body style="font-family: system-ui, sans-serif; color: #1f2933; line-height: 1.5">
${paragraphs}
<hr style="border: none; border-top: 1px solid #e4e7eb">
<p style="font-size: 12px; color: #7b8794">${escapeHtml(input.tenantName)}</p>
</body></html>`;
  return { subject, text, html };
}

/** What an invitation to a developer account is rendered from. */
export interface InvitationMailInput {
  tenantName: string;
  orgName: string;
  link: string;
}

/** The email inviting someone to a developer account: the link to accept it and set a password. */
export function renderInvitationMail(input: InvitationMailInput): { subject: string; text: string; html: string } {
  const subject = `[${input.tenantName}] Invitation to join ${input.orgName}`.replace(/[\r\n]+/g, " ").slice(0, 250);
  const text = [
    `You are invited to join ${input.orgName} on ${input.tenantName}'s developer portal.`,
    "",
    `Accept the invitation and choose a password: ${input.link}`,
    "",
    "The link works for 14 days. If you did not expect this, ignore this email.",
  ].join("\n");
  const html = `<!doctype html>
<html><body style="font-family: system-ui, sans-serif; color: #1f2933; line-height: 1.5">
<p>You are invited to join <strong>${escapeHtml(input.orgName)}</strong> on ${escapeHtml(input.tenantName)}'s developer portal.</p>
<p><a href="${escapeHtml(input.link)}" style="color: #1c7ed6">Accept the invitation and choose a password</a></p>
<p style="font-size: 12px; color: #7b8794">The link works for 14 days. If you did not expect this, ignore this email.</p>
</body></html>`;
  return { subject, text, html };
}

/** What a usage alert emailed to a developer account's admins is rendered from (003 ch.22). */
export interface UsageAlertMailInput {
  tenantName: string;
  applicationName: string;
  productName: string;
  /** 50 … 300 (% of the limit). */
  level: number;
  /** `1,200 of 1,000 hits per day`. */
  usage: string;
}

/**
 * The email telling a developer that an application reached a level of one of its limits: below 100 %
 * a heads-up, from 100 % a violation (calls beyond the limit are refused).
 */
export function renderUsageAlertMail(input: UsageAlertMailInput): { subject: string; text: string; html: string } {
  const violation = input.level >= 100;
  const subject = `[${input.tenantName}] ${input.applicationName} ${violation ? "reached" : "used"} ${input.level} % of a usage limit`.replace(/[\r\n]+/g, " ").slice(0, 250);
  const lines = [
    `Your application ${input.applicationName} on ${input.productName} has used ${input.usage} (${input.level} % of the limit).`,
    violation
      ? "Calls beyond the limit are refused until the period ends. To raise the limit, change to a plan with more allowance."
      : "Calls beyond the limit will be refused until the period ends. To avoid that, change to a plan with more allowance.",
  ];
  const text = [...lines, "", "--", input.tenantName].join("\n");
  const html = `<!doctype html>
<html><body style="font-family: system-ui, sans-serif; color: #1f2933; line-height: 1.5">
${lines.map((line) => `<p>${escapeHtml(line)}</p>`).join("\n")}
<hr style="border: none; border-top: 1px solid #e4e7eb">
<p style="font-size: 12px; color: #7b8794">${escapeHtml(input.tenantName)}</p>
</body></html>`;
  return { subject, text, html };
}
