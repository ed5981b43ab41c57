import { analyzeSheet, type RowReport } from "../../src/core";

const TODAY = "2026-11-25"; // serial 46351
const HEADER = ["Company", "Contact", "Email", "Next step", "Due", "Time", "Status", "Notes"];
const SHEET: unknown[][] = [
  ["Pipeline"],
  HEADER,
  [" Acme ", "Dana", "Dana@Acme.com", "Call", 46351.5, 0.4375, "Open", "met at fair"],
  ["Beta", "", "", "", "11/30/2026", "", "", ""],
  ["", "", "", "", "", "", "", ""],
  ["ACME", "dana", "dana@acme.com", "Send deck", "13/45/2026", "2pm", "Won", ""],
  [" acme", "Dana", "DANA@ACME.COM", "TBD", true, 0.75, "", ""],
];
const analyze = () => analyzeSheet({ values: SHEET }, { today: TODAY });

/** What every row held as plain properties before fields, key and textDateSerial became lazy. */
const EXPECTED = [
  {
    row: 3,
    fields: {
      prospect: "Acme",
      contact: "Dana",
      email: "Dana@Acme.com",
      nextStep: "Call",
      date: "2026-11-25",
      time: "10:30",
      status: "Open",
      notes: "met at fair",
    },
    dateKind: "serial",
    textDateSerial: undefined,
    key: "acme|dana|dana@acme.com",
  },
  {
    row: 4,
    fields: {
      prospect: "Beta",
      contact: "",
      email: "",
      nextStep: "",
      date: "11/30/2026",
      time: "",
      status: "",
      notes: "",
    },
    dateKind: "text",
    textDateSerial: 46356,
    key: "beta||",
  },
  {
    row: 6,
    fields: {
      prospect: "ACME",
      contact: "dana",
      email: "dana@acme.com",
      nextStep: "Send deck",
      date: "13/45/2026",
      time: "2pm",
      status: "Won",
      notes: "",
    },
    dateKind: "invalid",
    textDateSerial: undefined,
    key: "acme|dana|dana@acme.com#2",
  },
  {
    row: 7,
    fields: {
      prospect: "acme",
      contact: "Dana",
      email: "DANA@ACME.COM",
      nextStep: "TBD",
      date: "TRUE",
      time: "18:00",
      status: "",
      notes: "",
    },
    dateKind: "invalid",
    textDateSerial: undefined,
    key: "acme|dana|dana@acme.com#3",
  },
];
const lazyParts = (r: RowReport) => ({
  row: r.row,
  fields: r.fields,
  dateKind: r.dateKind,
  textDateSerial: r.textDateSerial,
  key: r.key,
});

describe("row reports: fields, key and textDateSerial worked out on first use", () => {
  it("hold what the cells say", () => {
    const rows = analyze().rows;
    expect(rows.map(lazyParts)).toEqual(EXPECTED);
    // Every mapped role is listed, in role order, even when its cell is empty.
    const roles = ["prospect", "contact", "email", "nextStep", "date", "time", "status", "notes"];
    expect(rows.map((r) => Object.keys(r.fields))).toEqual(rows.map(() => roles));
  });

  it("number duplicates in sheet order, whichever row is asked first and however the list was sorted", () => {
    const rows = analyze().rows;
    rows.reverse();
    expect(rows[0].key).toBe("acme|dana|dana@acme.com#3");
    expect(rows.map((r) => r.key)).toEqual([...EXPECTED].reverse().map((e) => e.key));
  });

  it("give the same fields object on every read, and take assignments like a plain property", () => {
    const [acme, beta] = analyze().rows;
    expect(acme.fields).toBe(acme.fields);
    acme.key = "custom";
    beta.fields = { prospect: "Changed" };
    expect(acme.key).toBe("custom");
    expect(beta.fields).toEqual({ prospect: "Changed" });
    expect(JSON.parse(JSON.stringify(acme)).key).toBe("custom");
  });

  it("are in JSON exactly as plain reports were, in the same property order", () => {
    const report = analyze();
    const json = JSON.parse(JSON.stringify(report));
    expect(Object.keys(json.rows[0])).toEqual([
      "row",
      "prospect",
      "state",
      "problems",
      "due",
      "fields",
      "dateKind",
      "key",
    ]);
    expect(Object.keys(json.rows[1])).toEqual([
      "row",
      "prospect",
      "state",
      "problems",
      "due",
      "message",
      "fields",
      "dateKind",
      "textDateSerial",
      "key",
    ]);
    expect(json.rows).toMatchObject(
      EXPECTED.map(({ textDateSerial, ...e }) => (textDateSerial ? { ...e, textDateSerial } : e)),
    );
    expect(json.rows[1]).toMatchObject({ due: "2026-11-30", message: "Add a next step." });
  });

  it("keep the contract's fields as own properties, and stay equal across analyses of the same sheet", () => {
    const [acme] = analyze().rows;
    expect(Object.keys(acme)).toEqual(["row", "prospect", "state", "problems", "due", "dateKind"]);
    expect(analyze()).toEqual(analyze());
    // A spread copy keeps only own properties: code that copies a report must copy fields and key by name.
    const copy = { ...acme, fields: acme.fields, key: acme.key };
    expect(copy).toMatchObject({ row: 3, state: "dueToday", key: "acme|dana|dana@acme.com" });
  });
});
