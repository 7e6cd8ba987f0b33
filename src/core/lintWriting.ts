/**
 * Checks of how a scenario is written rather than how it plays: flags that replies set but
 * nothing reads, no reply that solves the problem, a figure the game cannot draw, English and
 * Arabic swapped, invisible control characters in texts (which would also reach a terminal), and
 * digits and punctuation typed the wrong way (`lintTypography.ts`).
 */
import type { Localized, Scenario } from './schema.ts';
import { hasControlCharacter, printable, suggest, type DiagnosticCode, type Severity, type Diagnostic } from './diagnostics.ts';
import { FIGURE_IDS, normalizeFigure } from './figures.ts';
import { BUSINESS_FLAGS } from './vocabulary.ts';
import { lintTraineeForms } from './lintTrainee.ts';
import { lintTypography } from './lintTypography.ts';

type Report = (severity: Severity, code: DiagnosticCode, path: (string | number)[], params?: Diagnostic['params']) => void;

/** Flags the engine itself reads when the conversation concludes (score and outcome). */
const ENGINE_READS: ReadonlySet<string> = new Set(BUSINESS_FLAGS);

export function lintWriting(scenario: Scenario, report: Report): void {
  checkFlagsRead(scenario, report);
  checkSolvable(scenario, report);
  lintTraineeForms(scenario, report);
  checkFigure(scenario, report);
  eachText(scenario, (text, path) => {
    checkControlCharacters(text, path, report);
    checkScripts(text, path, report);
    lintTypography(text, path, report);
  });
}

/** Without a reply that sets `solved`, no ending can be satisfied (the outcome rules need it). */
function checkSolvable(scenario: Scenario, report: Report): void {
  const solves = scenario.beats.some((b) => b.options.some((o) => o.sets?.includes('solved')));
  if (!solves) report('warning', 'never-solved', ['beats']);
}

function checkFigure(scenario: Scenario, report: Report): void {
  const figure = scenario.customer.look?.figure;
  if (figure === undefined || (FIGURE_IDS as readonly string[]).includes(normalizeFigure(figure))) return;
  report('warning', 'unknown-figure', ['customer', 'look', 'figure'], { figure, suggestion: suggest(normalizeFigure(figure), FIGURE_IDS) ?? '', known: FIGURE_IDS.join(', ') });
}

const ARABIC = /[\u0600-\u06FF]/g;
const LATIN = /[A-Za-z]/g;

/** English written in the `ar` field or Arabic in the `en` field, as when the two are swapped. */
function checkScripts(text: Localized, path: (string | number)[], report: Report): void {
  const count = (s: string | undefined, re: RegExp) => s?.match(re)?.length ?? 0;
  if (text.en && count(text.en, ARABIC) > count(text.en, LATIN)) report('warning', 'wrong-script', [...path, 'en'], { lang: 'en' });
  for (const key of ['ar', 'ar-f'] as const) {
    const value = text[key];
    if (value && count(value, ARABIC) === 0 && count(value, LATIN) >= 3) report('warning', 'wrong-script', [...path, key], { lang: key });
  }
}

function checkFlagsRead(scenario: Scenario, report: Report): void {
  const read = new Set<string>(ENGINE_READS);
  const conditions = [
    ...scenario.beats.flatMap((b) => [
      ...(b.variants ?? []).map((v) => v.when),
      ...b.options.flatMap((o) => (typeof o.next === 'string' ? [] : o.next.flatMap((br) => (br.when ? [br.when] : [])))),
    ]),
    ...scenario.endings.flatMap((e) => (e.variants ?? []).map((v) => v.when)),
  ];
  for (const when of conditions) for (const f of [...(when.flags ?? []), ...(when.notFlags ?? [])]) read.add(f);
  scenario.beats.forEach((beat, b) =>
    beat.options.forEach((option, o) =>
      option.sets?.forEach((flag, k) => {
        if (!read.has(flag)) report('warning', 'flag-never-read', ['beats', b, 'options', o, 'sets', k], { flag });
      }),
    ),
  );
}

function checkControlCharacters(text: Localized, path: (string | number)[], report: Report): void {
  for (const [lang, value] of Object.entries(text)) {
    if (value && hasControlCharacter(value)) {
      const char = printable([...value].find((c) => hasControlCharacter(c)) ?? '');
      report('error', 'control-character', [...path, lang], { char });
    }
  }
}

/** Every text a person reads, with its path (the one walk the checks of texts share). */
export function eachText(scenario: Scenario, visit: (text: Localized, path: (string | number)[]) => void): void {
  visit(scenario.title, ['title']);
  visit(scenario.summary, ['summary']);
  visit(scenario.briefing, ['briefing']);
  visit(scenario.customer.name, ['customer', 'name']);
  scenario.beats.forEach((beat, b) => {
    visit(beat.line, ['beats', b, 'line']);
    beat.variants?.forEach((v, k) => visit(v.line, ['beats', b, 'variants', k, 'line']));
    beat.options.forEach((o, k) => visit(o.text, ['beats', b, 'options', k, 'text']));
  });
  scenario.endings.forEach((e, i) => {
    visit(e.line, ['endings', i, 'line']);
    e.variants?.forEach((v, k) => visit(v.line, ['endings', i, 'variants', k, 'line']));
  });
}
