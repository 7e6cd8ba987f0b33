/**
 * `sabr docs [--check]`: rewrites the generated sections of the authoring guides and the figure
 * portraits and setting pictures beside them from the engine's tables; with --check, only reports which are stale.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CommandContext } from './sabr.ts';
import { FIGURE_DIR, SETTING_DIR, fillGuide } from '../docs/reference.ts';
import { SETTINGS } from '../core/schema.ts';
import { sceneryPicture } from '../game/scenery/index.ts';
import { FIGURES, portraitSvg } from '../game/portrait.ts';
import type { Language } from '../core/schema.ts';

const root = new URL('../..', import.meta.url).pathname;

/** The guides, one per language. */
export const GUIDES: readonly { file: string; lang: Language }[] = [
  { file: 'docs/authoring.md', lang: 'en' },
  { file: 'docs/authoring.ar.md', lang: 'ar' },
];

/** Every generated file with the content it should have now (paths relative to the repository). */
export function generatedFiles(): { file: string; content: string }[] {
  const guides = GUIDES.map(({ file, lang }) => ({ file, content: fillGuide(readFileSync(join(root, file), 'utf8'), lang) }));
  const figures = FIGURES.map((figure) => ({
    file: `docs/${FIGURE_DIR}/${figure}.svg`,
    content: `${portraitSvg({ figure, anger: 'calm', confusion: 'understood' })}\n`,
  }));
  const settings = SETTINGS.map((setting) => ({ file: `docs/${SETTING_DIR}/${setting}.svg`, content: `${sceneryPicture(setting, 320, 200)}\n` }));
  return [...guides, ...figures, ...settings];
}

export function runDocs({ io, t, values }: CommandContext): number {
  const stale: string[] = [];
  for (const { file, content } of generatedFiles()) {
    const path = join(root, file);
    const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (current === content) continue;
    stale.push(file);
    if (!values.check) {
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, content);
      io.out(`${t('cli:docs.written', { file })}\n`);
    }
  }
  if (values.check && stale.length) {
    io.err(`${t('cli:docs.stale', { files: stale.join(', ') })}\n`);
    return 1;
  }
  if (!stale.length) io.out(`${t('cli:docs.upToDate')}\n`);
  return 0;
}
