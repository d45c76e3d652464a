/** A response as the parity test compares it. */
export interface HttpAnswer {
  status: number;
  body: unknown;
}

/**
 * A browser session in Node: JSON posts to one `/graphql` URL, carrying the session cookie the
 * server last set (the mock keeps its session in its store and sets none).
 */
export class GraphqlSession {
  private cookie: string | null = null;

  constructor(private readonly url: string) {}

  async post(query: string, variables?: Record<string, unknown>): Promise<HttpAnswer> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    for (const setCookie of response.headers.getSetCookie()) {
      const [pair = ''] = setCookie.split(';');
      const at = pair.indexOf('=');
      this.cookie = at > 0 && pair.slice(at + 1) ? pair : null;
    }
    return { status: response.status, body: await response.json() };
  }
}
