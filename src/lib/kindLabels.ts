import type { EntryKind, EventKind } from './schemas';

/**
 * How each kind of glossary entry and of timeline event is named to readers, singular and plural: one
 * label for a kind, whichever list it sorts (a law is a law in the glossary and on the timeline alike).
 */
export const KIND_LABELS: Record<EntryKind | EventKind, { one: string; many: string }> = {
  event: { one: 'Event', many: 'Events' },
  congress: { one: 'Party congress', many: 'Party congresses' },
  meeting: { one: 'Meeting', many: 'Meetings' },
  institution: { one: 'Institution', many: 'Institutions' },
  law: { one: 'Law or regulation', many: 'Laws and regulations' },
  policy: { one: 'Policy or strategy', many: 'Policies and strategies' },
  speech: { one: 'Speech', many: 'Speeches' },
  international: { one: 'International', many: 'International' },
  context: { one: 'Context', many: 'Context' },
  concept: { one: 'Concept or slogan', many: 'Concepts and slogans' },
  translation: { one: 'Translation note', many: 'Translation notes' },
};
