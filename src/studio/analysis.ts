/**
 * Asks the analysis worker for the map of each new version, debounced. A version whose
 * behaviour differs from the one being analysed abandons it (the worker restarts), so the map
 * always catches up with the latest edit; a version that changed only words waits for it, since
 * the worker will reuse that analysis. Where workers fail, the same code runs on this thread.
 */
import type { BranchMap } from './map/graph.ts';
import type { MapAnswer, MapRequest } from './analysisWorker.ts';
import type { LoadResult } from '../core/load.ts';

/** The page's side of the analysis worker: one map per version, latest first. */
export class Analysis {
  private worker: Worker | undefined;
  /** The behaviour being analysed now, if any. */
  private running: string | undefined;
  private queued: MapRequest | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private nextId = 1;
  private latest = 0;

  constructor(private readonly onMap: (map: BranchMap, id: number, stage: MapAnswer['stage']) => void, private readonly delay = 50) {}

  /**
   * Schedules the analysis of this text (`behaviour`: its behaviour key, when it loads; `loaded`:
   * the page's load of it, passed on so the worker does not load it again); returns the request's id.
   */
  request(text: string, name: string, behaviour: string | undefined, loaded?: LoadResult): number {
    const id = this.nextId++;
    this.latest = id;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.send({ id, text, name, ...(loaded ? { loaded } : {}) }, behaviour), this.delay);
    return id;
  }

  private send(request: MapRequest, behaviour: string | undefined): void {
    if (this.running !== undefined) {
      if (behaviour !== undefined && behaviour === this.running) {
        this.queued = request;
        return;
      }
      this.stop();
    }
    const worker = this.start();
    if (!worker) {
      void import('./analysisWorker.ts').then((m) => {
        for (const answer of m.answers(request)) this.receive(answer);
      });
      return;
    }
    this.running = behaviour ?? '';
    worker.postMessage(request);
  }

  private receive(answer: MapAnswer): void {
    if (answer.stage === 'analysed') {
      this.running = undefined;
      const queued = this.queued;
      this.queued = undefined;
      if (queued) this.send(queued, undefined);
    }
    if (answer.map && answer.id === this.latest) this.onMap(answer.map, answer.id, answer.stage);
  }

  private stop(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.running = undefined;
  }

  private start(): Worker | undefined {
    if (this.worker) return this.worker;
    try {
      const worker = new Worker(new URL('./analysisWorker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<MapAnswer>) => this.receive(event.data);
      worker.onerror = () => this.stop();
      this.worker = worker;
    } catch {
      return undefined;
    }
    return this.worker;
  }
}
