import { describe, expect, it } from 'vitest';
import { foldText, sourceSpan } from '../../../../src/core/entities/folded-text';
import { tokenize } from '../../../../src/core/entities/tokens';
import { fold } from '../../../../src/core/text/fold';

const samples = [
  'Bí thư Tỉnh ủy Trần Quốc Cường',
  'Phó Chủ tịch UBND tỉnh\u00a0Lò Văn Thuỷ  hoà\u200b giải',
  'Đường ĐT 145, thủy điện Sơn La'.normalize('NFD'),
  '  leading and trailing  ',
  'Giá 1.234,5 tỷ đồng — “trích dẫn”… 😀 xong',
];

describe('foldText', () => {
  it.each(samples)('folds exactly like core/text/fold: %s', (text) => {
    expect(foldText(text).lower).toBe(fold(text));
  });
  it('maps every folded character back to the source, marks included', () => {
    const text = 'Ông Lò Văn Thuỷ'.normalize('NFD');
    const f = foldText(text);
    const at = f.lower.indexOf('thuy');
    const span = sourceSpan(f, at, at + 4);
    expect(text.slice(span.start, span.end).normalize('NFC')).toBe('Thuỷ');
  });
  it('keeps case in the shape view, aligned with the folded one', () => {
    const f = foldText('Điện Biên Phủ');
    expect(f.shape).toBe('Dien Bien Phu');
    expect(f.shape.length).toBe(f.lower.length);
  });
});

describe('tokenize', () => {
  it('keeps abbreviations with inner and trailing dots and ampersands whole', () => {
    const words = tokenize('UBND TP.HCM, Q.3, Sở KH&ĐT và TP. Điện Biên Phủ.').tokens.map((t) => t.shape);
    expect(words).toEqual(['UBND', 'TP.HCM', ',', 'Q.3', ',', 'So', 'KH&DT', 'va', 'TP.', 'Dien', 'Bien', 'Phu', '.']);
  });
  it('gives each word its marked form, for words whose folds collide', () => {
    const marked = tokenize('Bí thư bị thu Trưởng trường').tokens.map((t) => t.marked);
    expect(marked).toEqual(['bí', 'thư', 'bị', 'thu', 'trưởng', 'trường']);
  });
});
