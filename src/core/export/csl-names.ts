/**
 * Author names for CSL-JSON. Vietnamese names run family name first ("Trần Quốc Cường":
 * family Trần, given Quốc Cường), so Zotero's western split of "Given Family" gets them
 * backwards; desk names ("Nhóm PV", "TTXVN") are not people at all. Both go out as
 * `literal`, which Zotero keeps whole. Only a plainly western name is split.
 */

/** A CSL name. */
export type CslName = { family: string; given: string } | { literal: string };

// Letters only Vietnamese uses (ă â đ ê ô ơ ư and the tone marks on vowels), in NFC.
const VIETNAMESE = /[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]/;
const WESTERN_WORD = /^\p{Lu}[\p{Ll}'’-]+$/u;

/**
 * The CSL name for an author as written. `lang` is the article's language: in a Vietnamese
 * article every name is kept literal, as is any name that is not a plain "Given Family".
 */
export function cslName(author: string, lang: string | null): CslName {
  const name = author.normalize('NFC').replace(/\s+/g, ' ').trim();
  const comma = /^([^,]+),\s*([^,]+)$/.exec(name);
  // "Smith, John" is one inverted name; "John Smith, Jane Doe" is two names, kept literal.
  const inverted = comma && !(comma[1]!.trim().includes(' ') && comma[2]!.trim().includes(' '));
  if (comma && inverted && !VIETNAMESE.test(name)) return { family: comma[1]!.trim(), given: comma[2]!.trim() };
  if (lang?.toLowerCase().startsWith('vi') || VIETNAMESE.test(name)) return { literal: name };
  const words = name.split(' ');
  if (words.length >= 2 && words.length <= 4 && words.every((w) => WESTERN_WORD.test(w))) {
    return { family: words[words.length - 1]!, given: words.slice(0, -1).join(' ') };
  }
  return { literal: name };
}
