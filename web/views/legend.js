// The type legend: one checkbox per type toggling its highlights.

import { el, clear, formatNumber } from './dom.js';
import { TYPES, cssType } from '../types.js';

export class Legend {
  /** onChange(hiddenTypes: Set) */
  constructor(root, onChange) {
    this.root = root;
    this.hidden = new Set();
    root.addEventListener('change', (event) => {
      const box = event.target;
      if (!(box instanceof HTMLInputElement) || !box.dataset.type) return;
      if (box.checked) this.hidden.delete(box.dataset.type);
      else this.hidden.add(box.dataset.type);
      box.closest('label').classList.toggle('off', !box.checked);
      onChange(this.hidden);
    });
  }

  /** counts: Map type -> number of mentions (in the current document) */
  render(counts) {
    clear(this.root);
    const extra = [...counts.keys()].filter((t) => !TYPES.some((x) => x.type === t)).sort();
    const all = [...TYPES.map((t) => t.type), ...extra];
    for (const type of all) {
      const count = counts.get(type) || 0;
      // Types absent from the document are left out, unless switched off.
      if (!count && !this.hidden.has(type)) continue;
      const checked = !this.hidden.has(type);
      this.root.appendChild(
        el(
          'label',
          { class: `legend-item${checked ? '' : ' off'}`, title: `Show ${type} highlights` },
          el('input', { type: 'checkbox', 'data-type': type, checked }),
          el('span', { class: `swatch m m-${cssType(type)}` }, type),
          el('span', { class: 'count' }, formatNumber(count)),
        ),
      );
    }
  }
}
