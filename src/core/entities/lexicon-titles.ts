/**
 * Title lexicons, folded (see folded-text.ts): the heads of positions, ranks, honorifics, and the
 * words organisation names are made of. Positions are written "head + organisation"
 * ("Phó Chủ tịch" + "UBND tỉnh"); the head is what says a person holds an office.
 */

const list = (s: string): string[] =>
  s
    .split('|')
    .map((p) => p.trim().replace(/\s+/g, ' '))
    .filter(Boolean);

// Heads that also come as deputies ("Phó ...").
const DEPUTY_ABLE = list(`bi thu|chu tich|thu tuong|giam doc|tong giam doc|chanh van phong|chanh an|
  chanh thanh tra|tong thanh tra|vien truong|cuc truong|tong cuc truong|vu truong|chi cuc truong|
  truong ban|truong phong|truong doan|truong cong an|chu nhiem|chi huy truong|chinh uy|tu lenh|
  tham muu truong|tong thu ky|chu tich nuoc|chu tich quoc hoi|tong kiem toan`);

/** Heads of positions (folded), "Phó" forms included. */
export const HEADS: readonly string[] = [
  ...DEPUTY_ABLE,
  ...DEPUTY_ABLE.map((h) => `pho ${h}`),
  ...list(`tong bi thu|bo truong|thu truong|uy vien|tinh uy vien|huyen uy vien|thanh uy vien|
    thi uy vien|quan uy vien|dang uy vien|dai bieu quoc hoi|dai bieu hdnd|dbqh|
    pho bi thu thuong truc|pho chu tich thuong truc`),
];

/** "Trưởng"/"Phó Trưởng" followed by a capitalised organisation ("Trưởng Công an huyện"). */
export const BARE_HEADS: readonly string[] = ['truong', 'pho truong'];

/**
 * Folded words that collide with other words, and the marked (NFC, lowercase) forms they must
 * have in each lexicon: "bí thư" vs "bị thu", "trưởng" vs "trường" (school), "nguyên" (former)
 * vs "Nguyễn", "bà" vs "ba" (three), "ông" vs "ong" (bee).
 */
export const HEAD_MARKS: ReadonlyMap<string, readonly string[]> = new Map([
  ['bi', ['bí']],
  ['truong', ['trưởng']],
  ['ban', ['ban']], // "Trưởng ban" (head of a board), not "Trưởng bản" (village head)
]);
/** See HEAD_MARKS. */
export const HONORIFIC_MARKS: ReadonlyMap<string, readonly string[]> = new Map([
  ['ba', ['bà']],
  ['ong', ['ông']],
  ['chi', ['chị', 'chí']],
]);
/** See HEAD_MARKS. */
export const PREFIX_MARKS: ReadonlyMap<string, readonly string[]> = new Map([
  ['nguyen', ['nguyên']],
  ['quyen', ['quyền']],
]);

/** Prefixes kept on the position: "nguyên" (former), "quyền" (acting). */
export const POSITION_PREFIXES: readonly string[] = ['nguyen', 'quyen'];

/** Military and police ranks: not positions, reported as `rank`. */
export const RANKS: readonly string[] = list(`dai tuong|thuong tuong|trung tuong|thieu tuong|dai ta|
  thuong ta|trung ta|thieu ta|dai uy|thuong uy|trung uy|thieu uy|chuan uy|do doc|pho do doc|chuan do doc`);

/** Words before a name that say a person follows, without saying they hold office. */
export const HONORIFICS: readonly string[] = list(`cac dong chi|dong chi|d/c|ong|ba|anh|chi|
  ts.|ts|ths.|ths|pgs.|pgs|gs.|gs|pgs.ts|gs.ts|bs.|bs|ks.|ks|ls.|ls|nha bao|luat su`);

/**
 * Nouns after which a run of capitals names the place itself ("phường Võ Thị Sáu", "đường Lê
 * Lợi", "Trường THPT Lê Quý Đôn"), however much it looks like a person. NFC with marks (folded,
 * "đường" is the family name Dương and "ngõ" is Ngô). Not "tỉnh"/"huyện"/"xã": "UBND tỉnh
 * Vừ A Bằng" leaves the province implicit and names the person.
 */
export const PLACE_NOUNS: ReadonlySet<string> = new Set(
  list(`phường|đường|phố|quận|thị trấn|p.|q.|cầu|trường|ngõ|hẻm|ấp|khu phố|công viên|quảng trường|
    tượng đài|nhà văn hóa|nhà văn hoá|bệnh viện|lăng|đền|chợ|thpt|thcs|tiểu học|mầm non|trung học|
    phổ thông|ptdtnt|ptdtbt|đại học|cao đẳng|học viện|nhà bia|bến|sân vận động`),
);

/** First words of organisations written in sentence case ("Bộ Giao thông vận tải"). */
export const ORG_HEADS: ReadonlySet<string> = new Set(
  list(`bo|so|ban|cuc|vu|vien|trung|cong|ngan|benh|truong|hoi|lien|van|uy|dai|bao|tap|quy|kho|
    chi|thanh|toa|doan|hoc|hop|khu|cang|tong|quan|doanh|nha|to`),
);

/** Lowercase words that organisation names are made of (folded phrases). */
export const ORG_WORDS: readonly string[] = list(`tinh|huyen|xa|thanh pho|thi xa|thi tran|quan|phuong|
  thuong truc|thuong vu|chuyen trach|nhan dan|trung uong|ban|so|bo|cuc|uy ban|hoi dong|tinh uy|
  huyen uy|thanh uy|thi uy|quan uy|dang uy|dang bo|dang|chap hanh|quoc hoi|mat tran|to quoc|
  viet nam|cong an|quan su|bien phong|to chuc|tuyen giao|dan van|noi chinh|kinh te|van phong|
  thanh tra|tu phap|tai chinh|xay dung|giao thong|van tai|tai nguyen|moi truong|nong nghiep|
  phat trien nong thon|y te|giao duc|dao tao|cong thuong|khoa hoc|cong nghe|noi vu|du lich|
  van hoa|the thao|lao dong|thuong binh|xa hoi|ke hoach|dau tu|quan ly|du an|cong trinh|
  chinh phu|nha nuoc|dan toc|ton giao|chi bo|co quan|doan the|nuoc|thanh nien|phu nu|nong dan|
  cuu chien binh|khoa|tinh doan|chi huy|quan khu|kiem sat|toa an|quoc hoi|chinh phu|phu trach|dai bieu`);
