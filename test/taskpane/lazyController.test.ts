import { lazyController } from "../../src/taskpane/state/lazyController";

class Counter {
  private count = 0;
  bump = (by: number): number => (this.count += by);
}

describe("lazyController", () => {
  test("loads on the first call, which waits for it; later calls run synchronously on the same controller", async () => {
    let loads = 0;
    const counter = lazyController(async () => {
      loads++;
      return new Counter();
    });
    expect(loads).toBe(0);
    await expect(counter.bump(2)).resolves.toBe(2);
    expect(counter.bump(3)).toBe(5); // a value, not a promise: synchronous once loaded
    expect(loads).toBe(1);
  });

  test("calls made while loading share one load and run in order", async () => {
    let loads = 0;
    const counter = lazyController(async () => {
      loads++;
      return new Counter();
    });
    const results = await Promise.all([counter.bump(1), counter.bump(10)]);
    expect(results).toEqual([1, 11]);
    expect(loads).toBe(1);
  });

  test("a failed load is tried again on the next call", async () => {
    let attempt = 0;
    const counter = lazyController(async () => {
      if (attempt++ === 0) throw new Error("chunk failed");
      return new Counter();
    });
    await expect(counter.bump(1)).rejects.toThrow("chunk failed");
    await expect(counter.bump(1)).resolves.toBe(1);
  });

  test("is not a thenable: awaiting it does not call anything", async () => {
    let loads = 0;
    const counter = lazyController(async () => {
      loads++;
      return new Counter();
    });
    expect(await Promise.resolve(counter)).toBe(counter);
    expect(loads).toBe(0);
  });
});
