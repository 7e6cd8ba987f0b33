/**
 * A heuristic check that Arabic which changes with the trainee's gender has both forms: a line
 * whose `ar` addresses the trainee (or a reply in which the trainee speaks of themself) in the
 * masculine, with no `ar-f`, reads wrong to a female trainee (docs/arabic-style.md, section 4).
 *
 * It looks for words from short lists, so it is careful rather than complete:
 * - customer lines, their variants, the endings and the briefing: second-person masculine words
 *   that have a distinct feminine (`ADDRESS`: أنت، تعرف، اسمع، يا أخي، يا أستاذ، لو سمحت …), and a
 *   briefing that opens with «تعمل في…» (`NARRATION_OPENERS`);
 * - the trainee's replies: words in which the speaker describes themself (`SELF`: آسف، متأكد،
 *   فاهم …), and `أنا` + موجود/مسؤول/عارف/قادر; a word right after أنت/حضرتك is about the
 *   customer and is skipped.
 * Words spelled the same for both (عندك، منك) are never flagged. A false alarm is silenced by
 * writing the same text as `ar-f`, or rephrasing.
 */
import type { Localized, Scenario } from './schema.ts';
import type { DiagnosticCode, Severity, Diagnostic } from './diagnostics.ts';

type Report = (severity: Severity, code: DiagnosticCode, path: (string | number)[], params?: Diagnostic['params']) => void;

// A word starts after a non-letter, may take the conjunction و/ف, and ends before a non-letter
// (so آسف never matches آسفة, يا أستاذ never matches يا أستاذة). \p{M} keeps vowel marks inside words.
const word = (list: string) => new RegExp(`(?<![\\p{L}\\p{M}])(?:[وف])?(${list})(?![\\p{L}\\p{M}])`, 'u');

/** Second-person masculine words a customer (or the briefing) says to the trainee. */
export const ADDRESS = ['أنتَ', 'أنت', 'انت', 'إنت', 'اسمع', 'خلك', 'يا أخي', 'يا اخوي', 'يا أخوي', 'يا ولدي', 'يا ابني', 'يا أستاذ', 'لو سمحت', 'قلتَ', 'شفتَ'];
/**
 * «you know / understand / can / want / see»: also «she knows …», so counted only in a customer's
 * line, and for a female customer only as a question («تعرف؟»).
 */
export const ADDRESS_VERBS = ['تعرف', 'تفهم', 'تقدر', 'تبغى', 'تبي', 'تشوف'];
/**
 * «You work / sit / stand / take calls…» opening the briefing: narration that puts the trainee in
 * the scene. Only as the text's first word and before a preposition, since elsewhere (or in
 * «تعمل منى في…») it is «she works».
 */
export const NARRATION_OPENERS = ['تعمل', 'تجلس', 'تقف', 'تستقبل', 'تتلقى', 'تتلقّى', 'تردّ', 'ترد'];
/** Words in which the trainee describes themself, masculine. */
export const SELF = ['آسف', 'متأسف', 'متأكد', 'فاهم', 'مستعد', 'متفهم', 'متفهّم', 'شاكر', 'ممتن'];
/** Masculine words about the speaker only after أنا («أنا موجود»); alone they may be about anyone. */
export const SELF_AFTER_ANA = ['موجود', 'مسؤول', 'عارف', 'قادر'];

const ADDRESS_RE = word(ADDRESS.join('|'));
// Followed by a preposition («تعمل في…»), not by a name («تعمل منى في…» is «Mona works in…»).
const OPENER_RE = new RegExp(`^\\s*(?:و)?(${NARRATION_OPENERS.join('|')})\\s+(?:في|على|عند|لدى|خلف|وراء|مع|داخل|ضمن)(?![\\p{L}\\p{M}])`, 'u');
const VERB_RE = word(ADDRESS_VERBS.join('|'));
const VERB_ASKED_RE = new RegExp(`(?<![\\p{L}\\p{M}])(?:[وف])?(${ADDRESS_VERBS.join('|')})\\s*؟`, 'u');
const SELF_RE = word(SELF.join('|'));
const ANA_RE = new RegExp(`(?<![\\p{L}\\p{M}])أنا (${SELF_AFTER_ANA.join('|')})(?![\\p{L}\\p{M}])`, 'u');
// «أنت متأكد؟» / «حضرتك فاهم» speak of the customer.
const ABOUT_CUSTOMER = /(?:أنت|انت|حضرتك)\s+$/u;

/**
 * The first word showing that this Arabic changes with the trainee's gender, if any: `customer`
 * for a customer's line (`female` when the customer is a woman), `narration` for the briefing,
 * `trainee` for a reply.
 */
export function traineeWord(ar: string, voice: 'customer' | 'narration' | 'trainee', customer: 'female' | 'male' = 'male'): string | undefined {
  if (voice !== 'trainee') {
    const direct = ADDRESS_RE.exec(ar)?.[1];
    if (direct) return direct;
    if (voice === 'narration') return OPENER_RE.exec(ar)?.[1];
    return (customer === 'female' ? VERB_ASKED_RE : VERB_RE).exec(ar)?.[1];
  }
  const ana = ANA_RE.exec(ar);
  if (ana) return ana[0];
  const re = new RegExp(SELF_RE.source, 'gu');
  for (const m of ar.matchAll(re)) if (!ABOUT_CUSTOMER.test(ar.slice(0, m.index))) return m[1];
  return undefined;
}

export function lintTraineeForms(scenario: Scenario, report: Report): void {
  const gender = scenario.customer.gender === 'female' ? 'female' : 'male';
  const visit = (text: Localized, path: (string | number)[], voice: 'customer' | 'narration' | 'trainee') => {
    if (!text.ar || text['ar-f']) return;
    const found = traineeWord(text.ar, voice, gender);
    if (found) report('warning', 'trainee-form-missing', [...path, 'ar'], { word: found, context: voice === 'trainee' ? 'trainee' : 'customer' });
  };
  visit(scenario.briefing, ['briefing'], 'narration');
  scenario.beats.forEach((beat, b) => {
    visit(beat.line, ['beats', b, 'line'], 'customer');
    beat.variants?.forEach((v, k) => visit(v.line, ['beats', b, 'variants', k, 'line'], 'customer'));
    beat.options.forEach((o, k) => visit(o.text, ['beats', b, 'options', k, 'text'], 'trainee'));
  });
  scenario.endings.forEach((e, i) => {
    visit(e.line, ['endings', i, 'line'], 'customer');
    e.variants?.forEach((v, k) => visit(v.line, ['endings', i, 'variants', k, 'line'], 'customer'));
  });
}
