/** Shared types of the export formats: each turns a backup into files, clip by clip. */
import type { sanitizeHtml } from '../sanitize';
import type { ClipView, ExportView } from './view';

/** One exported file. */
export type ExportFile = {
  /** Relative path with forward slashes ("articles.csv", "markdown/2023-02-08 Tiêu đề.md"). */
  path: string;
  /** Text (UTF-8 when written) or bytes. */
  content: string | Uint8Array;
  /** The media type to download it as. */
  mediaType: string;
};

/** The export formats; the names are the `--format` values of the export command. */
export type ExportFormat = 'json' | 'csv' | 'md' | 'w3c' | 'csl' | 'html' | 'graph';

/** Every format, in the order the UI lists them. */
export const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'csv', 'md', 'w3c', 'csl', 'html', 'graph'];

/** A window DOMPurify can use: the extension page's own, or a jsdom window in Node. */
export type SanitizeWindow = Parameters<typeof sanitizeHtml>[0];

/** Labels in the report and Markdown files. */
export type ExportLocale = 'vi' | 'en';

/** What formats may need besides the data. */
export type ExportContext = {
  /** For the HTML report: the window DOMPurify sanitizes with. */
  window?: SanitizeWindow;
  /** Language of headings and labels (the data stays as it is); Vietnamese by default. */
  locale?: ExportLocale;
};

/** A format being written: fed one clip at a time (so a long export can yield and report progress), then finished. */
export type FormatWriter = {
  /** Add one clip's part of the output. */
  add(clip: ClipView): void;
  /** The format's files. */
  finish(): ExportFile[];
};

/** A format: starts a writer over a prepared view. */
export type FormatDefinition = (view: ExportView, context: ExportContext) => FormatWriter;
