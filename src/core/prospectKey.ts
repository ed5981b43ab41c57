import { cutText } from "./cutText";
import { keyWords } from "./normalizeWords";

/** Enough of a name to tell prospects apart; cutting keeps a pasted essay from making a huge key. */
const KEY_PART_LENGTH = 200;

const cut = (text: string): string => cutText(text, KEY_PART_LENGTH);

/** An email keeps its dots and @ (they are the address) but loses case; "#" is reserved for duplicate suffixes. */
function mailPart(email: string): string {
  const lower = cut(email).toLowerCase();
  return lower.indexOf("#") < 0 ? lower : lower.split("#").join("");
}

/**
 * Who a row is about, independent of its row number, date and next step: normalised prospect|contact|email.
 * Example: identityKey("  ACME Corp. ", "Dana", "Dana@Acme.com") === "acme corp|dana|dana@acme.com".
 */
export function identityKey(prospect: string, contact: string, email: string): string {
  return [keyWords(cut(prospect)), keyWords(cut(contact)), mailPart(email)].join("|");
}

/** The hash quickKey computed along the way, read right after it returns (saves a second pass). */
let lastHash = 0;

/**
 * A probe run this long means the names collide on purpose (or by a freak): the table gives up on its own hash and
 * looks keys up in a Map, whose string hash the engine seeds per process. Normal runs are a handful of probes.
 */
const LONGEST_PROBE_RUN = 32;

/**
 * Fast path of identityKey: lower-cases the joined parts in one native call and, in the same pass that hashes it,
 * checks the names are already plain words (most are, once lower-cased). Returns "" when they are not.
 */
function quickKey(prospect: string, contact: string, email: string, seed: number): string {
  if (prospect.length + contact.length + email.length > KEY_PART_LENGTH) return "";
  const key = (prospect + "|" + contact + "|" + email).toLowerCase();
  let h = 0x811c9dc5 ^ seed;
  let bars = 0;
  let prev = 124; // "|": a name may not start with a space
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h = Math.imul(h ^ c, 0x01000193);
    if (bars < 2) {
      if (c === 124) {
        if (prev === 32) return "";
        bars++;
      } else if (c === 32) {
        if (prev === 32 || prev === 124) return "";
      } else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) {
        return "";
      }
      prev = c;
    } else if (c === 124 || c === 35) {
      return "";
    }
  }
  if (bars < 2) return "";
  lastHash = mix(h);
  return key;
}

/** Final avalanche, so the low bits that pick a slot depend on every character. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}

function hashKey(s: string, seed: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return mix(h);
}

/**
 * Hands out unique identity keys in sheet order: the second row with the same identity gets "#2", the third "#3".
 * Sorting the sheet keeps each key with its prospect as long as duplicates keep their relative order.
 * An open-addressing table on our own hash, sized from the row count: a Map keyed by fresh concatenated strings
 * was the single slowest step of a 100k-row analysis. The hash is keyed with a seed drawn per table, so no fixed list
 * of names collides in it; should a probe run still grow long, the table moves to a Map (linear probing on colliding
 * names is quadratic: 65,536 names sharing one hash took 19 s). The seed only places keys in slots: the keys handed
 * out never depend on it.
 * Example: const k = new ProspectKeys(10); k.unique("Acme", "", "") === "acme||"; k.unique("ACME", "", "") === "acme||#2".
 */
export class ProspectKeys {
  private slots: Int32Array;
  private hashes: Int32Array;
  private keys: string[] = [];
  private repeats = new Map<string, number>();
  private readonly seed: number;
  /** Set once probing has proved too long: every key, from then on looked up here. */
  private fallback: Map<string, number> | undefined;
  /** Slots visited by all lookups so far: what tests count instead of timing. */
  probes = 0;

  /** hash replaces the table's own hash (tests use it to make every name collide). */
  constructor(
    expectedRows: number,
    private readonly hash?: (key: string) => number,
  ) {
    let size = 64;
    while (size < expectedRows * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.hashes = new Int32Array(size >> 1);
    this.seed = (Math.random() * 0x100000000) | 0;
  }

  unique(prospect: string, contact: string, email: string): string {
    let key = quickKey(prospect, contact, email, this.seed);
    let hash = lastHash;
    if (key === "") {
      key = identityKey(prospect, contact, email);
      hash = hashKey(key, this.seed);
    }
    if (this.hash) hash = this.hash(key) | 0;
    if (this.fallback) return this.viaMap(key);
    const mask = this.slots.length - 1;
    let at = hash & mask;
    let run = 0;
    for (let slot = this.slots[at]; slot !== 0; at = (at + 1) & mask, slot = this.slots[at]) {
      const i = slot - 1;
      if (this.hashes[i] === hash && this.keys[i] === key) {
        this.probes += run + 1;
        return this.repeat(key);
      }
      if (++run > LONGEST_PROBE_RUN) {
        this.probes += run;
        this.fallback = new Map(this.keys.map((k, index) => [k, index]));
        return this.viaMap(key);
      }
    }
    this.probes += run + 1;
    const index = this.keys.length;
    this.keys.push(key);
    this.hashes[index] = hash;
    this.slots[at] = index + 1;
    if (this.keys.length * 2 >= this.slots.length) this.grow();
    return key;
  }

  private repeat(key: string): string {
    const n = (this.repeats.get(key) ?? 1) + 1;
    this.repeats.set(key, n);
    return key + "#" + n;
  }

  private viaMap(key: string): string {
    this.probes++;
    const fallback = this.fallback as Map<string, number>;
    if (fallback.has(key)) return this.repeat(key);
    fallback.set(key, this.keys.length);
    this.keys.push(key);
    return key;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const hashes = new Int32Array(slots.length >> 1);
    hashes.set(this.hashes);
    const mask = slots.length - 1;
    for (let i = 0; i < this.keys.length; i++) {
      let at = hashes[i] & mask;
      while (slots[at] !== 0) at = (at + 1) & mask;
      slots[at] = i + 1;
    }
    this.slots = slots;
    this.hashes = hashes;
  }
}
