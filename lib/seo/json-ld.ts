/**
 * The one way structured data becomes text inside a <script> tag. JSON.stringify
 * alone is not safe there: a "</script>" inside any string (a page title, a
 * clinic name) would end the script early and let the rest run as HTML. So
 * "<", ">" and "&" become \u escapes, which JSON parsers read back as the same
 * characters, and so do U+2028/U+2029, which old JavaScript parsers treat as
 * line breaks (the Next.js JSON-LD guide escapes "<" the same way).
 */
const UNSAFE = /[<>&\u2028\u2029]/g;

export function serializeJsonLd(data: unknown): string {
  const json = JSON.stringify(data);
  if (json === undefined) throw new TypeError('Structured data must be a JSON value');
  return json.replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
