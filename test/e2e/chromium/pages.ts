/** Generated news pages for the hardening tests: any size, any number, each a distinct article. */

const SENTENCES = [
  'Ủy ban nhân dân tỉnh Điện Biên tổ chức hội nghị đánh giá tiến độ giải ngân vốn đầu tư công năm 2024.',
  'Đồng chí Trần Quốc Cường, Bí thư Tỉnh ủy, yêu cầu các sở, ngành tập trung tháo gỡ khó khăn về giải phóng mặt bằng.',
  'Dự án mở rộng Cảng hàng không Điện Biên có tổng mức đầu tư hơn 1.500 tỷ đồng, dự kiến hoàn thành trong quý IV.',
  'Theo báo cáo của Sở Kế hoạch và Đầu tư, tỷ lệ giải ngân đến hết tháng 6 đạt 38,6% kế hoạch vốn được giao.',
  'Người dân thành phố Điện Biên Phủ đồng tình với chủ trương di dời các hộ dân ra khỏi vùng sạt lở.',
  'Hội nghị cũng thống nhất giao Ban Quản lý dự án các công trình dân dụng rà soát lại hồ sơ thiết kế.',
];

/** One paragraph, different for every `n` (so no two pages or paragraphs share their text). */
const paragraph = (seed: string, n: number) => `${SENTENCES[n % SENTENCES.length]} ${SENTENCES[(n * 7 + 3) % SENTENCES.length]} (${seed}, đoạn ${n}).`;

/** A news page with the usual furniture around an article of `paragraphs` paragraphs. */
export function newsPage(seed: string, paragraphs: number, options: { wrapWords?: boolean; navLinks?: number } = {}): string {
  const body: string[] = [];
  for (let n = 0; n < paragraphs; n++) {
    const text = paragraph(seed, n);
    // Every word in its own element: the heaviest DOM a paragraph of this length can have.
    body.push(`<p>${options.wrapWords ? text.split(' ').map((w) => `<span>${w}</span>`).join(' ') : text}</p>`);
  }
  const nav = Array.from({ length: options.navLinks ?? 5 }, (_, i) => `<li><a href="/muc-${i}.html">Mục ${i}</a></li>`).join('');
  const title = `Điện Biên: tin ${seed}`;
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${title} - Báo Điện Biên Phủ</title>
<meta property="og:title" content="${title}"><meta property="og:site_name" content="Báo Điện Biên Phủ">
<meta property="article:published_time" content="2024-05-06T10:30:00+07:00"></head>
<body><header><ul class="menu">${nav}</ul></header><main><article><h1>${title}</h1>
<p class="meta">Thứ hai, 6/5/2024, 10:30 (GMT+7)</p>${body.join('\n')}<p>Tin, ảnh: An Chi</p></article></main>
<footer>Báo Điện Biên Phủ - Cơ quan của Đảng bộ tỉnh Điện Biên</footer></body></html>`;
}

/** A page of about `bytes` bytes of UTF-8 (its article makes up nearly all of it). */
export function pageOfSize(seed: string, bytes: number): string {
  const per = Buffer.byteLength(`<p>${paragraph(seed, 1)}</p>\n`);
  return newsPage(seed, Math.ceil(bytes / per));
}

const LETTERS = 'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ';

/** A PRNG (xorshift), seeded so that a run is repeatable. */
function random(seed: number): () => number {
  let x = seed * 2654435761 || 1;
  return () => ((x ^= x << 13), (x ^= x >>> 17), (x ^= x << 5), (x >>> 0) / 2 ** 32);
}

// 4,096 made-up words: text drawn from them barely compresses, yet has a language's vocabulary
// (a word per character would bloat the search index beyond any real page).
const pick = random(7);
const WORDS = Array.from({ length: 4096 }, () => Array.from({ length: 2 + Math.floor(pick() * 6) }, () => LETTERS[Math.floor(pick() * LETTERS.length)]).join(''));

/**
 * `chars` characters of words drawn at random. Browsers compress what they store: the repeated
 * sentences above shrink twenty-fold, these about two-fold.
 */
export function noise(seed: number, chars: number): string {
  const next = random(seed);
  const out: string[] = [];
  for (let n = 0; n < chars; ) {
    const word = WORDS[Math.floor(next() * WORDS.length)]!;
    out.push(word);
    n += word.length + 1;
  }
  return out.join(' ');
}

/** A news page of about `chars` characters of hard-to-compress text, in paragraphs of 600. */
export function noisyPage(seed: string, chars: number): string {
  const html = newsPage(seed, 3);
  const paragraphs = Array.from({ length: Math.ceil(chars / 600) }, (_, i) => `<p>${noise(i + 1, 600)}.</p>`).join('\n');
  return html.replace('<p>Tin, ảnh: An Chi</p>', `${paragraphs}<p>Tin, ảnh: An Chi</p>`);
}

/**
 * A news page whose article has about `chars` characters of hard-to-compress text (a 34-million-
 * character article makes a 70 MB page). Served as it is, Chromium took over 100 s on these
 * machines to parse and lay out 70 MB of paragraphs, so the article waits in a <template> (parsed,
 * not rendered) that a script moves into place, and its paragraphs render only when scrolled to.
 */
export function hugePage(seed: string, chars: number): string {
  const distinct = Array.from({ length: 500 }, (_, i) => noise(i + 1, 600));
  const paragraphs = Array.from({ length: Math.ceil(chars / 600) }, (_, i) => `<p>${i} ${distinct[i % distinct.length]}.</p>`).join('\n');
  return newsPage(seed, 3)
    .replace('</head>', '<style>article p { content-visibility: auto; contain-intrinsic-size: auto 3em; }</style></head>')
    .replace('<p>Tin, ảnh: An Chi</p>', `<template id="rest">${paragraphs}</template><script>document.currentScript.replaceWith(document.getElementById('rest').content)</script><p>Tin, ảnh: An Chi</p>`);
}
