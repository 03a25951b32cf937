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
  /** Mentions in each of `documents` (same order): the entity's row of the entity × document matrix. */
  documentMentions: number[];
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
  /**
   * DATE and TIME: ISO 8601, possibly partial ("2014-12", "--12-25"), an interval for a
   * range ("2024-10-28/2024-10-31"), a time with its zone's offset ("14:00+01:00");
   * MONEY, QUANTITY, PERCENT: number and unit.
   */
  value?: string;
  source: string;
  score: number;
  /** Present and true when the mention lies inside another name ("Texas" in "University of Texas"). */
  nested?: boolean;
}

/** Two entities mentioned in the same sentences. */
export interface Link {
  a: string;
  b: string;
  /** Number of sentences that mention both. */
  weight: number;
  documents: string[];
}

/** A merge that the evidence supports but does not prove; confirm it with an alias file's `merge`. */
export interface Suggestion {
  a: string;
  b: string;
  /** Confidence in [0, 1]. */
  score: number;
  /**
   * `translation` (same words once French words are put in English), `same-words` (same words without
   * articles), `shared-word` (two works sharing a content word), `short-form` (a one-word organisation and the
   * only longer one starting with it, in a document they share), `shared-context` (same co-occurring entities).
   */
  reason: 'translation' | 'same-words' | 'shared-word' | 'short-form' | 'shared-context';
}

/** A quotation (between « », “ ” or " ", three words or more); offsets exclude the quotation marks. */
export interface Quote {
  doc: string;
  start: number;
  end: number;
  /** The entity who said it, when the sentence (or the one before or after) has a speech cue and names one. */
  speaker?: string;
}

/** A dated mention, with the named entities of its sentence. */
export interface TimelineEvent {
  doc: string;
  start: number;
  end: number;
  text: string;
  /** ISO 8601, possibly partial (`2014-12`, `--12-25`); the timeline is sorted by it. */
  value: string;
  /** The DATE entity. */
  entity: string;
  entities: string[];
}

/** Keyword in context: about 60 characters each side of a match, on one line. */
export interface Snippet {
  left: string;
  match: string;
  right: string;
}

/** One mention of an entity, from {@link Corpus.entityMentions}. */
export interface MentionInContext extends Snippet {
  doc: string;
  start: number;
  end: number;
  /** Index of the sentence in its document. */
  sentence: number;
  type: EntityType;
}

/** What {@link Corpus.search} returns. */
export interface SearchResult {
  entities: { id: string; type: EntityType; name: string; mentionCount: number }[];
  /** Places in the documents where the query occurs, starting at a word boundary. */
  hits: (Snippet & { doc: string; start: number; end: number })[];
  /** True when there were more than 500 hits. */
  truncated: boolean;
}

/**
 * An alias file: a team's curation of the linking, applied on every analysis. Entities are designated by
 * their name or any alias, ignoring case, accents and titles; names that match nothing are ignored.
 */
export interface AliasFile {
  version: 1;
  /** Each list of names is one entity. */
  merge?: string[][];
  /** Mentions of `alias` leave the entity of `from` and become an entity of their own. */
  split?: { alias: string; from: string }[];
  rename?: { entity: string; name: string }[];
  retype?: { entity: string; type: 'PERSON' | 'ORG' | 'LOC' | 'WORK' | 'EVENT' | 'NORP' }[];
  /** A name rejects a whole entity; `{alias}` rejects one surface form. Rejected mentions disappear. */
  reject?: (string | { alias: string })[];
}

/** The result of `Corpus.analyze()`, following recoupe.analysis/1. A plain object: it owns no wasm memory. */
export interface AnalysisResult {
  format: 'recoupe.analysis/1';
  generator: string;
  documents: AnalysedDocument[];
  entities: Entity[];
  mentions: Mention[];
  links: Link[];
  /** Addition to recoupe.analysis/1: merges worth a look, best first. */
  suggestions: Suggestion[];
  /** Addition to recoupe.analysis/1: quotations, in document order. */
  quotes: Quote[];
  /** Addition to recoupe.analysis/1: dated mentions in chronological order. */
  timeline: TimelineEvent[];
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
  /**
   * A fetch of the .wasm that the caller started early (browsers and workers):
   * the module compiles as it downloads. If it fails, the .wasm is fetched again
   * from `wasmUrl`.
   */
  wasmResponse?: Response | Promise<Response>;
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
  /** The cap of the module's memory in bytes (1 GiB). Documents or results that would not fit are `out-of-memory` errors. */
  readonly memoryLimit: number;
  /** The size of the module's memory in bytes; it only grows, so this is its peak. */
  memoryBytes(): number;
  /**
   * False once the module has stopped: a call threw RecoupeError `out-of-memory`
   * or `aborted` from inside WebAssembly. Every later call throws the same; load a new module.
   */
  readonly usable: boolean;
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
  /**
   * Sets the alias file applied by every later `analyze()`, as an object or JSON text.
   * @throws RecoupeError `invalid-aliases` when it is malformed (the message says where); the previous rules stay.
   */
  setAliases(aliases: AliasFile | string): void;
  /**
   * Accent- and case-insensitive search in the last analysis: `search('coree du nord')` finds
   * "Corée du Nord". Returns plain objects; empty before `analyze()`.
   */
  search(query: string): SearchResult;
  /** Every mention of an entity of the last analysis (`"e12"`), with its snippet; `[]` for an unknown id. */
  entityMentions(entityId: string): MentionInContext[];
  /** Frees the wasm memory of this corpus. Every later call throws `deleted`. Safe to call twice. */
  delete(): void;
}
