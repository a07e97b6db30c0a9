export const SUPPORTED_LANGUAGES: readonly ['en', 'es'];
export type LanguageCode = (typeof SUPPORTED_LANGUAGES)[number];
export const SOURCE_LANGUAGE: LanguageCode;
export const DEFAULT_LANGUAGES: readonly LanguageCode[];
export function languagesOfRawConfig(data: unknown): string[];
