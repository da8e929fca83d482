import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32, zipFilesNative } from '../../../../src/core/export/zip-native';

describe('zipFilesNative', () => {
  it('writes a zip that fflate reads back, Vietnamese names and texts intact', async () => {
    const files = [
      { path: 'csv/articles.csv', content: '\ufefftitle\nThường trực Tỉnh ủy', mediaType: 'text/csv' },
      { path: 'markdown/2023-02-08 Điện Biên Phủ.md', content: '# Điện Biên\n'.repeat(2000), mediaType: 'text/markdown' },
      { path: 'bytes.bin', content: new Uint8Array([0, 1, 2, 255]), mediaType: 'application/octet-stream' },
    ];
    const zip = unzipSync(await zipFilesNative(files, { mtime: '2026-11-28T10:00:00Z' }));
    expect(Object.keys(zip).sort()).toEqual(files.map((f) => f.path).sort());
    expect(strFromU8(zip['markdown/2023-02-08 Điện Biên Phủ.md']!)).toBe('# Điện Biên\n'.repeat(2000));
    expect([...zip['bytes.bin']!]).toEqual([0, 1, 2, 255]);
  });
  it('records each entry\'s CRC-32 and size as the zip readers check them', async () => {
    const text = 'Tỷ lệ hộ nghèo giảm từ 1,78% còn 0,51%.\n'.repeat(5000);
    const zip = await zipFilesNative([{ path: 'a.md', content: text, mediaType: 'text/markdown' }]);
    const bytes = new TextEncoder().encode(text);
    const header = new DataView(zip.buffer, zip.byteOffset, 30);
    expect(header.getUint32(0, true)).toBe(0x04034b50);
    expect(header.getUint32(14, true)).toBe(crc32(bytes));
    expect(header.getUint32(22, true)).toBe(bytes.length);
  });
  it('refuses two files of the same name', async () => {
    const f = { path: 'a.txt', content: 'x', mediaType: 'text/plain' };
    await expect(zipFilesNative([f, f])).rejects.toThrow(/both named a.txt/);
  });
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});
