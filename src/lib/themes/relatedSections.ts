/** What relatedness is computed from: a section's themes and the glossary entries it uses (ids). */
export interface SectionProfile {
  slug: string;
  themes: ReadonlySet<string>;
  entries: ReadonlySet<string>;
}

/**
 * The sections most related to one section, ranked by shared themes (each worth two) and shared glossary
 * entries (each worth one), ties in speech order; sections sharing nothing are left out.
 */
export function relatedSections(profiles: readonly SectionProfile[], slug: string, limit = 3) {
  const self = profiles.find((p) => p.slug === slug);
  if (!self) return [];
  // Array sort is stable, so sections with equal scores keep their speech order.
  return profiles
    .filter((other) => other.slug !== slug)
    .map((other) => {
      const sharedThemes = [...other.themes].filter((t) => self.themes.has(t));
      const sharedEntries = [...other.entries].filter((e) => self.entries.has(e));
      return {
        slug: other.slug,
        sharedThemes,
        sharedEntries,
        score: 2 * sharedThemes.length + sharedEntries.length,
      };
    })
    .filter((related) => related.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}
