/** Pure reminder planning: rows → desired reminders → diff against Outlook, .ics text and web links. */
export * from "./reminderTypes";
export { planReminders, transactionIdFor } from "./planReminders";
export type { PlanInput } from "./planReminders";
export { diffReminders } from "./diffReminders";
export type { ReminderDiff, UpdateOp, RemoveOp, UnchangedItem, RemovalReason } from "./diffReminders";
export { writeIcs, icsUid, icsSequence } from "./icsWriter";
export type { IcsOptions } from "./icsWriter";
export { outlookWebLink } from "./outlookWebLink";
export type { OutlookHost } from "./outlookWebLink";
export { nextRoundHalfHour } from "./nextRoundHalfHour";
export { wallTimeToUtc, utcToWallTime, isValidTimeZone } from "./zonedTime";
