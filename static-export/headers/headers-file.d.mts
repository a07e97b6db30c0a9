export type HeaderRule = { pattern: string; detach?: string[]; headers: Record<string, string> };
export type ParsedHeader = { name: string; value?: string; detach?: boolean; line: number };
export type ParsedRule = { pattern: string; line: number; headers: ParsedHeader[] };
export declare const CLOUDFLARE_LIMITS: { rules: number; lineLength: number };
export declare function formatHeadersFile(rules: HeaderRule[]): string;
export declare function siteHeaderRules(site: {
  common: Record<string, string>;
  defaultCsp: string;
  defaultCacheControl: string;
  immutable: [string, string][];
  pages: { url: string; file: string; csp: string }[];
}): HeaderRule[];
export declare function parseHeadersFile(text: string): ParsedRule[];
export declare function commonPath(patternA: string, patternB: string): string | null;
export declare function headersFileProblems(text: string, limits?: { rules: number; lineLength: number }): string[];
export declare function headersForPath(rules: ParsedRule[], path: string): Record<string, string>;
