export declare function needsJavaScript(html: string): boolean;
export declare function withoutScripts(html: string): string;
export declare function staticPage(html: string): { html: string; keptScripts: boolean };
export declare function scriptsAfterLoad(html: string): string;
