/**
 * Per-user storage for the pane's small choices (which owner is the rep, the loop's settings): localStorage under
 * Office's partitionKey where the host sets one (Excel on the web partitions storage per origin and top frame), as
 * preferences are. Tiny on purpose: the pane's first bundle reads the rep's owner choice through it at start.
 */
export interface UserStorage {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

function partitionKey(): string {
  try {
    return (globalThis as { Office?: { context?: { partitionKey?: string } } }).Office?.context?.partitionKey ?? "";
  } catch {
    return "";
  }
}

export function userStorage(): UserStorage {
  const partition = partitionKey();
  const full = (key: string) => (partition ? `${partition}/${key}` : key);
  return {
    get: (key) => {
      try {
        return globalThis.localStorage?.getItem(full(key)) ?? null;
      } catch {
        return null; // storage blocked (privacy mode): nothing saved
      }
    },
    set: (key, value) => {
      try {
        globalThis.localStorage?.setItem(full(key), value);
      } catch {
        // Storage full or blocked: the choice lasts for this session only.
      }
    },
  };
}
