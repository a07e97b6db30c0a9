/**
 * Text as a list of words, punctuation at word edges dropped and case kept,
 * so text from structured data and text read off a page can be compared
 * word for word whatever the spacing and list markup.
 */
export function words(text: string): string[] {
  return text
    .split(/\s+/)
    .map((word) => word.replace(/^[("'.,;:!?]+|[)"'.,;:!?]+$/g, ''))
    .filter(Boolean);
}
