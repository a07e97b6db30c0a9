import type { DefaultTreeAdapterMap } from 'parse5';

type Document = DefaultTreeAdapterMap['document'];
type Element = DefaultTreeAdapterMap['element'];

export type PageScript = { element: Element; type: string; src: string | undefined; text: string; isData: boolean };
export declare function parsePage(html: string): Document;
export declare function scriptsOf(document: Document): PageScript[];
export declare function neededScript(html: string): string | null;
export declare function withoutScripts(html: string): string;
export declare function checkStaticPage(html: string, options?: { loader?: string | null; mark?: string | null; file?: string }): void;
export declare function staticPage(html: string, ourScripts?: Record<string, string>, file?: string): { html: string; script: string | null };
export declare function scriptLoader(src: string): string;
export declare function appointmentMark(): string;
