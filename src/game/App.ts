/**
 * The game's presenter: it holds the player's progress and the screen being shown, renders
 * screens as DOM overlays (real buttons, live regions, `lang`/`dir` on the overlay) and tells the
 * Phaser stage which customer to draw. All the conversation's logic is the core's session.
 */
import type { Language, Progress, Region, Scenario, Settings } from '../core/schema.ts';
import type { Session } from '../core/session.ts';
import type { Translate } from '../core/i18n.ts';
import { dirOf, uiTranslator } from './i18n.ts';
import { loadLibrary, type Library } from './scenarios.ts';
import { loadProgress, saveProgress, type KeyValueStore, type LoadedProgress } from './storage.ts';
import type { PortraitRequest, StageView } from './stage/picture.ts';
import { Sound } from './sound.ts';
import { Voice } from './voice.ts';
import { TurningPoints } from './turningPoints.ts';
import { InputGuard } from './input.ts';
import { ScreenHistory } from './history.ts';
import { clearConversation, loadConversation, resumeSession, saveConversation } from './resume.ts';
import { renderTitle } from './screens/Title.ts';
import { renderPicker } from './screens/Picker.ts';
import { renderBriefing } from './screens/Briefing.ts';
import { renderConversation } from './screens/Conversation.ts';
import { renderDebrief } from './screens/Debrief.ts';
import { renderProgress } from './screens/Progress.ts';
import type { Archetype } from '../core/vocabulary.ts';

export type Screen =
  | { name: 'title' }
  | { name: 'picker'; filter?: Archetype; region?: Region }
  | { name: 'briefing'; scenario: Scenario }
  | { name: 'conversation'; session: Session; startedAt: string }
  | { name: 'debrief'; session: Session }
  | { name: 'progress' };

/** What the game needs from the world; tests and the browser pass their own. */
export interface Deps {
  store: KeyValueStore;
  now: () => Date;
  /** The browser's preferred language, for a first visit. */
  preferred?: Language;
  /** Reporting to a learning system (src/report): told of every screen the game goes to. */
  report?: { observe(screen: Screen, lang: Language): void };
  /** False when the browser keeps nothing (storage blocked): the game runs in memory. */
  persistent?: boolean;
}

/** What every screen gets: the words, the player's state, and the ways to move on. */
export interface ScreenContext {
  t: Translate;
  lang: Language;
  settings: Settings;
  progress: Progress;
  library: Library;
  deps: Deps;
  app: App;
}

export class App {
  private progress: Progress;
  private notice: LoadedProgress['notice'];
  private saveFailed = false;
  /** Stored data that could not be kept aside is never overwritten: this visit runs in memory. */
  private readonly readOnly: boolean;
  /** Whether the last finished attempt reached storage (the debrief says so when it did not). */
  lastAttemptSaved = true;
  private readonly history: ScreenHistory<Screen>;
  readonly library: Library = loadLibrary();
  private screen: Screen = { name: 'title' };
  /** Cleans up what the current screen started (timers, key handlers). */
  private teardown: (() => void) | undefined;
  /** One action per screen: a double click or a held key applies one choice, and never the next screen's. */
  readonly input = new InputGuard(window);
  readonly sound = new Sound(() => this.progress.settings.sound);
  readonly voice = new Voice(() => this.progress.settings.voice);
  readonly turningPoints = new TurningPoints();
  /** Still pictures first, the Phaser stage once it is loaded (lazily); what it should show. */
  private stage: StageView | undefined;
  private portrait: PortraitRequest | undefined;

  constructor(
    private readonly root: HTMLElement,
    private readonly ui: HTMLElement,
    readonly deps: Deps,
  ) {
    const loaded = loadProgress(deps.store, deps.now(), deps.preferred);
    this.progress = loaded.progress;
    this.notice = loaded.notice;
    this.readOnly = loaded.readOnly === true || deps.persistent === false;
    this.history = new ScreenHistory<Screen>(this.screen, (screen) => {
      this.screen = screen;
      this.render();
    });
  }

  /** True when nothing this visit does can be kept (storage blocked, or holding data it could not set aside). */
  get inMemory(): boolean {
    return this.readOnly;
  }

  /** The conversation left in progress (a reload, a closed tab), ready to continue. */
  savedConversation(): { session: Session; startedAt: string } | undefined {
    const saved = loadConversation(this.deps.store);
    const scenario = saved && this.library.scenarios.find((s) => s.id === saved.scenario);
    const session = scenario && saved ? resumeSession(scenario, saved) : undefined;
    return session && saved ? { session, startedAt: saved.startedAt } : undefined;
  }

