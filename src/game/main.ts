/** Boots the game: the bundled font first (no text is drawn before it), then the stage and the app. */
import '@fontsource/ibm-plex-sans-arabic/400.css';
import '@fontsource/ibm-plex-sans-arabic/600.css';
import './style.css';
import { App } from './App';
import { Stage } from './stage/Stage';

async function boot(): Promise<void> {
  await Promise.all([
    document.fonts.load('400 16px "IBM Plex Sans Arabic"', 'صبر Sabr 123'),
    document.fonts.load('600 16px "IBM Plex Sans Arabic"', 'صبر Sabr 123'),
  ]).catch(() => undefined);
  const params = new URLSearchParams(location.search);
  let app: App | undefined;
  const stage = new Stage(document.getElementById('stage')!, {
    reducedMotion: () => app?.settings.reducedMotion ?? matchMedia('(prefers-reduced-motion: reduce)').matches,
    renderer: params.get('renderer'),
  });
  app = new App(document.getElementById('app')!, document.getElementById('ui')!, {
    store: window.localStorage,
    now: () => new Date(),
    preferred: navigator.language.toLowerCase().startsWith('ar') ? 'ar' : 'en',
    stage,
  });
  app.render();
}

void boot();
