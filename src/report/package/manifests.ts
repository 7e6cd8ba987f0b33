/**
 * The manifests an LMS reads to import a package, written from templates: `imsmanifest.xml` for
 * SCORM 1.2 and SCORM 2004 (4th edition), `cmi5.xml` for cmi5. Each chosen scenario is one SCO
 * (one AU in cmi5), launched as `index.html?scenario=<scenario id>` (its briefing), so the LMS keeps a status and a
 * score per scenario, with the trainer's mastery score. A package of a track groups its scenarios
 * by level: nested items in SCORM, blocks in cmi5.
 */

/** What a manifest describes. */
export interface PackageSpec {
  /** Identifies the course in the LMS (letters, digits, `-`, `_`, `.`). */
  id: string;
  title: { en: string; ar: string };
  description: { en: string; ar: string };
  scenarios: { id: string; title: { en: string; ar?: string }; summary: { en: string; ar?: string } }[];
  /** A track's levels, in order: each names some of `scenarios` (every one in exactly one level). */
  levels?: { title: { en: string; ar?: string }; scenarios: string[] }[];
  /** 0–100: the score at or above which an attempt passes. */
  mastery: number;
  /** Every file of the game, relative to the package root (SCORM lists them). */
  files: string[];
  /** The IRI that cmi5 course and AU ids start with. */
  iriBase: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const both = (t: { en: string; ar?: string }) => (t.ar ? `${t.en} · ${t.ar}` : t.en);
const launch = (scenario: string) => `?scenario=${encodeURIComponent(scenario)}`;
const indent = (xml: string, by: string) => xml.replace(/\n/g, `\n${by}`);

type SpecScenario = PackageSpec['scenarios'][number];

/**
 * The organization's children: one entry per scenario, or per level (wrapping its scenarios'
 * entries) when the spec has levels.
 */
function grouped(spec: PackageSpec, entry: (s: SpecScenario) => string, level: (l: NonNullable<PackageSpec['levels']>[number], n: number, inner: string) => string): string {
  if (!spec.levels) return spec.scenarios.map(entry).join('');
  const byId = new Map(spec.scenarios.map((s) => [s.id, s]));
  return spec.levels.map((l, i) => level(l, i + 1, indent(l.scenarios.map((id) => entry(byId.get(id)!)).join(''), '  '))).join('');
}

/** A level's description: its scenarios' titles, in each language. */
function levelDescription(spec: PackageSpec, l: NonNullable<PackageSpec['levels']>[number]): { en: string; ar?: string } {
  const titles = l.scenarios.map((id) => spec.scenarios.find((s) => s.id === id)!.title);
  const ar = titles.every((t) => t.ar) ? titles.map((t) => t.ar).join('، ') : undefined;
  return { en: titles.map((t) => t.en).join(' · '), ...(ar ? { ar } : {}) };
}

export function scorm12Manifest(spec: PackageSpec): string {
  const items = grouped(spec, (s) => `
      <item identifier="item-${esc(s.id)}" identifierref="sco" parameters="${esc(launch(s.id))}">
        <title>${esc(both(s.title))}</title>
        <adlcp:masteryscore>${Math.round(spec.mastery)}</adlcp:masteryscore>
      </item>`, (l, n, inner) => `
      <item identifier="level-${n}">
        <title>${esc(both(l.title))}</title>${inner}
      </item>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${esc(spec.id)}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="sabr">
    <organization identifier="sabr">
      <title>${esc(both(spec.title))}</title>${items}
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
${spec.files.map((f) => `      <file href="${esc(f)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

export function scorm2004Manifest(spec: PackageSpec): string {
  const measure = (spec.mastery / 100).toFixed(2);
  const items = grouped(spec, (s) => `
      <item identifier="item-${esc(s.id)}" identifierref="sco" parameters="${esc(launch(s.id))}">
        <title>${esc(both(s.title))}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="${esc(s.id)}" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${measure}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>`, (l, n, inner) => `
      <item identifier="level-${n}">
        <title>${esc(both(l.title))}</title>${inner}
        <imsss:sequencing>
          <imsss:controlMode choice="true" flow="true"/>
        </imsss:sequencing>
      </item>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${esc(spec.id)}" version="1.0"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="sabr">
    <organization identifier="sabr">
      <title>${esc(both(spec.title))}</title>${items}
      <imsss:sequencing>
        <imsss:controlMode choice="true" flow="true"/>
      </imsss:sequencing>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormType="sco" href="index.html">
${spec.files.map((f) => `      <file href="${esc(f)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

export function cmi5CourseStructure(spec: PackageSpec): string {
  const langs = (t: { en: string; ar?: string }) =>
    `<langstring lang="en">${esc(t.en)}</langstring>${t.ar ? `<langstring lang="ar">${esc(t.ar)}</langstring>` : ''}`;
  const course = `${spec.iriBase}course/${encodeURIComponent(spec.id)}`;
  const aus = grouped(spec, (s) => `
  <au id="${esc(`${course}/scenario/${encodeURIComponent(s.id)}`)}" moveOn="CompletedAndPassed" masteryScore="${(spec.mastery / 100).toFixed(2)}" launchMethod="AnyWindow">
    <title>${langs(s.title)}</title>
    <description>${langs(s.summary)}</description>
    <url>${esc(`index.html${launch(s.id)}`)}</url>
  </au>`, (l, n, inner) => `
  <block id="${esc(`${course}/level/${n}`)}">
    <title>${langs(l.title)}</title>
    <description>${langs(levelDescription(spec, l))}</description>${inner}
  </block>`);
  return `<?xml version="1.0" encoding="utf-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${esc(course)}">
    <title>${langs(spec.title)}</title>
    <description>${langs(spec.description)}</description>
  </course>${aus}
</courseStructure>
`;
}
