/** The follow-up loop's pure core: promises in next steps, quiet prospects, owners, today's plan, moves. */
export { readPromise, type PromisedTime, type PromiseOptions } from "./readPromise";
export { promiseConflict } from "./promiseConflict";
export { promiseSentence, promiseLanguage, type PromiseLanguage } from "./promiseSentence";
export { findFollowUpColumns, touchCount, lastContactDay, type FollowUpColumns } from "./followUpColumns";
export { goneQuiet, DEFAULT_QUIET_DAYS, type FollowUpFacts, type QuietProspect } from "./goneQuiet";
export { countByOwner, isMine, ownerKey, suggestOwner, type OwnerCounts } from "./owners";
export {
  buildDayPlan,
  planBody,
  planEvent,
  planKey,
  planSubject,
  DEFAULT_DAY_START,
  type DayPlan,
  type PlanItem,
} from "./dayPlan";
export {
  nextWorkingDay,
  planReschedule,
  quickPicks,
  targetDay,
  type QuickPick,
  type RescheduleMove,
  type RescheduleTarget,
} from "./reschedule";
export { checkNextStep, type StepCheck } from "./validateStep";
export { shortDate, weekdayOfDay } from "./shortDate";
export {
  doneChanges,
  keepsTimeInDate,
  moveChanges,
  promiseChanges,
  FALLBACK_DATE_FORMAT,
  FALLBACK_TIME_FORMAT,
  type CellChange,
  type ChangedRole,
  type RowChanges,
  type SheetShape,
} from "./rowChanges";
