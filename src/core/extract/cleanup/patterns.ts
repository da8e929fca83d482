/**
 * The words of page furniture, in Vietnamese (folded: no marks, đ→d, lowercase) and English,
 * with a few other languages the benchmark's pages use. Matched against the whole folded text
 * of a short element, so article sentences that merely contain these words are never hit.
 */

/** Whole-text furniture: counters, print/share/font tools, back-to-top, comment and ad labels, listen buttons. */
export const FURNITURE = new RegExp(
  '^(?:' +
    [
      // View counters: "Lượt xem: 4769", "1.203 lượt đọc", "Views 12".
      '(?:so )?luot (?:xem|doc|truy cap|thich)\\s*:?\\s*[\\d.,]*',
      '[\\d.,]+\\s*(?:luot xem|luot doc|views?|reads|lectures?|visualizacoes|просмотр\\S*)',
      '(?:views?|reads|page views)\\s*:?\\s*[\\d.,]+',
      // Print, share, send, copy link, font size.
      'in(?: bai(?: viet| nay)?| trang| an)?',
      'ban in',
      'print(?: this)?(?: article| page| story)?',
      'printer[- ]friendly(?: version)?',
      '(?:chia se|share)(?: (?:this|bai viet|on|via|len|qua))?(?: (?:article|story|post|page|facebook|zalo|twitter))?\\s*:?',
      'gui (?:cho ban be|bai viet|email|cho ban)',
      '(?:email|mail) (?:this|to a friend)',
      'sao chep (?:link|lien ket|duong dan)',
      'copy(?: the)? link',
      'link copied',
      'co chu\\s*:?|font size|a[-+]|aa',
      'luu(?: bai viet| tin)?|bookmark|save(?: article| for later)?',
      // Back to top.
      '(?:back|go|return|scroll) to top|top|tro ve dau trang|(?:len|ve) dau(?: trang)?',
      // Comments.
      '(?:binh luan|y kien(?: ban doc)?|comments?|replies)(?:\\s*\\(?\\d+\\)?)?',
      '\\d+\\s*(?:binh luan|comments?|replies)',
      'gui (?:binh luan|y kien)|viet binh luan|(?:leave|post|add|write) a (?:comment|reply)|(?:view|show|hide|load|see) (?:all )?comments',
      'comentarios|kommentare|комментари\\S*',
      // Listen to the article.
      'nghe (?:doc )?bai(?: viet)?|nghe|doc bai|listen(?: to (?:this|the) (?:article|story))?|audio',
      // Advertising and loading placeholders.
      'quang cao|advertisement|advertising|advert|ads?|sponsored(?: content)?|iklan|anzeige|werbung|publicidade|publicidad|реклама|pub',
      'loading(?: content)?(?:\\.\\.\\.|…)?|dang tai(?:\\.\\.\\.|…)?',
      // Gallery furniture.
      'image \\d+ of \\d+|image \\d+ of / \\d+|\\d+ of \\d+|caption|close|expand|enlarge(?: this image)?|toggle caption|hide caption|fullscreen|full screen',
      'this (?:slideshow|video|content) requires javascript\\.?',
    ].join('|') +
    ')[\\s.:!…]*$',
);

/** Labels of related-news boxes and lists ("Tin liên quan", "Xem thêm", "Related stories", "You may also like"). */
export const RELATED_LABEL = new RegExp(
  '^(?:[>»►▶•*]+\\s*)?(?:' +
    [
      '(?:tin|bai|bai viet|tin tuc|chu de|video|su kien) (?:lien quan|cung chuyen muc|khac|moi|moi hon|cu hon|moi nhat|moi cap nhat|noi bat|xem nhieu|doc nhieu|dang chu y|hot)',
      'cac (?:tin|bai) (?:khac|lien quan|da dua)',
      'cung chuyen muc|moi cap nhat|tin moi|tin nong|tieu diem|doc nhieu(?: nhat)?|xem nhieu(?: nhat)?|tin xem nhieu|tin doc nhieu',
      'xem them|doc them|xem tiep|doc tiep|co the ban quan tam|ban co the quan tam|co the ban chua doc|dung bo lo|ban nen biet',
      'related(?: (?:news|articles?|stories|posts|content|coverage|links|topics|reading|videos?|items))?',
      'tu khoa|tags?|keywords?|topics?|chu de|filed under',
      'read (?:more|next|also|this next)|more (?:from [\\w .]+|on [\\w .]+|like this|to explore|coverage)|more(?: [\\w&]+){0,3} (?:news|stories|articles|headlines|videos|posts)|more|see (?:also|more)',
      'you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|recommended(?: for you| stories| articles| reading)?|trending(?: now| stories| news)?',
      '(?:most|more) (?:read|popular|viewed|shared|emailed|commented)|popular(?: now| stories| posts| articles)?|latest(?: news| stories| articles| posts| headlines)?|top (?:stories|news)|breaking news',
      "editor'?s (?:picks|choice)|don'?t miss|also (?:read|see|on [\\w.]+)|further reading|what to read next|up next|in case you missed it|watch (?:more|next)",
      'leia (?:tambem|mais)|veja (?:tambem|mais)|mais (?:lidas|noticias)|lea tambien|mehr zum thema|читайте также|смотрите также|по теме',
    ].join('|') +
    ')[\\s.:…»>]*$',
);

