/**
 * The page until the game arrives: it loads every shipped scenario through the core, in the
 * browser, and lists them in the chosen language — proof that the core runs here unchanged.
 */
import { loadScenario } from './core/load';
import { formatDiagnostic } from './core/diagnostics';
import { translator, type Translate } from './core/i18n';
import { text } from './core/session';
import type { Language, Scenario } from './core/schema';
import enGame from '../locales/en/game.json';
import arGame from '../locales/ar/game.json';

const files = import.meta.glob('../scenarios/*.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

function render(lang: Language) {
  const t: Translate = translator(lang, { game: lang === 'ar' ? arGame : enGame });
  const scenarios: Scenario[] = [];
  const problems: string[] = [];
  for (const [path, source] of Object.entries(files)) {
    const result = loadScenario(source, path.replace('../', ''));
    if (result.scenario) scenarios.push(result.scenario);
    else problems.push(...result.diagnostics.map((d) => formatDiagnostic(d, lang)));
  }
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  const app = document.getElementById('app')!;
  app.replaceChildren();
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, content: string) => {
    const node = document.createElement(tag);
    node.textContent = content;
    return node;
  };
  const toggle = el('button', t('game:language'));
  toggle.lang = lang === 'ar' ? 'en' : 'ar';
  toggle.addEventListener('click', () => render(lang === 'ar' ? 'en' : 'ar'));
  const command = el('code', `npm run sabr -- play scenarios/late-router.yaml${lang === 'ar' ? ' --lang ar' : ''}`);
  command.dir = 'ltr';
  command.lang = 'en';
  const list = document.createElement('ul');
  for (const s of scenarios) {
    const item = el('li', t('game:scenarioLine', {
      title: text(s.title, lang),
      archetype: t(`vocabulary:archetype.${s.customer.archetype}`),
      minutes: t('game:minutes', { count: s.minutes }),
    }));
    item.dataset.scenario = s.id;
    list.append(item);
  }
  app.append(
    el('h1', t('game:title')),
    el('p', t('game:tagline')),
    toggle,
    el('p', t('game:coreReady', { count: scenarios.length })),
    list,
    ...problems.map((p) => el('pre', t('game:scenarioProblem', { detail: p }))),
    el('p', t('game:comingSoon')),
    command,
  );
}

render(navigator.language.startsWith('ar') ? 'ar' : 'en');
