import type { EntryKind } from '../schemas';

/** How each kind of glossary entry is named to readers, singular and plural. */
export const ENTRY_KIND_LABELS: Record<EntryKind, { one: string; many: string }> = {
  event: { one: 'Event', many: 'Events' },
  institution: { one: 'Institution', many: 'Institutions' },
  law: { one: 'Law or policy', many: 'Laws and policies' },
  concept: { one: 'Concept or slogan', many: 'Concepts and slogans' },
  translation: { one: 'Translation note', many: 'Translation notes' },
};
