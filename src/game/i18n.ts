/** The game's words: the core's namespaces plus `ui`, in the player's language. */
import { translator, type Translate } from '../core/i18n.ts';
import type { Language, Trainee } from '../core/schema.ts';
import enUi from '../../locales/en/ui.json' with { type: 'json' };
import arUi from '../../locales/ar/ui.json' with { type: 'json' };

/** The game's `t` for one language, addressed to the trainee's gender (settings.trainee). */
export function uiTranslator(lang: Language, trainee?: Trainee): Translate {
  return translator(lang, { ui: lang === 'ar' ? arUi : enUi }, trainee);
}

export const dirOf = (lang: Language): 'rtl' | 'ltr' => (lang === 'ar' ? 'rtl' : 'ltr');
