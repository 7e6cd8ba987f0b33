/**
 * Boots the game. The screens (DOM) come up as soon as the bundled font is ready, the customer
 * with them as still pictures; Phaser, the largest part of the game, loads once the first screen
 * is painted and still, and its stage takes over from the pictures.
 */
import '@fontsource/ibm-plex-sans-arabic/400.css';
import '@fontsource/ibm-plex-sans-arabic/600.css';
import './style.css';
import { App } from './App.ts';
import { startSession } from '../core/session.ts';
import { newSeed } from './replyOrder.ts';
import { fetchConfig, launchReporting } from '../report/launch.ts';
import { browserStore } from './storage.ts';
import { LANGUAGES, traineeSchema } from '../core/schemaBasics.ts';

async function boot(): Promise<void> {
  const params = new URLSearchParams(location.search);
  // The still pictures load beside the fonts; a failed download leaves the stage empty, nothing else.
  const [still] = await Promise.all([
    import('./stage/still.ts').catch(() => undefined),
    document.fonts.load('400 16px "IBM Plex Sans Arabic"', 'صبر Sabr 123').catch(() => undefined),
    document.fonts.load('600 16px "IBM Plex Sans Arabic"', 'صبر Sabr 123').catch(() => undefined),
  ]);
  // A studio draft (?preview=draft) needs the YAML loader: loaded only then, so trainees never download it.
  const previewing = params.get('preview') === 'draft' ? await import('./preview.ts') : undefined;
  const preview = previewing?.previewFrom(params, window.localStorage);
  // From here to reporting.resume(), nothing awaits but a trainer's file: the learning system's saved
  // conversation is offered only to a resume asked for before its adapter is ready.
  const reporting = launchReporting({ window, now: () => new Date(), random: (b) => crypto.getRandomValues(b), config: () => fetchConfig(location.href) });
  addEventListener('pagehide', () => reporting.close());
  const { store, persistent } = browserStore();
  const app = new App(document.getElementById('app')!, document.getElementById('ui')!, {
    store: preview?.store ?? store,
    persistent,
    now: () => new Date(),
    preferred: navigator.language.toLowerCase().startsWith('ar') ? 'ar' : 'en',
    report: reporting.screens,
  });
  shownAsAsked(params, app);
  const host = document.getElementById('stage')!;
  const pictures = still && new still.StillStage(host);
  if (pictures) app.attachStage(pictures);
  // Deep links: ?file= from `sabr preview FILE` (a trainer's own file); ?scenario=<id> opens its briefing
  // (an LMS launches each scenario so: the trainee reads the situation first); ?play=<id> starts at once (tests, the bench).
  const file = params.get('file');
  const filePreview = file === null ? undefined : await import('./filePreview.ts');
  const previewed = filePreview && file !== null ? await filePreview.fetchPreview(file) : undefined;
  const play = previewed && 'scenario' in previewed ? previewed.scenario : app.library.scenarios.find((s) => s.id === (params.get('scenario') ?? params.get('play')));
  if (filePreview && previewed && !('scenario' in previewed)) filePreview.renderPreviewProblems(document.getElementById('ui')!, file!, previewed, app.settings.lang);
  else if (preview?.session) app.go({ name: 'conversation', session: preview.session, startedAt: new Date().toISOString() });
  else if (play) {
    reporting.resume(play, (session, startedAt) => app.go({ name: 'conversation', session, startedAt }));
    if (params.has('play') || previewed) app.go({ name: 'conversation', session: startSession(play, { seed: newSeed() }), startedAt: new Date().toISOString() });
    else app.go({ name: 'briefing', scenario: play });
  } else app.render();
  if (preview) previewing!.previewFrame(preview, app.settings.lang, document.getElementById('ui')!);

  await firstScreenStill();
  const loaded = await import('./stage/Stage.ts').catch(() => undefined);
  // Phaser could not be fetched (a dropped connection): the still pictures stay and the game plays on.
  if (!loaded) return;
  const stage = new loaded.Stage(host, {
    reducedMotion: () => app.settings.reducedMotion,
    renderer: params.get('renderer'),
    // Drawn over the pictures, the customer fades in (220 ms): then the pictures can go.
    onDrawn: () => setTimeout(() => pictures?.remove(), 400),
  });
  app.attachStage(stage);
  // The audio context takes tens of ms to make (100+ with no sound device): made while the trainee
  // reads, not in the first reply's task.
  idle(() => app.sound.warm());
  if (params.has('bench')) Object.assign(window, { sabr: { app, game: stage.game, reporting } });
}

/**
 * A link may say how to show the game: `?lang=ar&trainee=female` (`sabr preview --lang ar --trainee
 * female`, a learning system's language). Applied once as settings the trainee can still change,
 * then taken out of the address, so a reload (a trainer's save) keeps what they changed since.
 */
function shownAsAsked(params: URLSearchParams, app: App): void {
  const lang = LANGUAGES.find((l) => l === params.get('lang'));
  const trainee = traineeSchema.options.find((g) => g === params.get('trainee'));
  if (!lang && !trainee) return;
  app.updateSettings({ ...(lang ? { lang } : {}), ...(trainee ? { trainee } : {}) });
  params.delete('lang');
  params.delete('trainee');
  history.replaceState(history.state, '', `${location.pathname}?${params}${location.hash}`);
}

const idle = (f: () => void) => (window.requestIdleCallback ?? ((g: () => void) => setTimeout(g, 300)))(f, { timeout: 1000 });

/**
 * Resolves once the first screen is painted and nothing on it moves: on a conversation, once the
 * customer's first line is whole. Phaser's start (one 150 ms task) then neither stutters the typing
 * nor stands between the first choice and the trainee's first click — they are reading it.
 */
function firstScreenStill(): Promise<void> {
  const typing = () => document.querySelector('[data-line]:not([data-whole])') !== null;
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      if (!typing()) return idle(resolve);
      new MutationObserver((_, observer) => {
        if (typing()) return;
        observer.disconnect();
        idle(resolve);
      }).observe(document.body, { subtree: true, childList: true, attributeFilter: ['data-whole'] });
    });
  });
}

void boot();
