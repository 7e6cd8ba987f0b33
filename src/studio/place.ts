/**
 * Where a finding is, in the words of the studio's own forms: `beats[1].options[2].next` reads
 * «المقطع story › الرد 3 › ينتقل إلى» (or "Beat story › Reply 3 › Goes to"). The check's paths are
 * the file's structure in English brackets, which a trainer working in the forms does not see.
 */
import type { Translate } from '../core/i18n.ts';
import { METERS, type Meter } from '../core/vocabulary.ts';

type Data = Record<string, unknown>;

/** Field names the forms show, by the key in the file. */
const FIELDS: Record<string, string> = {
  id: 'studio:field.id', title: 'studio:field.title', summary: 'studio:field.summary', briefing: 'studio:field.briefing',
  difficulty: 'studio:field.difficulty', minutes: 'studio:field.minutes', region: 'studio:field.region', goals: 'studio:field.goals',
  maxTurns: 'studio:field.maxTurns', start: 'studio:field.start', name: 'studio:field.name', archetype: 'studio:field.archetype',
  gender: 'studio:field.gender', traits: 'studio:field.traits', figure: 'studio:field.figure', age: 'studio:field.age',
  setting: 'studio:field.setting', hostility: 'studio:field.hostility', line: 'studio:field.line', text: 'studio:field.text',
  techniques: 'studio:field.techniques', sets: 'studio:field.sets', clears: 'studio:field.clears', next: 'studio:field.next',
  to: 'studio:field.to', mood: 'studio:field.mood', flags: 'studio:field.flags', notFlags: 'studio:field.notFlags',
  outcome: 'studio:field.outcome', languages: 'studio:field.languages', customer: 'studio:section.customer',
  en: 'studio:text.en', ar: 'studio:text.ar', 'ar-f': 'studio:text.arF',
};

/** Keys that only group others in the file and have no heading of their own in the forms. */
const SILENT = new Set(['look', 'when', 'options', 'variants', 'start-levels']);

/** The parts of a path like `beats[1].options[2].next[0].to`. */
function parts(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}

/** The place of `path` in `data` (the file as parsed, or undefined), in the forms' words; '' for the whole file. */
export function placeOf(t: Translate, data: unknown, path: string): string {
  const out: string[] = [];
  let node: unknown = data;
  let parent = '';
  for (const part of parts(path)) {
    const here = node && typeof node === 'object' ? (node as Data | unknown[])[part as never] : undefined;
    if (typeof part === 'number') {
      const id = here && typeof here === 'object' && typeof (here as Data).id === 'string' ? String((here as Data).id) : String(part + 1);
      if (parent === 'beats') out.push(t('studio:heading.beat', { id }));
      else if (parent === 'endings') out.push(t('studio:heading.ending', { id }));
      else if (parent === 'options') out.push(t('studio:heading.reply', { n: part + 1 }));
      else if (parent === 'variants') out.push(t('studio:heading.variant', { n: part + 1 }));
      else if (parent === 'next') out.push(t('studio:heading.branch', { n: part + 1 }));
      else out.push(String(part + 1));
    } else if (part === 'start' && parent === 'customer') {
      out.push(t('studio:field.levels'));
    } else if (part === 'beats' || part === 'endings') {
      // The item's own heading follows; alone, the section's name.
      if (path === part) out.push(t(`studio:section.${part}`));
    } else if (parent === 'start-levels' && (METERS as readonly string[]).includes(part)) {
      out.push(t(`vocabulary:meter.${part as Meter}`));
    } else if (FIELDS[part]) {
      out.push(t(FIELDS[part] as 'studio:field.id'));
    } else if (!SILENT.has(part)) out.push(part);
    parent = part === 'start' && parent === 'customer' ? 'start-levels' : String(part);
    node = here;
  }
  return out.join(' › ');
}
