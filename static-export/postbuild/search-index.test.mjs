import { sectionsOfPage } from './search-index.mjs';

const page = `<!DOCTYPE html><html><body><header>Riverbend <a href="/search">Search</a></header><main><article>
<h1>Caring for <em>your</em> port</h1>
<nav aria-labelledby="on-this-page"><p id="on-this-page">On this page</p><a href="#showers">Showers</a></nav>
<p>A port needs a little care.</p>
<div class="section-heading"><h2 id="showers">Showers</h2><a href="#showers" class="section-link"><span class="visually-hidden">Link to this section: Showers</span></a></div>
<p>You can <strong>shower</strong> if you cover the area.</p><ul><li>Use wrap.</li><li>Use tape.</li></ul>
<div class="hidden print:block">Printed sheet only.</div>
<template><p>Filled in by the planner.</p></template>
<svg aria-hidden="true"><text>icon</text></svg>
<h3 id="baths">Baths</h3><p>Call <a href="tel:+13035550142">+1 303-555-0142</a> first.</p>
</article><footer>Footer words</footer></main></body></html>`;

it('makes one section per heading with an id, with the page title and the anchor', () => {
  expect(sectionsOfPage(page, { url: '/aftercare' })).toEqual([
    { page: 'Caring for your port', section: '', url: '/aftercare', text: 'A port needs a little care.' },
    { page: 'Caring for your port', section: 'Showers', url: '/aftercare#showers', text: 'You can shower if you cover the area. Use wrap. Use tape.' },
    { page: 'Caring for your port', section: 'Baths', url: '/aftercare#baths', text: 'Call +1 303-555-0142 first.' },
  ]);
});

it('fails the build on a page with no article, naming it', () => {
  expect(() => sectionsOfPage('<main><p>x</p></main>', { url: '/x' })).toThrow('/x: no <article>');
});
