export declare const baseHeaders: Record<string, string>;
export declare const hstsHeader: Record<string, string>;
export declare function inlineScriptHashes(html: string): string[];
export declare function runsScripts(html: string): boolean;
export declare function contentSecurityPolicy(scriptHashes?: string[], options?: { runsScripts?: boolean }): string;
export declare function cacheControl(urlPath: string): string;
