/**
 * The rep's saved "which owner is me" (and quiet threshold), read by the main pane at start so "My prospects" holds
 * after reopening without loading the follow-up loop's chunk. The loop writes the same keys.
 */
import type { FollowUpLens } from "./model";

export const OWNER_KEY = "nextstep.followUp.owner";
export const QUIET_KEY = "nextstep.followUp.quietDays";

/** What the saved choices make of the main list's lens: the rep's own rows once they said which owner they are. */
export function storedLens(storage: { get(key: string): string | null }): Partial<FollowUpLens> {
  const me = storage.get(OWNER_KEY)?.trim();
  const quietDays = Number(storage.get(QUIET_KEY) ?? NaN);
  return {
    ...(me ? { me, scope: "mine" as const } : {}),
    ...(Number.isInteger(quietDays) && quietDays > 0 && quietDays <= 365 ? { quietDays } : {}),
  };
}
