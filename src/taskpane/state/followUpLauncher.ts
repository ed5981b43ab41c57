import { Observable } from "./observable";

/**
 * What the rep asked of the follow-up loop, before any of it has loaded: the list's "Done…" on a row, or the loop's
 * panel. Tiny on purpose: it is all of the feature the pane's first bundle holds; the rest loads on the first ask.
 */
export interface FollowUpAsk {
  /** Bumped on every ask, so the same row asked twice opens the form again. */
  seq: number;
  kind: "none" | "panel" | "done";
  /** Sheet row of "Done…". */
  row?: number;
}

export class FollowUpLauncher extends Observable<FollowUpAsk> {
  constructor() {
    super({ seq: 0, kind: "none" });
  }

  openPanel = (): void => this.set({ seq: this.get().seq + 1, kind: "panel", row: undefined });

  openDone = (row: number): void => this.set({ seq: this.get().seq + 1, kind: "done", row });

  /** Whether anything of the loop was ever asked for (then its chunk stays mounted). */
  get asked(): boolean {
    return this.get().seq > 0;
  }
}
