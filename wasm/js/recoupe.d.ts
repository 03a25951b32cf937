/** Entity and mention types of the recoupe.analysis/1 contract. */
export type EntityType =
  | 'PERSON' | 'ORG' | 'LOC' | 'WORK' | 'EVENT' | 'NORP' | 'DATE' | 'TIME' | 'MONEY'
  | 'QUANTITY' | 'PERCENT' | 'EMAIL' | 'URL' | 'PHONE' | 'HANDLE' | 'HASHTAG';

/** Input formats a corpus reads. */
export type DocumentFormat = 'txt' | 'md' | 'html' | 'eml';

/** A per-document problem, reported in the result instead of thrown. */
export interface DocumentError {
  /** `invalid-utf8`, `binary`, `too-large`, `empty`, `unsupported-format`, `parse-error`, ... */
  code: string;
  message: string;
}

/** One analysed document. Offsets are UTF-16 code units (JavaScript string indices). */
export interface AnalysedDocument {
  id: string;
  title?: string;
  /** BCP 47 primary tag: `fr`, `en` or `und`. */
  language?: string;
  /** Length of the analysed plain text, in UTF-16 code units. */
  length?: number;
  sections?: { kind: 'header' | 'body' | 'comments' | 'boilerplate'; start: number; end: number }[];
  /** The document's own date (ISO 8601), used to resolve relative dates. */
  date?: string;
  /** Set when the document could not be analysed; the others still are. */
  error?: DocumentError;
  /** Problems that did not stop the analysis, such as repaired UTF-8. */
  warnings?: DocumentError[];
}

/** One real-world thing, merged across documents and languages. */
export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  documents: string[];
  mentionCount: number;
  kb?: string;
}

/** A span of a document that refers to an entity. `text === documentText.slice(start, end)`. */
export interface Mention {
  doc: string;
  start: number;
  end: number;
  text: string;
  type: EntityType;
  entity: string;
  value?: string;
  source: string;
  score: number;
}

/** Two entities mentioned in the same sentences. */
export interface Link {
  a: string;
  b: string;
  /** Number of sentences that mention both. */
  weight: number;
  documents: string[];
}

/** The result of `Corpus.analyze()`, following recoupe.analysis/1. A plain object: it owns no wasm memory. */
export interface AnalysisResult {
  format: 'recoupe.analysis/1';
  generator: string;
  documents: AnalysedDocument[];
  entities: Entity[];
  mentions: Mention[];
  links: Link[];
}

/** An error raised by Recoupe. */
export class RecoupeError extends Error {
  /** Stable machine-readable reason: `invalid-argument`, `unsupported-format`, `deleted`, `load-failed`, ... */
  readonly code: string;
  constructor(code: string, message: string);
}

/** Options of {@link createRecoupe}. */
export interface CreateOptions {
  /** Where the .wasm file is; defaults to `recoupe-core.wasm` next to this module. */
  wasmUrl?: string | URL;
  /** The .wasm bytes, when the caller already has them. */
  wasmBinary?: ArrayBuffer | Uint8Array;
}

/**
 * Loads the WebAssembly module: fetched next to this file in browsers and
 * workers, read from disk in Node. Throws a {@link RecoupeError} with code
 * `load-failed` when it cannot.
 */
export function createRecoupe(options?: CreateOptions): Promise<Recoupe>;

/** A loaded Recoupe module. */
export class Recoupe {
  /** "recoupe X.Y.Z" */
  readonly version: string;
  /** Bytes allocated on the wasm heap, for diagnosing leaks. */
  heapBytesInUse(): number;
  /**
   * Creates an empty corpus. It owns wasm memory: call `delete()` when done.
   * @throws RecoupeError `invalid-argument` for an unknown language or a bad size limit.
   */
  createCorpus(options?: { lang?: 'auto' | 'fr' | 'en'; maxDocumentBytes?: number }): Corpus;
}

/** A set of documents analysed together. Owns wasm memory: call `delete()` to free it. */
export class Corpus {
  /**
   * Adds a document, or replaces the one with the same id. Content problems
   * (binary, invalid UTF-8, too large) are reported in the result, not thrown.
   * @throws RecoupeError `invalid-argument` without an id or content, `unsupported-format` for an unknown format,
   *   `deleted` after `delete()`.
   */
  add(document: { id: string; text?: string; bytes?: Uint8Array | ArrayBuffer; format?: DocumentFormat }): void;
  /** Removes a document; returns false when none has that id. */
  remove(id: string): boolean;
  /** Removes every document. */
  clear(): void;
  /** Number of documents. */
  readonly size: number;
  /**
   * Analyses what changed since the last call and links the whole corpus.
   * The result is a plain object copied out of the wasm heap.
   */
  analyze(options?: { onProgress?: (progress: { done: number; total: number }) => void }): AnalysisResult;
  /** The analysed plain text of a document, which mention offsets index into. Empty for an unknown id. */
  text(id: string): string;
  /** Frees the wasm memory of this corpus. Every later call throws `deleted`. Safe to call twice. */
  delete(): void;
}
