/**
 * Opening and saving scenario files: a file input or drag and drop (any browser), the File System
 * Access API where the browser has it (open a file, save back to it), and a plain download.
 */

/** A file the studio read, and, where the browser gives one, the handle to save back to it. */
export interface OpenedFile {
  name: string;
  text: string;
  handle?: FileSystemFileHandleLike;
}

/** The part of `FileSystemFileHandle` the studio uses (not yet in TypeScript's DOM types everywhere). */
export interface FileSystemFileHandleLike {
  name: string;
  getFile(): Promise<File>;
  createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void> }>;
}

interface PickerWindow {
  showOpenFilePicker?: (options: unknown) => Promise<FileSystemFileHandleLike[]>;
  showSaveFilePicker?: (options: unknown) => Promise<FileSystemFileHandleLike>;
}

/** The files the studio opens: YAML or JSON. */
export const SCENARIO_FILE = /\.(ya?ml|json)$/i;
const TYPES = [{ description: 'Sabr scenario', accept: { 'text/yaml': ['.yaml', '.yml'], 'application/json': ['.json'] } }];

/** Reads a dropped or picked file; refuses anything but YAML or JSON by name. */
export async function readFile(file: File): Promise<OpenedFile> {
  if (!SCENARIO_FILE.test(file.name)) throw new NotScenarioError(file.name);
  return { name: file.name, text: await file.text() };
}

/** A file that is not a scenario file by its name. */
export class NotScenarioError extends Error {
  constructor(readonly fileName: string) {
    super(fileName);
  }
}

/** Opens through the File System Access API when there is one, else through a file input. */
export async function pickFile(input: HTMLInputElement): Promise<OpenedFile | undefined> {
  const picker = (window as PickerWindow).showOpenFilePicker;
  if (picker) {
    try {
      const [handle] = await picker({ types: TYPES });
      if (!handle) return undefined;
      return { ...(await readFile(await handle.getFile())), handle };
    } catch (error) {
      if ((error as Error).name === 'AbortError') return undefined;
      throw error;
    }
  }
  return new Promise((resolve, reject) => {
    input.onchange = () => {
      const file = input.files?.[0];
      input.value = '';
      if (file) readFile(file).then(resolve, reject);
      else resolve(undefined);
    };
    input.click();
  });
}

/** Saves back to the opened file, or asks where (File System Access); undefined when the browser cannot. */
export async function saveToDisk(text: string, name: string, handle?: FileSystemFileHandleLike): Promise<FileSystemFileHandleLike | undefined> {
  const target = handle ?? (await (window as PickerWindow).showSaveFilePicker?.({ suggestedName: name, types: TYPES }));
  if (!target) return undefined;
  const writable = await target.createWritable();
  await writable.write(text);
  await writable.close();
  return target;
}

/** Whether this browser can save to a file of the trainer's choice (File System Access). */
export const canSaveToDisk = (): boolean => typeof (window as PickerWindow).showSaveFilePicker === 'function';

/** Offers the text as a file download. */
export function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/yaml;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
