/**
 * Front view of the upper body: where the port sits and where its catheter
 * runs. The port is drawn on the side most clinics use, but the words never
 * say which side, because that is the care team's choice.
 */
import { Diagram, DiagramLabel, paint } from '@/components/diagram';
import { Figure } from '@/components/figure';
import { dictionaryFor, type LanguageCode } from '@/lib/i18n';

// Title, description, caption and labels are in the dictionaries (portLocation); "|" breaks a label's lines.

// The body is drawn around this centre line.
const C = 272;
const BODY =
  `M${C - 30} 20 L${C - 30} 58 C${C - 30} 76 ${C - 48} 82 ${C - 75} 88 C${C - 104} 94 ${C - 120} 108 ${C - 124} 140 ` +
  `L${C - 126} 392 L${C + 126} 392 L${C + 124} 140 C${C + 120} 108 ${C + 104} 94 ${C + 75} 88 ` +
  `C${C + 48} 82 ${C + 30} 76 ${C + 30} 58 L${C + 30} 20 Z`;
const LEFT_COLLARBONE = `M${C - 12} 98 C${C - 32} 106 ${C - 50} 86 ${C - 86} 92`;
const RIGHT_COLLARBONE = `M${C + 12} 98 C${C + 32} 106 ${C + 50} 86 ${C + 86} 92`;
// The neck vein joins the large vein that runs down into the top of the heart.
const VEIN = 'M256 10 L256 100 C256 120 262 140 264 160 L266 236';
// A plain heart shape: patients recognise it at a glance.
const HEART = 'M292 252 C284 232 250 232 250 258 C250 282 280 298 292 314 C304 298 334 282 334 258 C334 232 300 232 292 252 Z';
const PORT = { x: 200, y: 170 };
// Tunnelled under the skin from the port, over the collarbone, into the neck
// vein, then down inside the vein to end just above the heart.
const CATHETER =
  `M${PORT.x + 11} ${PORT.y - 12} C228 136 238 100 250 78 C253 72 256 70 256 80 ` +
  'L256 100 C256 120 262 140 264 160 L265 222';

function Tube({ d, outer, inner, outerWidth, innerWidth }: { d: string; outer: string; inner: string; outerWidth: number; innerWidth: number }) {
  return (
    <>
      <path d={d} className={outer} strokeWidth={outerWidth} fill="none" strokeLinecap="round" />
      <path d={d} className={inner} strokeWidth={innerWidth} fill="none" strokeLinecap="round" />
    </>
  );
}

export function PortLocationDiagram({ lang }: { lang: LanguageCode }) {
  const words = dictionaryFor(lang).portLocation;
  return (
    <Figure caption={words.caption}>
      <Diagram title={words.title} description={words.description} width={400} height={392}>
        <path d={BODY} className={`fill-surface ${paint.outline} ${paint.backgroundFill}`} strokeWidth={2} />
        <Tube d={LEFT_COLLARBONE} outer={paint.outline} inner="stroke-white forced-colors:stroke-[Canvas]" outerWidth={11} innerWidth={6} />
        <Tube d={RIGHT_COLLARBONE} outer={paint.outline} inner="stroke-white forced-colors:stroke-[Canvas]" outerWidth={11} innerWidth={6} />
        <path d={HEART} className={`fill-urgent-light stroke-urgent ${paint.backgroundFill} forced-colors:stroke-[CanvasText]`} strokeWidth={2.5} />
        <Tube
          d={VEIN}
          outer="stroke-brand forced-colors:stroke-[CanvasText]"
          inner="stroke-brand-light forced-colors:stroke-[Canvas]"
          outerWidth={15}
          innerWidth={10}
        />
        <ellipse cx={C} cy={-18} rx={50} ry={56} className={`fill-surface ${paint.outline} ${paint.backgroundFill}`} strokeWidth={2} />
        <circle cx={PORT.x} cy={PORT.y} r={30} className={`fill-none ${paint.outline}`} strokeWidth={1.5} strokeDasharray="4 4" />
        <path d={CATHETER} className={`${paint.strong}`} strokeWidth={3.5} fill="none" strokeLinecap="round" strokeLinejoin="round" />
        <circle cx={PORT.x} cy={PORT.y} r={17} className={`fill-brand stroke-brand-dark ${paint.solidFill} forced-colors:stroke-[CanvasText]`} strokeWidth={2} />
        <circle cx={PORT.x} cy={PORT.y} r={8} className={`fill-brand-light stroke-brand-dark ${paint.backgroundFill} forced-colors:stroke-[CanvasText]`} strokeWidth={1.5} />

        <DiagramLabel lines={words.neckVein.split('|')} x={138} y={42} to={[256, 50]} />
        <DiagramLabel lines={words.collarbone.split('|')} x={138} y={100} to={[188, 93]} />
        <DiagramLabel lines={words.catheter.split('|')} x={138} y={140} to={[233, 118]} />
        <DiagramLabel lines={words.port.split('|')} x={138} y={214} to={[184, 172]} />
        <DiagramLabel lines={words.catheterEnd.split('|')} x={138} y={290} to={[265, 220]} />
        <DiagramLabel lines={words.heart.split('|')} x={138} y={368} to={[292, 272]} />
      </Diagram>
    </Figure>
  );
}
