/**
 * Boots the game. The screens (DOM) come up as soon as the bundled font is ready; Phaser, the
 * largest part of the game, loads in parallel and the stage joins when it is there.
 */
import '@fontsource/ibm-plex-sans-arabic/400.css';
import '@fontsource/ibm-plex-sans-arabic/600.css';
import './style.css';
import { App } from './App.ts';
import { startSession } from '../core/session.ts';
import { newSeed } from './replyOrder.ts';
import { fetchConfig, launchReporting } from '../report/launch.ts';
import { browserStore } from './storage.ts';

async function boot(): Promise<void> {
  const params = new URLSearchParams(location.search);
  await Promise.all([
    document.fonts.load('400 16px "IBM Plex Sans Arabic"', 'صبر Sabr 123'),
    document.fonts.load('600 16px "IBM Plex Sans Arabic"', 'صبر Sabr 123'),
  ]).catch(() => undefined);
  // A studio draft (?preview=draft) needs the YAML loader: loaded only then, so trainees never download it.
  const previewing = params.get('preview') === 'draft' ? await import('./preview.ts') : undefined;
  const preview = previewing?.previewFrom(params, window.localStorage);
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
  // Deep links: ?file= from `sabr preview FILE` (a trainer's own file), ?play=<scenario id> (and the bench).
  const file = params.get('file');
  const filePreview = file === null ? undefined : await import('./filePreview.ts');
  const previewed = filePreview && file !== null ? await filePreview.fetchPreview(file) : undefined;
  const play = previewed && 'scenario' in previewed ? previewed.scenario : app.library.scenarios.find((s) => s.id === params.get('play'));
  if (filePreview && previewed && !('scenario' in previewed)) filePreview.renderPreviewProblems(document.getElementById('ui')!, file!, previewed, app.settings.lang);
  else if (preview?.session) app.go({ name: 'conversation', session: preview.session, startedAt: new Date().toISOString() });
  else if (play) {
    reporting.resume(play, (session, startedAt) => app.go({ name: 'conversation', session, startedAt }));
    app.go({ name: 'conversation', session: startSession(play, { seed: newSeed() }), startedAt: new Date().toISOString() });
  } else app.render();
  if (preview) previewing!.previewFrame(preview, app.settings.lang, document.getElementById('ui')!);

  // Phaser is fetched and parsed only once the first screen has been painted (a frame, then a
  // task), so its evaluation never stands between the trainee and the first choice. A tab opened
  // in the background paints no frame: then it waits 200 ms, not until it is shown.
  await new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 200);
  });
  const { Stage } = await import('./stage/Stage.ts');
  const stage = new Stage(document.getElementById('stage')!, {
    reducedMotion: () => app.settings.reducedMotion,
    renderer: params.get('renderer'),
  });
  app.attachStage(stage);
  if (params.has('bench')) Object.assign(window, { sabr: { app, game: stage.game, reporting } });
}

void boot();
