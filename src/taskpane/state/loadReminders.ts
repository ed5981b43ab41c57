import { unavailableReminders, type RemindersFlow } from "./remindersFlow";

/** Lazily loaded: the reminders flow (Graph/MSAL and .ics live behind this import). */
export async function loadReminders(): Promise<RemindersFlow> {
  return unavailableReminders;
}
