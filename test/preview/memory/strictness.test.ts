/** Proxies behave like Office.js: nothing is readable before load + sync, writes land only at sync, bad input fails. */
import { DIMENSION_MISMATCH } from "../../../src/preview/memory";
import { officeError, PROSPECTS, useInstalled } from "./helpers";

describe("the strict in-memory Excel", () => {
  const installed = useInstalled();

  it("fails every sync with InvalidOperationInCellEditMode while the user types in a cell, applying nothing", async () => {
    const workbook = installed().workbook;
    workbook.cellEditMode = true;
    const error = await officeError(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("Z1").values = [["written"]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidOperationInCellEditMode");
    workbook.cellEditMode = false;
    const z1 = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange("Z1");
      range.load("values");
      await context.sync();
      return range.values;
    });
    expect(z1).toEqual([[""]]);
  });

  it("throws PropertyNotLoaded, like Office, when a property is read before load + sync", async () => {
    const error = await officeError(() =>
      Excel.run(async (context) => {
        const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1:D4");
        range.load("values");
        // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- the mistake under test
        return range.values;
      }),
    );
    expect(error.code).toBe("PropertyNotLoaded");
    expect(error.name).toBe("RichApi.Error");
    expect(error).toBeInstanceOf(OfficeExtension.Error);
  });

  it("throws PropertyNotLoaded for a property that was not in the load, even after sync", async () => {
    const error = await officeError(() =>
      Excel.run(async (context) => {
        const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1:D4");
        range.load("address");
        await context.sync();
        // eslint-disable-next-line office-addins/load-object-before-read -- the mistake under test
        return range.numberFormat;
      }),
    );
    expect(error.code).toBe("PropertyNotLoaded");
  });

  it("reads loaded values as they were at that sync", async () => {
    const { workbook } = installed();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Prospects").getRange("A1:D4");
      range.load("values, address, rowCount");
      await context.sync();
      expect(range.values).toEqual(PROSPECTS);
      expect(range.address).toBe("Prospects!A1:D4");
      workbook.userEdit("Prospects", "A2", [["Acme Corp"]]);
      expect(range.values[1][0]).toBe("Acme"); // still the snapshot of the last sync
      range.load("values");
      await context.sync();
      expect(range.values[1][0]).toBe("Acme Corp");
    });
  });

  it("keeps queued writes out of the workbook until sync", async () => {
    const { workbook } = installed();
    await Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Prospects").getRange("B2");
      cell.values = [["Email"]];
      cell.format.fill.color = "#FFFF00";
      expect(workbook.snapshot("Prospects", "B2").values).toEqual([["Call back"]]);
      expect(workbook.snapshot("Prospects", "B2").fill).toEqual([[null]]);
      await context.sync();
      expect(workbook.snapshot("Prospects", "B2").values).toEqual([["Email"]]);
      expect(workbook.snapshot("Prospects", "B2").fill).toEqual([["#FFFF00"]]);
    });
  });

  it("syncs what is still queued when the batch resolves, like Excel.run", async () => {
    const { workbook } = installed();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Prospects").getRange("B2").values = [["Later"]];
    });
    expect(workbook.snapshot("Prospects", "B2").values).toEqual([["Later"]]);
    expect(workbook.counters.syncs).toBe(1);
  });

  it("rejects values whose dimensions do not match the range, and applies nothing after the failing write", async () => {
    const { workbook } = installed();
    const before = workbook.snapshot("Prospects");
    const error = await officeError(() =>
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Prospects");
        sheet.getRange("A2:B3").values = [["only one row", "x"]];
        sheet.getRange("A5").values = [["after"]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
    expect(error.message).toBe(DIMENSION_MISMATCH);
    expect(workbook.snapshot("Prospects")).toEqual(before);
  });

  it("rejects a ragged array even when the row count matches", async () => {
    const error = await officeError(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Prospects").getRange("A2:B3").values = [["a", "b"], ["c"]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });

  it.each(["A0", "A1:B", "ZZZZ1", "B", "3", "A1,B2", "Other!A1", "A1048577"])(
    "rejects the address %s at sync",
    async (address) => {
      const error = await officeError(() =>
        Excel.run(async (context) => {
          context.workbook.worksheets.getItem("Prospects").getRange(address);
          await context.sync();
        }),
      );
      expect(error.code).toBe("InvalidArgument");
    },
  );

  it.each([
    ["A1", "Prospects!A1"],
    ["$A$1:$B$2", "Prospects!A1:B2"],
    ["b2:a1", "Prospects!A1:B2"],
    ["3:5", "Prospects!3:5"],
    ["B:B", "Prospects!B:B"],
    ["Prospects!C3", "Prospects!C3"],
  ])("reads the address of getRange(%s) as %s", async (input, address) => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Prospects").getRange(input).load("address");
      await context.sync();
      expect(range.address).toBe(address);
    });
  });

  it("quotes sheet names that need it", async () => {
    const { workbook } = installed();
    workbook.addSheet("Q4 pipeline", [["x"]]);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Q4 pipeline").getRangeByIndexes(1, 2, 3, 4).load("address");
      await context.sync();
      expect(range.address).toBe("'Q4 pipeline'!C2:F4");
    });
  });

  it("fails the sync with ItemNotFound for a missing sheet, and gives a null object for getItemOrNullObject", async () => {
    const error = await officeError(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Nope");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("Notes");
      // eslint-disable-next-line office-addins/call-sync-before-read -- the mistake under test
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  it("throws ValueNotLoaded when a ClientResult is read before sync", async () => {
    await Excel.run(async (context) => {
      const count = context.workbook.worksheets.getCount();
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- the mistake under test
      expect(() => count.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }));
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult needs no load
      expect(count.value).toBe(2);
    });
  });

  it("rejects loading a property the object does not have", async () => {
    const error = await officeError(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A1").load("valuez");
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });

  it("refuses an untracked object once its Excel.run has ended, and accepts a tracked one via Excel.run(object)", async () => {
    const range = await Excel.run(async (context) => context.workbook.worksheets.getItem("Prospects").getRange("A2"));
    expect(() => range.load("values")).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }));
    const tracked = await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Prospects").getRange("A2");
      r.track();
      return r;
    });
    await Excel.run(tracked, async (context) => {
      tracked.load("values");
      await context.sync();
      expect(tracked.values).toEqual([["Acme"]]);
      tracked.untrack();
    });
  });

  it("refuses, inside Excel.run(trackedObject), an untracked object left from the earlier run", async () => {
    const { tracked, loose } = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Prospects");
      return { tracked: sheet.getRange("A2").track(), loose: sheet.getRange("B2") };
    });
    await Excel.run(tracked, async (context) => {
      expect(() => loose.load("values")).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }));
      const fresh = context.workbook.worksheets.getItem("Prospects").getRange("B2").load("values");
      tracked.format.fill.load("color");
      await context.sync();
      expect(fresh.values).toEqual([["Call back"]]);
      tracked.untrack();
    });
  });

  it("refuses mixing objects from two request contexts", async () => {
    await Excel.run(async (outer) => {
      const a = outer.workbook.worksheets.getItem("Prospects").getRange("A1:B2");
      await Excel.run(async (inner) => {
        const b = inner.workbook.worksheets.getItem("Prospects").getRange("B2:C3");
        expect(() => b.getIntersection(a)).toThrow(expect.objectContaining({ code: "InvalidRequestContext" }));
      });
    });
  });

  it("refuses use1904DateSystem on every host: it is ExcelApi BETA, absent from production office.js", async () => {
    const { workbook } = installed();
    const hosts: Record<string, string>[] = [
      { ExcelApi: "1.12" },
      { ExcelApi: "1.12", ExcelApiOnline: "1.1" },
      { ExcelApi: "BETA" },
    ];
    for (const sets of hosts) {
      workbook.requirementSets = sets;
      const error = await officeError(() =>
        Excel.run(async (context) => {
          context.workbook.load("use1904DateSystem");
          // eslint-disable-next-line office-addins/no-context-sync-in-loop
          await context.sync();
        }),
      );
      expect(error.code).toBe("InvalidArgument");
    }
  });

  it("rejects text longer than a cell can hold (32,767 characters)", async () => {
    const error = await officeError(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Notes").getRange("A1").values = [["x".repeat(32_768)]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });

  it("rejects an unknown colour at sync", async () => {
    const error = await officeError(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Prospects").getRange("A1").format.fill.color = "not a colour";
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });
});
