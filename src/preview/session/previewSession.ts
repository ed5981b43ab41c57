/**
 * The preview's state: which workbook the pane runs on (the demo, or the rep's own file), a file being read, what
 * went wrong, and what the rep should know about what was opened. Components render it and call its intents.
 */
import type { Workbook } from "exceljs";
import type { FileNote } from "../files/loadedWorkbook";
import type { MemoryWorkbook } from "../memory/model/workbook";

export interface OpenedSource {
  kind: "file";
  name: string;
  format: "xlsx" | "csv";
  encoding?: string;
}

export interface PreviewState {
  workbook: MemoryWorkbook;
  /** Goes up when another workbook replaces the current one (the pane starts again on it). */
  generation: number;
  source: { kind: "demo" } | OpenedSource;
  reading: { name: string; fraction: number; stage: string } | null;
  problem: string | null;
  notes: FileNote[];
  downloading: boolean;
}

export interface SessionDeps {
  /** Reads a file (lazy-loads the readers); see files/openFile.ts. */
  open(
    name: string,
    file: Blob,
    report: (fraction: number, stage: string) => void,
  ): Promise<{ workbook: MemoryWorkbook; original?: Workbook; source: OpenedSource; notes: FileNote[] } | string>;
  /** Makes the workbook the one Excel/Office globals point at. */
  install(workbook: MemoryWorkbook): void;
  /** Makes the installed workbook's fakes the globals again (see previewBoot). */
  reassert(): void;
  /** Builds the .xlsx with highlights and hands it to the browser as a download. */
  download(workbook: MemoryWorkbook, original: Workbook | undefined, fileName: string, partial: boolean): Promise<void>;
}

export class PreviewSession {
  private state: PreviewState;
  private original: Workbook | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(
    workbook: MemoryWorkbook,
    private readonly deps: SessionDeps,
  ) {
    this.state = {
      workbook,
      generation: 0,
      source: { kind: "demo" },
      reading: null,
      problem: null,
      notes: [],
      downloading: false,
    };
  }

  get = (): PreviewState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<PreviewState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  openFile = async (name: string, file: Blob): Promise<void> => {
    if (this.state.reading) return; // one file at a time
    this.set({ reading: { name, fraction: 0, stage: "Reading the file…" }, problem: null });
    const opened = await this.deps.open(name, file, (fraction, stage) =>
      this.set({ reading: { name, fraction, stage } }),
    );
    if (typeof opened === "string") {
      this.set({ reading: null, problem: opened });
      return;
    }
    this.original = opened.original;
    // The host being played (?platform=Mac, an old Excel) is the page's, not the file's: it carries over.
    opened.workbook.platform = this.state.workbook.platform;
    opened.workbook.requirementSets = { ...this.state.workbook.requirementSets };
    this.deps.install(opened.workbook);
    this.set({
      workbook: opened.workbook,
      generation: this.state.generation + 1,
      source: opened.source,
      reading: null,
      notes: opened.notes,
    });
  };

  dismissProblem = (): void => this.set({ problem: null });

  download = async (): Promise<void> => {
    if (this.state.downloading) return;
    this.set({ downloading: true, problem: null });
    const name = this.state.source.kind === "file" ? this.state.source.name : "NextStep demo.xlsx";
    try {
      const partial = this.state.notes.some((note) => note.kind === "rowsLeftOut");
      await this.deps.download(this.state.workbook, this.original, name, partial);
      this.set({ downloading: false });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      this.set({ downloading: false, problem: `The workbook could not be written (${detail}). Try again.` });
    }
  };
}
