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
import { readLibrary } from '../../src/build/scenariosPlugin.ts';
import { schemaDir, writePackage, type PackageFormat } from '../../src/report/package/build.ts';

const root = new URL('../..', import.meta.url).pathname;
const library = readLibrary(join(root, 'scenarios'), root);
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

function build(format: PackageFormat, ids: string[], mastery = 75) {
  const scenarios = ids.map((id) => library.scenarios.find((s) => s.id === id)!);
  const { path } = writePackage({ format, scenarios, mastery, distDir: dist, outDir: join(work, 'out'), id: `t-${format}` });
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
    expect(xml).toContain('parameters="?play=late-router"');
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
    expect(xml).toContain('<url>index.html?play=late-router</url>');
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
