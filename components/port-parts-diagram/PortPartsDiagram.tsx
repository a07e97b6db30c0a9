/** Cut-away side view of a port under the skin, with a needle in it. */
import { Diagram, DiagramLabel, paint } from '@/components/diagram';
import { Figure } from '@/components/figure';
import { dictionaryFor, type LanguageCode } from '@/lib/i18n';

// Title, description, caption and labels are in the dictionaries (portParts); "|" breaks a label's lines.

const SKIN = { top: 62, bottom: 90 };
const HOUSING = 'M175 210 L183 122 Q185 112 195 112 L285 112 Q295 112 297 122 L305 210 Z';
const WELL = 'M204 140 L276 140 L273 190 Q272 196 266 196 L214 196 Q208 196 207 190 Z';
const SEPTUM = { x: 200, y: 100, width: 80, height: 40 };
const NEEDLE_X = 240;
const CATHETER = 'M302 196 C318 208 334 228 400 240';
const THICKNESS_X = 322;

export function PortPartsDiagram({ lang }: { lang: LanguageCode }) {
  const words = dictionaryFor(lang).portParts;
  const [about, half, thick] = words.thickness.split('|');
  return (
    <Figure caption={words.caption}>
      <Diagram title={words.title} description={words.description} width={400} height={320}>
        {/* Body tissue under the skin, then the skin itself. */}
        <rect x={0} y={SKIN.bottom} width={400} height={230} className={`fill-surface ${paint.backgroundFill}`} />
        <rect x={0} y={SKIN.top} width={400} height={SKIN.bottom - SKIN.top} className={`fill-caution-light ${paint.backgroundFill}`} />
        <path d={`M0 ${SKIN.top} H400`} className="stroke-caution forced-colors:stroke-[CanvasText]" strokeWidth={2.5} />
        <path d={`M0 ${SKIN.bottom} H400`} className="stroke-caution forced-colors:stroke-[CanvasText]" strokeWidth={1.5} strokeDasharray="6 4" />

        <path d={CATHETER} className={paint.strong} strokeWidth={13} fill="none" strokeLinecap="round" />
        <path d={CATHETER} className="stroke-white forced-colors:stroke-[Canvas]" strokeWidth={7} fill="none" />
        <path d={HOUSING} className={`fill-line ${paint.strong} ${paint.backgroundFill}`} strokeWidth={2.5} strokeLinejoin="round" />
        <path d={WELL} className={`fill-brand-light stroke-brand ${paint.backgroundFill} forced-colors:stroke-[CanvasText]`} strokeWidth={2} />
        <rect
          {...SEPTUM}
          rx={8}
          className={`fill-muted ${paint.strong} ${paint.backgroundFill}`}
          strokeWidth={2}
        />

        {/* The needle: a hub above the skin and a shaft whose tip rests in the well. */}
        <path d={`M${NEEDLE_X} 28 V170`} className={paint.strong} strokeWidth={4} />
        <path d={`M${NEEDLE_X - 2} 170 L${NEEDLE_X} 178 L${NEEDLE_X + 2} 170 Z`} className={`fill-ink ${paint.solidFill} ${paint.strong}`} strokeWidth={2} />
        <rect x={NEEDLE_X - 16} y={6} width={32} height={24} rx={4} className={`fill-brand stroke-brand-dark ${paint.solidFill} forced-colors:stroke-[CanvasText]`} strokeWidth={2} />

        {/* How thick the port is: from the top of the septum to the base. */}
        <g className={paint.strong} strokeWidth={1.5}>
          <path d={`M${THICKNESS_X} ${SEPTUM.y} V210 M${THICKNESS_X - 6} ${SEPTUM.y} H${THICKNESS_X + 6} M${THICKNESS_X - 6} 210 H${THICKNESS_X + 6}`} />
          <path d={`M${THICKNESS_X - 8} ${SEPTUM.y} H282 M${THICKNESS_X - 8} 210 H307`} strokeDasharray="3 3" />
        </g>
        <text x={THICKNESS_X + 8} y={140} className={paint.label}>
          <tspan x={THICKNESS_X + 8}>{about}</tspan>
          <tspan x={THICKNESS_X + 8} dy={21}>
            {` ${half}`}
          </tspan>
          <tspan x={THICKNESS_X + 8} dy={21}>
            {` ${thick}`}
          </tspan>
        </text>

        <DiagramLabel lines={words.needle.split('|')} x={138} y={24} to={[NEEDLE_X - 2, 44]} />
        <DiagramLabel lines={words.skin.split('|')} x={138} y={82} to={[180, 76]} />
        <DiagramLabel lines={words.septum.split('|')} x={138} y={118} to={[208, 110]} />
        <DiagramLabel lines={words.reservoir.split('|')} x={138} y={200} to={[220, 176]} />
        <DiagramLabel lines={words.catheter.split('|')} x={390} y={286} to={[352, 226]} from={[352, 266]} />
      </Diagram>
    </Figure>
  );
}
