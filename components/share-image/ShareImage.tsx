/**
 * The picture shown when a page is shared in a chat or on social media,
 * rendered to PNG at build time by next/og. Satori draws it with next/og's
 * bundled font, so the build needs no network. Satori only knows inline
 * styles and flexbox, hence the style objects.
 */
import { ImageResponse } from 'next/og';
import { logoDataUrl } from '@/lib/clinic/brand-logo';
import { clinic } from '@/lib/clinic/config';
import { siteLogo } from '@/lib/clinic/site-brand';
import { dictionaryFor, type LanguageCode } from '@/lib/i18n';
import { SHARE_IMAGE_SIZE, THEME_COLOR } from '@/lib/seo/site';

const LOGO_HEIGHT = 72;

/** The clinic's logo beside its name: read from disk at build time as a data: URL, as nothing is served yet. */
function ClinicLine() {
  const logo = siteLogo();
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 32, fontSize: 36, color: '#4a5a64' }}>
      {logo ? (
        // Satori draws an <img> from a data: URL; it is not a page element, so next/image does not apply.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={logoDataUrl(logo)}
          alt=""
          width={Math.round((LOGO_HEIGHT * logo.width) / logo.height)}
          height={LOGO_HEIGHT}
        />
      ) : null}
      {clinic.name}
    </div>
  );
}

export function shareImageResponse(title: string, lang: LanguageCode): ImageResponse {
  return new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '72px 80px',
          background: '#ffffff',
          borderTop: `24px solid ${THEME_COLOR}`,
          color: '#1f2a30',
        }}
      >
        <div style={{ display: 'flex', fontSize: 36, color: THEME_COLOR }}>{dictionaryFor(lang).meta.shareTagline}</div>
        <div style={{ display: 'flex', fontSize: title.length > 40 ? 72 : 84, lineHeight: 1.1, fontWeight: 700 }}>{title}</div>
        <ClinicLine />
      </div>
    ),
    SHARE_IMAGE_SIZE,
  );
}
