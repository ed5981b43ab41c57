/** onChanged and friends fire like Excel's: asynchronously, with Office-shaped args, silenced by enableEvents. */
import { useInstalled } from "./helpers";

type Args = Record<string, unknown>;

async function watchSheet(
  name: string,
  seen: Args[],
): Promise<OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>> {
  return Excel.run(async (context) => {
    const result = context.workbook.worksheets.getItem(name).onChanged.add(async (args) => {
      seen.push(args as unknown as Args);
    });
    await context.sync();
    return result;
  });
}

describe("events", () => {
  const installed = useInstalled();

  it("tells a worksheet handler about the rep's single-cell edit, with details, after the edit returns", async () => {
    const { workbook } = installed();
    const seen: Args[] = [];
    await watchSheet("Prospects", seen);
    workbook.userEdit("Prospects", "B2", [["Email"]]);
    expect(seen).toEqual([]); // asynchronous, like Office
    await workbook.flushEvents();
    expect(seen).toMatchObject([
      {
        type: "WorksheetChanged",
        address: "B2",
        changeType: "RangeEdited",
        source: "Local",
        worksheetId: workbook.sheet("Prospects").id,
        triggerSource: "Others",
        details: { valueBefore: "Call back", valueAfter: "Email", valueTypeBefore: "String", valueTypeAfter: "String" },
      },
    ]);
  });

  it("gives no details for a multi-cell paste", async () => {
    const { workbook } = installed();
    const seen: Args[] = [];
    await watchSheet("Prospects", seen);
    workbook.userEdit("Prospects", "A2:B2", [["x", "y"]]);
    await workbook.flushEvents();
    expect(seen).toHaveLength(1);
    expect(seen[0].address).toBe("A2:B2");
    expect(seen[0].details).toBeUndefined();
  });

  it("only tells handlers of the edited sheet", async () => {
    const { workbook } = installed();
    const seen: Args[] = [];
    await watchSheet("Notes", seen);
    workbook.userEdit("Prospects", "B2", [["Email"]]);
    await workbook.flushEvents();
    expect(seen).toEqual([]);
  });

  it("fires for the add-in's own writes unless context.runtime.enableEvents is false", async () => {
    const { workbook } = installed();
    const seen: Args[] = [];
    await watchSheet("Prospects", seen);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Prospects").getRange("C2").values = [[46360]];
      await context.sync();
    });
    await workbook.flushEvents();
    expect(seen.map((a) => [a.address, a.triggerSource])).toEqual([["C2", "ThisLocalAddin"]]);
    expect(seen[0].details).toEqual({
      valueBefore: 46350,
      valueAfter: 46360,
      valueTypeBefore: "Double",
      valueTypeAfter: "Double",
    });
    await Excel.run(async (context) => {
      context.runtime.load("enableEvents");
      await context.sync();
      expect(context.runtime.enableEvents).toBe(true);
      context.runtime.enableEvents = false;
      context.workbook.worksheets.getItem("Prospects").getRange("C3").values = [[46361]];
      context.runtime.enableEvents = true;
      await context.sync();
    });
    await workbook.flushEvents();
    expect(seen).toHaveLength(1);
  });

  it("stops calling a handler after remove() + sync", async () => {
    const { workbook } = installed();
    const seen: Args[] = [];
    const handler = await watchSheet("Prospects", seen);
    await Excel.run(handler.context, async (context) => {
      handler.remove();
      await context.sync();
    });
    workbook.userEdit("Prospects", "B2", [["Email"]]);
    await workbook.flushEvents();
    expect(seen).toEqual([]);
    expect(workbook.events.count()).toBe(0);
  });

  it("tells a table handler the part of the edit inside the table", async () => {
    const { workbook } = installed();
    const table = workbook.addTable("Prospects", "A1:D4", "Pipeline");
    const seen: Args[] = [];
    await Excel.run(async (context) => {
      context.workbook.tables.getItem("Pipeline").onChanged.add(async (args) => {
        seen.push(args as unknown as Args);
      });
      await context.sync();
    });
    workbook.userEdit("Prospects", "D4:E5", [
      ["Won", "x"],
      ["y", "z"],
    ]);
    await workbook.flushEvents();
    expect(seen).toEqual([expect.objectContaining({ type: "TableChanged", address: "D4", tableId: table.id })]);
  });

  it("announces sheet activation and selection", async () => {
    const { workbook } = installed();
    const seen: Args[] = [];
    await Excel.run(async (context) => {
      context.workbook.worksheets.onActivated.add(async (args) => {
        seen.push(args as unknown as Args);
      });
      context.workbook.worksheets.getItem("Notes").onSelectionChanged.add(async (args) => {
        seen.push(args as unknown as Args);
      });
      await context.sync();
    });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Notes").getRange("A3").select();
      await context.sync();
    });
    await workbook.flushEvents();
    const notes = workbook.sheet("Notes").id;
    expect(seen).toEqual([
      { type: "WorksheetActivated", worksheetId: notes },
      { type: "WorksheetSelectionChanged", worksheetId: notes, address: "A3" },
    ]);
    workbook.userActivate("Prospects");
    await workbook.flushEvents();
    expect(seen[2]).toEqual({ type: "WorksheetActivated", worksheetId: workbook.sheet("Prospects").id });
  });

  it("does not let a handler's error escape", async () => {
    const { workbook } = installed();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Prospects").onChanged.add(async () => {
        throw new Error("handler bug");
      });
      await context.sync();
    });
    workbook.userEdit("Prospects", "B2", [["x"]]);
    await expect(workbook.flushEvents()).resolves.toBeUndefined();
  });

  it("lets a handler fetch the changed range from the args, as Office's getRange(context)", async () => {
    const { workbook } = installed();
    const values: unknown[] = [];
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Prospects").onChanged.add(async (args) => {
        await Excel.run(async (inner) => {
          const range = args.getRange(inner).load("values");
          await inner.sync();
          values.push(range.values);
        });
      });
      await context.sync();
    });
    workbook.userEdit("Prospects", "B3", [["Visit"]]);
    await workbook.flushEvents();
    expect(values).toEqual([[["Visit"]]]);
  });
});
