/**
 * The extract command's contract (DESIGN.md): one JSON object with the documented fields for a
 * page with an article; a clear message and exit 2 for a page without one, exit 1 for a missing file.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const run = (...args: string[]) => spawnSync(`${ROOT}node_modules/.bin/tsx`, ['scripts/extract.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

describe('npm run extract', () => {
  it('prints one JSON object with the contract fields for a saved page', { timeout: 60_000 }, () => {
    const out = run('seeds/seed-dbp.html', '--url', 'https://baodienbienphu.example/tin/thuong-truc.html');
    expect(out.status).toBe(0);
    const record = JSON.parse(out.stdout) as Record<string, unknown>;
    expect(Object.keys(record)).toEqual(['title', 'url', 'canonicalUrl', 'siteName', 'author', 'publishedAt', 'lang', 'excerpt', 'text', 'html', 'contentHash', 'suggestions']);
    expect(record).toMatchObject({
      title: 'Thường trực Tỉnh ủy làm việc với Thành ủy Điện Biên Phủ',
      url: 'https://baodienbienphu.example/tin/thuong-truc.html',
      siteName: 'Báo Điện Biên Phủ',
      author: 'An Chi',
      publishedAt: '2023-02-08T13:40:00+07:00',
      lang: 'vi',
    });
    expect(record.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(record.suggestions).toMatchObject({ officials: expect.any(Array), projects: expect.any(Array), amounts: expect.any(Array) });
    // Relative image addresses resolve against --url; the HTML is sanitized (no inline styles survive).
    expect(record.html).toContain('https://baodienbienphu.example/Uploads/Images/2023/02/08/tqc-lam-viec-thanh-uy.jpg');
    expect(record.html).not.toMatch(/style=|onclick|<script/);
  });

  it('exits 2 with a message on a page without an article, and 1 on a missing file', { timeout: 60_000 }, () => {
    const search = run('seeds/search-results.html');
    expect(search.status).toBe(2);
    expect(search.stderr).toMatch(/No article/);
    expect(search.stdout).toBe('');
    const missing = run('seeds/no-such-page.html');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/no such file/);
  });
});
