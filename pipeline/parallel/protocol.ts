/** What a pipeline worker thread is started with. */
export interface WorkerSetup<Setup> {
  /** URL of the stage's worker module. */
  readonly module: string;
  readonly setup: Setup;
}

/** A batch of items, starting at `start` in the caller's list. */
export interface BatchRequest<Item> {
  readonly start: number;
  readonly items: readonly Item[];
}

/** The batch's results in its order, or why the thread could not produce them. */
export type BatchReply<Result> =
  | { readonly start: number; readonly results: readonly Result[] }
  | { readonly start: number; readonly error: string };
