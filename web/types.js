// Entity and mention types of the analysis-v1 contract, in display order.

export const TYPES = [
  { type: 'PERSON', label: 'People', short: 'Person' },
  { type: 'ORG', label: 'Organisations', short: 'Org' },
  { type: 'LOC', label: 'Places', short: 'Place' },
  { type: 'NORP', label: 'Nationalities & groups', short: 'Group' },
  { type: 'EVENT', label: 'Events', short: 'Event' },
  { type: 'WORK', label: 'Works', short: 'Work' },
  { type: 'DATE', label: 'Dates', short: 'Date' },
  { type: 'TIME', label: 'Times', short: 'Time' },
  { type: 'MONEY', label: 'Amounts', short: 'Money' },
  { type: 'QUANTITY', label: 'Quantities', short: 'Qty' },
  { type: 'PERCENT', label: 'Percentages', short: '%' },
  { type: 'EMAIL', label: 'E-mail addresses', short: 'E-mail' },
  { type: 'URL', label: 'Web addresses', short: 'URL' },
  { type: 'PHONE', label: 'Phone numbers', short: 'Phone' },
  { type: 'HANDLE', label: 'Handles', short: 'Handle' },
  { type: 'HASHTAG', label: 'Hashtags', short: 'Hashtag' },
];

const BY_TYPE = new Map(TYPES.map((t) => [t.type, t]));

/** A type name that is safe to use inside a CSS class name. */
export function cssType(type) {
  return typeof type === 'string' && /^[A-Z_]{1,24}$/.test(type) ? type : 'OTHER';
}

export function typeInfo(type) {
  return BY_TYPE.get(type) || { type: String(type), label: String(type), short: String(type) };
}
