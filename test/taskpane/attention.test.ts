import { attentionItems, mailtoLink, page, sections, telLink } from "../../src/taskpane/state/attention";
import { matchesFilter } from "../../src/taskpane/state/filters";
import { report, row } from "./rowFixture";

const TODAY = "2026-12-01";

const rows = [
  row({ row: 4, prospect: "Soon", state: "dueSoon", due: "2026-12-03" }),
  row({ row: 5, prospect: "Late 1", state: "overdue", due: "2026-11-30" }),
  row({
    row: 6,
    prospect: "Broken",
    state: "incomplete",
    problems: ["invalidDate"],
    dateKind: "invalid",
    fields: { nextStep: "Call", date: "TBD" },
  }),
  row({ row: 7, prospect: "Late 9", state: "overdue", due: "2026-11-22" }),
  row({ row: 8, prospect: "Today pm", state: "dueToday", due: "2026-12-01T14:30" }),
  row({ row: 9, prospect: "Today am", state: "dueToday", due: "2026-12-01T09:00" }),
  row({ row: 10, prospect: "Won", state: "closed", due: "2026-11-01" }),
  row({ row: 11, prospect: "Later", state: "scheduled", due: "2027-02-01" }),
  row({
    row: 12,
    prospect: "No step",
    state: "incomplete",
    problems: ["missingNextStep"],
    due: "2026-12-20",
    fields: {},
  }),
];

describe("the attention list", () => {
  test("'Open in Outlook' is offered for active dated rows only (an event can be made for them)", () => {
    const keys = Object.fromEntries(attentionItems(rows, TODAY, "active").map((i) => [i.prospect, i.outlookKey]));
    expect(keys).toMatchObject({ "Late 9": "p7", "Today am": "p9", Soon: "p4", "No step": "p12", Broken: null });
    expect(attentionItems(rows, TODAY, "attention").some((i) => i.prospect === "Won")).toBe(false);
  });

  test("'Today' first: today's calls at their time, then the overdue backlog (most days late first)", () => {
    const items = attentionItems(rows, TODAY, "attention");
    expect(items.map((i) => [i.prospect, i.group, i.tone])).toEqual([
      ["Today am", "today", "dueToday"],
      ["Today pm", "today", "dueToday"],
      ["Late 9", "today", "overdue"],
      ["Late 1", "today", "overdue"],
      ["Broken", "problem", "problem"],
      ["No step", "problem", "problem"],
      ["Soon", "dueSoon", "dueSoon"],
    ]);
    expect(items[0].when).toBe("today 09:00");
    expect(items[2].when).toBe("9 days overdue");
    expect(items[4].problem).toBe('"TBD" is not a date — type a real date.');
    expect(items[6].when).toBe("in 2 days");
  });

  test("who to call: the contact's name, and the phone and e-mail as tel: and mailto: links", () => {
    const r = row({
      row: 3,
      prospect: "Acme",
      state: "dueToday",
      due: "2026-12-01T10:00",
      fields: {
        contact: "Ana Trujillo",
        phone: "+1 (425) 555-0100 ext. 12",
        email: "ana@acme.example",
        nextStep: "Call",
      },
    });
    expect(attentionItems([r], TODAY, "attention")[0]).toMatchObject({
      contact: "Ana Trujillo",
      tel: "tel:+14255550100,12",
      mailto: "mailto:ana@acme.example",
      when: "today 10:00",
    });
    expect(telLink("call her mobile")).toBeNull();
    expect(telLink("020 7946 0018")).toBe("tel:02079460018");
    expect(mailtoLink("ana@acme.example?subject=x")).toBeNull();
    expect(mailtoLink("two@a.example, three@b.example")).toBeNull();
    expect(mailtoLink("")).toBeNull();
  });

  test("closed deals and far-off steps are not in the default list, but 'Active' lists every open prospect", () => {
    const names = attentionItems(rows, TODAY, "attention").map((i) => i.prospect);
    expect(names).not.toContain("Won");
    expect(names).not.toContain("Later");
    const active = attentionItems(rows, TODAY, "active").map((i) => i.prospect);
    expect(active).toContain("Later");
    expect(active).not.toContain("Won");
    expect(active).toHaveLength(8);
  });

  test("each badge filter lists exactly the rows its count counts", () => {
    const r = report(rows);
    expect(attentionItems(rows, TODAY, "overdue")).toHaveLength(r.counts.overdue);
    expect(attentionItems(rows, TODAY, "dueToday")).toHaveLength(r.counts.dueToday);
    expect(attentionItems(rows, TODAY, "dueSoon")).toHaveLength(r.counts.dueSoon);
    expect(attentionItems(rows, TODAY, "missingNextStep")).toHaveLength(r.counts.missingNextStep);
    expect(attentionItems(rows, TODAY, "badDate")).toHaveLength(r.counts.missingDate + r.counts.invalidDate);
  });

  test("a closed row never matches any filter, even with a problem", () => {
    const closed = row({ row: 3, state: "closed", problems: ["missingNextStep"] });
    for (const f of ["attention", "overdue", "missingNextStep", "badDate", "active"] as const) {
      expect(matchesFilter(closed, f)).toBe(false);
    }
  });

  test("sections keep order and carry headings", () => {
    const s = sections(attentionItems(rows, TODAY, "attention"));
    expect(s.map((x) => [x.label, x.items.length])).toEqual([
      ["Today", 4],
      ["Needs fixing", 2],
      ["Coming up", 1],
    ]);
  });

  test("long lists are paged", () => {
    const many = Array.from({ length: 250 }, (_, i) => row({ row: i + 2, state: "overdue", due: "2026-11-01" }));
    const items = attentionItems(many, TODAY, "overdue");
    expect(page(items, 100)).toMatchObject({ remaining: 150 });
    expect(page(items, 100).shown).toHaveLength(100);
    expect(page(items, 300).remaining).toBe(0);
  });
});
