import { describe, expect, it } from 'vitest';
import { findAmounts, valueOf } from '../../../../src/core/entities/amounts';

const one = (text: string) => findAmounts(text)[0];

describe('amounts', () => {
  it('reads Vietnamese numbers: dot between thousands, comma before decimals', () => {
    expect(one('Tổng vốn 2.345,6 tỷ đồng.')).toEqual({ text: '2.345,6 tỷ đồng', value: 2_345_600_000_000, currency: 'VND' });
    expect(one('mỗi hộ nhận 75 triệu đồng')?.value).toBe(75_000_000);
    expect(one('giá 250.000 đồng/người')).toEqual({ text: '250.000 đồng', value: 250_000, currency: 'VND' });
  });
  it('reads "nghìn tỷ", "tỉ", "VNĐ", "đ" and compound amounts', () => {
    expect(one('khoảng 3,7 nghìn tỷ đồng')).toEqual({ text: '3,7 nghìn tỷ đồng', value: 3_700_000_000_000, currency: 'VND' });
    expect(one('hơn 17 tỉ đồng')?.text).toBe('17 tỉ đồng');
    expect(one('đạt 2,8 tỷ VNĐ')?.value).toBe(2_800_000_000);
    expect(one('vé 80.000đ')).toEqual({ text: '80.000đ', value: 80_000, currency: 'VND' });
    expect(one('kinh phí 3 tỷ 200 triệu đồng')).toEqual({ text: '3 tỷ 200 triệu đồng', value: 3_200_000_000, currency: 'VND' });
  });
  it('reads dollars', () => {
    expect(one('vốn ODA 25 triệu USD')).toEqual({ text: '25 triệu USD', value: 25_000_000, currency: 'USD' });
    expect(one('gần 1,75 tỷ USD')?.value).toBe(1_750_000_000);
    expect(one('12 triệu đô la Mỹ')?.currency).toBe('USD');
  });
  it('leaves out hơn, gần, trên, khoảng', () => {
    expect(findAmounts('trên 40 tỷ đồng, gần 9 triệu đồng').map((a) => a.text)).toEqual(['40 tỷ đồng', '9 triệu đồng']);
  });
  it('skips numbers that are not money', () => {
    expect(findAmounts('6 triệu lượt khách, 1.200 hộ, 35 độ C, 4 đồng chí, 58,2% diện tích')).toEqual([]);
  });
  it('reads NFD text and keeps the amount as written', () => {
    expect(one('chi 45 triệu đồng'.normalize('NFD'))?.text).toBe('45 triệu đồng');
  });
  it('computes values exactly, without floating-point error', () => {
    expect(valueOf('3.412,7', 9)).toBe(3_412_700_000_000);
    expect(valueOf('0,1', 6)).toBe(100_000);
    expect(valueOf('1,234,567', 0)).toBe(1_234_567);
    expect(valueOf('2.5', 9)).toBe(2_500_000_000);
  });
});
