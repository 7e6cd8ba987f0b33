/**
 * Boots the game. The screens (DOM) come up as soon as the bundled font is ready; Phaser, the
 * largest part of the game, loads in parallel and the stage joins when it is there.
 */
import '@fontsource/ibm-plex-sans-arabic/400.css';
import '@fontsource/ibm-plex-sans-arabic/600.css';
import './style.css';
import { App } from './App.ts';
import { startSession } from '../core/session.ts';
import { browserStore } from './storage.ts';

async function boot(): Promise<void> {
  const params = new URLSearchParams(location.search);
  await Promise.all([
    document.fonts.load('400 16px "IBM Plex Sans Arabic"', 'صبر Sabr 123'),
    document.fonts.load('600 16px "IBM Plex Sans Arabic"', 'صبر Sabr 123'),
  ]).catch(() => undefined);
  const { store, persistent } = browserStore();
  const app = new App(document.getElementById('app')!, document.getElementById('ui')!, {
    store,
    persistent,
    now: () => new Date(),
    preferred: navigator.language.toLowerCase().startsWith('ar') ? 'ar' : 'en',
  });
  // Deep link for trainers previewing a scenario (and for the bench): ?play=<scenario id>.
  const play = app.library.scenarios.find((s) => s.id === params.get('play'));
  if (play) app.go({ name: 'conversation', session: startSession(play), startedAt: new Date().toISOString() });
  else app.render();

  // Phaser is parsed only after the first screen is up, so it never delays the first reply.
  const { Stage } = await import('./stage/Stage.ts');
  const stage = new Stage(document.getElementById('stage')!, {
    reducedMotion: () => app.settings.reducedMotion,
    renderer: params.get('renderer'),
  });
  app.attachStage(stage);
  if (params.has('bench')) Object.assign(window, { sabr: { app, game: stage.game } });
}

void boot();
