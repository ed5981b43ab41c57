import { GraphClient } from "../../../src/outlook/graphClient";
import { FakeGraph } from "./fakeGraphServer";

/** A started fake plus a client wired to it with instant, recorded sleeps. */
export async function startHarness(options: { maxAttempts?: number } = {}) {
  const fake = await new FakeGraph().start();
  const waits: number[] = [];
  const graph = new GraphClient({
    baseUrl: fake.url,
    tokens: fake.tokenSource(),
    sleep: async (ms) => {
      waits.push(ms);
    },
    retry: { maxAttempts: options.maxAttempts ?? 6 },
  });
  return { fake, graph, waits };
}
