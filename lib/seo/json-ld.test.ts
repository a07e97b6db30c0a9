import { serializeJsonLd } from './json-ld';

describe('serializeJsonLd', () => {
  it('cannot close the script tag it is written into', () => {
    const text = serializeJsonLd({ name: 'Clinic </script><script>alert(1)</script>' });
    expect(text).not.toMatch(/<\/script/i);
    expect(text).not.toContain('<');
    expect(text).toContain('\\u003c/script\\u003e');
  });

  it('escapes <, >, & and the two JavaScript line separators', () => {
    expect(serializeJsonLd({ a: '<>&\u2028\u2029' })).toBe('{"a":"\\u003c\\u003e\\u0026\\u2028\\u2029"}');
  });

  it('reads back as exactly the same data', () => {
    const data = { '@type': 'MedicalClinic', name: 'Riverbend Vascular & Interventional <Clinic>', note: 'a\u2028b', n: 3 };
    expect(JSON.parse(serializeJsonLd(data))).toEqual(data);
  });

  it('refuses values that are not JSON', () => {
    expect(() => serializeJsonLd(undefined)).toThrow(TypeError);
  });
});
