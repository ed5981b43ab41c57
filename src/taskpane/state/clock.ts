import { localDay } from "./calendarWords";

/** The pane's only source of "now": injected so tests and the preview can pin it; the core never reads the clock. */
export interface Clock {
  /** Local calendar day, "YYYY-MM-DD". */
  today(): string;
  now(): Date;
}

export const systemClock: Clock = {
  today: () => localDay(new Date()),
  now: () => new Date(),
};

/** A clock stuck at one local moment, e.g. `fixedClock("2026-12-01T09:30")`. */
export function fixedClock(isoLocal: string): Clock {
  const at = new Date(isoLocal.length === 10 ? `${isoLocal}T09:00` : isoLocal);
  return { today: () => localDay(at), now: () => new Date(at.getTime()) };
}
