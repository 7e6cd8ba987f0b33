/**
 * The studio's presenter. Its one state is the scenario's text (with its history); the forms, the
 * problems, the branch map and the preview are all views of that text through the core's own
 * loader, lint and analysis. Every edit goes through the yaml Document (`yamlEdit.ts`).
 */
import { parse } from 'yaml';
import { h } from '../game/dom.ts';
import { loadScenario, type LoadResult } from '../core/load.ts';
import type { Language } from '../core/schema.ts';
import type { Archetype } from '../core/vocabulary.ts';
import { studioTranslator } from './i18n.ts';
import { History, keepHistory, keptHistory, loadDraft, saveDraft, type Draft } from './draft.ts';
import { applyEdit, type Edit } from './yamlEdit.ts';
import { followRename, isTargetId } from './rename.ts';
import { librarySources } from './library.ts';
import { templateFor } from './templates.ts';
import { canSaveToDisk, download, NotScenarioError, pickFile, readFile, saveToDisk, type FileSystemFileHandleLike, type OpenedFile } from './files.ts';
import { previewUrl, rememberPosition, storePreview, takePosition } from './preview.ts';
import { Analysis } from './analysis.ts';
import { behaviourKey } from './analysisWorker.ts';
import { MapView } from './map/MapView.ts';
import { verdictLines } from './verdictView.ts';
import type { BranchMap } from './map/graph.ts';
import { toolbar } from './toolbar.ts';
import { editorView } from './editorView.ts';
import { studioLayout } from './studioView.ts';
import { problemsPanel } from './problems.ts';
import { focusBeat, goToDiagnostic, restoreFocus } from './navigation.ts';
import { bindDrop, bindShortcuts } from './input.ts';
import { Latency } from './latency.ts';

const LANG_KEY = 'sabr.studio.lang';
/** The pause in typing after which the problems and the map follow what was typed. */
const TYPING_PAUSE = 350;

/** The studio on a page: state, history and the views of it. */
export class Studio {
  private lang: Language;
  private draft: Draft;
  private history: History;
  private handle: FileSystemFileHandleLike | undefined;
  private loaded!: LoadResult;
  private map: MapView;
  /** The status line, worded when shown: a switch of language rewords it. */
  private status: () => string = () => '';
  private readonly analysis: Analysis;
  private readonly fileInput = h('input', { type: 'file', accept: '.yaml,.yml,.json', hidden: true });
  /** What the analysis finds, under the map; kept across renders like the map itself. */
  private readonly verdict = h('div', { class: 'verdict', id: 'map-verdict' });
  /** A render asked for while a pointer is down waits for the click (it would replace its target). */
  private pointerDown = false;
  private renderPending = false;
  /** True when the forms no longer match the text (else only the banner and the problems are redrawn). */
  private formsStale = true;
  private chrome: { bar: HTMLElement; problems: HTMLElement } | undefined;
  /** A typed value waiting for a pause. */
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  /** Typing applied a change that reshapes the forms (an id): they are redrawn once it is done. */
  private reshapeOwed = false;
  /** Edit → map and edit → analysis colours, per version (the bench reads it). */
  readonly latency = new Latency();

  constructor(private readonly root: HTMLElement, private readonly store: Storage, preferred: Language) {
    this.lang = (store.getItem(LANG_KEY) as Language | null) ?? preferred;
    const restored = loadDraft(store);
    this.draft = restored ?? templateFor('angry', this.lang);
    this.status = restored ? () => this.t('studio:status.restored', { name: restored.name }) : () => this.t('studio:toolbar.drop');
    // Undo survives a preview and a reload (the tab keeps it), for the same draft.
    this.history = keptHistory(sessionStorage, this.draft.text) ?? new History(this.draft.text);
    window.addEventListener('pagehide', () => keepHistory(sessionStorage, this.history));
    this.map = this.newMap();
    this.analysis = new Analysis((map, id, stage) => this.showMap(map, id, stage));
    document.addEventListener('pointerdown', () => (this.pointerDown = true), true);
    document.addEventListener('pointerup', () => {
      this.pointerDown = false;
      if (this.renderPending) setTimeout(() => this.render(), 0);
    }, true);
    bindShortcuts({ save: () => void this.save(), undo: () => this.undo(), redo: () => this.redo() });
    bindDrop((file) => readFile(file).then((f) => this.open(f), (err) => this.fail(err)));
    this.refresh(true);
    const position = takePosition(sessionStorage);
    if (position) restoreFocus(position.focus, position.scrollY);
  }

  private get t() {
    return studioTranslator(this.lang);
  }

  /** Applies a form's edit to the text. */
  edit(edit: Edit): void {
    clearTimeout(this.typingTimer);
    this.apply(edit, false);
  }

