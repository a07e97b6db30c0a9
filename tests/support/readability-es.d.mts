import type { TextCounts } from './readability.mjs';
export declare function spanishSyllables(word: string): number;
export declare function spanishTextCounts(text: string): TextCounts;
export declare function szigrisztPazos(counts: TextCounts): number;
export declare function infleszBand(score: number): 'muy difícil' | 'algo difícil' | 'normal' | 'bastante fácil' | 'muy fácil';
export declare function perspicuityOfBlocks(blocks: string[]): TextCounts & { score: number; band: ReturnType<typeof infleszBand> };
export declare const MIN_PERSPICUITY: number;
export declare const TARGET_PERSPICUITY: number;
