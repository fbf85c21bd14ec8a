import { describe, expect, it } from 'vitest';
import { scriptEntryFile } from '../../src/build/bundling/scriptNames';

describe('scriptEntryFile', () => {
  it('names the script every page loads "site", and keeps any other entry’s name', () => {
    expect(scriptEntryFile('BaseLayout.astro_astro_type_script_index_0_lang')).toBe('_astro/site.[hash].js');
    expect(scriptEntryFile('Search.astro_astro_type_script_index_0_lang')).toBe(
      '_astro/Search.astro_astro_type_script_index_0_lang.[hash].js',
    );
    expect(scriptEntryFile('a b:c')).toBe('_astro/a_b_c.[hash].js');
  });
});
