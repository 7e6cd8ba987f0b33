/**
 * The cohort report as one self-contained HTML page (no script, no outside request), in English
 * or Arabic (mirrored), with the numbers in tables and the bars as inline SVG.
 */
import type { Translate } from '../core/i18n.ts';
import { isolate } from '../core/i18n.ts';
import type { Language } from '../core/schema.ts';
import type { Cohort } from './cohort.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One horizontal bar (or two stacked: good then bad) scaled to `max`. */
function bar(label: string, parts: { value: number; color: string }[], max: number, mark?: number): string {
  const width = 240;
  let x = 0;
  const rects = parts.map((p) => {
    const w = max > 0 ? (p.value / max) * width : 0;
    const r = `<rect x="${x.toFixed(1)}" y="2" width="${w.toFixed(1)}" height="14" fill="${p.color}"/>`;
    x += w;
    return r;
  });
  const line = mark !== undefined && max > 0 ? `<line x1="${((mark / max) * width).toFixed(1)}" x2="${((mark / max) * width).toFixed(1)}" y1="0" y2="18" stroke="#222" stroke-dasharray="2 2"/>` : '';
  return `<svg class="bar" role="img" aria-label="${esc(label)}" height="18" viewBox="0 0 ${width} 18" preserveAspectRatio="none"><rect x="0" y="2" width="${width}" height="14" fill="#eee"/>${rects.join('')}${line}</svg>`;
}

export interface ReportPage {
  cohort: Cohort;
  lang: Language;
  t: Translate;
  lrs: string;
  since?: string;
  mastery: number;
  /** Scenario titles in the page's language, by scenario id (from the library); the id otherwise. */
  titles?: Record<string, string>;
}

export function reportHtml({ cohort, lang, t, lrs, since, mastery, titles = {} }: ReportPage): string {
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  const num = (n: number | string) => (lang === 'ar' ? isolate(n) : String(n));
  const principleName = (p: string) => t(`vocabulary:principle.${p}` as never);
  const trainees = cohort.trainees.map((r) => `<tr><td><bdi>${esc(r.name)}</bdi></td><td>${num(r.scenarios)}</td><td>${num(r.completed)}</td><td>${num(r.passed)}</td><td>${r.score === null ? t('report:trainees.none') : num(r.score)}</td><td>${bar(`${r.name}: ${r.score ?? 0}`, [{ value: r.score ?? 0, color: (r.score ?? 0) >= mastery ? '#2e7d32' : '#c62828' }], 100, mastery)}</td></tr>`);
  const maxUse = Math.max(1, ...cohort.principles.map((p) => p.helped + p.hurt));
  const principles = cohort.principles.map((p) => `<tr><td><bdi>${esc(p.principle)}</bdi> ${esc(principleName(p.principle))}</td><td>${num(p.helped)}</td><td>${num(p.hurt)}</td><td>${bar(`${p.principle}: +${p.helped} −${p.hurt}`, [{ value: p.helped, color: '#2e7d32' }, { value: p.hurt, color: '#c62828' }], maxUse)}</td></tr>`);
  const scenarios = cohort.scenarios.map((s) => {
    const max = Math.max(1, ...s.turning.map((b) => b.count));
    // The line in the page's language when someone played in it; else as it was played; the beat's id (a
    // trainer's word, not a manager's) only when no line came with the statements.
    const line = (b: (typeof s.turning)[number]) => b.lines[lang] ?? Object.values(b.lines)[0] ?? '';
    const rows = s.turning.map((b) => `<tr data-beat="${esc(b.beat)}"><td><bdi>${esc(line(b) || b.beat)}</bdi></td><td>${num(b.count)}</td><td>${bar(`${b.beat}: ${b.count}`, [{ value: b.count, color: '#c62828' }], max)}</td></tr>`);
    return `<section data-scenario="${esc(s.scenario)}"><h3><bdi>${esc(titles[s.scenario] ?? s.scenario)}</bdi> · ${t('report:scenarios.conversations', { count: s.conversations })}</h3>${
      rows.length ? `<div class="table"><table><thead><tr><th>${t('report:scenarios.beat')}</th><th>${t('report:scenarios.count')}</th><th></th></tr></thead><tbody>${rows.join('')}</tbody></table></div>` : `<p>${t('report:scenarios.none')}</p>`
    }</section>`;
  });
  const body = cohort.statements === 0
    ? `<p>${t('report:empty')}</p>`
    : `<section id="trainees"><h2>${t('report:trainees.heading')}</h2><p>${t('report:trainees.intro', { mastery })}</p>
<div class="table"><table><thead><tr><th>${t('report:trainees.name')}</th><th>${t('report:trainees.scenarios')}</th><th>${t('report:trainees.completed')}</th><th>${t('report:trainees.passed')}</th><th>${t('report:trainees.score')}</th><th></th></tr></thead><tbody>${trainees.join('')}</tbody></table></div></section>
<section id="principles"><h2>${t('report:principles.heading')}</h2><p>${t('report:principles.intro')}</p>
<div class="table"><table><thead><tr><th>${t('report:principles.principle')}</th><th>${t('report:principles.helped')}</th><th>${t('report:principles.hurt')}</th><th></th></tr></thead><tbody>${principles.join('')}</tbody></table></div></section>
<section id="scenarios"><h2>${t('report:scenarios.heading')}</h2><p>${t('report:scenarios.intro')}</p>${scenarios.join('')}</section>`;
  return `<!doctype html>
<html lang="${lang}" dir="${dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(t('report:title'))}</title>
<style>
body{font-family:"IBM Plex Sans Arabic","Noto Sans Arabic","Segoe UI",system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;line-height:1.5}
table{border-collapse:collapse;width:100%}.table{overflow-x:auto;margin:.5rem 0 1.5rem}th,td{padding:.3rem .5rem;border-bottom:1px solid #ddd;text-align:start;vertical-align:middle}
svg.bar{width:100%;min-width:4rem;max-width:15rem;display:block}[dir=rtl] svg.bar{transform:scaleX(-1)}
@media (max-width:40rem){body{margin:1rem auto}th,td{padding:.25rem}th{font-size:.85rem}svg.bar{min-width:2.5rem}}
</style></head>
<body><h1>${esc(t('report:title'))}</h1>
<p>${t('report:generated', { count: cohort.statements, lrs: esc(lrs), since: since ? esc(since) : t('report:sinceAll') })}</p>
${body}
</body></html>
`;
}
