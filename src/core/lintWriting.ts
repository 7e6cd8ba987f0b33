/**
 * Checks of how a scenario is written rather than how it plays: flags that replies set but
 * nothing reads, and invisible control characters in texts (which would also reach a terminal).
 */
import type { Localized, Scenario } from './schema.ts';
import { hasControlCharacter, printable, type DiagnosticCode, type Severity, type Diagnostic } from './diagnostics.ts';
import { BUSINESS_FLAGS } from './vocabulary.ts';
import { lintTraineeForms } from './lintTrainee.ts';

type Report = (severity: Severity, code: DiagnosticCode, path: (string | number)[], params?: Diagnostic['params']) => void;

/** Flags the engine itself reads when the conversation concludes (score and outcome). */
const ENGINE_READS: ReadonlySet<string> = new Set(BUSINESS_FLAGS);

export function lintWriting(scenario: Scenario, report: Report): void {
  checkFlagsRead(scenario, report);
  checkControlCharacters(scenario, report);
  lintTraineeForms(scenario, report);
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

function checkControlCharacters(scenario: Scenario, report: Report): void {
  const visit = (text: Localized, path: (string | number)[]) => {
    for (const [lang, value] of Object.entries(text)) {
      if (value && hasControlCharacter(value)) {
        const char = printable([...value].find((c) => hasControlCharacter(c)) ?? '');
        report('error', 'control-character', [...path, lang], { char });
      }
    }
  };
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
