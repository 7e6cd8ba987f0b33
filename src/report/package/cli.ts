/**
 * `npm run package -- --format scorm12|scorm2004|cmi5|xapi [--scenarios a,b | --track NAME
 * [--level N]] [--mastery 80] [--from DIR] [--out DIR]`: builds the game (or takes a build from
 * `--from`) and writes a zip for an LMS into dist/packages/.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readLibrary, readTracks } from '../../build/scenariosPlugin.ts';
import { choosePackageScenarios } from './choose.ts';
import { DEFAULT_MASTERY } from '../config.ts';
import { PACKAGE_FORMATS, writePackage, type PackageFormat } from './build.ts';

const root = resolve(new URL('../../..', import.meta.url).pathname);

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      format: { type: 'string' },
      scenarios: { type: 'string' },
      track: { type: 'string' },
      level: { type: 'string' },
      mastery: { type: 'string' },
      from: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const format = values.format as PackageFormat | undefined;
  if (!format || !PACKAGE_FORMATS.includes(format)) {
    console.error(`--format: say which LMS standard, one of ${PACKAGE_FORMATS.join(', ')}. Example: npm run package -- --format scorm12`);
    return 2;
  }
  const mastery = values.mastery === undefined ? DEFAULT_MASTERY : Number(values.mastery);
  if (!Number.isFinite(mastery) || mastery < 0 || mastery > 100) {
    console.error(`--mastery: "${values.mastery}" is not a score from 0 to 100. Example: --mastery 80`);
    return 2;
  }
  const library = readLibrary(join(root, 'scenarios'), root);
  const tracks = readTracks(join(root, 'scenarios'), root, library.scenarios);
  if (library.problems.length || tracks.problems.length) {
    console.error('Some scenario files have errors: run npm run sabr -- check, fix them, then package again.');
    return 1;
  }
  const chosen = choosePackageScenarios(library.scenarios, tracks.tracks, values);
  if ('error' in chosen) {
    console.error(chosen.error);
    return 2;
  }
  const { scenarios, track } = chosen;
  let distDir = values.from ? resolve(values.from) : undefined;
  let temp: string | undefined;
  if (!distDir) {
    temp = mkdtempSync(join(tmpdir(), 'sabr-package-'));
    distDir = temp;
    const { build } = await import('vite');
    await build({ root, logLevel: 'warn', build: { outDir: distDir, emptyOutDir: true } });
  }
  try {
    const { path } = writePackage({ format, scenarios, mastery, distDir, outDir: resolve(values.out ?? join(root, 'dist/packages')), ...(track ? { track } : {}) });
    const of = track ? ` of track ${track.track.id}${track.level !== undefined ? `, level ${track.level + 1}` : ''}` : '';
    console.log(`Wrote ${path}: ${scenarios.length} scenario(s)${of}, mastery ${mastery}.`);
  } finally {
    if (temp) rmSync(temp, { recursive: true, force: true });
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
