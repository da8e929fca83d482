/**
 * Name lexicons, folded (see folded-text.ts): family names, historic figures, place names.
 * These are facts about Vietnamese names, not strings of any one page.
 */

const words = (s: string): string[] => s.trim().split(/\s+/);

/**
 * Family names, NFC with their marks: Kinh names, and those of the northern uplands' peoples
 * (Thái, Hmong, Dao, Tày, Nùng, Mường...) that provincial news is full of. A run of capitalised
 * syllables counts as a personal name only from one of these on, which is what separates
 * "huyện Điện Biên" from "Lê Văn Hải" when a place and a name run together. Marks are kept
 * because folded they collide with titles and nouns (Trương/Trưởng/Trường, Quàng/Quảng).
 */
export const SURNAMES: ReadonlySet<string> = new Set(
  words(`
    nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh trịnh đào mai
    cao lâm lương tô tạ hà chu chử trương triệu lại lưu tống la lã kiều đoàn đàm khổng âu thái
    mạc giáp quách khúc diệp ninh kha tăng từ thân lạc nghiêm châu thạch danh kim phùng lục
    nông bế ma ưng vương tiêu hứa bạch cù điêu đèo bạc lò lường cầm quàng mùa thào giàng sùng
    lầu hạng tòng lù lỳ ly vàng sầm sú sần tẩn chảo mè khoàng cà tráng hầu vừ hờ lừ vi tào
    quan uông chung hàn liêu nhâm đồng tôn phàn bàn vì chá cứ phàng sình sì chang lèo lềm ló
    cút xa lộc nịnh mã tần ksor siu rơ rah kpă y
  `),
);

/**
 * People whose names are streets, schools, wards and monuments, and who appear with titles
 * ("Chủ tịch Hồ Chí Minh", "Đại tướng Võ Nguyên Giáp") without being officials of the day.
 */
export const HISTORIC: ReadonlySet<string> = new Set(
  `ho chi minh|nguyen ai quoc|nguyen tat thanh|vo nguyen giap|ton duc thang|pham van dong|le duan|
   truong chinh|nguyen van linh|do muoi|le kha phieu|vo van kiet|nguyen chi thanh|le duc tho|
   tran phu|le hong phong|ha huy tap|nguyen van cu|hoang van thu|nguyen thi minh khai|
   nguyen luong bang|hoang quoc viet|ton that tung|tran hung dao|le loi|quang trung|nguyen hue|
   ly thai to|ly thuong kiet|le thanh tong|tran nhan tong|dinh bo linh|ngo quyen|ba trieu|
   hai ba trung|le quy don|nguyen trai|nguyen du|chu van an|nguyen dinh chieu|phan boi chau|
   phan chu trinh|phan chau trinh|huynh thuc khang|vo thi sau|nguyen van troi|kim dong|
   le van tam|be van dan|to vinh dien|phan dinh giot|nguyen viet xuan|cu chinh lan|
   le van sy|nguyen thai hoc|nguyen huu tho|huynh tan phat|nguyen thi dinh|le trong tan|
   van tien dung|hoang van thai|chu van tan|nguyen binh khiem|tran quoc toan|ly tu trong`
    .split('|')
    .map((s) => s.trim().replace(/\s+/g, ' ')),
);

/**
 * Provinces, cities and districts whose names begin with a syllable that is also a family name,
 * so that "Thành ủy Hà Nội" or "huyện Mai Sơn" never yields an official called "Hà Nội".
 */
export const PLACES: ReadonlySet<string> = new Set(
  `ha noi|ha giang|ha nam|ha tinh|ha long|ha dong|ha tien|ha quang|ha trung|ha hoa|cao bang|
   cao lanh|lang son|lam dong|lam ha|lam binh|lam thao|thai nguyen|thai binh|thai hoa|
   ninh binh|ninh thuan|ninh kieu|ninh hoa|quang ninh|quang nam|quang ngai|quang tri|
   quang binh|quang tri|dong nai|dong thap|dong van|dong hoi|dong ha|dong xoai|dong trieu|
   kim boi|kim son|kim bang|mai son|mai chau|tan uyen|tan son|tan lac|tan bien|tan an|
   ly son|an giang|an khe|an nhon|tra vinh|phu tho|phu yen|phu quoc|ca mau|lai chau|
   bac giang|bac ninh|bac kan|bac lieu|bac yen|bac ha|bac quang|bac me|tay ninh|
   vinh phuc|vinh long|vinh yen|vinh linh|hoang su phi|hoang mai|truong sa|hoang sa|
   dien bien|son la|lao cai|yen bai|hoa binh|tuyen quang|hai phong|hai duong|hung yen|
   nam dinh|thanh hoa|nghe an|thua thien|da nang|binh dinh|khanh hoa|gia lai|kon tum|
   dak lak|dak nong|binh phuoc|binh duong|long an|tien giang|ben tre|can tho|hau giang|
   soc trang|kien giang|ba ria|vung tau|sai gon|thu duc|cu chi|
   ha noi moi`
    .split('|')
    .map((s) => s.trim()),
);
