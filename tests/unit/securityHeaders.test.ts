import { describe, expect, it } from 'vitest';
import { headersFile, pageCsp } from '../../src/lib/security/headersFile';

describe('pageCsp', () => {
  it('reads the policy from a page’s meta tag, unescaping quotes', () => {
    expect(pageCsp(`<meta http-equiv="content-security-policy" content="default-src &#39;self&#39;;">`)).toBe(
      "default-src 'self';",
    );
    expect(pageCsp('<meta name="description" content="x">')).toBeUndefined();
  });
});

describe('headersFile', () => {
  it('writes common headers for every path and each page’s policy with frame-ancestors', () => {
    expect(headersFile([{ path: '/about/', csp: "default-src 'self'; " }])).toBe(
      '/*\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n\n' +
        "/about/\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n",
    );
  });
});
