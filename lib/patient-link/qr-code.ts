/**
 * A QR code of a patient's link, drawn as SVG in the browser. The encoding is
 * uqr's (unjs; no dependencies, a port of Nayuki's reference encoder, about
 * 4 KB compressed); the drawing is ours, so the picture is made with DOM
 * calls (no markup strings, nothing our CSP would need to allow) and carries
 * a text alternative. Error correction M (15%) survives a smudged printout
 * and keeps a link of about 80 characters at 37×37 modules, which phone
 * cameras read easily at 3 cm or more.
 */
import { encode } from 'uqr';

/** The quiet zone the QR standard asks for around the code, in modules. */
export const QUIET_ZONE = 4;

/**
 * The code's dark modules as one SVG path, each row's runs as rectangles
 * ("M4 4h7v1h-7z…"), and the side of the square in modules, quiet zone included.
 */
export function qrCodePath(text: string): { size: number; path: string } {
  const { data, size } = encode(text, { ecc: 'M', border: QUIET_ZONE });
  let path = '';
  data.forEach((row, y) => {
    for (let x = 0; x < size; ) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < size && row[x]) x += 1;
      path += `M${start} ${y}h${x - start}v1h-${x - start}z`;
    }
  });
  return { size, path };
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The QR code as an <svg role="img"> named by `label`: black on a white
 * square (scanners need the contrast, in dark mode and in print alike),
 * sharp-edged, scaling to whatever size its container gives it.
 */
export function qrCodeSvg(document: Document, text: string, label: string): SVGSVGElement {
  const { size, path } = qrCodePath(text);
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', String(size));
  background.setAttribute('height', String(size));
  background.setAttribute('fill', '#fff');
  const modules = document.createElementNS(SVG_NS, 'path');
  modules.setAttribute('d', path);
  modules.setAttribute('fill', '#000');
  svg.append(background, modules);
  return svg;
}
