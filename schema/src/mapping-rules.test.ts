import { describe, expect, it } from "vitest";
import {
  compileMappingRules,
  HTTP_METHODS,
  type MappingRuleInput,
  mappingRulePatternProblem,
  matchMappingRules,
  MAX_MAPPING_RULE_PATTERN_LENGTH,
  type MetricNode,
} from "./mapping-rules";

const METRICS: MetricNode[] = [
  { systemName: "hits", parentSystemName: null },
  { systemName: "send_email", parentSystemName: "hits" },
  { systemName: "get_user", parentSystemName: "hits" },
  { systemName: "list_users", parentSystemName: "hits" },
  { systemName: "mb", parentSystemName: null },
];

function rule(pattern: string, overrides: Partial<MappingRuleInput> = {}): MappingRuleInput {
  return { httpMethod: "GET", pattern, metricSystemName: "hits", delta: 1, position: 0, last: false, ...overrides };
}

/** Whether a GET rule on `pattern` matches a GET of `pathWithQuery`. */
function matches(pattern: string, pathWithQuery: string): boolean {
  return matchMappingRules(compileMappingRules([rule(pattern)], METRICS), "GET", pathWithQuery).matchedRules.length === 1;
}

function usage(rules: MappingRuleInput[], method: string, pathWithQuery: string) {
  const { increments, matchedRules } = matchMappingRules(compileMappingRules(rules, METRICS), method, pathWithQuery);
  return { increments: { ...increments }, matchedRules };
}

describe("matchMappingRules: paths", () => {
  it("matches the path part as a prefix of the request path, character by character, as APIcast does", () => {
    expect(matches("/foo", "/foo")).toBe(true);
    expect(matches("/foo", "/foo/")).toBe(true);
    expect(matches("/foo", "/foo/bar")).toBe(true);
    expect(matches("/foo", "/foobar")).toBe(true);
    expect(matches("/foo", "/fo")).toBe(false);
    expect(matches("/foo", "/bar/foo")).toBe(false);
    expect(matches("/", "/anything/at/all")).toBe(true);
  });

  it("anchors the path at a trailing $: a trailing slash or more segments no longer match", () => {
    expect(matches("/foo$", "/foo")).toBe(true);
    expect(matches("/foo$", "/foo/")).toBe(false);
    expect(matches("/foo$", "/foobar")).toBe(false);
    expect(matches("/foo$", "/foo/bar")).toBe(false);
    expect(matches("/foo/$", "/foo/")).toBe(true);
    expect(matches("/foo/$", "/foo")).toBe(false);
    expect(matches("/$", "/")).toBe(true);
    expect(matches("/$", "/x")).toBe(false);
    // The query string is not part of the path: $ still matches a request with one.
    expect(matches("/foo$", "/foo?page=2")).toBe(true);
  });

  it("compares letter case and slashes exactly", () => {
    expect(matches("/Foo", "/foo")).toBe(false);
    expect(matches("/a/b", "/a//b")).toBe(false);
    expect(matches("/a/./b", "/a/b")).toBe(false);
  });

  it("matches a {placeholder} against one or more characters of one segment, never a /", () => {
    expect(matches("/users/{id}$", "/users/42")).toBe(true);
    expect(matches("/users/{id}$", "/users/a-b_c.d~e!f@g:h,i;j=k+l")).toBe(true);
    expect(matches("/users/{id}$", "/users/42/orders")).toBe(false);
    expect(matches("/users/{id}$", "/users/")).toBe(false);
    expect(matches("/users/{id}", "/users/")).toBe(false);
    expect(matches("/users/{id}", "/users/42/orders")).toBe(true);
    expect(matches("/users/{id}/orders", "/users/42/orders/7")).toBe(true);
    expect(matches("/users/{id}/orders", "/users/42/x/orders")).toBe(false);
    expect(matches("/users/{id}/orders", "/users//orders")).toBe(false);
  });

  it("matches placeholders inside a segment and next to each other", () => {
    expect(matches("/files/{name}.json$", "/files/report.json")).toBe(true);
    expect(matches("/files/{name}.json$", "/files/reportxjson")).toBe(false); // the dot is literal
    expect(matches("/v{version}/mail", "/v3/mail/send")).toBe(true);
    expect(matches("/{a}{b}$", "/xy")).toBe(true);
    expect(matches("/{a}{b}$", "/x")).toBe(false);
  });

  it("treats the pattern's other characters literally, regex metacharacters included", () => {
    expect(matches("/a+b", "/a+b")).toBe(true);
    expect(matches("/a+b", "/aab")).toBe(false);
    expect(matches("/a*(b)", "/a*(b)")).toBe(true);
    expect(matches("/a.b", "/axb")).toBe(false);
  });

  it("treats an encoded unreserved character as the character itself, on both sides", () => {
    expect(matches("/~user", "/%7Euser")).toBe(true);
    expect(matches("/%7Euser", "/~user")).toBe(true);
    expect(matches("/api$", "/%61%70%69")).toBe(true);
    expect(matches("/a-b_c.d", "/a%2Db%5Fc%2ed")).toBe(true);
  });

  it("keeps other encodings encoded, comparing their hex digits case-insensitively", () => {
    expect(matches("/hello%20world$", "/hello%20world")).toBe(true);
    expect(matches("/hello%20world$", "/hello+world")).toBe(false);
    expect(matches("/caf%C3%A9", "/caf%c3%a9")).toBe(true);
    expect(matches("/caf%c3%a9", "/caf%C3%A9")).toBe(true);
    // Sub-delimiters are not equivalent to their encodings (RFC 3986 §6.2.2.2).
    expect(matches("/it's", "/it%27s")).toBe(false);
  });

  it("counts a character the client should have encoded as its UTF-8 encoding", () => {
    expect(matches("/hello%20world$", "/hello world")).toBe(true);
    expect(matches("/caf%C3%A9$", "/café")).toBe(true);
    expect(matches("/100%25$", "/100%")).toBe(true);
    expect(matches("/q%22$", '/q"')).toBe(true);
  });

  it("never treats an encoded slash as a separator", () => {
    expect(matches("/a/b", "/a%2Fb")).toBe(false);
    expect(matches("/a%2Fb$", "/a%2fb")).toBe(true);
    expect(matches("/a%2Fb", "/a/b")).toBe(false);
    expect(matches("/files/{name}$", "/files/dir%2Freport.pdf")).toBe(true);
    expect(matches("/files/{name}/raw$", "/files/dir%2Freport.pdf/raw")).toBe(true);
    expect(matches("/files/{name}$", "/files/dir/report.pdf")).toBe(false);
  });

  it("reads an empty path as /, and ignores a #fragment", () => {
    expect(matches("/$", "")).toBe(true);
    expect(matches("/$", "?a=1")).toBe(true);
    expect(matches("/foo$", "/foo#section")).toBe(true);
    expect(matches("/foo?a=1", "/foo#?a=1")).toBe(false);
  });
});

