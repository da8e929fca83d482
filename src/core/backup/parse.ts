/**
 * Reading an imported backup file. Every failure is a value with a sentence that names
 * the record and field at fault; nothing is applied unless the whole file passes.
 */
import * as v from 'valibot';
import { checkTree, decodeInput, parseJson } from './guard';
import { checkReferences } from './references';
import { BackupSchema } from './schema';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './types';

/** Options for `parseBackup`. */
export type ParseBackupOptions = {
  /** The size limit; MAX_BACKUP_BYTES (512 MiB) by default. A caller may raise it for a library known to be large. */
  maxBytes?: number;
};

/** The outcome of `parseBackup`. */
export type ParseBackupResult = { ok: true; backup: Backup } | { ok: false; error: string };

/**
 * Parse and validate a backup file (its text or bytes). Refuses files over MAX_BACKUP_BYTES
 * before parsing, invalid JSON, other formats and versions, prototype keys anywhere,
 * missing or mistyped fields, over-long strings, malformed ids and dangling references.
 */
export function parseBackup(input: string | Uint8Array | ArrayBuffer, options: ParseBackupOptions = {}): ParseBackupResult {
  const text = decodeInput(input, options.maxBytes);
  if (!text.ok) return text;
  const json = parseJson(text.value);
  if (!json.ok) return json;
  const tree = checkTree(json.value);
  if (!tree.ok) return tree;

  const header = checkHeader(tree.value);
  if (header) return { ok: false, error: header };
  const parsed = v.safeParse(BackupSchema, tree.value);
  if (!parsed.success) return { ok: false, error: describeIssue(parsed.issues[0], tree.value) };
  const backup = parsed.output as unknown as Backup;
  const reference = checkReferences(backup);
  return reference ? { ok: false, error: reference } : { ok: true, backup };
}

function checkHeader(value: unknown): string | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'The file is JSON but not a Dossier backup (it is not an object).';
  const { format, version } = value as { format?: unknown; version?: unknown };
  if (format !== BACKUP_FORMAT) return `The file is JSON but not a Dossier backup (its "format" is ${JSON.stringify(format) ?? 'missing'}, not "${BACKUP_FORMAT}").`;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return `The backup's "version" is ${JSON.stringify(version) ?? 'missing'}: it must be a whole number.`;
  if (version > BACKUP_VERSION) return `The backup is version ${version}, made by a newer Dossier; this one reads versions up to ${BACKUP_VERSION}. Update Dossier and import it again.`;
  return null;
}

/** "articles[3] (id …): field "title": is missing". */
function describeIssue(issue: v.BaseIssue<unknown>, root: unknown): string {
  const keys = (issue.path ?? []).map((p) => p.key as string | number);
  let path = '';
  let record = '';
  let node: unknown = root;
  for (const [i, key] of keys.entries()) {
    path += typeof key === 'number' ? `[${key}]` : path ? `.${key}` : key;
    node = node && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined;
    if (i === 1 && typeof key === 'number') {
      const id = node && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
      record = `${path}${typeof id === 'string' ? ` (id ${id.slice(0, 64)})` : ''}`;
      path = '';
    }
  }
  const problem = issue.received === 'undefined' && issue.kind === 'schema' ? 'is missing' : issue.message;
  const field = path ? `field "${path}" ${problem}` : problem;
  return `The backup is not valid: ${record ? `${record}: ` : ''}${field}.`;
}
