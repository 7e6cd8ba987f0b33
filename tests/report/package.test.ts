/**
 * LMS packages: the zip holds the game, its launch config and a manifest that the official
 * schemas accept (xmllint against ADL's SCORM 1.2 / 2004 4th edition definition files and the
 * cmi5 CourseStructure.xsd), with one SCO/AU per chosen scenario and the trainer's mastery score.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { readLibrary, readTracks } from '../../src/build/scenariosPlugin.ts';
import { schemaDir, writePackage, type PackageFormat, type PackageOptions } from '../../src/report/package/build.ts';
import { choosePackageScenarios } from '../../src/report/package/choose.ts';

const root = new URL('../..', import.meta.url).pathname;
const library = readLibrary(join(root, 'scenarios'), root);
const tracks = readTracks(join(root, 'scenarios'), root, library.scenarios).tracks;
const onboarding = tracks.tracks.find((t) => t.id === 'onboarding')!;
let work: string;
let dist: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'sabr-pkg-test-'));
  dist = join(work, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Sabr</title>');
  writeFileSync(join(dist, 'assets/game.js'), 'console.log(1)');
});

/** Validates `xml` with xmllint against the schemas in `schemaFolder`, through a driver that imports them all. */
function xmllint(xml: string, schemaFolder: string, imports: Record<string, string>): { ok: boolean; output: string } {
  const dir = mkdtempSync(join(work, 'xsd-'));
  cpSync(schemaFolder, dir, { recursive: true });
  const driver = `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:sabr:test-driver">
${Object.entries(imports).map(([ns, file]) => `  <xs:import namespace="${ns}" schemaLocation="${file}"/>`).join('\n')}
</xs:schema>`;
  writeFileSync(join(dir, 'driver.xsd'), driver);
  writeFileSync(join(dir, 'doc.xml'), xml);
  const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', join(dir, 'driver.xsd'), join(dir, 'doc.xml')], { encoding: 'utf8' });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

const SCORM12 = {
  'http://www.imsproject.org/xsd/imscp_rootv1p1p2': 'imscp_rootv1p1p2.xsd',
  'http://www.adlnet.org/xsd/adlcp_rootv1p2': 'adlcp_rootv1p2.xsd',
};
const SCORM2004 = {
  'http://www.imsglobal.org/xsd/imscp_v1p1': 'imscp_v1p1.xsd',
  'http://www.adlnet.org/xsd/adlcp_v1p3': 'adlcp_v1p3.xsd',
  'http://www.adlnet.org/xsd/adlseq_v1p3': 'adlseq_v1p3.xsd',
  'http://www.adlnet.org/xsd/adlnav_v1p3': 'adlnav_v1p3.xsd',
  'http://www.imsglobal.org/xsd/imsss': 'imsss_v1p0.xsd',
};
const CMI5 = { 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd': 'CourseStructure.xsd' };
const cmi5Schemas = join(root, 'tests/schemas/cmi5');

function build(format: PackageFormat, ids: string[], mastery = 75, track?: PackageOptions['track']) {
  const scenarios = ids.map((id) => library.scenarios.find((s) => s.id === id)!);
  const { path } = writePackage({ format, scenarios, mastery, distDir: dist, outDir: join(work, 'out'), id: `t-${format}`, ...(track ? { track } : {}) });
  const files = unzipSync(readFileSync(path));
  return { files, text: (name: string) => strFromU8(files[name]!) };
}

describe('LMS packages', () => {
  it('xmllint is installed (Debian libxml2-utils)', () => {
    expect(execFileSync('xmllint', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) + '').toBeDefined();
  });

  it('SCORM 1.2: one SCO per scenario with its mastery score, valid against the ADL schemas', () => {
    const { files, text } = build('scorm12', ['late-router', 'sixty-days'], 75);
    const xml = text('imsmanifest.xml');
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['index.html', 'assets/game.js', 'sabr.config.json', 'imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd']));
    expect(xml.match(/<item /g)).toHaveLength(2);
    expect(xml).toContain('parameters="?scenario=late-router"');
    expect(xml).toContain('<adlcp:masteryscore>75</adlcp:masteryscore>');
    expect(xml).toContain('<file href="assets/game.js"/>');
    expect(JSON.parse(text('sabr.config.json'))).toEqual({ report: 'scorm12', mastery: 75, scenarios: ['late-router', 'sixty-days'] });
    const result = xmllint(xml, schemaDir('scorm12edition'), SCORM12);
    expect(result.output).toContain('validates');
    expect(result.ok).toBe(true);
  });

  it('SCORM 2004 4th edition: sequencing with the mastery as minimum normalized measure, valid against the ADL schemas', () => {
    const { text } = build('scorm2004', ['oil-in-the-bill'], 80);
    const xml = text('imsmanifest.xml');
    expect(xml).toContain('<imsss:minNormalizedMeasure>0.80</imsss:minNormalizedMeasure>');
    expect(xml).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    const result = xmllint(xml, schemaDir('scorm20044thedition'), SCORM2004);
    expect(result.output).toContain('validates');
    expect(result.ok).toBe(true);
  });

  it('cmi5: one AU per scenario, in both languages, valid against CourseStructure.xsd', () => {
    const { files, text } = build('cmi5', ['late-router', 'oil-in-the-bill'], 60);
    const xml = text('cmi5.xml');
    expect(files['imsmanifest.xml']).toBeUndefined();
    expect(xml.match(/<au /g)).toHaveLength(2);
    expect(xml).toContain('masteryScore="0.60"');
    expect(xml).toContain('moveOn="CompletedAndPassed"');
    expect(xml).toMatch(/<langstring lang="ar">[^<]+<\/langstring>/);
    expect(xml).toContain('<url>index.html?scenario=late-router</url>');
    const result = xmllint(xml, cmi5Schemas, CMI5);
    expect(result.output).toContain('validates');
    expect(result.ok).toBe(true);
  });

  it('plain xAPI: the game and its config, no manifest', () => {
    const { files, text } = build('xapi', ['late-router']);
    expect(files['imsmanifest.xml']).toBeUndefined();
    expect(files['cmi5.xml']).toBeUndefined();
    expect(JSON.parse(text('sabr.config.json')).report).toBe('xapi');
  });

  it('the validation does fail a manifest that breaks the schema', () => {
    const { text } = build('scorm12', ['late-router']);
    const broken = text('imsmanifest.xml').replace('<item identifier="item-late-router"', '<item');
    expect(xmllint(broken, schemaDir('scorm12edition'), SCORM12).ok).toBe(false);
    const cmi5 = build('cmi5', ['late-router']).text('cmi5.xml').replace(/<url>/, '<link>').replace(/<\/url>/, '</link>');
    expect(xmllint(cmi5, cmi5Schemas, CMI5).ok).toBe(false);
  });
});

