/** Boots the game: Phaser starts at once, while the bundled font loads; no text is drawn before it. */
import '@fontsource/ibm-plex-sans-arabic/400.css';
import '@fontsource/ibm-plex-sans-arabic/600.css';
import './style.css';
import { App } from './App';
import { Stage } from './stage/Stage';
import { startSession } from '../core/session';

async function boot(): Promise<void> {
  const params = new URLSearchParams(location.search);
  let app: App | undefined;
  const stage = new Stage(document.getElementById('stage')!, {
    reducedMotion: () => app?.settings.reducedMotion ?? matchMedia('(prefers-reduced-motion: reduce)').matches,
    renderer: params.get('renderer'),
  });
  await Promise.all([
    document.fonts.load('400 16px "IBM Plex Sans Arabic"', 'صبر Sabr 123'),
    document.fonts.load('600 16px "IBM Plex Sans Arabic"', 'صبر Sabr 123'),
  ]).catch(() => undefined);
  app = new App(document.getElementById('app')!, document.getElementById('ui')!, {
    store: window.localStorage,
    now: () => new Date(),
    preferred: navigator.language.toLowerCase().startsWith('ar') ? 'ar' : 'en',
    stage,
  });
  // Deep link for trainers previewing a scenario (and for the bench): ?play=<scenario id>.
  const play = app.library.scenarios.find((s) => s.id === params.get('play'));
  if (play) app.go({ name: 'conversation', session: startSession(play), startedAt: new Date().toISOString() });
  else app.render();
  if (params.has('bench')) Object.assign(window, { sabr: { app, game: stage.game } });
}

void boot();
