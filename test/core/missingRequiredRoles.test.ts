/**
 * missingRequiredRoles is analyzeSheet's header step alone (the pane asks it of the rep's sheet on every start, to
 * tell "no list here" from a list): on every real layout, and on the odd grids, it must name exactly the required
 * roles the full analysis misses, in each date order.
 */
import { analyzeSheet, missingRequiredRoles } from "../../src/core";
import type { DateOrder } from "../../src/core/types";
import { FIELD_LAYOUTS } from "./fieldLayouts/corpus";
import { TODAY } from "./fieldLayouts/types";

const ORDERS: DateOrder[] = ["MDY", "DMY", "YMD"];

const ODD_GRIDS: [string, unknown[][]][] = [
  ["empty", []],
  ["blank rows", [[], ["", null], [undefined]]],
  ["a cover sheet", [["Q4 plan"], ["Read me first: the list is on the next sheet"]]],
  [
    "a contacts export without a next step",
    [
      ["Company", "Email", "Phone"],
      ["Acme", "a@acme.test", "555"],
    ],
  ],
  [
    "dates in the header row",
    [
      ["12/4/2026", "12/5/2026"],
      ["Call", "Visit"],
    ],
  ],
  [
    "serial numbers only",
    [
      [46360, 46361],
      [46362, 46363],
    ],
  ],
  [
    "a list below a title",
    [["Pipeline"], [], ["Company", "Next step", "Due", "Status"], ["Acme", "Call Dana", 46360, "Open"]],
  ],
  [
    "non-text cells",
    [
      [true, 5, null],
      [{}, [], "Company"],
    ],
  ],
];

describe.each(ORDERS)("read %s", (dateOrder) => {
  test.each(FIELD_LAYOUTS.map((layout) => [layout.name, layout.values] as const))(
    "%s: the same required roles missing as the full analysis",
    (_name, values) => {
      const top = values.slice(0, 40);
      const expected = analyzeSheet({ values: top, startRow: 1 }, { today: TODAY, dateOrder }).header.missing;
      expect(missingRequiredRoles(top, { today: TODAY, dateOrder })).toEqual(expected);
    },
  );

  test.each(ODD_GRIDS)("%s: the same required roles missing as the full analysis", (_name, values) => {
    const expected = analyzeSheet({ values, startRow: 1 }, { today: TODAY, dateOrder }).header.missing;
    expect(missingRequiredRoles(values, { today: TODAY, dateOrder })).toEqual(expected);
  });
});

test("a list is found and a cover sheet is not", () => {
  const list = [
    ["Company", "Next step", "Due"],
    ["Acme", "Call Dana", "12/8/2026"],
  ];
  expect(missingRequiredRoles(list, { today: TODAY })).toEqual([]);
  expect(missingRequiredRoles([["Read me first"]], { today: TODAY })).toEqual(["prospect", "nextStep", "date"]);
});