/** The package of a whole track: its scenarios in its order, grouped by level. */
function trackPackage(format: PackageFormat, level?: number) {
  const chosen = choosePackageScenarios(library.scenarios, tracks, { track: 'onboarding', ...(level ? { level: String(level) } : {}) });
  if ('error' in chosen) throw new Error(chosen.error);
  return build(format, chosen.scenarios.map((s) => s.id), 80, chosen.track);
}
const ids = (xml: string, re: RegExp) => [...xml.matchAll(re)].map((m) => m[1]);

describe('packages of a track (scenarios/tracks.yaml)', () => {
  const order = onboarding.levels.flatMap((l) => l.scenarios);

  it('SCORM 1.2 and 2004: one item per level holding its scenarios, in the track\'s order, valid against the ADL schemas', () => {
    for (const [format, folder, imports] of [['scorm12', 'scorm12edition', SCORM12], ['scorm2004', 'scorm20044thedition', SCORM2004]] as const) {
      const xml = trackPackage(format).text('imsmanifest.xml');
      expect(ids(xml, /<item identifier="item-([^"]+)"/g)).toEqual(order);
      expect(ids(xml, /<item identifier="(level-\d+)"/g)).toEqual(onboarding.levels.map((_, i) => `level-${i + 1}`));
      // The level's title, then its first scenario, inside its item.
      const level2 = xml.slice(xml.indexOf('<item identifier="level-2">'), xml.indexOf('<item identifier="level-3">'));
      expect(level2).toContain(onboarding.levels[1]!.title.en);
      expect(ids(level2, /<item identifier="item-([^"]+)"/g)).toEqual(onboarding.levels[1]!.scenarios);
      expect(xml).toContain(`<title>Sabr — ${onboarding.title.en} · صبر — ${onboarding.title.ar}</title>`);
      const result = xmllint(xml, schemaDir(folder), imports);
      expect(result.output).toContain('validates');
      expect(result.ok).toBe(true);
    }
  });

  it('cmi5: one block per level with its AUs, valid against CourseStructure.xsd; the config lists the track\'s scenarios in order', () => {
    const { text } = trackPackage('cmi5');
    const xml = text('cmi5.xml');
    expect(xml.match(/<block /g)).toHaveLength(onboarding.levels.length);
    expect(ids(xml, /<url>index\.html\?scenario=([^<]+)<\/url>/g)).toEqual(order);
    expect(xml).toContain(`<langstring lang="ar">${onboarding.levels[0]!.title.ar}</langstring>`);
    expect(JSON.parse(text('sabr.config.json')).scenarios).toEqual(order);
    const result = xmllint(xml, cmi5Schemas, CMI5);
    expect(result.output).toContain('validates');
    expect(result.ok).toBe(true);
  });

  it('one level: only its scenarios, not grouped, the course named after the track and the level', () => {
    const xml = trackPackage('scorm2004', 3).text('imsmanifest.xml');
    expect(ids(xml, /<item identifier="item-([^"]+)"/g)).toEqual(onboarding.levels[2]!.scenarios);
    expect(xml).not.toContain('identifier="level-');
    expect(xml).toContain(`Sabr — ${onboarding.title.en} — ${onboarding.levels[2]!.title.en}`);
    expect(xmllint(xml, schemaDir('scorm20044thedition'), SCORM2004).ok).toBe(true);
  });

  it('wrong choices get a message that says what to do', () => {
    const error = (choice: Parameters<typeof choosePackageScenarios>[2]) => {
      const r = choosePackageScenarios(library.scenarios, tracks, choice);
      return 'error' in r ? r.error : 'no error';
    };
    expect(error({ track: 'onbording' })).toMatch(/no track "onbording".*Known: onboarding/);
    expect(error({ track: 'onboarding', level: '9' })).toMatch(/"9" is not a level of track "onboarding": it has levels 1 to 4/);
    expect(error({ track: 'onboarding', level: 'two' })).toMatch(/"two" is not a level/);
    expect(error({ track: 'onboarding', scenarios: 'late-router' })).toMatch(/choose one/);
    expect(error({ level: '1' })).toMatch(/say which track/);
    expect(error({ scenarios: 'late-router,nope' })).toMatch(/no scenario with id "nope"/);
  });

  it('npm run package -- --track: the command writes the track\'s package, and refuses an unknown track with exit code 2', () => {
    const out = join(work, 'cli');
    const cli = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/report/package/cli.ts'), ...args], { cwd: root, encoding: 'utf8' });
    const ok = cli(['--format', 'cmi5', '--track', 'onboarding', '--level', '2', '--from', dist, '--out', out]);
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toContain(`sabr-cmi5-onboarding-level-2.zip: ${onboarding.levels[1]!.scenarios.length} scenario(s) of track onboarding, level 2, mastery 80.`);
    const xml = strFromU8(unzipSync(readFileSync(join(out, 'sabr-cmi5-onboarding-level-2.zip')))['cmi5.xml']!);
    expect(ids(xml, /<url>index\.html\?scenario=([^<]+)<\/url>/g)).toEqual(onboarding.levels[1]!.scenarios);
    const bad = cli(['--format', 'cmi5', '--track', 'nope', '--from', dist, '--out', out]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--track: no track "nope"');
  });
});
