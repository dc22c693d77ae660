// What a page fetched, as sets of files: pure helpers for the bytes rows.
import type { FetchedFile, FetchedSet } from './types.js';

export function fetchedSet(files: readonly FetchedFile[]): FetchedSet {
  return { files: [...files], raw: files.reduce((s, f) => s + f.raw, 0), gzip: files.reduce((s, f) => s + f.gzip, 0) };
}

/** The files none of the reference pages fetched (same path). */
export function beyondReferences(files: readonly FetchedFile[], references: ReadonlyArray<{ paths: readonly string[] }>): FetchedSet {
  const known = new Set(references.flatMap((r) => r.paths));
  return fetchedSet(files.filter((f) => !known.has(f.path)));
}

/**
 * The files ours fetched that reference `index` fetched and the earlier references did
 * not (with the entry first and the ELK layout second: the layout's own files).
 */
export function addedBy(files: readonly FetchedFile[], references: ReadonlyArray<{ paths: readonly string[] }>, index: number): FetchedSet {
  const earlier = new Set(references.slice(0, index).flatMap((r) => r.paths));
  const mine = new Set(references[index]?.paths ?? []);
  return fetchedSet(files.filter((f) => mine.has(f.path) && !earlier.has(f.path)));
}

/** The file name without its directory, for the table. */
export function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
