/** Entity suggestions detected in an article's text (the `suggestions` field of the extract command). */

/** An official named in the article, with the positions the article gives them. */
export type OfficialSuggestion = {
  /** The name as written (NFC). */
  name: string;
  /** Positions as written, case kept ("Bí thư Tỉnh ủy"); "nguyên" (former) kept on the position. */
  positions: string[];
  /** A military or police rank ("Đại tá"), which is not a position, or null. */
  rank?: string | null;
};

/** A project named in the article ("Dự án …", "công trình …"). */
export type ProjectSuggestion = {
  /** The project's name as written (NFC). */
  name: string;
};

/** An amount of money ("60 triệu đồng", "1.234,5 tỷ đồng", "2 triệu USD"). */
export type AmountSuggestion = {
  /** The number and unit as written, without "hơn", "gần", "trên". */
  text: string;
  /** Value in currency units (an integer). */
  value: number;
  /** ISO currency code. */
  currency: 'VND' | 'USD';
};

/** Everything suggested for one article. */
export type Suggestions = {
  officials: OfficialSuggestion[];
  projects: ProjectSuggestion[];
  amounts: AmountSuggestion[];
};
