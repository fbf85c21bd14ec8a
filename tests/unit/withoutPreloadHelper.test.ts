import { describe, expect, it } from 'vitest';
import { unwrapPreloadCalls } from '../../src/build/bundling/withoutPreloadHelper';

describe('unwrapPreloadCalls', () => {
  it('calls each lazy import directly, however its loader is written', () => {
    const code = [
      'var load = () => __vitePreload(() => import("./search.js"), __VITE_PRELOAD__);',
      'go(__vitePreload(async () => { const { A } = await import("./cite.js"); return { A }; }, __VITE_PRELOAD__));',
    ].join('\n');
    expect(unwrapPreloadCalls(code, 'main.js')).toBe(
      [
        'var load = () => (() => import("./search.js"))();',
        'go((async () => { const { A } = await import("./cite.js"); return { A }; })());',
      ].join('\n'),
    );
  });

  it('leaves code without preload calls as it is', () => {
    expect(unwrapPreloadCalls('import("/pagefind/pagefind.js")', 'search.js')).toBe(
      'import("/pagefind/pagefind.js")',
    );
  });

  it('fails the build on a call of another shape', () => {
    expect(() => unwrapPreloadCalls('__vitePreload(() => import("./x.js"), ["a.css"])', 'main.js')).toThrow(
      'main.js: a preload call without its ", __VITE_PRELOAD__)" placeholder',
    );
  });
});
