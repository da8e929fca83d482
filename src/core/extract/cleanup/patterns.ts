/**
 * The words of page furniture, in Vietnamese (folded: no marks, đ→d, lowercase) and English.
 * Each is matched against the whole folded text of a short element, so article sentences that
 * merely contain these words are never hit. Kept to what pages actually show (the English ones
 * checked against the benchmark's pages): every byte ships in the content script.
 */

/** Whole-text furniture: counters, print/share/font tools, back-to-top, comment and ad labels, listen buttons, gallery controls. */
export const FURNITURE =
  /^(?:(?:so )?luot (?:xem|doc|thich)\W*[\d.,]*|[\d.,]+ ?(?:luot xem|luot doc|views?)|views?\W*[\d.,]+|in(?: bai| trang)?(?: viet| nay)?|ban in|print(?: \w+){0,2}|(?:chia se|share)(?: \w+){0,3}\W*|gui (?:cho ban be|bai viet|email)|(?:sao chep|copy)(?: the)? (?:link|lien ket)|co chu\W*|a[-+]|luu(?: bai viet| tin)?|back to top|top|(?:len|ve|tro ve) dau(?: trang)?|(?:binh luan|y kien(?: ban doc)?|comments?)(?: ?\(?\d+\)?)?|\d+ (?:binh luan|comments?)|gui (?:binh luan|y kien)|viet binh luan|nghe(?: doc)?(?: bai)?(?: viet)?|doc bai|listen(?: \w+){0,4}|quang cao|advert\w*|loading(?: content)?|dang tai|(?:image )?\d+ of \/? ?\d+|caption|close)[\s.:!…]*$/;

/** Labels of related-news boxes and lists ("Tin liên quan", "Xem thêm", "Related stories", "You may also like"). */
export const RELATED_LABEL =
  /^[>»►•*\s]*(?:(?:cac )?(?:tin|bai|bai viet|tin tuc|chu de|video) (?:lien quan|cung chuyen muc|khac|moi(?: nhat| hon| cap nhat)?|cu hon|noi bat|xem nhieu|doc nhieu|hot|nong)|cung chuyen muc|moi cap nhat|tieu diem|(?:doc|xem) (?:nhieu(?: nhat)?|them|tiep)|(?:co the )?ban (?:co the )?quan tam|dung bo lo|related(?: \w+)?|tu khoa|tags?|chu de|read (?:more|next|also)|more(?: [\w&.]+){0,3}|see (?:also|more)|you (?:may|might) (?:also )?\w+(?: \w+){0,2}|trending(?: \w+)?|popular(?: \w+)?|latest(?: \w+)?|breaking news|don'?t miss|also (?:read|see|on [\w.]+)|up next)[\s.:…»>]*$/;

/** Inline related links: a paragraph that starts "Xem thêm:", "Read more:", "Related:", "Also on X". */
export const RELATED_PREFIX = /^[>»►•*\s]*(?:(?:tin|bai) lien quan|(?:xem|doc) (?:them|tiep)|related(?: \w+)?|read (?:more|also)|see also|more|also (?:read|on [\w.]+)|don'?t miss|watch)\s*[:>»]/;

/** Tag lists: "Từ khóa: a, b", "Tags: x y". */
export const TAGS_PREFIX = /^(?:tu khoa|tags?|chu de|keywords?|chuyen muc)\s*:/;

/** Photo credits standing alone ("Photo: AP", "Ảnh: Minh Khôi", "Image copyright Getty Images", "© Reuters"). */
export const PHOTO_CREDIT = /^(?:\(?\s*(?:anh|photos?|image|credit|video|do hoa)\s*(?:credit)?\s*[:.…]|image (?:copyright|caption)|(?:©|\(c\)|copyright)\s|getty images|ap photo)/;

/** Subscription prompts ("Sign up to our newsletter", "Subscribe", "Đăng ký nhận tin"). */
export const SUBSCRIBE = /^(?:subscribe|sign up|get (?:the|our|breaking)|follow us|click here|like this|dang ky|theo doi)\b.*(?:newsletter|subscri|inbox|e-?mail|alerts|updates|sign up|follow|tin|share)/;

/** Published/updated lines and bylines that open the body ("Updated 10:01 pm", "By Jane Doe", "Cập nhật: ..."). */
export const META_LINE = /^(?:(?:last |first )?(?:published|updated|posted)|cap nhat|dang luc|ngay dang|by|boi|tac gia)\b/;

/** Share bars spelled out: network names and share words only ("Whatsapp Facebook Pint Baixar", "Facebook Zalo"). */
export const SHARE_BAR = /^(?:(?:facebook|zalo|twitter|x|tweet|whatsapp|telegram|messenger|linkedin|pint\w*|reddit|e?mail|print|in|share|chia se|copy|link|baixar|sms)\W*){2,}$/;

/** Copyright and imprint lines ("© 2019 …", "All rights reserved", "Giấy phép số …", "Tổng Biên tập: …"). */
export const IMPRINT = /©|\(c\) ?\d{4}|copyright|all rights reserved|ban quyen|giay phep|tong bien tap/;
