/** Every public page of the reader, for sweeps. */
export const sectionPaths = [
  '/speech/opportunities-and-achievements/',
  '/speech/online-governance/',
  '/speech/cybersecurity/',
  '/speech/core-technologies/',
  '/speech/digital-economy/',
  '/speech/civil-military-integration/',
  '/speech/international-governance/',
  '/speech/party-leadership/',
];

export const allPaths = [
  '/',
  '/speech/',
  ...sectionPaths,
  '/glossary/',
  '/glossary/cyberpower/',
  '/glossary/critical-information-infrastructure/',
  '/themes/',
  '/themes/cybersecurity/',
  '/themes/digital-economy/',
  '/concordance/',
  '/data/',
  '/about/',
  '/search/',
  '/search/?q=cybersecurity',
];

/** The address the site was built for (canonical links, copied links, citations); see astro.config.mjs. */
export const SITE = (process.env['SITE_URL'] || 'http://localhost:4321/').replace(/\/$/u, '');
