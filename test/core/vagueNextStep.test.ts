import { isVagueNextStep } from "../../src/core/vagueNextStep";

describe("vague next steps count as missing: a next step is never a maybe", () => {
  it.each([
    ["maybe"],
    ["Maybe?"],
    ["TBD"],
    ["tbd."],
    ["?"],
    ["???"],
    ["-"],
    ["--"],
    ["n/a"],
    ["N/A"],
    ["NA"],
    ["none"],
    ["None."],
    ["..."],
    ["…"],
    ["x"],
    ["🤷"],
    ["asap"],
    ["later"],
    ["-----------------------------"],
    ["not sure"],
    ["Peut-être"],
    ["à voir"],
    ["Vielleicht?"],
    ["später"],
    ["quizás"],
    ["Tal vez"],
    ["misschien"],
    // Every error value, not only those whose letters spell a placeholder (#N/A, #NULL!): the sheet's rule marks them all.
    ["#DIV/0!"],
    ["#VALUE!"],
    ["#REF!"],
    ["#NAME?"],
    ["#SPILL!"],
  ])("%p is not a step", (text) => {
    expect(isVagueNextStep(text)).toBe(true);
  });

  it.each([
    ["Call Dana about pricing"],
    ["Call"],
    ["Email"],
    ["Send deck"],
    ["Demo"],
    ["Maybe call after the demo"],
    ["Follow up on contract"],
    ["📞 Call Dana"],
    ["Réunion"],
  ])("%p is a step", (text) => {
    expect(isVagueNextStep(text)).toBe(false);
  });
});
