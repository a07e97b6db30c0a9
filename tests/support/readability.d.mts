export type TextCounts = { sentence: number; word: number; syllable: number };
export declare function textCounts(text: string, countSyllables?: (word: string) => number): TextCounts;
export declare function gradeOf(text: string): number;
export declare function joinBlocks(blocks: string[]): string;
export declare function gradeOfBlocks(blocks: string[]): TextCounts & { grade: number };
export declare function readableBlocks(root: Element): string[];
export declare const MAX_GRADE: number;
