/** Edit → map latency, as the trainer sees it: from the form's change to the map of that version. */
export class Latency {
  /** Milliseconds from an edit to its map (check marks at least), and to its analysis colours. */
  readonly map: number[] = [];
  readonly analysis: number[] = [];
  private started: number | undefined;
  private readonly since = new Map<number, number>();
  private readonly seen = new Set<number>();

  editStarted(): void {
    this.started = performance.now();
  }

  /** The analysis request `id` was made for the last edit (or for an open, undo or redo). */
  asked(id: number): void {
    this.since.set(id, this.started ?? performance.now());
    this.started = undefined;
  }

  drawn(id: number, stage: 'checked' | 'analysed'): void {
    const since = this.since.get(id);
    if (since !== undefined) {
      const ms = performance.now() - since;
      if (!this.seen.has(id)) this.map.push(ms);
      if (stage === 'analysed') this.analysis.push(ms);
    }
    this.seen.add(id);
    if (stage === 'analysed') for (const key of this.since.keys()) if (key <= id) this.since.delete(key);
  }
}
