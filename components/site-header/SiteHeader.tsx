/**
 * Clinic name, the link to /when-to-get-help (on every page's first phone
 * screen, outside the menu), tap-to-call phone, the link to /search and the main navigation. On phones the topic
 * list folds into a native <details> menu: it works with a keyboard and
 * without JavaScript.
 */
import Link from 'next/link';
import { ClinicPhone } from '@/components/clinic-contact';
import { LanguageLink } from '@/components/language-link';
import { clinic } from '@/lib/clinic/config';
import { siteLogo } from '@/lib/clinic/site-brand';
import { getPages } from '@/lib/content/pages';
import { siteLanguages } from '@/lib/clinic/site-languages';
import { dictionaryFor, localePath, type LanguageCode } from '@/lib/i18n';

export type NavItem = { href: string; label: string };

export function navItems(lang: LanguageCode): NavItem[] {
  return [
    { href: localePath(lang, '/'), label: dictionaryFor(lang).frame.home },
    ...getPages(lang).map((page) => ({ href: localePath(lang, `/${page.slug}`), label: page.navTitle })),
  ];
}

function NavList({ items, current, className }: { items: NavItem[]; current?: string; className: string }) {
  return (
    <ul className={className}>
      {items.map((item) => (
        <li key={item.href}>
          <Link
            href={item.href}
            aria-current={item.href === current ? 'page' : undefined}
            className="block px-3 py-2 font-medium text-brand-dark no-underline hover:underline aria-[current=page]:underline aria-[current=page]:decoration-4"
          >
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** Header logo height in CSS pixels; the width follows the logo's own shape. */
const LOGO_HEIGHT = 48;

/** The clinic's logo in place of its name, with the name as its text alternative; or the name. */
function ClinicMark() {
  const logo = siteLogo();
  if (!logo) return <>{clinic.name}</>;
  return (
    // A plain <img>: the logo is already a small, content-hashed file, and next/image would add an inline style our CSP forbids.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={logo.url}
      alt={clinic.name}
      width={Math.round((LOGO_HEIGHT * logo.width) / logo.height)}
      height={LOGO_HEIGHT}
      className="block h-auto max-w-full"
    />
  );
}

type Props = {
  lang: LanguageCode;
  /** The page's language-neutral path ("/aftercare"): marks the current page and aims the language link. */
  path?: string;
  /** The current page's address, when it is not `path` in `lang` (tests). */
  current?: string;
  /** The languages this page exists in, for the language link (default: every language of the site). */
  languages?: LanguageCode[];
};

export function SiteHeader({ lang, path, current = path === undefined ? undefined : localePath(lang, path), languages = siteLanguages() }: Props) {
  const items = navItems(lang);
  const words = dictionaryFor(lang).frame;
  return (
    <header className="border-b-4 border-brand bg-white print:border-b-2">
      <div className="mx-auto flex max-w-frame flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-4">
        <Link href={localePath(lang, '/')} className="text-xl font-bold text-ink no-underline hover:underline">
          <ClinicMark />
          <span className="block text-base font-normal text-muted">{words.tagline}</span>
        </Link>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
          <Link
            href={localePath(lang, '/when-to-get-help')}
            aria-current={current === localePath(lang, '/when-to-get-help') ? 'page' : undefined}
            data-help-link=""
            className="inline-flex items-center gap-2 rounded-md border-2 border-ink px-3 py-1 font-semibold text-ink no-underline hover:underline print:hidden"
          >
            {/* A warning triangle: the words carry the meaning, the icon only marks the link. */}
            <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" className="h-5 w-5 shrink-0" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round">
              <path d="M12 3 2 21h20z" />
              <path d="M12 10v5 M12 17.5v.5" />
            </svg>
            {words.whenToGetHelp}
          </Link>
          <p className="text-base">
            <span className="text-muted">{words.questionsCall}</span>
            <ClinicPhone className="font-semibold whitespace-nowrap" />
          </p>
          {/* A plain link, so content pages keep no script; the search page has the box (components/site-search). */}
          <Link
            href={localePath(lang, '/search')}
            aria-current={current === localePath(lang, '/search') ? 'page' : undefined}
            data-search-link=""
            className="inline-flex items-center gap-2 font-semibold text-brand-dark underline print:hidden"
          >
            {/* A magnifying glass: the word carries the meaning. */}
            <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" className="h-5 w-5 shrink-0" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round">
              <circle cx="10.5" cy="10.5" r="6.5" />
              <path d="m15.5 15.5 5 5" />
            </svg>
            {dictionaryFor(lang).search.headerLink}
          </Link>
          <LanguageLink lang={lang} path={path} languages={languages} />
        </div>
      </div>
      <nav aria-label={words.mainNav} className="border-t border-line bg-surface print:hidden">
        <div className="mx-auto max-w-frame px-2">
          <details className="group lg:hidden">
            <summary className="flex cursor-pointer list-none items-center gap-2 px-3 py-3 font-semibold text-brand-dark">
              <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90">
                ▸
              </span>
              {words.menu}
            </summary>
            <NavList items={items} current={current} className="pb-2" />
          </details>
          <NavList items={items} current={current} className="hidden flex-wrap lg:flex" />
        </div>
      </nav>
    </header>
  );
}