describe("matchMappingRules: query strings", () => {
  it("requires every listed parameter, in any order, among any others", () => {
    const pattern = "/search?q=cats&lang=en";
    expect(matches(pattern, "/search?q=cats&lang=en")).toBe(true);
    expect(matches(pattern, "/search?lang=en&q=cats")).toBe(true);
    expect(matches(pattern, "/search?page=2&lang=en&sort=new&q=cats")).toBe(true);
    expect(matches(pattern, "/search?q=cats")).toBe(false);
    expect(matches(pattern, "/search?q=dogs&lang=en")).toBe(false);
    expect(matches(pattern, "/search")).toBe(false);
    expect(matches(pattern, "/search?")).toBe(false);
  });

  it("accepts any value, even an empty one, for a {placeholder} value or a bare name, but not a missing parameter", () => {
    for (const pattern of ["/search?q={query}", "/search?q"]) {
      expect(matches(pattern, "/search?q=anything")).toBe(true);
      expect(matches(pattern, "/search?q=")).toBe(true);
      expect(matches(pattern, "/search?q")).toBe(true);
      expect(matches(pattern, "/search?query=x")).toBe(false);
      expect(matches(pattern, "/search")).toBe(false);
    }
  });

  it("compares names and values form-decoded on both sides", () => {
    expect(matches("/search?q=hot%20dog", "/search?q=hot+dog")).toBe(true);
    expect(matches("/search?q=hot+dog", "/search?q=hot%20dog")).toBe(true);
    expect(matches("/search?q=caf%C3%A9", "/search?q=caf%c3%a9")).toBe(true);
    expect(matches("/search?sort%5Bby%5D=name", "/search?sort[by]=name")).toBe(true);
    expect(matches("/search?q=a%26b", "/search?q=a&b")).toBe(false);
    // A malformed encoding in the request is compared as sent.
    expect(matches("/search?q=100%25", "/search?q=100%")).toBe(true);
  });

  it("takes the last value of a repeated parameter, as APIcast does", () => {
    expect(matches("/search?q=b", "/search?q=a&q=b")).toBe(true);
    expect(matches("/search?q=a", "/search?q=a&q=b")).toBe(false);
  });

  it("matches the path part as usual, $ included, alongside the query part", () => {
    expect(matches("/search$?q={q}", "/search?q=x")).toBe(true);
    expect(matches("/search$?q={q}", "/search/more?q=x")).toBe(false);
    expect(matches("/search?q={q}", "/search/more?q=x")).toBe(true);
  });
});