  /** A value being typed: applied after a pause, without redrawing the forms (see FormContext). */
  typing(edit: Edit): void {
    clearTimeout(this.typingTimer);
    // A beat's or an ending's id takes the replies that lead to it along: only once typed whole
    // (half-typed, it could meet another id and take that one's replies too).
    if (edit.op === 'set' && isTargetId(edit.path)) return;
    this.typingTimer = setTimeout(() => this.apply(edit, true), TYPING_PAUSE);
  }

  private apply(edit: Edit, typing: boolean): void {
    this.latency.editStarted();
    // Words, numbers, choices and lists of words leave the forms as they are (the control
    // already shows them); ids, branches and structure change what the forms show, and so does the
    // archetype (the starting levels show its own as placeholders).
    const last = edit.path.at(-1);
    const reshapes = edit.op !== 'set' || last === 'id' || last === 'next' || last === 'variants' || last === 'archetype' || (typeof edit.value === 'object' && edit.value !== null && !Array.isArray(edit.value));
    // A renamed beat or ending takes its references along, in the same undo step.
    const renamed = edit.op === 'set' ? followRename(this.draft.text, edit.path, edit.value) : undefined;
    const text = (renamed?.edits ?? []).reduce((t, e) => applyEdit(t, e), applyEdit(this.draft.text, edit));
    const status = renamed ? () => this.t('studio:status.renamed', { from: renamed.from, to: renamed.to }) : undefined;
    if (typing) {
      this.reshapeOwed ||= reshapes;
      this.commit(text, status, false, JSON.stringify(edit.path));
      return;
    }
    this.history.seal();
    const owed = this.reshapeOwed;
    this.reshapeOwed = false;
    this.commit(text, status, reshapes || owed);
  }

  private commit(text: string, status: () => string = () => '', reshapes = true, group?: string): void {
    if (text === this.draft.text) {
      // The typing already applied this value; what it reshaped is redrawn now that it is done,
      // once the keyboard has reached the field it was going to (this runs as the field is left).
      if (reshapes && this.chrome) {
        this.formsStale = true;
        setTimeout(() => this.render(), 0);
      }
      return;
    }
    this.history.push(text, group);
    this.draft = { ...this.draft, text };
    this.status = status;
    this.refresh(false, reshapes);
  }

  private open(file: OpenedFile): void {
    clearTimeout(this.typingTimer);
    this.reshapeOwed = false;
    this.draft = { name: file.name, text: file.text };
    this.handle = file.handle;
    this.history = new History(file.text);
    this.status = () => this.t('studio:status.opened', { name: file.name });
    this.map = this.newMap();
    this.refresh(true);
  }

  private refresh(now = false, reshapes = true): void {
    this.loaded = loadScenario(this.draft.text, this.draft.name);
    if (!saveDraft(this.store, this.draft)) this.status = () => this.t('studio:status.storageFull');
    const behaviour = this.loaded.scenario ? behaviourKey(this.loaded.scenario) : undefined;
    this.latency.asked(this.analysis.request(this.draft.text, this.draft.name, behaviour, this.loaded));
    this.formsStale ||= reshapes;
    if (now || !this.pointerDown) this.render();
    else this.renderPending = true;
  }

  private render(): void {
    this.renderPending = false;
    if (!this.formsStale && this.chrome) return this.renderChrome();
    this.formsStale = false;
    const t = this.t;
    const active = document.activeElement?.id;
    const scrollY = window.scrollY;
    document.documentElement.lang = this.lang;
    document.documentElement.dir = this.lang === 'ar' ? 'rtl' : 'ltr';
    document.title = t('studio:app.title');
    let data: unknown;
    try {
      data = parse(this.draft.text);
    } catch {
      data = undefined;
    }
    const bar = this.toolbar();
    const editor = editorView(t, this.lang, data, this.draft.text, {
      edit: (e) => this.edit(e),
      typing: (e) => this.typing(e),
      replaceText: (text) => this.commit(text),
      previewFrom: (beat) => this.preview(beat),
    });
    const problems = this.problems();
    this.chrome = { bar, problems };
    this.root.replaceChildren(...studioLayout(t, { bar, status: this.status(), editor, problems, map: this.map, verdict: this.verdict, loads: Boolean(this.loaded.scenario) }), this.fileInput);
    restoreFocus(active, scrollY);
  }

