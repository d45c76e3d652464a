import { describe, expect, it } from "vitest";
import { adminUrlOf, renderNotificationMail } from "./mail.js";

describe("notification mail", () => {
  it("has the tenant's name in the subject, the summary and both links in text and HTML, escaped in HTML", () => {
    const mail = renderNotificationMail({
      type: "SERVICE_DELETED",
      tenantName: "Acme <Labs>\r\nBcc: x@evil.test",
      summary: 'The product "<script>alert(1)</script>" was deleted.',
      link: "https://acme-admin.example.com/notifications",
      preferencesLink: "https://acme-admin.example.com/settings/notifications",
    });
    expect(mail.subject).toBe("[Acme <Labs> Bcc: x@evil.test] Product deleted");
    expect(mail.text).toContain('The product "<script>alert(1)</script>" was deleted.');
    expect(mail.text).toContain("https://acme-admin.example.com/notifications");
    expect(mail.text).toContain("https://acme-admin.example.com/settings/notifications");
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(mail.html).toContain("Acme &lt;Labs&gt;");
    expect(mail.html).toContain('href="https://acme-admin.example.com/notifications"');
  });

  it("links to the tenant's own admin host when a base domain is set", () => {
    expect(adminUrlOf({ baseDomain: undefined, publicUrl: "http://localhost:4000" }, "acme")).toBe("http://localhost:4000");
    expect(adminUrlOf({ baseDomain: "example.com", publicUrl: "https://gatehouse.example.com" }, "acme")).toBe("https://acme-admin.example.com");
  });
});
