import { normalizeWords } from "./normalizeWords";

/** Enough of a name to tell prospects apart; cutting keeps a pasted essay from making a huge key. */
const KEY_PART_LENGTH = 200;

const part = (text: string): string =>
  normalizeWords(text.length > KEY_PART_LENGTH ? text.slice(0, KEY_PART_LENGTH) : text);

/**
 * Who a row is about, independent of its row number, date and next step: normalised prospect|contact|email.
 * Example: identityKey("  ACME Corp. ", "Dana", "Dana@Acme.com") === "acme corp|dana|dana acme com".
 */
export function identityKey(prospect: string, contact: string, email: string): string {
  return part(prospect) + "|" + part(contact) + "|" + part(email);
}

/**
 * Makes keys unique in sheet order: the second row with the same identity gets "#2", the third "#3", and so on,
 * so sorting the sheet keeps each key attached to the same prospect as long as duplicates keep their relative order.
 * Example: const k = keyDeduper(); k("a||") === "a||"; k("a||") === "a||#2".
 */
export function keyDeduper(): (key: string) => string {
  const seen = new Map<string, number>();
  return (key: string): string => {
    const n = seen.get(key);
    if (n === undefined) {
      seen.set(key, 1);
      return key;
    }
    let candidate = key + "#" + (n + 1);
    let next = n + 1;
    // A real identity could already end in "#2"; keep counting until the key is free.
    while (seen.has(candidate)) candidate = key + "#" + ++next;
    seen.set(key, next);
    seen.set(candidate, 1);
    return candidate;
  };
}
