/**
 * Element Timing's name for the tab's state in the popup (its clip status, or its "not
 * clippable" heading), and for the text of the empty page the benchmark compares it with: the
 * benchmark reads when each was painted (the frame's style, layout and paint came 30-100 ms
 * after a requestAnimationFrame mark in the popup).
 */
export const STATE_TIMING = 'dossier-state';