  /** Forgets the conversation in progress (the trainee starts over). */
  discardConversation(): void {
    clearConversation(this.deps.store);
  }

  get settings(): Settings {
    return this.progress.settings;
  }

  get current(): Screen {
    return this.screen;
  }

  /** The notice about stored data, shown once on the title screen. */
  takeNotice(): { kind: 'corrupt' | 'older' | 'save-failed'; backupKey?: string } | undefined {
    if (this.saveFailed) {
      this.saveFailed = false;
      return { kind: 'save-failed' };
    }
    const n = this.notice;
    this.notice = undefined;
    return n;
  }

  /** Attaches a stage (the still pictures, then Phaser's), and shows what the current screen asked for. */
  attachStage(stage: StageView): void {
    this.stage = stage;
    stage.refresh();
    if (this.portrait) stage.showCustomer(this.portrait);
  }

  /** Draws the customer on the stage (now, or as soon as the stage is there). */
  showCustomer(request: PortraitRequest): void {
    this.portrait = request;
    this.stage?.showCustomer(request);
  }

  /** True when this screen has not acted yet; then it has (see InputGuard). */
  claimInput(): boolean {
    return this.input.claim();
  }

  go(screen: Screen): void {
    const from = this.screen.name;
    this.screen = screen;
    this.deps.report?.observe(screen, this.progress.settings.lang);
    if (screen.name === 'conversation') {
      if (screen.session.outcome) clearConversation(this.deps.store);
      else if (!this.readOnly) saveConversation(this.deps.store, screen.session, screen.startedAt);
    }
    if (from === screen.name && (from === 'conversation' || from === 'picker')) this.history.replace(screen);
    else this.history.push(screen);
    this.render();
  }

  /** The same screen with a detail it shows by itself (the picker's region): kept for Back and Forward, not drawn again. */
  remember(screen: Screen): void {
    if (screen.name !== this.screen.name) return;
    this.screen = screen;
    this.history.replace(screen);
  }

  updateSettings(change: Partial<Settings>): void {
    this.progress = { ...this.progress, settings: { ...this.progress.settings, ...change } };
    this.persist();
    this.render();
  }

  updateProgress(next: Progress): void {
    this.progress = next;
    this.lastAttemptSaved = this.persist();
  }

  private persist(): boolean {
    if (!this.readOnly && saveProgress(this.deps.store, this.progress)) return true;
    this.saveFailed = true;
    return false;
  }

  render(): void {
    this.teardown?.();
    this.teardown = undefined;
    const { lang, textSize, reducedMotion } = this.progress.settings;
    const html = document.documentElement;
    html.lang = lang;
    html.dataset.textSize = textSize;
    html.dataset.reducedMotion = String(reducedMotion);
    document.title = lang === 'ar' ? 'صبر · Sabr' : 'Sabr · صبر';
    this.root.dir = dirOf(lang);
    this.root.dataset.screen = this.screen.name;
    this.ui.lang = lang;
    this.ui.dir = dirOf(lang);
    const ctx: ScreenContext = {
      t: uiTranslator(lang, this.progress.settings.trainee),
      lang,
      settings: this.progress.settings,
      progress: this.progress,
      library: this.library,
      deps: this.deps,
      app: this,
    };
    const screen = this.screen;
    let rendered: { node: HTMLElement; teardown?: () => void };
    switch (screen.name) {
      case 'title':
        rendered = renderTitle(ctx);
        break;
      case 'picker':
        rendered = renderPicker(ctx, screen.filter, screen.region);
        break;
      case 'briefing':
        rendered = renderBriefing(ctx, screen.scenario);
        break;
      case 'conversation':
        rendered = renderConversation(ctx, screen.session, screen.startedAt);
        break;
      case 'debrief':
        rendered = renderDebrief(ctx, screen.session);
        break;
      case 'progress':
        rendered = renderProgress(ctx);
        break;
    }
    this.ui.replaceChildren(rendered.node);
    this.input.newScreen();
    this.teardown = rendered.teardown;
    this.stage?.refresh();
    const focus = rendered.node.querySelector<HTMLElement>('[data-autofocus]') ?? rendered.node.querySelector<HTMLElement>('h1, h2');
    if (focus) {
      if (!focus.hasAttribute('tabindex') && !/^(BUTTON|A|INPUT|SELECT)$/.test(focus.tagName)) focus.tabIndex = -1;
      window.scrollTo(0, 0);
      focus.focus({ preventScroll: true });
    }
  }
}
