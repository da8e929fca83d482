/** The export formats by name. */
import { csvFormat } from './csv';
import { cslFormat } from './csl';
import { graphFormat } from './graph';
import { htmlFormat } from './html-report';
import { jsonFormat } from './json';
import { markdownFormat } from './markdown';
import type { ExportFormat, FormatDefinition } from './types';
import { w3cFormat } from './w3c';

/** Each format's writer. */
export const FORMATS: Record<ExportFormat, FormatDefinition> = {
  json: jsonFormat,
  csv: csvFormat,
  md: markdownFormat,
  w3c: w3cFormat,
  csl: cslFormat,
  html: htmlFormat,
  graph: graphFormat,
};

/** The folder of each format inside a multi-format zip. */
export const FORMAT_FOLDERS: Record<ExportFormat, string> = {
  json: 'json',
  csv: 'csv',
  md: 'markdown',
  w3c: 'web-annotation',
  csl: 'zotero',
  html: 'report',
  graph: 'graph',
};
