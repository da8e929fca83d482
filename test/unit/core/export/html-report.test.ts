import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { exportFormat, type SanitizeWindow } from '../../../../src/core/export';
import { noteHtml, renderNote, sanitizeNotes } from '../../../../src/core/export/note-html';
import { buildSeedBackup } from '../../../fixtures/backup/seed-library';

const window = new JSDOM('').window as unknown as SanitizeWindow;
const backup = await buildSeedBackup();
const hostile = structuredClone(backup);
hostile.articles[0]!.title = '<script>alert("title")</script><img src=x onerror=alert(1)>';
hostile.articles[0]!.excerpt = '"><iframe src="https://evil.example/"></iframe>';
hostile.articles[1]!.url = 'javascript:alert(document.cookie)';
hostile.articles[1]!.canonicalUrl = null;
hostile.collections[0]!.name = '</title><script>x()</script>';
const html = exportFormat(hostile, 'html', { window })[0]!.content as string;
const doc = new JSDOM(html).window.document;
const articleUrls = new Set(hostile.articles.flatMap((a) => [a.url, a.canonicalUrl]).filter(Boolean));

describe('HTML report', () => {
  it('is one self-contained file with a strict CSP and Vietnamese set up', () => {
    expect(doc.documentElement.lang).toBe('vi');
    expect(doc.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/script-src/);
    expect(doc.querySelector('style')?.textContent).toMatch(/font[^;]*Noto Sans/);
    expect(doc.querySelector('link, iframe, object, embed, base')).toBeNull();
  });

  it('has no script anywhere and no event handler attributes', () => {
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    for (const el of doc.querySelectorAll('*')) for (const attr of el.getAttributeNames()) expect(attr).not.toMatch(/^on/);
    expect(html).not.toMatch(/<script/i);
    // The hostile address may show as text; it must never be a link.
    for (const el of doc.querySelectorAll('[href]')) expect(el.getAttribute('href')).not.toMatch(/^\s*javascript:/i);
  });

  it('loads nothing external; links go only to clipped articles, note links and its own anchors', () => {
    expect(doc.querySelectorAll('[src]')).toHaveLength(0);
    const noteLinks = new Set(['https://thuvienphapluat.example/nq-12']);
    for (const a of doc.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href')!;
      const ok = href.startsWith('#') || articleUrls.has(href) || noteLinks.has(href);
      expect(ok, href).toBe(true);
    }
  });

  it('escapes hostile titles and renders them as text', () => {
    const first = doc.getElementById(`clip-${hostile.articles[0]!.id}`)!;
    expect(first.querySelector('h2')!.textContent).toBe(hostile.articles[0]!.title);
    expect(doc.title).toBe('Thư viện Dossier');
  });

  it('renders notes from Markdown, sanitized', () => {
    const notes = [...doc.querySelectorAll('.note')].map((n) => n.innerHTML);
    expect(notes.some((n) => n.includes('<strong>Quan trọng</strong>'))).toBe(true);
    expect(notes.some((n) => n.includes('<li>theo dõi tiến độ</li>'))).toBe(true);
    const hostileNote = notes.find((n) => n.includes('alert(1)'))!;
    expect(hostileNote).toContain('&lt;script&gt;');
    expect(hostileNote).not.toContain('<img');
  });

  it('has a table of contents and an index of entities that link to the clips', () => {
    const toc = [...doc.querySelectorAll('nav li a')].map((a) => a.getAttribute('href'));
    expect(toc).toHaveLength(6);
    for (const href of toc) expect(doc.getElementById(href!.slice(1))).not.toBeNull();
    const index = doc.getElementById('entities')!;
    expect(index.textContent).toContain('Cán bộ');
    const cuong = [...index.querySelectorAll('li')].find((li) => li.querySelector('strong')?.textContent === 'Trần Quốc Cường')!;
    expect(cuong.querySelectorAll('a')).toHaveLength(2);
  });

  it('titles a collection export with the collection name, escaped', () => {
    const scoped = { ...hostile, scope: { kind: 'collection' as const, collectionId: hostile.collections[0]!.id } };
    const page = new JSDOM(exportFormat(scoped, 'html', { window })[0]!.content as string).window.document;
    expect(page.title).toBe('</title><script>x()</script>');
    expect(page.querySelectorAll('script')).toHaveLength(0);
  });

  it('refuses to run without a window to sanitize with', () => {
    expect(() => exportFormat(backup, 'html')).toThrow(/needs a window/);
  });

  it('sanitizes notes in one batch exactly as one by one', () => {
    const notes = [...hostile.annotations.map((a) => a.note), '<div>unclosed', '- a\n- b', '[x](javascript:alert(1))'];
    expect(sanitizeNotes(window, notes.map(renderNote))).toEqual(notes.map((n) => noteHtml(window, n)));
  });
});
