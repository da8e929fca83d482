/**
 * Readability alone: the package's index also pulls in isProbablyReaderable, 1.2 KB of the
 * content script's budget that the pipeline does not use.
 */
import ReadabilityClass from '@mozilla/readability/Readability.js';

export const Readability = ReadabilityClass;
