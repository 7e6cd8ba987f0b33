/**
 * Chooses the reporting adapter at launch and hands the game a port it can call at once: calls
 * made before the adapter is ready (the package's config is read first) are kept in order and
 * passed on when it is. Order of choice: cmi5 launch parameters, xAPI launch parameters, a
 * SCORM API in a parent or opener window, an xAPI endpoint in `sabr.config.json`; otherwise
 * local only, as before.
 */
import type { Scenario } from '../core/schema.ts';
import type { Session } from '../core/session.ts';
import { DEFAULT_MASTERY, type LaunchConfig, type ReportFormat } from './config.ts';
import { resumeSession } from './ledger.ts';
import { ScreenReporter } from './observer.ts';
import { localOnly, type AttemptEnded, type AttemptStarted, type ReplyMade, type ReportPort, type SavedConversation } from './port.ts';
import { findScormApi } from './scorm/api.ts';
import { dialectOf } from './scorm/dialect.ts';
import { ScormPort } from './scorm/scormPort.ts';
import type { RandomBytes } from './uuid.ts';

/** What the launch needs from the browser (tests pass their own). */
export interface LaunchEnv {
  window: Window;
  now: () => Date;
  /** Random bytes for statement ids (crypto.getRandomValues in the browser). */
  random: RandomBytes;
  /** Reads `sabr.config.json` beside index.html; undefined when there is none. */
  config: () => Promise<LaunchConfig | undefined>;
}

type Event = { kind: 'started'; e: AttemptStarted } | { kind: 'reply'; e: ReplyMade } | { kind: 'ended'; e: AttemptEnded };

/** Reporting as the game sees it. */
export class Reporting implements ReportPort {
  readonly screens: ScreenReporter;
  private adapter: ReportPort | undefined;
  private buffered: Event[] = [];
  private closing = false;
  /** Which adapter was chosen, once it is. */
  format: ReportFormat | undefined;
  private resumeRequest: { scenario: Scenario; go: (session: Session, startedAt: string) => void } | undefined;

  constructor(private readonly ready: Promise<{ port: ReportPort; format: ReportFormat }>, now: () => Date) {
    this.screens = new ScreenReporter(this, now);
    void ready.then(async ({ port, format }) => {
      await this.offerResume(port);
      this.adapter = port;
      this.format = format;
      for (const b of this.buffered.splice(0)) this.pass(port, b);
      if (this.closing) port.close();
    });
  }

  /** Resolves once the adapter is chosen and has everything the game said so far. */
  async settled(): Promise<ReportFormat> {
    await this.ready;
    while (!this.adapter) await new Promise((r) => setTimeout(r, 0));
    return this.format!;
  }

  /**
   * When the learning system kept an unfinished conversation of `scenario`, and the trainee has
   * not replied yet in this one, continues it through `go`. Ask before the adapter is chosen (in
   * the task that launched reporting): once it is, the offer has been made or skipped.
   */
  resume(scenario: Scenario, go: (session: Session, startedAt: string) => void): void {
    this.resumeRequest = { scenario, go };
  }

  attemptStarted(e: AttemptStarted): void {
    this.forward({ kind: 'started', e });
  }

  replyMade(e: ReplyMade): void {
    this.forward({ kind: 'reply', e });
  }

  attemptEnded(e: AttemptEnded): void {
    this.forward({ kind: 'ended', e });
  }

  resumable(scenario: string): Promise<SavedConversation | undefined> {
    return this.ready.then(({ port }) => port.resumable(scenario));
  }

  close(): void {
    if (this.adapter) this.adapter.close();
    else this.closing = true;
  }

  private forward(event: Event): void {
    if (this.adapter) this.pass(this.adapter, event);
    else this.buffered.push(event);
  }

  private pass(port: ReportPort, { kind, e }: Event): void {
    if (kind === 'started') port.attemptStarted(e);
    else if (kind === 'reply') port.replyMade(e as ReplyMade);
    else port.attemptEnded(e as AttemptEnded);
  }

  private async offerResume(port: ReportPort): Promise<void> {
    const request = this.resumeRequest;
    if (!request) return;
    const saved = await port.resumable(request.scenario.id).catch(() => undefined);
    if (!saved) return;
    // The trainee already answered in the fresh conversation: theirs wins.
    if (this.buffered.some((b) => b.kind !== 'started') || this.adapter) return;
    const session = resumeSession(request.scenario, saved);
    if (!session) return;
    this.buffered = [];
    this.screens.resumed(saved.startedAt, session.turns.length);
    request.go(session, saved.startedAt);
  }
}

/** Chooses the adapter for this launch. */
export function launchReporting(env: LaunchEnv): Reporting {
  const ready = choose(env).catch((e: unknown) => {
    console.warn('Reporting is off for this session:', e);
    return { port: localOnly, format: 'local' as ReportFormat };
  });
  return new Reporting(ready, env.now);
}

async function choose(env: LaunchEnv): Promise<{ port: ReportPort; format: ReportFormat }> {
  const params = new URLSearchParams(env.window.location.search);
  const config = (await env.config().catch(() => undefined)) ?? {};
  const scenario = params.get('scenario') ?? params.get('play') ?? config.scenarios?.[0];
  const mastery = config.mastery ?? DEFAULT_MASTERY;
  const prefer = config.report === 'scorm12' ? '1.2' : config.report === 'scorm2004' ? '2004' : undefined;
  const found = scenario && (config.report === 'scorm12' || config.report === 'scorm2004' || !config.report) ? findScormApi(env.window, prefer) : undefined;
  if (found && scenario) {
    const port = new ScormPort({ dialect: dialectOf(found), scenario, mastery, now: env.now, warn: (m) => console.warn(m) });
    return { port, format: found.version === '1.2' ? 'scorm12' : 'scorm2004' };
  }
  const cmi5 = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'].every((p) => params.has(p));
  const wantsXapi = cmi5 || (params.has('endpoint') && params.has('auth')) || config.xapi;
  if ((!scenario || !wantsXapi) && !leftover(env.window)) return { port: localOnly, format: 'local' };
  // The xAPI side (@xapi/xapi, @xapi/cmi5) loads only for a launch that needs it.
  const { launchCmi5, launchPlainXapi, pageQueue } = await import('./xapi/launchXapi.ts');
  const xenv = { window: env.window, now: env.now, random: env.random, store: env.window.localStorage };
  // Made even for a local launch: statements an earlier page could not deliver go out now.
  const queue = pageQueue(xenv);
  if (!scenario || !wantsXapi) return { port: localOnly, format: 'local' };
  if (cmi5) return { port: await launchCmi5(xenv, scenario, mastery, queue), format: 'cmi5' };
  const port = await launchPlainXapi(xenv, scenario, mastery, config, queue);
  return port ? { port, format: 'xapi' } : { port: localOnly, format: 'local' };
}

function leftover(win: Window): boolean {
  try {
    return win.localStorage.getItem('sabr.report.queue')?.startsWith('[{') ?? false;
  } catch {
    return false;
  }
}

/** Reads `sabr.config.json` beside the page; none (404, offline, file://) means a plain build. */
export async function fetchConfig(base: string): Promise<LaunchConfig | undefined> {
  const response = await fetch(new URL('sabr.config.json', base), { cache: 'no-store' });
  if (!response.ok) return undefined;
  return (await response.json()) as LaunchConfig;
}
