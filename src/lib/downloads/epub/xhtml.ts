import { chineseRuns } from '../../text/chinese';

/** Text and attribute values escaped for XHTML. */
export const escapeXml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** Editorial text with each Chinese run marked as such, for reading systems' fonts and voices. */
export const mixed = (text: string) =>
  chineseRuns(text)
    .map((run) => (run.chinese ? chinese(run.text) : escapeXml(run.text)))
    .join('');

/** A run of Chinese, with its language in both the HTML and the XML attribute, as EPUB 3 asks. */
export const chinese = (text: string) => `<span lang="zh-Hans" xml:lang="zh-Hans">${escapeXml(text)}</span>`;

/** A content document of the book: XHTML5 with the EPUB namespace, in English, with the stylesheet. */
export function xhtmlDocument(title: string, body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="en" xml:lang="en">
<head>
<meta charset="UTF-8"/>
<title>${escapeXml(title)}</title>
<link rel="stylesheet" type="text/css" href="style.css"/>
</head>
<body>
${body}
</body>
</html>
`;
}
