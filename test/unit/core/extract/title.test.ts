import { describe, expect, it } from 'vitest';
import { chooseTitle, siteFromTitle, stripSiteName } from '../../../../src/core/extract/metadata/title';

describe('headline', () => {
  it("cuts the site's name from either end, and keeps dashes that belong to the headline", () => {
    expect(stripSiteName('TP.HCM khai thác tuyến du lịch kênh Nhiêu Lộc - Thị Nghè - Đô Thị Mới', 'Đô Thị Mới')).toBe('TP.HCM khai thác tuyến du lịch kênh Nhiêu Lộc - Thị Nghè');
    expect(stripSiteName('Báo Nậm Rốm | Cao tốc Sơn La - Điện Biên', 'Báo Nậm Rốm')).toBe('Cao tốc Sơn La - Điện Biên');
    expect(stripSiteName('Cao tốc Sơn La - Điện Biên', null)).toBe('Cao tốc Sơn La - Điện Biên');
    expect(stripSiteName('Ferry resumes | Bayside Gazette', null)).toBe('Ferry resumes');
  });

  it('reads the site name the <title> adds after the headline', () => {
    expect(siteFromTitle('Cà Mau hỗ trợ ngư dân | Đất Mũi', 'Cà Mau hỗ trợ ngư dân')).toBe('Đất Mũi');
    expect(siteFromTitle('Cà Mau hỗ trợ ngư dân', 'Cà Mau hỗ trợ ngư dân')).toBeNull();
  });

  it('completes a JSON-LD headline cut short with the og:title that extends it', () => {
    expect(chooseTitle({ meta: ['Museum reopens east wing after…', 'Museum reopens east wing after two-year renovation'], docTitle: null, heading: null, siteName: null })).toBe('Museum reopens east wing after two-year renovation');
  });

  it('falls back to the heading the <title> repeats, then to the <title>', () => {
    expect(chooseTitle({ meta: [null], docTitle: 'Quỳnh Nhai: Chăm lo đời sống - Báo X', heading: 'Quỳnh Nhai: Chăm lo đời sống', siteName: null })).toBe('Quỳnh Nhai: Chăm lo đời sống');
    expect(chooseTitle({ meta: [], docTitle: 'Quỳnh Nhai: Chăm lo đời sống', heading: null, siteName: null })).toBe('Quỳnh Nhai: Chăm lo đời sống');
  });
});
