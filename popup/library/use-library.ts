/** The library page's state: the query (mirrored in the address bar), its results, collections and facets. */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { countLibrary, decorateRows, libraryFacets, queryLibrary, type LibraryPage, type LibraryQuery, type LibraryRow } from '../../src/db/library';
import { readNewestArticles } from '../../src/db/newest';
import { DB_NAME } from '../../src/db/db';
import { listCollections, type CollectionSummary } from '../../src/db/collections';
import { db } from '../shared/db';
import { readParams, writeParams } from '../shared/format';

const PAGE = 50;

/** No search, no filter: the newest clips, as on the library's first screen. */
const unfiltered = (q: LibraryQuery) => !KEYS.some((k) => q[k]);

/**
 * The first page for a query. The unfiltered list is read straight from IndexedDB
 * (src/db/newest.ts): Dexie's first open in this page took 100-300 ms in Chromium and a first
 * message to the background 35-300 ms, most of the library's first screen; a plain open and
 * one read take 15-30 ms.
 */
async function firstPage(q: LibraryQuery): Promise<LibraryPage> {
  const rows = unfiltered(q) ? await readNewestArticles(DB_NAME, PAGE) : null;
  return rows ? { rows, total: null, ids: null } : queryLibrary(db, q, 0, PAGE);
}
/** Run `fn` after the next frame is painted. */
const afterPaint = (fn: () => void) => requestAnimationFrame(() => setTimeout(fn, 0));

const KEYS = ['text', 'collectionId', 'entityId', 'tag', 'site', 'from', 'to'] as const;

// The first page for the address the library opened with, asked for before the page first
// renders (main.tsx); `value` once it is in, so the first render can show it.
let early: { key: string; page: Promise<LibraryPage>; value?: LibraryPage } | null = null;

/** Start reading the first page of the library as the page opens; resolves when it is in (or failed). */
export function startFirstPage(): Promise<void> {
  const q = queryFromUrl();
  const started: NonNullable<typeof early> = { key: JSON.stringify(q), page: firstPage(q) };
  early = started;
  return started.page.then(
    (page) => void (started.value = page),
    () => undefined, // a failure shows when `run` awaits it
  );
}

/** The early first page if `q` is what it was asked for; then it is used up. */
function takeEarly(q: LibraryQuery): Promise<LibraryPage> | null {
  const hit = early?.key === JSON.stringify(q) ? early.page : null;
  early = null;
  return hit;
}

/** The early first page, if it is in already and was asked for `q` (for the first render's state). */
function earlyValue(q: LibraryQuery): LibraryPage | null {
  return early?.key === JSON.stringify(q) ? (early.value ?? null) : null;
}

const more = (page: LibraryPage) => (page.total === null ? page.rows.length === PAGE : page.total > PAGE);

function queryFromUrl(): LibraryQuery {
  const params = readParams();
  return Object.fromEntries(KEYS.map((k) => [k, params.get(k) ?? undefined]).filter(([, v]) => v)) as LibraryQuery;
}

/** Everything the library page shows, and the ways to change it. */
export function useLibrary() {
  const [query, setQueryState] = useState<LibraryQuery>(queryFromUrl);
  // The first render shows the first page when it came in before (main.tsx waits a moment for it).
  const [ready] = useState(() => earlyValue(query));
  const [rows, setRows] = useState<LibraryRow[] | null>(ready?.rows ?? null);
  const [total, setTotal] = useState<number | null>(ready?.total ?? null);
  const [matchIds, setMatchIds] = useState<string[] | null>(ready?.ids ?? null);
  const [hasMore, setHasMore] = useState(ready ? more(ready) : false);
  const [collections, setCollections] = useState<CollectionSummary[]>([]);
  const [facets, setFacets] = useState<{ sites: string[]; tags: string[] }>({ sites: [], tags: [] });
  const [libraryCount, setLibraryCount] = useState<number | null>(null);
  const serial = useRef(0);

  const run = useCallback(async (q: LibraryQuery) => {
    const mine = ++serial.current;
    performance.mark('dossier-query-start');
    const page = await (takeEarly(q) ?? firstPage(q));
    performance.mark('dossier-query-done');
    if (mine !== serial.current) return; // a newer query has started: drop this answer
    setRows(page.rows);
    // Highlight counts and entities follow the list instead of holding it back: asked for once
    // the list is painted, since on the first screen they also open Dexie (50-90 ms of script
    // that ran before the list's first frame).
    afterPaint(() =>
      void decorateRows(db, page.rows).then((rows) => {
        if (mine === serial.current) setRows(rows);
      }),
    );
    setTotal(page.total);
    setMatchIds(page.ids);
    setHasMore(more(page));
  }, []);

  const refreshSide = useCallback(async () => {
    const [c, f, n] = await Promise.all([listCollections(db), libraryFacets(db), countLibrary(db)]);
    setCollections(c);
    setFacets(f);
    setLibraryCount(n);
    performance.mark('dossier-side-ready');
  }, []);

  useEffect(() => {
    void run(query);
  }, [query, run]);
  const firstRows = rows !== null;
  useEffect(() => {
    // The side panel is not needed for the first screen: load it once the first clips are shown.
    // (After the frame that shows them: the side panel's reads must not delay that paint.)
    if (firstRows) afterPaint(() => void refreshSide());
  }, [firstRows, refreshSide]);

  const setQuery = useCallback((next: LibraryQuery) => {
    writeParams(next as Record<string, string | undefined>);
    setQueryState(next);
  }, []);

  const loadMore = useCallback(async () => {
    if (!rows) return;
    const page = await queryLibrary(db, query, rows.length, PAGE);
    setRows([...rows, ...(await decorateRows(db, page.rows))]);
    setHasMore(page.total === null ? page.rows.length === PAGE : page.total > rows.length + page.rows.length);
  }, [rows, query]);

  const refresh = useCallback(async () => {
    await Promise.all([run(query), refreshSide()]);
  }, [query, run, refreshSide]);

  return { query, setQuery, rows, total, matchIds, hasMore, loadMore, collections, facets, libraryCount, refresh };
}

export type LibraryState = ReturnType<typeof useLibrary>;