describe("matchMappingRules: increments", () => {
  it("rolls a method's increment up into hits", () => {
    expect(usage([rule("/v3/mail/send", { httpMethod: "POST", metricSystemName: "send_email" })], "POST", "/v3/mail/send")).toEqual({
      increments: { send_email: 1, hits: 1 },
      matchedRules: [0],
    });
  });

  it("sums every matching rule, each metric and hits separately", () => {
    const rules = [
      rule("/", { metricSystemName: "hits", delta: 2, position: 1 }),
      rule("/users/{id}", { metricSystemName: "get_user", position: 2 }),
      rule("/users", { metricSystemName: "list_users", delta: 3, position: 3 }),
      rule("/users/{id}$", { metricSystemName: "mb", delta: 5, position: 4 }),
      rule("/orders", { metricSystemName: "mb", delta: 7, position: 5 }),
    ];
    expect(usage(rules, "GET", "/users/42")).toEqual({
      increments: { hits: 6, get_user: 1, list_users: 3, mb: 5 },
      matchedRules: [0, 1, 2, 3],
    });
  });

  it("sums two rules on the same method", () => {
    const rules = [rule("/a", { metricSystemName: "get_user", delta: 2 }), rule("/a/b", { metricSystemName: "get_user", delta: 3, position: 1 })];
    expect(usage(rules, "GET", "/a/b").increments).toEqual({ get_user: 5, hits: 5 });
  });

  it("stops after a matching rule marked last, and only then", () => {
    const rules = [
      rule("/users/{id}/orders", { metricSystemName: "list_users", position: 1, last: true }),
      rule("/users/{id}", { metricSystemName: "get_user", position: 2, last: true }),
      rule("/users", { metricSystemName: "mb", position: 3 }),
    ];
    // The first rule does not match, so its last flag does not apply; the second matches and stops.
    expect(usage(rules, "GET", "/users/42")).toEqual({ increments: { get_user: 1, hits: 1 }, matchedRules: [1] });
    expect(usage(rules, "GET", "/users/42/orders")).toEqual({ increments: { list_users: 1, hits: 1 }, matchedRules: [0] });
    expect(usage(rules, "GET", "/users")).toEqual({ increments: { mb: 1 }, matchedRules: [2] });
  });

  it("evaluates in position order whatever the input order, reporting input indexes", () => {
    const rules = [
      rule("/users", { metricSystemName: "list_users", position: 30 }),
      rule("/users", { metricSystemName: "mb", position: 10, last: true }),
      rule("/users", { metricSystemName: "get_user", position: 20 }),
    ];
    expect(usage(rules, "GET", "/users")).toEqual({ increments: { mb: 1 }, matchedRules: [1] });
    rules[1]!.last = false;
    expect(usage(rules, "GET", "/users").matchedRules).toEqual([1, 2, 0]);
  });

  it("keeps input order between rules of equal position", () => {
    const rules = [rule("/a", { metricSystemName: "mb", position: 1 }), rule("/a", { metricSystemName: "get_user", position: 1 })];
    expect(usage(rules, "GET", "/a").matchedRules).toEqual([0, 1]);
    expect(usage([...rules].reverse(), "GET", "/a").matchedRules).toEqual([0, 1]);
  });

  it("counts a metric missing from the tree alone, without a parent", () => {
    expect(usage([rule("/", { metricSystemName: "ghost" })], "GET", "/").increments).toEqual({ ghost: 1 });
  });

  it("returns nothing when no rule matches", () => {
    expect(usage([rule("/users")], "GET", "/orders")).toEqual({ increments: {}, matchedRules: [] });
    expect(usage([], "GET", "/")).toEqual({ increments: {}, matchedRules: [] });
  });

  it("keeps a metric named like an Object.prototype property a plain count", () => {
    const metrics = [{ systemName: "__proto__", parentSystemName: null }, { systemName: "constructor", parentSystemName: null }];
    const compiled = compileMappingRules(
      [rule("/", { metricSystemName: "__proto__", delta: 2 }), rule("/", { metricSystemName: "constructor", position: 1 })],
      metrics,
    );
    const { increments } = matchMappingRules(compiled, "GET", "/");
    expect(Object.entries(increments)).toEqual([
      ["__proto__", 2],
      ["constructor", 1],
    ]);
  });
});

