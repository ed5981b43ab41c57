/** Microsoft Graph wire shapes NextStep sends and reads (only the fields it uses). */

export type HttpMethod = "GET" | "POST" | "PATCH" | "DELETE";

export interface DateTimeTimeZone {
  dateTime: string;
  timeZone: string;
}

export interface ExtendedProperty {
  id: string;
  value: string;
}

export interface GraphEventWrite {
  subject: string;
  body: { contentType: "text"; content: string };
  start: DateTimeTimeZone;
  end: DateTimeTimeZone;
  isReminderOn: boolean;
  reminderMinutesBeforeStart: number;
  showAs: "free";
  categories: string[];
  singleValueExtendedProperties: ExtendedProperty[];
  transactionId?: string;
}

export interface GraphEventRead {
  id: string;
  subject?: string;
  start?: DateTimeTimeZone;
  singleValueExtendedProperties?: ExtendedProperty[];
}

export interface GraphPage<T> {
  value: T[];
  "@odata.nextLink"?: string;
}

export interface BatchRequestItem {
  id: string;
  method: HttpMethod;
  /** Relative to the version root, e.g. "/me/events". */
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
  dependsOn?: string[];
}

export interface BatchResponseItem {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface GraphErrorBody {
  error?: { code?: string; message?: string };
}

/** Our own namespace for the event's extended properties; the name part is case-sensitive. */
export const NEXTSTEP_PROPERTY_SET = "{5c3a9e1d-7b2f-4c8a-9d61-3e0f2b7a4c15}";
const prop = (name: string): string => `String ${NEXTSTEP_PROPERTY_SET} Name ${name}`;

/** Constant "1" on every NextStep event: lists them all with an `eq` filter. */
export const MARKER_PROPERTY = prop("NextStep.Marker");
export const KEY_PROPERTY = prop("NextStep.Key");
export const KIND_PROPERTY = prop("NextStep.Kind");
export const HASH_PROPERTY = prop("NextStep.Hash");
export const MARKER_VALUE = "1";
