/**
 * Project lexicons, NFC lowercase with marks (compared with `Token.marked`): the keywords that
 * start a project, the words that make a mention generic, and the words a name may run over.
 */

/** "Dự án …", "công trình …". */
export const KEYWORDS: readonly (readonly [string, string])[] = [
  ['dự', 'án'],
  ['công', 'trình'],
];
/** Programmes, schemes and plans: a "và" before one of these ends the project's name. */
export const NOT_PROJECTS: readonly (readonly [string, string])[] = [
  ['chương', 'trình'],
  ['đề', 'án'],
  ['đồ', 'án'],
  ['kế', 'hoạch'],
  ['quy', 'hoạch'],
];
/** Words before the keyword that make it a generic mention. */
export const GENERIC_BEFORE: ReadonlySet<string> = new Set(['các', 'những', 'nhiều', 'mọi', 'từng', 'mỗi', 'số', 'một', 'vùng', 'cả', 'lý', 'tất', 'hai', 'ba', 'bốn', 'năm', 'tiểu']);
/** First words (lowercase) of the name that make it a generic mention ("dự án trọng điểm", "dự án này", "công trình chào mừng Đại hội", "công trình thanh niên"). */
export const GENERIC_FIRST: ReadonlySet<string> = new Set(['này', 'đó', 'trên', 'nói', 'trọng', 'lớn', 'nhỏ', 'khác', 'cụ', 'mới', 'kia', 'ấy', 'nào', 'loại', 'nhóm', 'thành', 'chào', 'thanh', 'phúc', 'nghiên', 'dài', 'rộng']);
/** "dự án Luật Đất đai", "dự án Nghị quyết": drafts of laws and resolutions, whatever the case. */
export const DRAFTS: ReadonlySet<string> = new Set(['luật', 'pháp', 'nghị', 'bộ']);
/** Words that only say what kind of project it is: a name made of nothing else ("dự án đầu tư công trung hạn", "dự án phát triển đô thị", "dự án điện gió") names no project. */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(
  `đầu tư công trung hạn xây dựng phát triển đô thị giao thông nhà ở nước ngân sách vốn sử dụng oda
   fdi ngoài trọng điểm lớn mới khác dân sinh nông thôn bất động sản điện gió mặt trời năng lượng
   tái tạo du lịch xuất kinh doanh thương mại dịch vụ vay ppp bot bt hạ tầng xã hội thủy lợi`.split(/\s+/),
);
/** Words that may follow a place name inside a project name. */
export const AFTER_PLACE: ReadonlySet<string> = new Set(['và', 'huyện', 'xã', 'tỉnh', 'thành', 'phường', 'quận', 'thị', 'bản', 'thôn', 'đoạn', 'giai', 'khu', 'tp.', 'q.']);
/** After a comma, these start a location in apposition ("…, huyện Sìn Hồ"), not more of the name. */
export const LOCATION: ReadonlySet<string> = new Set(['huyện', 'xã', 'tỉnh', 'thành', 'phường', 'quận', 'thị', 'bản', 'thôn', 'tp.', 'q.', 'p.']);
/** Links that stay inside a name when a place follows ("nối thành phố Lai Châu với cao tốc Nội Bài"). */
export const LINKS: ReadonlySet<string> = new Set(['từ', 'đến', 'đi', 'với']);
/** Trailing words that do not end a name well. */
export const TRAILING: ReadonlySet<string> = new Set(['và', 'đoạn', 'giai', 'từ', 'đến', 'đi', 'với', 'khu', 'mới']);
/** After "do", these are a cause, not the agent: "chống ngập do triều", "khắc phục sạt lở do mưa lũ". */
export const CAUSES: ReadonlySet<string> = new Set(['triều', 'mưa', 'lũ', 'ngập', 'sạt', 'biến', 'thiên', 'hạn', 'xâm', 'bão', 'động']);
