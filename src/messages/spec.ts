/** The shape of a call map: each method names who may call it and its argument schema. */
import type * as v from 'valibot';

/** Who may call a background method: the extension's own pages, or a content script (for its own tab only). */
export type CallerKind = 'extension' | 'content';

/**
 * A call map: method name to caller kind and argument schema. `writes` marks a call that
 * writes a small edit to the database: the router checks there is room for it first.
 */
export type CallSpecs = Record<string, { from: CallerKind; args: v.GenericSchema; writes?: true }>;
