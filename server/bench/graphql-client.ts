/**
 * The bench's GraphQL caller for seeding and probes: plain fetch with a session cookie, so the bench
 * process loads none of the server's code (test/harness.ts would load the whole server).
 */
export class GraphQLClient {
  private cookie: string | null = null;

  constructor(
    readonly endpoint: string,
    private readonly headers: Record<string, string> = {},
  ) {}

  /** Runs an operation that must succeed; returns its data. GraphQL errors arrive as HTTP 200, so they are checked here. */
  async ok<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const res = await fetch(this.endpoint, {
      method: "POST",
      headers: { "content-type": "application/json", ...(this.cookie ? { cookie: this.cookie } : {}), ...this.headers },
      body: JSON.stringify({ query, variables }),
    });
    for (const setCookie of res.headers.getSetCookie()) this.cookie = setCookie.split(";")[0] ?? null;
    const text = await res.text();
    let body: { data?: T; errors?: unknown[] };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      throw new Error(`${this.endpoint} answered HTTP ${res.status} with no JSON: ${text.slice(0, 200)}`);
    }
    if (!res.ok || body.errors?.length || !body.data) {
      throw new Error(`${this.endpoint} answered HTTP ${res.status}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
    }
    return body.data;
  }

  /** Signs in (the master when no tenant is given); later calls carry the session cookie. */
  async login(input: { tenant?: string; email: string; password: string }): Promise<void> {
    const data = await this.ok<{ login: { userErrors: unknown[] } }>(
      `mutation($input: LoginInput!) { login(input: $input) { userErrors { code message } } }`,
      { input },
    );
    if (data.login.userErrors.length) throw new Error(`login failed: ${JSON.stringify(data.login.userErrors)}`);
  }
}
