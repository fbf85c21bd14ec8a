import { getCollection, getEntry } from 'astro:content';
import { PARAGRAPH_COUNT } from './schemas';
import { placeSections } from './sectionIndex';

/**
 * The one place pages get content from: queried once per build, checked, and ordered.
 * Pages import these values rather than calling `getCollection` themselves.
 */
const speechEntry = await getEntry('speech', 'speech');
if (!speechEntry) throw new Error('content/speech.yaml must hold one entry under the key "speech".');

export const speech = speechEntry.data;
export const sections = placeSections(await getCollection('sections'), PARAGRAPH_COUNT);
export type Section = (typeof sections)[number];
