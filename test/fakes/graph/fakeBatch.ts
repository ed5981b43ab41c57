import type { FakeGraph, Reply } from "./fakeGraphServer";
import { graphError } from "./fakeGraphServer";

interface Item {
  id: string;
  method: string;
  url: string;
  body?: unknown;
  headers: Record<string, string>;
  dependsOn?: string[];
}

/**
 * POST /$batch as Graph runs it: ≤ 20 requests, unique ids, relative urls, Content-Type with a body, dependsOn
 * either a full chain (run in order, 424 after a failure) or absent (run in parallel), responses in any order.
 */
export async function runFakeBatch(fake: FakeGraph, body: unknown, drop: () => void): Promise<Reply | "dropped"> {
  fake.stats.batches++;
  const requests = (body as { requests?: unknown } | undefined)?.requests;
  if (!Array.isArray(requests) || requests.length === 0)
    return graphError(400, "BadRequest", "Invalid batch payload format.");
  if (requests.length > 20)
    return graphError(400, "BadRequest", "Number of batch request steps exceeds the maximum of 20.");
  const ids = new Set<string>();
  const items: Item[] = [];
  for (const r of requests as Record<string, unknown>[]) {
    const id = r.id;
    if (typeof id !== "string" || !id || ids.has(id))
      return graphError(400, "BadRequest", "Batch request ids must be unique non-empty strings.");
    if (typeof r.method !== "string" || typeof r.url !== "string")
      return graphError(400, "BadRequest", "Each request needs a method and a url.");
    if (/^https?:/i.test(r.url)) return graphError(400, "BadRequest", "Batch request urls must be relative.");
    const h = Object.fromEntries(
      Object.entries((r.headers as Record<string, string>) ?? {}).map(([k, v]) => [k.toLowerCase(), v]),
    );
    if (r.body !== undefined && !/application\/json/.test(h["content-type"] ?? "")) {
      return graphError(400, "BadRequest", "Content-Type header must be specified when a body is present.");
    }
    const dep = r.dependsOn as string[] | undefined;
    if (dep !== undefined && (!Array.isArray(dep) || dep.some((d) => !ids.has(d)))) {
      return graphError(400, "BadRequest", "dependsOn must reference earlier request ids.");
    }
    ids.add(id);
    items.push({ id, method: r.method, url: r.url, body: r.body, headers: h, dependsOn: dep });
  }
  const chained = items.every((it, i) =>
    i === 0 ? !it.dependsOn : it.dependsOn?.length === 1 && it.dependsOn[0] === items[i - 1].id,
  );
  const parallel = items.every((it) => !it.dependsOn);
  if (!chained && !parallel)
    return graphError(400, "BadRequest", "Batch should be either fully sequential or fully parallel.");
  fake.stats.batchItems += items.length;

  const run = async (it: (typeof items)[number]): Promise<Reply | "drop"> => {
    const f = fake.takeFault("item", it.method, it.url);
    if (f?.kind === "drop") return "drop";
    if (f) return fake.faultReply(f);
    return fake.mailboxOp(it.method, `/v1.0${it.url.startsWith("/") ? "" : "/"}${it.url}`, it.body, it.headers);
  };
  const out: { id: string; status: number; headers?: Record<string, string>; body?: unknown }[] = [];
  if (chained && items.length > 1) {
    let failed = false;
    for (const it of items) {
      if (failed) {
        out.push({
          id: it.id,
          status: 424,
          body: { error: { code: "FailedDependency", message: "Dependent request failed." } },
        });
        continue;
      }
      const r = await run(it);
      if (r === "drop") return (drop(), "dropped");
      out.push({ id: it.id, ...r });
      failed = r.status < 200 || r.status > 299;
    }
  } else {
    const rs = await Promise.all(items.map(run));
    if (rs.includes("drop")) return (drop(), "dropped");
    rs.forEach((r, i) => r !== "drop" && out.push({ id: items[i].id, ...r }));
  }
  // Graph does not promise response order; reversing makes clients correlate by id.
  return { status: 200, body: { responses: out.reverse() } };
}
