/** The report's inline style sheet and its Content-Security-Policy: no scripts, no requests, printable. */

/** Nothing may load or run; only the inline style sheet applies. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

// System fonts that carry Vietnamese (stacked diacritics) on Windows, macOS, Linux and Android: no web fonts to fetch.
const SANS = '"Be Vietnam Pro", "Segoe UI", "Noto Sans", Roboto, "Helvetica Neue", Arial, sans-serif';
const SERIF = '"Noto Serif", "Times New Roman", Georgia, serif';

/** The report's CSS. */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1d232b; --muted: #5b6570; --line: #d8dde3; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 52rem; padding: 2rem 1.5rem; font: 16px/1.6 ${SANS}; color: var(--ink); background: #fff; }
h1, h2, h3 { line-height: 1.3; }
h1 { font-size: 1.9rem; margin: 0 0 .25rem; }
header p, .meta, .muted { color: var(--muted); }
nav ol { padding-left: 1.5rem; }
nav li { margin: .2rem 0; }
a { color: #0b5cad; }
article { border-top: 2px solid var(--line); margin-top: 2rem; padding-top: 1rem; }
article h2 { font-size: 1.4rem; margin: 0 0 .5rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: 0 0 1rem; font-size: .92rem; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
.excerpt { font-family: ${SERIF}; font-style: italic; }
blockquote { margin: 1rem 0 .4rem; padding: .4rem .9rem; border-left: 5px solid #e3c300; background: #fffbe0; font-family: ${SERIF}; }
blockquote.green { border-color: #3aa655; background: #eaf7ed; }
blockquote.blue { border-color: #2f7fd1; background: #e8f1fb; }
blockquote.pink { border-color: #d6478a; background: #fbe9f2; }
blockquote.purple { border-color: #7d4fc4; background: #f1ebfa; }
.note { margin: 0 0 .4rem 1rem; }
.note p { margin: .3rem 0; }
.tags { font-size: .88rem; color: var(--muted); margin: 0 0 1rem 1rem; }
section.index h3 { margin-top: 1.5rem; }
section.index li { margin: .3rem 0; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  a { color: inherit; text-decoration: none; }
  article { break-before: page; border-top: none; }
  blockquote, .note { break-inside: avoid; }
  blockquote { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
@page { margin: 2cm 1.8cm; }
`;
