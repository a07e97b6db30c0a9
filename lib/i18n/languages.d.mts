export type LanguageCode = 'en' | 'es';
export declare const SUPPORTED_LANGUAGES: LanguageCode[];
export declare const SOURCE_LANGUAGE: 'en';
export declare const DEFAULT_LANGUAGES: LanguageCode[];
export declare function languagesOfRawConfig(data: unknown): string[];
