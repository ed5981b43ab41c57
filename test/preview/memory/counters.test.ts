/** Every sync is counted, and Excel on the web's 5 MB request/response limits and the 5,000,000-cell cap hold. */
import { MemoryWorkbook, payloadBytes, PAYLOAD_LIMIT_BYTES } from "../../../src/preview/memory";
import { officeError, PROSPECTS, useInstalled } from "./helpers";

function bigWorkbook(rows: number, text: string): MemoryWorkbook {
  const workbook = new MemoryWorkbook();
  workbook.addSheet(
    "Big",
    Array.from({ length: rows }, () => Array.from({ length: 12 }, () => text)),
  );
  return workbook;
}

describe("counters", () => {
  const installed = useInstalled();

  it("counts syncs, queued operations and the bytes loaded, exactly", async () => {
    const { workbook } = installed();
    workbook.counters.reset();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Prospects").getRange("A1:D4");
      range.load("values");
      await context.sync();
    });
    const counters = workbook.counters.snapshot();
    expect(counters.syncs).toBe(1);
    expect(counters.apiCalls).toBe(3); // getItem, getRange, load
    expect(counters.responseBytes).toBe(payloadBytes("values") + payloadBytes(PROSPECTS));
    expect(counters.largestResponseBytes).toBe(counters.responseBytes);
  });

  it("records which ranges each cell property was read from, the bytes growing with every property loaded", async () => {
    const { workbook } = installed();
    const cost = async (properties: string): Promise<number> => {
      workbook.counters.reset();
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Prospects").getRange("A1:D4").load(properties);
        await context.sync();
      });
      return workbook.counters.responseBytes;
    };
    const values = await cost("values");
    const both = await cost("values,numberFormat");
    expect(workbook.counters.rangeReads).toEqual([
      { property: "values", address: "Prospects!A1:D4", cells: 16 },
      { property: "numberFormat", address: "Prospects!A1:D4", cells: 16 },
    ]);
    expect(both - values).toBe(
      payloadBytes("numberFormat") + payloadBytes(PROSPECTS.map((row) => row.map(() => "General"))),
    );
    await cost("rowIndex,address");
    expect(workbook.counters.rangeReads).toEqual([]); // geometry is not cell data
  });

  it("counts the written values in the request", async () => {
    const { workbook } = installed();
    const values = [
      ["a", "b"],
      ["c", "d"],
    ];
    workbook.counters.reset();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Notes").getRange("A1:B2").values = values;
      await context.sync();
    });
    const { requestBytes, apiCalls, syncs } = workbook.counters;
    expect([syncs, apiCalls]).toEqual([1, 3]);
    expect(requestBytes).toBeGreaterThanOrEqual(payloadBytes(values));
    expect(requestBytes).toBeLessThan(payloadBytes(values) + 100);
  });

  it("starts again from zero after reset()", async () => {
    const { workbook } = installed();
    await Excel.run(async (context) => {
      context.workbook.load("name");
      await context.sync();
    });
    workbook.counters.reset();
    expect(workbook.counters.snapshot()).toEqual({
      syncs: 0,
      apiCalls: 0,
      requestBytes: 0,
      responseBytes: 0,
      largestRequestBytes: 0,
      largestResponseBytes: 0,
      undoRecords: 0,
    });
  });
});

describe("payload limits", () => {
  const installed = useInstalled(() => bigWorkbook(50_000, "prospect-x"));

  it("fails a response over 5 MB with ResponsePayloadSizeLimitExceeded and delivers nothing", async () => {
    let range: Excel.Range | undefined;
    const error = await officeError(() =>
      Excel.run(async (context) => {
        range = context.workbook.worksheets.getItem("Big").getUsedRange().load("values");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ResponsePayloadSizeLimitExceeded");
    expect(installed().workbook.counters.largestResponseBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    expect(() => range?.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  });

  it("reads the same rows in chunks that stay under the limit", async () => {
    const { workbook } = installed();
    workbook.counters.reset();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Big");
      for (let start = 0; start < 50_000; start += 25_000) {
        const chunk = sheet.getRangeByIndexes(start, 0, 25_000, 12).load("values");
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk is the point
        await context.sync();
        expect(chunk.values).toHaveLength(25_000);
      }
    });
    expect(workbook.counters.syncs).toBe(2);
    expect(workbook.counters.largestResponseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  });

  it("fails a request over 5 MB with RequestPayloadSizeLimitExceeded and writes nothing", async () => {
    const { workbook } = installed();
    const values = Array.from({ length: 50_000 }, () => Array.from({ length: 12 }, () => "abcdefghij"));
    const error = await officeError(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Big").getRange("A1:L50000").values = values;
        await context.sync();
      }),
    );
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(workbook.snapshot("Big", "A1").values).toEqual([["prospect-x"]]);
  });

  it("refuses to read more than 5,000,000 cells at once", async () => {
    const error = await officeError(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Big").getRange("A:E").load("numberFormat");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ResponsePayloadSizeLimitExceeded");
  });
});

test("payloadBytes is the UTF-8 size of the JSON text: ASCII, 2-, 3- and 4-byte characters, escapes", () => {
  const values: unknown[] = [
    "abc",
    "Zoë",
    "€ 1,000",
    "📅 call",
    ["日本語", 1, null, true],
    { note: "a\u00a0b\n" },
    "\ud800",
  ];
  for (const value of values) expect(payloadBytes(value)).toBe(Buffer.byteLength(JSON.stringify(value), "utf8"));
});
