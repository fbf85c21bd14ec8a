import { z } from 'astro/zod';
import { editorsText, kebabId } from './fields';

/** One theme that runs through the speech, in `content/themes.yaml`. Everything here is editorial. */
export const themeSchema = z.object({
  /** Lower-case kebab-case id, used in the URL `/themes/<id>/`. */
  id: kebabId('digital-economy'),
  /** Short name, shown as the theme's heading. */
  name: editorsText(z.string().min(3).max(60)),
  /** One neutral sentence on what the theme's passages are about. */
  description: editorsText(z.string().min(20).max(240)),
  /** Ids of related themes. */
  related: z.array(z.string()).default([]),
});

export type ThemeData = z.infer<typeof themeSchema>;
