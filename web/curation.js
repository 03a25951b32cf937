// Curation: the alias file a team shares (README, "Alias file"), edited by
// the page. Every change is a new snapshot, so it can be undone and redone.

const fold = (s) =>
  String(s)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase()
    .trim();

export const RETYPES = ['PERSON', 'ORG', 'LOC', 'WORK', 'EVENT', 'NORP'];

export function emptyAliases() {
  return { version: 1, merge: [], split: [], rename: [], retype: [], reject: [] };
}

/** The alias file without its empty lists (what is exported and sent). */
export function compactAliases(aliases) {
  const out = { version: 1 };
  for (const key of ['merge', 'split', 'rename', 'retype', 'reject']) {
    if (Array.isArray(aliases[key]) && aliases[key].length) out[key] = aliases[key];
  }
  return out;
}

/** Accepts an alias file object; returns a normalised copy with every list present. */
export function normaliseAliases(value) {
  const out = emptyAliases();
  if (!value || typeof value !== 'object') return out;
  for (const key of ['merge', 'split', 'rename', 'retype', 'reject']) {
    if (Array.isArray(value[key])) out[key] = JSON.parse(JSON.stringify(value[key]));
  }
  for (const key of Object.keys(value)) if (!(key in out)) out[key] = value[key]; // unknown: let the core report it
  return out;
}

export function suggestionKey(a, b) {
  return [fold(a), fold(b)].sort().join('\u0000');
}

export class Curation {
  constructor() {
    this.aliases = emptyAliases();
    this.dismissed = [];
    this.undoStack = [];
    this.redoStack = [];
  }

  #snapshot() {
    return JSON.stringify({ aliases: this.aliases, dismissed: this.dismissed });
  }

  #restore(snapshot) {
    const data = JSON.parse(snapshot);
    this.aliases = data.aliases;
    this.dismissed = data.dismissed;
  }

  load({ aliases, dismissed } = {}) {
    this.aliases = normaliseAliases(aliases);
    this.dismissed = Array.isArray(dismissed) ? dismissed.map(String) : [];
    this.undoStack = [];
    this.redoStack = [];
  }

  toJSON() {
    return { aliases: compactAliases(this.aliases), dismissed: this.dismissed };
  }

  get canUndo() {
    return this.undoStack.length > 0;
  }

  get canRedo() {
    return this.redoStack.length > 0;
  }

  get undoLabel() {
    return this.undoStack.length ? this.undoStack[this.undoStack.length - 1].label : '';
  }

  get redoLabel() {
    return this.redoStack.length ? this.redoStack[this.redoStack.length - 1].label : '';
  }

  /** Apply fn(aliases, dismissed) as one undoable change labelled `label`. */
  change(label, fn) {
    const before = this.#snapshot();
    fn(this.aliases, this.dismissed);
    if (this.#snapshot() === before) return false;
    this.undoStack.push({ label, snapshot: before });
    this.redoStack = [];
    return true;
  }

  /** Drop the last change (the engine refused it); it cannot be redone. */
  revert() {
    const last = this.undoStack.pop();
    if (last) this.#restore(last.snapshot);
  }

  undo() {
    const last = this.undoStack.pop();
    if (!last) return null;
    this.redoStack.push({ label: last.label, snapshot: this.#snapshot() });
    this.#restore(last.snapshot);
    return last.label;
  }

  redo() {
    const next = this.redoStack.pop();
    if (!next) return null;
    this.undoStack.push({ label: next.label, snapshot: this.#snapshot() });
    this.#restore(next.snapshot);
    return next.label;
  }

  // ---------------------------------------------------------- operations

  merge(names) {
    const unique = [...new Map(names.map((n) => [fold(n), String(n)])).values()];
    if (unique.length < 2) return false;
    return this.change(`merge ${unique.join(' + ')}`, (a) => {
      // Groups sharing a name become one group.
      const keys = new Set(unique.map(fold));
      const joined = [...unique];
      a.merge = a.merge.filter((group) => {
        if (!group.some((n) => keys.has(fold(n)))) return true;
        for (const n of group) if (!keys.has(fold(n))) {
          keys.add(fold(n));
          joined.push(n);
        }
        return false;
      });
      a.merge.push(joined);
    });
  }

  split(alias, from) {
    return this.change(`split "${alias}" from ${from}`, (a) => {
      a.split.push({ alias: String(alias), from: String(from) });
      // A merge that glued them explicitly would undo the split: drop the alias from it.
      a.merge = a.merge
        .map((group) => group.filter((n) => fold(n) !== fold(alias)))
        .filter((group) => group.length >= 2);
    });
  }

  rename(current, name) {
    if (!String(name).trim() || fold(current) === fold(name) && current === name) return false;
    return this.change(`rename ${current} → ${name}`, (a) => {
      const rule = a.rename.find((r) => fold(r.name) === fold(current) || fold(r.entity) === fold(current));
      if (rule) rule.name = String(name);
      else a.rename.push({ entity: String(current), name: String(name) });
    });
  }

  retype(entity, type) {
    return this.change(`retype ${entity} as ${type}`, (a) => {
      const rule = a.retype.find((r) => fold(r.entity) === fold(entity));
      if (rule) rule.type = type;
      else a.retype.push({ entity: String(entity), type });
    });
  }

  rejectEntity(name) {
    return this.change(`reject ${name}`, (a) => {
      if (!a.reject.some((r) => typeof r === 'string' && fold(r) === fold(name))) a.reject.push(String(name));
    });
  }

  rejectAlias(alias) {
    return this.change(`reject the form "${alias}"`, (a) => {
      if (!a.reject.some((r) => r && typeof r === 'object' && fold(r.alias) === fold(alias))) a.reject.push({ alias: String(alias) });
    });
  }

  dismiss(a, b) {
    const key = suggestionKey(a, b);
    return this.change(`dismiss ${a} / ${b}`, (_aliases, dismissed) => {
      if (!dismissed.includes(key)) dismissed.push(key);
    });
  }

  /** Remove one rule: kind is merge/split/rename/retype/reject, index in that list. */
  removeRule(kind, index) {
    return this.change(`remove a ${kind} rule`, (a) => {
      if (Array.isArray(a[kind])) a[kind].splice(index, 1);
    });
  }

  replaceAll(value, label = 'import the alias file') {
    return this.change(label, (a) => {
      const next = normaliseAliases(value);
      for (const key of Object.keys(a)) delete a[key];
      Object.assign(a, next);
    });
  }
}
