/** Reading the analyst's selection in a tab, to tag it as an official or a project. */
import * as v from 'valibot';
import { suggestEntities } from '../core/entities';
import { nfc, squash } from '../core/text/fold';
import { AppFailure } from '../messages/result';
import type { SelectionRead } from '../messages/protocol';
import { tabUrl } from './clip';
import { callContentScript, withTimeout } from './inject';

const SelectionSchema = v.pipe(v.string(), v.maxLength(2_000));

/** The selected text of `tabId`, with the official or project it reads as (the page is not trusted). */
export async function readSelection(tabId: number): Promise<SelectionRead> {
  await tabUrl(tabId);
  const reply = v.safeParse(SelectionSchema, await withTimeout(callContentScript(tabId, 'getSelectionText', {}), 5_000, 'The page'));
  if (!reply.success) throw new AppFailure('bad-request', 'The page sent a malformed selection.');
  const text = squash(nfc(reply.output)).slice(0, 300);
  if (!text) return { text: '', official: null, project: null };
  const found = suggestEntities(text);
  return { text, official: found.officials[0] ?? null, project: found.projects[0]?.name ?? null };
}
