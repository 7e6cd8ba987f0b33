/** The game's words: the core's namespaces plus `ui` and `countdown`, in the player's language. */
import { translator, type Translate } from '../core/i18n.ts';
import type { Language } from '../core/schema.ts';
import enUi from '../../locales/en/ui.json' with { type: 'json' };
import arUi from '../../locales/ar/ui.json' with { type: 'json' };
import enCountdown from '../../locales/en/countdown.json' with { type: 'json' };
import arCountdown from '../../locales/ar/countdown.json' with { type: 'json' };

export function uiTranslator(lang: Language): Translate {
  return translator(lang, lang === 'ar' ? { ui: arUi, countdown: arCountdown } : { ui: enUi, countdown: enCountdown });
}

export const dirOf = (lang: Language): 'rtl' | 'ltr' => (lang === 'ar' ? 'rtl' : 'ltr');
