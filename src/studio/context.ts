/** What every form of the studio gets: the words, the file's data, and the way to change it. */
import type { Translate } from '../core/i18n.ts';
import type { Language } from '../core/schema.ts';
import type { Edit } from './yamlEdit.ts';

export interface FormContext {
  t: Translate;
  lang: Language;
  /** Applies one edit to the file (through the yaml Document) and records it for undo. */
  edit(edit: Edit): void;
  /**
   * A value still being typed: applied after a short pause, so the problems and the map follow
   * the typing; the forms are not redrawn (the field keeps the keyboard), and one field's typing
   * is one undo step. The field's `change` then gives the same value to `edit`.
   */
  typing(edit: Edit): void;
  /** Beat and ending ids, for the "goes to" choices. */
  targets: string[];
  beatIds: string[];
  /** Opens the game on the draft, at this beat. */
  previewFrom(beat: string): void;
}
