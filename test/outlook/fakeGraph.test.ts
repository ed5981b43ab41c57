import { FakeGraph } from "../fakes/graph/fakeGraphServer";
import { MARKER_PROPERTY } from "../../src/outlook/graphTypes";

/** The fake must refuse what Graph refuses, or the scenarios prove nothing. */
describe("fake Graph strictness", () => {
  let fake: FakeGraph;
  let token: string;
  beforeAll(async () => {
    fake = await new FakeGraph().start();
    token = fake.issueToken();
  });
  afterAll(() => fake.stop());

  const call = async (method: string, path: string, body?: unknown, auth = true) => {
    const res = await fetch(fake.url + path, {
      method,
      headers: {
        ...(auth ? { Authorization: `Bearer ${token}` } : {}),
        ...(body ? { "Content-Type": "application/json" } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  };
  const event = (over: Record<string, unknown> = {}) => ({
    subject: "s",
    body: { contentType: "text", content: "c" },
    start: { dateTime: "2026-12-03T08:00:00", timeZone: "UTC" },
    end: { dateTime: "2026-12-03T08:15:00", timeZone: "UTC" },
    singleValueExtendedProperties: [{ id: MARKER_PROPERTY, value: "1" }],
    ...over,
  });

  it("requires a bearer token", async () => {
    expect((await call("GET", "/me/events", undefined, false)).status).toBe(401);
  });

  it("rejects unknown properties, bad body types, missing time zones and bad property ids", async () => {
    expect((await call("POST", "/me/events", event({ colour: "red" }))).body.error.message).toMatch(
      /Property 'colour' does not exist/,
    );
    expect((await call("POST", "/me/events", event({ body: { contentType: "markdown", content: "x" } }))).status).toBe(
      400,
    );
    expect(
      (await call("POST", "/me/events", event({ start: { dateTime: "2026-12-03T08:00:00" } }))).body.error.message,
    ).toMatch(/timeZone is required/);
    expect(
      (await call("POST", "/me/events", event({ start: { dateTime: "2026-12-03T08:00:00", timeZone: "Mars/Base" } })))
        .status,
    ).toBe(400);
    expect(
      (await call("POST", "/me/events", event({ singleValueExtendedProperties: [{ id: "NextStep.Key", value: "x" }] })))
        .status,
    ).toBe(400);
    expect((await call("POST", "/me/events", event())).status).toBe(201);
  });

  it("dedupes POSTs by transactionId and refuses to change it", async () => {
    const a = await call("POST", "/me/events", event({ transactionId: "tx-1" }));
    const b = await call("POST", "/me/events", event({ transactionId: "tx-1" }));
    expect(b.body.id).toBe(a.body.id);
    expect((await call("PATCH", `/me/events/${a.body.id}`, { transactionId: "tx-2" })).status).toBe(400);
  });

  it("parses the extended-property filter and rejects filters Graph would not understand", async () => {
    const f = encodeURIComponent(
      `singleValueExtendedProperties/Any(ep: ep/id eq '${MARKER_PROPERTY}' and ep/value eq '1')`,
    );
    const ok = await call("GET", `/me/events?$filter=${f}`);
    expect(ok.status).toBe(200);
    expect(ok.body.value.length).toBeGreaterThan(0);
    expect(ok.body.value[0].singleValueExtendedProperties).toBeUndefined();
    const wrong = encodeURIComponent(`singleValueExtendedProperties/Any(ep: ep/id ne null)`);
    expect((await call("GET", `/me/events?$filter=${wrong}`)).status).toBe(400);
    expect((await call("GET", `/me/events?$search=x`)).status).toBe(400);
    const ex = encodeURIComponent(`singleValueExtendedProperties($filter=id eq '${MARKER_PROPERTY}')`);
    const expanded = await call("GET", `/me/events?$filter=${f}&$expand=${ex}&$top=1`);
    expect(expanded.body.value[0].singleValueExtendedProperties).toEqual([{ id: MARKER_PROPERTY, value: "1" }]);
    expect(new URL(expanded.body["@odata.nextLink"]).searchParams.get("$skip")).toBe("1");
  });

  it("takes at most 20 requests per batch, chains dependsOn with 424 and answers per request", async () => {
    const req = (i: number, extra = {}) => ({ id: `${i}`, method: "GET", url: "/me/mailboxSettings", ...extra });
    const many = Array.from({ length: 21 }, (_, i) => req(i));
    expect((await call("POST", "/$batch", { requests: many })).status).toBe(400);
    expect((await call("POST", "/$batch", { requests: many.slice(0, 20) })).body.responses).toHaveLength(20);
    const chain = [req(0, { url: "/me/events/nope" }), req(1, { dependsOn: ["0"] }), req(2, { dependsOn: ["1"] })];
    const r = await call("POST", "/$batch", { requests: chain });
    const status = Object.fromEntries(r.body.responses.map((x: { id: string; status: number }) => [x.id, x.status]));
    expect(status).toEqual({ 0: 404, 1: 424, 2: 424 });
    const mixed = [req(0), req(1), req(2, { dependsOn: ["0"] })];
    expect((await call("POST", "/$batch", { requests: mixed })).status).toBe(400);
    const noType = [{ id: "1", method: "POST", url: "/me/events", body: event() }];
    expect((await call("POST", "/$batch", { requests: noType })).status).toBe(400);
  });

  it("serves the mailbox time zone", async () => {
    expect((await call("GET", "/me/mailboxSettings")).body.timeZone).toBe("W. Europe Standard Time");
  });
});
