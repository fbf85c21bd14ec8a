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
  '/about/',
  '/search/',
  '/search/?q=cybersecurity',
];
