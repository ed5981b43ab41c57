import fc from "fast-check";
import { DEFAULT_CLOSED_STATUSES } from "../../src/core";
import { CLOSED_WORDS_BY_LANGUAGE } from "../../src/core/closedStatuses";
import { closedMatcher } from "../../src/core/closedStatuses";

describe("closed statuses", () => {
  const isClosed = closedMatcher(DEFAULT_CLOSED_STATUSES);

  it("are the English words, with the issue's real-life ones", () => {
    for (const word of [
      "won",
      "lost",
      "closed",
      "rejected",
      "declined",
      "no longer interested",
      "opted out",
      "churned",
    ])
      expect(DEFAULT_CLOSED_STATUSES).toContain(word);
  });

  it.each([
    ["Won"],
    ["LOST"],
    ["closed"],
    ["Closed Won"],
    ["Closed - Won"],
    ["Closed/Lost"],
    ["closed_lost"],
    ["  Dead  "],
    ["Disqualified"],
    ["Not interested"],
    ["NOT INTERESTED!"],
    ["✅ Won"],
    ["Inactive"],
    ["Archived"],
    ["Abandoned"],
    ["Junk lead"],
  ])("%p is closed", (status) => {
    expect(isClosed(status)).toBe(true);
  });

  it.each([
    ["Open"],
    ["Proposal"],
    ["Won back?"],
    ["Lost contact"],
    ["Interested"],
    [""],
    ["Closing"],
    ["won't buy"],
    ["Active"],
    ["Not inactive"],
  ])("%p is not closed", (status) => {
    expect(isClosed(status)).toBe(false);
  });

  it("uses the rep's own words instead of the defaults when given", () => {
    const custom = closedMatcher(["Signed", "Churned"]);
    expect(custom("signed")).toBe(true);
    expect(custom("CHURNED")).toBe(true);
    expect(custom("Won")).toBe(false);
  });

  it("answers the same for repeated statuses (cached)", () => {
    expect([isClosed("Won"), isClosed("Won"), isClosed("Open"), isClosed("Open")]).toEqual([true, true, false, false]);
  });

  it("compares case-insensitively and without accents, whatever the ends of the text", () => {
    const custom = closedMatcher(["Kapandı", "ok", "12 lost", "Gagné"]);
    expect(custom("KAPANDI")).toBe(false); // I lower-cases to i, not ı
    expect(custom("OK")).toBe(true);
    expect(custom("\u212Aapandı")).toBe(true); // the Kelvin sign lower-cases to k
    expect(custom("12 LOST")).toBe(true);
    expect(custom("#12 lost!")).toBe(true);
    expect(custom("\u212Ao")).toBe(false);
    expect(custom("gagne")).toBe(true);
    expect(custom("GAGNÉ")).toBe(true);
  });

  it("closes a closed word typed alone in any case and padding, never after a negation", () => {
    const padding = fc.constantFrom("", " ", "\u00a0", "\t", "!", "✅ ", ".");
    fc.assert(
      fc.property(
        fc.constantFrom(...DEFAULT_CLOSED_STATUSES),
        padding,
        padding,
        fc.boolean(),
        (word, before, after, upper) => {
          const typed = upper ? word.toUpperCase() : word;
          expect(isClosed(before + typed + after)).toBe(true);
          expect(isClosed("Not " + typed + " yet")).toBe(false);
          expect(isClosed("Will be " + typed)).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("closed statuses from the field: whole words, both directions", () => {
  const isClosed = closedMatcher([
    ...DEFAULT_CLOSED_STATUSES,
    ...["fr", "de", "es", "it", "pt", "nl"].flatMap((l) => CLOSED_WORDS_BY_LANGUAGE.get(l) ?? []),
  ]);

  it.each([
    "Closed Won",
    "9. Closed Won",
    "Closed - Lost",
    "Deal Closed - Won",
    "Lost – no budget",
    "Won (signed 3/12)",
    "Won 3/12",
    "Stage 6 - Closed Won",
    "Rejected",
    "Reject",
    "Declined",
    "No longer interested",
    "Opted out",
    "Unsubscribed",
    "Do not contact",
    "Churned",
    "Gagné",
    "Perdu",
    "Gewonnen",
    "Verloren",
    "Abgesagt",
    "Cerrado ganado",
    "Perdido",
    "Chiuso vinto",
    "Ganho",
    "Não interessado",
    "Geen interesse",
    "Lost deal",
    "closed_lost",
    "Won\u00a0",
    "\tLost",
  ])("%p closes the row", (status) => {
    expect(isClosed(status)).toBe(true);
  });

  it.each([
    "Not closed yet",
    "Won't decide until Q2",
    "Won’t sign before March",
    "Lost contact",
    "Won back?",
    "Will be won next quarter",
    "Likely won",
    "Nicht verloren",
    "Proposal sent, they said they lost the tender",
    "Closing",
    "Follow up, not lost",
    "Winning",
    "Noch nicht gewonnen",
    "No interesado todavía? preguntar",
  ])("%p keeps the row open", (status) => {
    expect(isClosed(status)).toBe(false);
  });
});
