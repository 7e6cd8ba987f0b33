/**
 * Checks a scenario beyond its shape: ids that clash or lead nowhere, beats no one reaches or
 * that never reach an ending, missing translations, author overrides of the rules, replies
 * whose length or place gives their quality away (`shapeLint.ts`), and tags or conditions the
 * engine cannot honour as written (`lintConsistency.ts`).
 */
import type { Locator } from './load.ts';
import type { Beat, Condition, Localized, Next, Scenario } from './schema.ts';
import { formatPath, suggest, type Diagnostic, type DiagnosticCode, type Severity } from './diagnostics.ts';
import { IMPLIED_FLAGS, impliedFlags } from './rules.ts';
import { BUSINESS_FLAGS } from './vocabulary.ts';
import { staticGraph, targetsOf } from './graph.ts';
import { ARCHETYPE_START, limitsFor } from './customer.ts';
import { lintShape } from './shapeLint.ts';
import { eachText, lintWriting } from './lintWriting.ts';
import { lintConsistency } from './lintConsistency.ts';

export function lintScenario(scenario: Scenario, file: string, locator: Locator): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = (
    severity: Severity,
    code: DiagnosticCode,
    path: (string | number)[],
    params: Diagnostic['params'] = {},
  ) => out.push({ severity, code, file, ...locator.at(path), path: formatPath(path), params });

  const ids = new Map<string, (string | number)[]>();
  const claim = (id: string, path: (string | number)[]) => {
    const first = ids.get(id);
    if (first) report('error', 'duplicate-id', [...path, 'id'], { id, first: formatPath(first), firstLine: locator.at([...first, 'id']).line });
    else ids.set(id, path);
  };
  scenario.beats.forEach((b, i) => claim(b.id, ['beats', i]));
  scenario.endings.forEach((e, i) => claim(e.id, ['endings', i]));

  const beatIds = new Set(scenario.beats.map((b) => b.id));
  const known = [...ids.keys()];
  if (scenario.start && !beatIds.has(scenario.start)) {
    report('error', 'unknown-start', ['start'], { id: scenario.start, suggestion: suggest(scenario.start, beatIds) ?? scenario.beats[0]!.id });
  }

  const setFlags = new Set<string>([...BUSINESS_FLAGS, ...Object.values(IMPLIED_FLAGS)]);
  scenario.beats.forEach((beat) =>
    beat.options.forEach((o) => {
      o.sets?.forEach((f) => setFlags.add(f));
      for (const f of impliedFlags(o.techniques)) setFlags.add(f);
    }),
  );

  scenario.beats.forEach((beat, b) => {
    beat.options.forEach((option, o) => {
      const here = ['beats', b, 'options', o];
      const next = option.next;
      if (typeof next === 'string') {
        checkTarget(next, [...here, 'next']);
      } else {
        next.forEach((branch, k) => {
          checkTarget(branch.to, [...here, 'next', k, 'to']);
          if (branch.when) checkCondition(branch.when, [...here, 'next', k, 'when']);
        });
        if (next.at(-1)!.when) report('warning', 'no-fallback-branch', [...here, 'next']);
      }
      if (option.effect) report('warning', 'effect-override', [...here, 'effect']);
    });
    beat.variants?.forEach((v, k) => checkCondition(v.when, ['beats', b, 'variants', k, 'when']));
  });
  scenario.endings.forEach((e, i) => e.variants?.forEach((v, k) => checkCondition(v.when, ['endings', i, 'variants', k, 'when'])));

  function checkTarget(to: string, path: (string | number)[]) {
    if (!ids.has(to)) report('error', 'unknown-target', path, { id: to, suggestion: suggest(to, known) ?? '' });
  }
  function checkCondition(when: Condition, path: (string | number)[]) {
    for (const flag of [...(when.flags ?? []), ...(when.notFlags ?? [])]) {
      if (!setFlags.has(flag)) report('warning', 'flag-never-set', path, { flag });
    }
  }

  const start = { ...ARCHETYPE_START[scenario.customer.archetype], ...scenario.customer.start };
  const limits = limitsFor(scenario.customer.traits);
  if (start.anger >= limits.walkOut || (start.anger >= limits.escalateAnger && start.trust <= limits.escalateTrust)) {
    report('error', 'start-breaks-down', ['customer', 'start'], { anger: start.anger, trust: start.trust, walkOut: limits.walkOut, escalateAnger: limits.escalateAnger, escalateTrust: limits.escalateTrust });
  }

  if (!out.some((d) => d.severity === 'error')) {
    checkReachability(scenario, report);
    lintShape(scenario, report);
  }
  checkTranslations(scenario, report);
  lintWriting(scenario, report);
  lintConsistency(scenario, report);
  return out;
}

function checkReachability(
  scenario: Scenario,
  report: (s: Severity, c: DiagnosticCode, p: (string | number)[], params?: Diagnostic['params']) => void,
) {
  const { start, edges } = staticGraph(scenario);
  const reached = new Set<string>([start]);
  const queue = [start];
  while (queue.length) {
    for (const to of edges.get(queue.shift()!) ?? []) {
      if (!reached.has(to)) {
        reached.add(to);
        queue.push(to);
      }
    }
  }
  const endingIds = new Set(scenario.endings.map((e) => e.id));
  const reverse = new Map<string, string[]>();
  for (const [from, tos] of edges) for (const to of tos) reverse.set(to, [...(reverse.get(to) ?? []), from]);
  const canEnd = new Set<string>(endingIds);
  const back = [...endingIds];
  while (back.length) {
    for (const from of reverse.get(back.shift()!) ?? []) {
      if (!canEnd.has(from)) {
        canEnd.add(from);
        back.push(from);
      }
    }
  }
  scenario.beats.forEach((beat: Beat, i) => {
    if (!reached.has(beat.id)) report('warning', 'unreachable-beat', ['beats', i, 'id'], { id: beat.id });
    else if (!canEnd.has(beat.id)) report('error', 'no-ending-path', ['beats', i, 'id'], { id: beat.id });
  });
  scenario.endings.forEach((ending, i) => {
    if (!reached.has(ending.id)) report('warning', 'unreachable-beat', ['endings', i, 'id'], { id: ending.id });
  });
}

function checkTranslations(
  scenario: Scenario,
  report: (s: Severity, c: DiagnosticCode, p: (string | number)[], params?: Diagnostic['params']) => void,
) {
  const declared = new Set(scenario.languages);
  const visit = (text: Localized, path: (string | number)[]) => {
    for (const lang of declared) if (!text[lang]) report('warning', 'missing-translation', path, { lang });
    for (const lang of ['en', 'ar'] as const) {
      if (text[lang] && !declared.has(lang)) report('warning', 'undeclared-language', path, { lang });
    }
  };
  eachText(scenario, visit);
}
