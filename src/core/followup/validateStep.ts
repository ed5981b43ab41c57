import { cutText } from "../cutText";
import { isVagueNextStep } from "../vagueNextStep";

export type StepCheck = { ok: true; text: string } | { ok: false; reason: string };

/** Cell text limit in Excel. */
const MAX_CELL = 32767;

/**
 * The Done form's next step: required, and a concrete action, never a placeholder ("maybe", "TBD", "?").
 * Example: checkNextStep("TBD") → { ok: false, reason: "\"TBD\" is a placeholder, not a step: say what you will do, e.g. \"Call Dana about pricing\"." }.
 */
export function checkNextStep(text: string): StepCheck {
  const trimmed = (text ?? "").trim();
  if (trimmed === "")
    return { ok: false, reason: 'Type the next step: what you will do, e.g. "Call Dana about pricing".' };
  if (trimmed.length > MAX_CELL) return { ok: false, reason: "That is longer than an Excel cell holds: shorten it." };
  if (isVagueNextStep(trimmed)) {
    return {
      ok: false,
      reason: `"${cutText(trimmed, 20)}" is a placeholder, not a step: say what you will do, e.g. "Call Dana about pricing".`,
    };
  }
  return { ok: true, text: trimmed };
}
