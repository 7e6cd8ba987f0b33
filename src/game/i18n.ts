/** The game's words: the core's namespaces plus `ui` and `countdown`, in the player's language. */
import { translator, type Translate } from '../core/i18n.ts';
import type { Language, Trainee } from '../core/schema.ts';
import enUi from '../../locales/en/ui.json' with { type: 'json' };
import arUi from '../../locales/ar/ui.json' with { type: 'json' };
import enCountdown from '../../locales/en/countdown.json' with { type: 'json' };
import arCountdown from '../../locales/ar/countdown.json' with { type: 'json' };
import enGame from '../../locales/en/game.json' with { type: 'json' };
import arGame from '../../locales/ar/game.json' with { type: 'json' };
import enPicker from '../../locales/en/picker.json' with { type: 'json' };
import arPicker from '../../locales/ar/picker.json' with { type: 'json' };

/** The game's `t` for one language, addressed to the trainee's gender (settings.trainee): `ui`, `countdown` and `game` (the trainee's journey: resume, storage, tracks) and `picker` (the scenario picker's region filter). */
export function uiTranslator(lang: Language, trainee?: Trainee): Translate {
  return translator(lang, lang === 'ar' ? { ui: arUi, countdown: arCountdown, game: arGame, picker: arPicker } : { ui: enUi, countdown: enCountdown, game: enGame, picker: enPicker }, trainee);
}

export const dirOf = (lang: Language): 'rtl' | 'ltr' => (lang === 'ar' ? 'rtl' : 'ltr');
