import { EVENT_KINDS, type DatePrecision, type EventKind } from '../schemas';
import { KIND_LABELS } from '../kindLabels';

/** What the chart needs of an event. */
export interface DatedEvent {
  date: string;
  precision: DatePrecision;
  kind: EventKind;
  speech: boolean;
}

/** The timeline drawn: a lane per kind of event, years along the axis, the speech as a line across. */
export interface TimelineLayout<E extends DatedEvent> {
  width: number;
  height: number;
  /** Where the lanes' names end and the years begin. */
  labelWidth: number;
  /** Top and bottom of the lanes. */
  top: number;
  bottom: number;
  years: readonly { year: number; x: number }[];
  lanes: readonly { kind: EventKind; label: string; y: number; count: number }[];
  /** Each event's mark (the speech is drawn as the line instead). */
  marks: readonly { event: E; x: number; y: number }[];
  speech: { event: E; x: number } | undefined;
}

const YEAR_WIDTH = 66;
const LABEL_WIDTH = 170;
const LANE_HEIGHT = 36;
const TOP = 44;
const AXIS = 28;
const END_PADDING = 16;
/** Marks closer than this in one lane are set above and below its middle so that both can be seen. */
const MARK_SPACING = 11;
const SHIFT = 9;

/**
 * Where in its year a date falls, 0 to 1. A date known to the month sits mid-month, one known to the
 * year mid-year: the chart never claims more precision than the source gives.
 */
export function yearFraction(date: string, precision: DatePrecision): number {
  const [year = 0, month = 7, day = 1] = date.split('-').map(Number);
  if (precision === 'year') return 0.5;
  const start = Date.UTC(year, 0, 1);
  const length = Date.UTC(year + 1, 0, 1) - start;
  const at = precision === 'month' ? Date.UTC(year, month - 1, 15) : Date.UTC(year, month - 1, day);
  return (at - start) / length;
}

/**
 * Lays out the timeline's chart from its events (earliest first) and years: one lane per kind that has
 * events, in the order of EVENT_KINDS; within a lane, marks that would touch alternate above and below.
 */
export function timelineLayout<E extends DatedEvent>(
  events: readonly E[],
  range: { from: number; to: number },
): TimelineLayout<E> {
  const xOf = (event: DatedEvent) =>
    LABEL_WIDTH +
    (Number(event.date.slice(0, 4)) - range.from + yearFraction(event.date, event.precision)) * YEAR_WIDTH;
  const others = events.filter((event) => !event.speech);
  const kinds = EVENT_KINDS.filter((kind) => others.some((event) => event.kind === kind));
  const lanes = kinds.map((kind, i) => ({
    kind,
    label: KIND_LABELS[kind].many,
    y: TOP + i * LANE_HEIGHT + LANE_HEIGHT / 2,
    count: others.filter((event) => event.kind === kind).length,
  }));
  const marks = lanes.flatMap((lane) => {
    let previous = -Infinity;
    let offset = 0;
    return others
      .filter((event) => event.kind === lane.kind)
      .map((event) => {
        const x = xOf(event);
        offset = x - previous < MARK_SPACING ? (offset <= 0 ? SHIFT : -SHIFT) : 0;
        previous = x;
        return { event, x, y: lane.y + offset };
      });
  });
  const speechEvent = events.find((event) => event.speech);
  const bottom = TOP + lanes.length * LANE_HEIGHT;
  const years = Array.from({ length: range.to - range.from + 1 }, (_, i) => ({
    year: range.from + i,
    x: LABEL_WIDTH + i * YEAR_WIDTH,
  }));
  return {
    width: LABEL_WIDTH + years.length * YEAR_WIDTH + END_PADDING,
    height: bottom + AXIS,
    labelWidth: LABEL_WIDTH,
    top: TOP,
    bottom,
    years,
    lanes,
    marks,
    speech: speechEvent && { event: speechEvent, x: xOf(speechEvent) },
  };
}