/** Inline related links: a paragraph that starts "Xem thêm:", "Read more:", "Related:", "Also on X". */
export const RELATED_PREFIX = /^(?:[>»►▶•*]+\s*)?(?:tin lien quan|bai lien quan|xem them|doc them|xem tiep|related(?: article| story| news)?|read (?:more|also)|see (?:also|more)|more|also (?:read|on [\w.]+)|on [\w-]+\.(?:com|net|org|vn|co\.uk)|don'?t miss|watch|leia (?:tambem|mais)|veja tambem)\s*[:>»]/;

/** Tag lists: "Từ khóa: a, b", "Tags: x y", "Filed under: z". */
export const TAGS_PREFIX = /^(?:tu khoa|tags?|chu de|keywords?|filed under|topics?|categories|chuyen muc)\s*[:：]/;

/** Photo and image credits standing alone ("Photo: AP", "Ảnh: Minh Khôi", "Image copyright Getty Images", "© Reuters"). */
export const PHOTO_CREDIT = /^(?:\(?\s*(?:anh|photo|photos|image|picture|credit|foto|фото|nguon anh|video|do hoa)\s*(?:credit)?\s*[:：.…]|(?:image|media) (?:copyright|caption|source)|credit\.\.\.|(?:©|\(c\)|copyright)\s|getty images|ap photo)/;

/** Subscription prompts ("Sign up to our newsletter", "Subscribe", "Đăng ký nhận tin"). */
export const SUBSCRIBE = /^(?:subscribe|sign up|sign in|log in|register|join|get (?:the|our|breaking|the latest)|follow (?:us|our)|click here|never miss|stay (?:up to date|informed|on top)|receive|want more|like this (?:story|article)|dang ky|theo doi (?:chung toi|fanpage|bao))\b.*(?:newsletter|subscri|inbox|e-?mail|alerts|updates|sign up|follow|twitter|facebook|instagram|tin|share)/;

/** Published/updated lines and bylines that open the body ("Updated 10:01 pm", "By Jane Doe", "Cập nhật: ..."). */
export const META_LINE = /^(?:published|updated|posted|last updated|first published|publicado|atualizado|cap nhat|dang luc|ngay dang|by|bởi|boi|tac gia|written by|reporting by)\b/;

/** Share bars spelled out: "Whatsapp Facebook Pint Baixar", "Facebook Zalo Twitter". */
export const SHARE_WORDS = new Set([
  'facebook', 'fb', 'zalo', 'twitter', 'x', 'tweet', 'whatsapp', 'telegram', 'messenger', 'viber', 'linkedin', 'pinterest', 'pint', 'pin',
  'reddit', 'tumblr', 'email', 'e', 'mail', 'print', 'in', 'share', 'chia', 'se', 'copy', 'link', 'sao', 'chep', 'baixar', 'download',
  'flipboard', 'pocket', 'sms', 'vk', 'ok', 'line', 'google', 'plus', 'youtube', 'instagram', 'tiktok', 'rss', 'gui', 'luu', 'save',
]);

/** Copyright and imprint lines ("© 2019 …", "All rights reserved", "Giấy phép số …", "Tổng Biên tập: …"). */
export const IMPRINT = /(?:©|\(c\) ?\d{4}|copyright|all rights reserved|ban quyen|giay phep|tong bien tap|chiu trach nhiem noi dung|co quan chu quan)/;

/** A bare address: e-mail, URL or handle on its own. */
export const BARE_ADDRESS = /^(?:\S+@\S+\.[a-z]{2,}|(?:https?:\/\/)?(?:[\w-]+\.)+[a-z]{2,}(?:\/\S*)?|@\w+)$/;
