/**
 * The link to the same page in the site's other language(s), in the header of
 * every page. Its words are the other language's own ("Español" on an English
 * page, "English" on a Spanish one), marked with that language for screen
 * readers. On /preparation the planner script adds the patient's appointment
 * to it once the times are shown (data-language-link); without JavaScript it
 * links to the plain page. An English-only site has no language link.
 */
import { dictionaryFor, localePath, type LanguageCode } from '@/lib/i18n';

type Props = {
  lang: LanguageCode;
  /** The page's language-neutral path ("/aftercare"); none on a 404 page, which links to the other home page. */
  path?: string;
  languages: LanguageCode[];
};

export function LanguageLink({ lang, path = '/', languages }: Props) {
  const others = languages.filter((other) => other !== lang);
  if (others.length === 0) return null;
  return (
    <nav aria-label={dictionaryFor(lang).frame.languageNav} className="print:hidden">
      <ul className="flex flex-wrap gap-x-4">
        {others.map((other) => {
          const words = dictionaryFor(other).meta;
          return (
            <li key={other}>
              {/* A plain <a>: the other language has its own root layout, so this is a full page load anyway. */}
              <a
                href={localePath(other, path)}
                hrefLang={other}
                lang={other}
                data-language-link=""
                className="inline-block py-2 font-semibold text-brand-dark"
              >
                {words.languageName}
                <span className="visually-hidden"> ({words.readThisPage})</span>
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