describe("matchMappingRules: rules spread over many paths", () => {
  it("merges rules of shallow and deep paths in position order", () => {
    const rules = [
      rule("/v1/users/{id}$", { metricSystemName: "get_user", position: 4 }),
      rule("/v{n}/users", { metricSystemName: "list_users", position: 3 }),
      rule("/v1/us", { metricSystemName: "mb", position: 5 }),
      rule("/", { metricSystemName: "hits", position: 1 }),
      rule("/v1/users/{id}", { metricSystemName: "mb", position: 2, delta: 2 }),
      rule("/v2/users/{id}", { metricSystemName: "mb", position: 0, delta: 4 }),
      rule("/v1/users/42$", { metricSystemName: "get_user", position: 6 }),
    ];
    expect(usage(rules, "GET", "/v1/users/42").matchedRules).toEqual([3, 4, 1, 0, 2, 6]);
    expect(usage(rules, "GET", "/v1/users/7").matchedRules).toEqual([3, 4, 1, 0, 2]);
    expect(usage(rules, "GET", "/v2/users/7").matchedRules).toEqual([5, 3, 1]);
    expect(usage(rules, "GET", "/v1/usersX").matchedRules).toEqual([3, 1, 2]);
    expect(usage(rules, "GET", "/v1").matchedRules).toEqual([3]);
  });

  it("matches an exact path whose last segment the request also ends with", () => {
    const rules = [rule("/v1/users$"), rule("/v1/users/$", { position: 1 }), rule("//x$", { position: 2 })];
    expect(usage(rules, "GET", "/v1/users").matchedRules).toEqual([0]);
    expect(usage(rules, "GET", "/v1/users/").matchedRules).toEqual([1]);
    expect(usage(rules, "GET", "//x").matchedRules).toEqual([2]);
    expect(usage(rules, "GET", "*").matchedRules).toEqual([]);
  });

  it("agrees with trying every rule alone, in order, on random rules and requests", () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    const pick = <T>(items: readonly T[]): T => items[random(items.length)]!;
    const segments = ["v1", "v2", "users", "u", "42", "{id}", "{x}.json", "a%2Fb", "~me", "%7Eme", ""];
    const requestSegments = ["v1", "v2", "users", "usersX", "u", "42", "7.json", "a%2fb", "a", "b", "%7Eme", "~me", ""];
    const methods = ["GET", "POST", "DELETE"];
    const names = ["hits", "send_email", "get_user", "mb"];
    let requestsMatching = 0;
    for (let round = 0; round < 40; round++) {
      const rules: MappingRuleInput[] = [];
      for (let r = 0; r < 30; r++) {
        const depth = 1 + random(4);
        const segs = Array.from({ length: depth }, () => pick(segments));
        let pattern = "/" + segs.join("/");
        const used = new Set<string>();
        // Placeholder names must be unique within a pattern.
        pattern = pattern.replace(/\{(\w+)\}/g, (_m, name: string) => {
          let unique = name;
          while (used.has(unique)) unique += "_";
          used.add(unique);
          return `{${unique}}`;
        });
        if (random(3) === 0) pattern += "$";
        if (random(5) === 0) pattern += "?q={q}";
        expect(mappingRulePatternProblem(pattern), pattern).toBeNull();
        rules.push({ httpMethod: pick(methods), pattern, metricSystemName: pick(names), delta: 1 + random(3), position: random(10), last: random(6) === 0 });
      }
      const compiled = compileMappingRules(rules, METRICS);
      const alone = rules.map((r) => compileMappingRules([r], METRICS));
      const order = rules.map((_, i) => i).sort((a, b) => rules[a]!.position - rules[b]!.position || a - b);
      for (let q = 0; q < 40; q++) {
        const method = pick(methods);
        const path = "/" + Array.from({ length: 1 + random(4) }, () => pick(requestSegments)).join("/") + (random(2) ? "?q=1" : "");
        const expected: number[] = [];
        for (const i of order) {
          if (matchMappingRules(alone[i]!, method, path).matchedRules.length === 0) continue;
          expected.push(i);
          if (rules[i]!.last) break;
        }
        expect(matchMappingRules(compiled, method, path).matchedRules, `${method} ${path}`).toEqual(expected);
        if (expected.length > 0) requestsMatching++;
      }
    }
    // Enough of the 1,600 requests match for the comparison to mean something.
    expect(requestsMatching).toBeGreaterThan(400);
  });
});

