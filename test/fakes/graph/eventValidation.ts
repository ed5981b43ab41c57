/** What Graph's event endpoint accepts, checked the way Graph checks it (subset NextStep and its tests touch). */

const EVENT_PROPERTIES = new Set([
  "subject",
  "body",
  "start",
  "end",
  "isReminderOn",
  "reminderMinutesBeforeStart",
  "showAs",
  "categories",
  "transactionId",
  "singleValueExtendedProperties",
  "location",
  "importance",
  "sensitivity",
  "isAllDay",
  "responseRequested",
]);
const SHOW_AS = new Set(["free", "tentative", "busy", "oof", "workingElsewhere", "unknown"]);
const WINDOWS_ZONES = new Set([
  "UTC",
  "Pacific Standard Time",
  "Eastern Standard Time",
  "W. Europe Standard Time",
  "GMT Standard Time",
]);
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?$/;
const PROP_ID =
  /^(String|Integer|Boolean|SystemTime) \{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\} (Name \S+|Id 0x[0-9a-fA-F]+)$/;

function knownZone(tz: string): boolean {
  if (WINDOWS_ZONES.has(tz)) return true;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function checkDateTime(name: string, v: unknown): string | undefined {
  if (!isObj(v)) return `${name} must be a dateTimeTimeZone object`;
  for (const k of Object.keys(v))
    if (k !== "dateTime" && k !== "timeZone")
      return `Property '${k}' does not exist on type 'microsoft.graph.dateTimeTimeZone'`;
  if (typeof v.dateTime !== "string" || !DATE_TIME.test(v.dateTime)) return `${name}.dateTime is not a valid dateTime`;
  if (typeof v.timeZone !== "string" || v.timeZone === "") return `${name}.timeZone is required`;
  if (!knownZone(v.timeZone))
    return `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${v.timeZone}'`;
  return undefined;
}

/** Returns the reason Graph would reject the payload with 400, or undefined when it is acceptable. */
export function validateEvent(body: unknown, mode: "create" | "patch"): string | undefined {
  if (!isObj(body)) return "Empty Payload. JSON content expected.";
  for (const k of Object.keys(body)) {
    if (!EVENT_PROPERTIES.has(k)) return `Property '${k}' does not exist on type 'microsoft.graph.event'`;
  }
  if (body.subject !== undefined && typeof body.subject !== "string") return "subject must be a string";
  if (body.body !== undefined) {
    if (!isObj(body.body)) return "body must be an itemBody";
    for (const k of Object.keys(body.body))
      if (k !== "contentType" && k !== "content")
        return `Property '${k}' does not exist on type 'microsoft.graph.itemBody'`;
    if (body.body.contentType !== "text" && body.body.contentType !== "html")
      return `Requested value '${String(body.body.contentType)}' was not found in bodyType`;
    if (typeof body.body.content !== "string") return "body.content must be a string";
  }
  if (mode === "create" && (body.start === undefined || body.end === undefined)) return "start and end are required";
  for (const name of ["start", "end"] as const) {
    if (body[name] !== undefined) {
      const err = checkDateTime(name, body[name]);
      if (err) return err;
    }
  }
  if (body.showAs !== undefined && !SHOW_AS.has(String(body.showAs)))
    return `Requested value '${String(body.showAs)}' was not found in freeBusyStatus`;
  if (body.isReminderOn !== undefined && typeof body.isReminderOn !== "boolean")
    return "isReminderOn must be a boolean";
  if (
    body.reminderMinutesBeforeStart !== undefined &&
    !(Number.isInteger(body.reminderMinutesBeforeStart) && Number(body.reminderMinutesBeforeStart) >= 0)
  ) {
    return "reminderMinutesBeforeStart must be a non-negative integer";
  }
  if (
    body.categories !== undefined &&
    !(Array.isArray(body.categories) && body.categories.every((c) => typeof c === "string"))
  )
    return "categories must be strings";
  if (body.transactionId !== undefined && typeof body.transactionId !== "string")
    return "transactionId must be a string";
  if (body.singleValueExtendedProperties !== undefined) {
    const list = body.singleValueExtendedProperties;
    if (!Array.isArray(list)) return "singleValueExtendedProperties must be an array";
    for (const p of list) {
      if (!isObj(p) || typeof p.id !== "string" || typeof p.value !== "string")
        return "extended property needs string id and value";
      if (!PROP_ID.test(p.id)) return `The property ID '${p.id}' is not valid`;
    }
  }
  return undefined;
}
