/**
 * The seed page in the versions the highlight tests serve (Chromium and Firefox): first
 * with a typo in the sentence, then corrected with a paragraph inserted above it, then
 * with the sentence gone.
 */
import { readFileSync } from 'node:fs';
import { SEEDS_DIR } from './expectations';

const seed = readFileSync(`${SEEDS_DIR}seed-dbp.html`, 'utf8');

/** The highlighted sentence as the corrected page has it (the seed's own text). */
export const SENTENCE = 'Tỷ lệ hộ nghèo giảm từ 1,78% còn 0,51%.';
/** The same sentence as first published, with a typo ("giãm"). */
export const TYPO_SENTENCE = 'Tỷ lệ hộ nghèo giãm từ 1,78% còn 0,51%.';
/** A second sentence, highlighted from the shortcut. */
export const SECOND_SENTENCE = 'Thu nhập bình quân đầu người ước đạt 60 triệu đồng/năm.';
/** A third sentence, highlighted on the stored copy. */
export const THIRD_SENTENCE = 'Cơ cấu kinh tế chuyển dịch đúng định hướng.';
/** The note, in Markdown. */
export const NOTE = '**Số liệu** giảm nghèo của Thành ủy, đối chiếu với báo cáo tỉnh';
/** The note as read on screen, its emphasis shown rather than typed. */
export const NOTE_TEXT = 'Số liệu giảm nghèo của Thành ủy, đối chiếu với báo cáo tỉnh';

const FIRST_PARAGRAPH = '<p style="text-align: justify;">Trước những thuận lợi';
const INSERTED = '<p>Cập nhật lúc 15:20: bổ sung ý kiến của Thường trực Tỉnh ủy về công tác giảm nghèo bền vững và chuyển đổi số của thành phố.</p>\n';

/** The page as first seen: the sentence has a typo. */
export const typoPage = (): string => seed.replace(SENTENCE, TYPO_SENTENCE);
/** The page the next day: a paragraph inserted before the sentence's, the typo corrected. */
export const correctedPage = (): string => seed.replace(FIRST_PARAGRAPH, INSERTED + FIRST_PARAGRAPH);
/** The page after the sentence was taken out. */
export const removedPage = (): string => seed.replace(`${SENTENCE} `, '');

/**
 * Page script (a string: tsx would wrap a function in helpers the page lacks) that selects
 * the first occurrence of `text` in one text node of the body; true when found.
 */
export const selectTextScript = (text: string): string => `(() => {
  const text = ${JSON.stringify(text)};
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = n.data.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(n, at);
    range.setEnd(n, at + text.length);
    const selection = getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    return true;
  }
  return false;
})()`;

/** Page script: the text of every Dossier mark, joined per highlight id. */
export const MARKS_SCRIPT = `(() => {
  const out = {};
  for (const m of document.querySelectorAll('dossier-mark')) {
    const id = m.getAttribute('data-dossier-id');
    out[id] = (out[id] || '') + m.textContent;
  }
  return Object.values(out);
})()`;