describe("matchMappingRules: verbs", () => {
  const rules = [
    rule("/users", { httpMethod: "GET", metricSystemName: "list_users" }),
    rule("/users", { httpMethod: "POST", metricSystemName: "mb", position: 1 }),
  ];

  it("matches only the rule's verb, the request's compared case-insensitively", () => {
    expect(usage(rules, "GET", "/users").matchedRules).toEqual([0]);
    expect(usage(rules, "get", "/users").matchedRules).toEqual([0]);
    expect(usage(rules, "Post", "/users").matchedRules).toEqual([1]);
    expect(usage(rules, "DELETE", "/users").matchedRules).toEqual([]);
  });

  it("matches no rule for a verb outside the seven", () => {
    expect(usage(rules, "PROPFIND", "/users")).toEqual({ increments: {}, matchedRules: [] });
    expect(usage(rules, "", "/users").matchedRules).toEqual([]);
  });

  it("accepts a rule's verb in any case, and each of the seven", () => {
    expect(usage([rule("/", { httpMethod: "patch" })], "PATCH", "/").matchedRules).toEqual([0]);
    for (const method of HTTP_METHODS) expect(usage([rule("/", { httpMethod: method })], method, "/").matchedRules).toEqual([0]);
  });
});

describe("compileMappingRules", () => {
  it("refuses a rule the server would not save", () => {
    expect(() => compileMappingRules([rule("/", { httpMethod: "FETCH" })], METRICS)).toThrow(/not one of GET, POST/);
    expect(() => compileMappingRules([rule("users")], METRICS)).toThrow(/must start with \//);
    expect(() => compileMappingRules([rule("/", { delta: 0 })], METRICS)).toThrow(/integer greater than 0/);
    expect(() => compileMappingRules([rule("/", { delta: 1.5 })], METRICS)).toThrow(/integer greater than 0/);
  });

  it("survives a cycle in the metric tree", () => {
    const cyclic = [
      { systemName: "a", parentSystemName: "b" },
      { systemName: "b", parentSystemName: "a" },
    ];
    const { increments } = matchMappingRules(compileMappingRules([rule("/", { metricSystemName: "a" })], cyclic), "GET", "/");
    expect({ ...increments }).toEqual({ a: 1, b: 1 });
  });

  it("only accepts what it compiled", () => {
    expect(() => matchMappingRules({ ruleCount: 0 }, "GET", "/")).toThrow(TypeError);
  });

  it("reports how many rules it holds", () => {
    expect(compileMappingRules([rule("/a"), rule("/b", { httpMethod: "POST" })], METRICS).ruleCount).toBe(2);
  });
});

describe("mappingRulePatternProblem", () => {
  it("accepts porta's patterns", () => {
    for (const ok of [
      "/",
      "/$",
      "/v3/mail/send",
      "/users/{id}",
      "/users/{user_id}/orders/{orderId2}$",
      "/files/{name}.json",
      "/v{version}/{a}{b}",
      "/search?q={query}&lang=en",
      "/search$?q={query}",
      "/search?flag",
      "/search?",
      "/search?a=1&&b=2",
      "/search?price=$5&path=/a/b?c",
      "/search?filter[name]=x",
      "/hello%20world",
      "/~user/a-b_c.d!*'()/:@&=+,;",
      "/" + "a".repeat(MAX_MAPPING_RULE_PATTERN_LENGTH - 1),
    ]) {
      expect(mappingRulePatternProblem(ok), ok).toBeNull();
    }
  });

  it("requires a leading /", () => {
    for (const bad of ["", "users", "*", "{id}", "http://example.com/users"]) {
      expect(mappingRulePatternProblem(bad), bad).toBe("The pattern must start with /, as in /users/{id}.");
    }
  });

  it("caps the length at 255 characters", () => {
    expect(mappingRulePatternProblem("/" + "a".repeat(MAX_MAPPING_RULE_PATTERN_LENGTH))).toBe(
      "The pattern can be at most 255 characters long.",
    );
  });

  it("refuses whitespace", () => {
    for (const bad of ["/hello world", "/a\tb", "/a\n", "/search?q=a b"]) {
      expect(mappingRulePatternProblem(bad), bad).toBe("The pattern cannot contain spaces; write a space as %20.");
    }
  });

  it("refuses a fragment", () => {
    expect(mappingRulePatternProblem("/docs#intro")).toBe(
      "The pattern cannot contain a # fragment: clients never send it, so it would never match.",
    );
  });

  it("refuses characters a URL cannot hold unencoded, naming their encoding", () => {
    expect(mappingRulePatternProblem("/café")).toBe("The pattern cannot contain é; write it percent-encoded, as %C3%A9.");
    expect(mappingRulePatternProblem("/a<b")).toBe("The pattern cannot contain <; write it percent-encoded, as %3C.");
    expect(mappingRulePatternProblem("/a|b")).toBe("The pattern cannot contain |; write it percent-encoded, as %7C.");
    expect(mappingRulePatternProblem("/a[0]")).toBe("The pattern cannot contain [; write it percent-encoded, as %5B.");
    expect(mappingRulePatternProblem("/a?q=\\")).toBe("The pattern cannot contain \\; write it percent-encoded, as %5C.");
  });

  it("refuses a % that starts no encoding", () => {
    for (const bad of ["/100%", "/a%2", "/a%zz", "/search?q=100%"]) {
      expect(mappingRulePatternProblem(bad), bad).toBe("Each % must start a percent-encoded character, such as %20 (write % itself as %25).");
    }
  });

  it("allows $ only at the end of the path part", () => {
    for (const bad of ["/a$b", "/$/users", "/a$$", "/a$/?q=1"]) {
      expect(mappingRulePatternProblem(bad), bad).toBe("A $ can only end the path (before any ?): it means the path must end there.");
    }
  });

  it("requires placeholders in well-formed braces", () => {
    for (const bad of ["/users/{id", "/users/id}", "/users/{{id}}", "/users/{a{b}", "/users/}{"]) {
      expect(mappingRulePatternProblem(bad), bad).toBe("Each { needs a matching } around a placeholder name, as in /users/{id}.");
    }
  });

  it("requires placeholder names of letters, digits and underscores", () => {
    expect(mappingRulePatternProblem("/users/{user-id}")).toBe(
      "{user-id} is not a valid placeholder: use only letters, digits and underscores between the braces, as in {user_id}.",
    );
    expect(mappingRulePatternProblem("/users/{}")).toBe(
      "{} is not a valid placeholder: use only letters, digits and underscores between the braces, as in {user_id}.",
    );
  });

  it("refuses the same placeholder name twice, in the path or the query", () => {
    const twice = (name: string) => `The placeholder {${name}} is used more than once; give each placeholder its own name.`;
    expect(mappingRulePatternProblem("/users/{id}/orders/{id}")).toBe(twice("id"));
    expect(mappingRulePatternProblem("/users/{id}?id={id}")).toBe(twice("id"));
    expect(mappingRulePatternProblem("/search?a={x}&b={x}")).toBe(twice("x"));
  });

  it("allows a placeholder in the query only as a whole value", () => {
    expect(mappingRulePatternProblem("/search?{key}=1")).toBe(
      "A query parameter name cannot be a placeholder; make its value one instead, as in ?page={page}.",
    );
    expect(mappingRulePatternProblem("/search?q=a{b}")).toBe("In the query string, a placeholder must be the whole value, as in ?page={page}.");
    expect(mappingRulePatternProblem("/search?q={b")).toBe("Each { needs a matching } around a placeholder name, as in /users/{id}.");
    expect(mappingRulePatternProblem("/search?q={b-c}")).toBe(
      "{b-c} is not a valid placeholder: use only letters, digits and underscores between the braces, as in {user_id}.",
    );
  });

  it("requires a name for each query parameter, each listed once", () => {
    expect(mappingRulePatternProblem("/search?=1")).toBe("Each query parameter needs a name, as in ?page=1.");
    expect(mappingRulePatternProblem("/search?q=1&q=2")).toBe('The query parameter "q" is listed more than once.');
    expect(mappingRulePatternProblem("/search?q%20x=1&q+x=2")).toBe('The query parameter "q x" is listed more than once.');
  });

  it("names the verbs", () => {
    expect(HTTP_METHODS).toEqual(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]);
  });
});