  private toolbar(): HTMLElement {
    const t = this.t;
    const canPreview = Boolean(this.loaded.scenario);
    return toolbar(t, this.lang, this.fileName(), librarySources(), { canUndo: this.history.canUndo, canRedo: this.history.canRedo, canSave: canSaveToDisk() || Boolean(this.handle), canPreview }, {
      openLibrary: (file) => { const f = librarySources().find((s) => s.file === file); if (f) this.open({ name: f.file, text: f.text }); },
      openFile: () => void pickFile(this.fileInput).then((f) => f && this.open(f), (e) => this.fail(e)),
      newFrom: (a: Archetype) => this.open(templateFor(a, this.lang)),
      undo: () => this.undo(),
      redo: () => this.redo(),
      preview: () => this.preview(),
      save: () => void this.save(),
      download: () => this.download(),
      switchLanguage: () => { this.lang = this.lang === 'ar' ? 'en' : 'ar'; this.store.setItem(LANG_KEY, this.lang); this.map = this.newMap(); this.refresh(true); },
    });
  }

  private problems(): HTMLElement {
    let data: unknown;
    try {
      data = parse(this.draft.text);
    } catch {
      data = undefined;
    }
    return problemsPanel(this.t, this.lang, this.loaded.diagnostics, data, (d) => goToDiagnostic(this.root, d));
  }

  /** Redraws the banner and the problems only; the forms already show what was typed. */
  private renderChrome(): void {
    const active = document.activeElement?.id;
    const next = { bar: this.toolbar(), problems: this.problems() };
    this.chrome!.bar.replaceWith(next.bar);
    this.chrome!.problems.replaceWith(next.problems);
    this.chrome = next;
    const status = this.root.querySelector('.status');
    if (status) status.textContent = this.status();
    const source = this.root.querySelector<HTMLTextAreaElement>('#source-text');
    if (source && document.activeElement !== source) source.value = this.draft.text;
    if (!this.loaded.scenario) this.root.querySelector('#map-status')!.textContent = this.t('studio:map.waiting');
    this.root.querySelector('.map-card')?.classList.toggle('stale', !this.loaded.scenario);
    if (active && !document.activeElement?.id) document.getElementById(active)?.focus({ preventScroll: true });
  }

  private showMap(map: BranchMap, id: number, stage: 'checked' | 'analysed'): void {
    this.map.draw(map);
    const status = this.root.querySelector('#map-status');
    if (status) {
      status.textContent = !map.analysis ? this.t('studio:map.analysing')
        : map.analysis.complete ? this.t('studio:map.states', { count: map.analysis.states }) : this.t('studio:map.incomplete');
    }
    this.verdict.replaceChildren(...verdictLines(this.t, this.lang, map.analysis?.verdict, this.loaded.scenario?.customer ?? {}));
    this.latency.drawn(id, stage);
    if (stage === 'analysed') this.root.dataset.mapVersion = String(id);
  }

  private newMap(): MapView {
    return new MapView(this.t, this.lang, (beatId) => focusBeat(this.root, beatId));
  }

  private undo(): void {
    clearTimeout(this.typingTimer);
    const text = this.history.undo();
    if (text === undefined) return;
    this.draft = { ...this.draft, text };
    this.status = () => this.t('studio:status.undone');
    this.refresh(true);
  }

  private redo(): void {
    clearTimeout(this.typingTimer);
    const text = this.history.redo();
    if (text === undefined) return;
    this.draft = { ...this.draft, text };
    this.status = () => this.t('studio:status.redone');
    this.refresh(true);
  }

  private preview(beat?: string): void {
    if (!this.loaded.scenario) {
      this.say(() => this.t('studio:preview.fixFirst'));
      return;
    }
    storePreview(this.store, this.draft);
    rememberPosition(sessionStorage, { focus: document.activeElement?.id || undefined, scrollY: window.scrollY });
    location.href = previewUrl(beat, this.lang);
  }

  private fileName(): string {
    const id = this.loaded.scenario?.id;
    return this.draft.name.startsWith('new-') && id ? `${id}.yaml` : this.draft.name;
  }

  private async save(): Promise<void> {
    try {
      const handle = await saveToDisk(this.draft.text, this.fileName(), this.handle);
      if (!handle) return this.download();
      this.handle = handle;
      this.draft = { ...this.draft, name: handle.name };
      this.status = () => this.t('studio:status.saved', { name: handle.name });
      this.render();
    } catch (error) {
      if ((error as Error).name !== 'AbortError') this.say(() => this.t('studio:status.saveFailed', { detail: String((error as Error).message ?? error) }));
    }
  }

  private download(): void {
    download(this.draft.text, this.fileName());
    const name = this.fileName();
    this.say(() => this.t('studio:status.downloaded', { name }));
  }

  private say(message: () => string): void {
    this.status = message;
    const status = this.root.querySelector('.status');
    if (status) status.textContent = message();
  }

  private fail(error: unknown): void {
    if (error instanceof NotScenarioError) this.say(() => this.t('studio:status.notScenario', { name: error.fileName }));
    else this.say(() => this.t('studio:status.readFailed', { name: '', detail: String(error) }));
  }
}
