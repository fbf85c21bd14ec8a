import type { EventKind } from '../schemas';

/** How each kind of timeline event is named to readers: the lane of the chart, the label in the table. */
export const EVENT_KIND_LABELS: Record<EventKind, { one: string; many: string }> = {
  congress: { one: 'Party congress', many: 'Party congresses' },
  meeting: { one: 'Meeting', many: 'Meetings' },
  institution: { one: 'Institution', many: 'Institutions' },
  law: { one: 'Law or regulation', many: 'Laws and regulations' },
  policy: { one: 'Policy or strategy', many: 'Policies and strategies' },
  speech: { one: 'Speech', many: 'Speeches' },
  international: { one: 'International', many: 'International' },
  context: { one: 'Context', many: 'Context' },
};
