export declare function neededScript(html: string): string | null;
export declare function withoutScripts(html: string): string;
export declare function staticPage(html: string, ourScripts?: Record<string, string>): { html: string; script: string | null };
export declare function scriptLoader(src: string): string;
