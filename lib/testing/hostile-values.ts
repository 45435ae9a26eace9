import fc from 'fast-check';

// Values an attacker or a broken client can send: any JSON-like value, text with NUL bytes, lone
// surrogates (invalid UTF-16), right-to-left and zero-width marks, very long strings, and deep nesting.

const oddCharacters = ['\u0000', '\uD800', '\uDFFF', '\u202E', '\u200B', '\uFEFF', '\uFFFD', '%00', '../', '<script>', '💥'];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.array(fc.constantFrom(...oddCharacters), { maxLength: 12 }).map((parts) => parts.join('')),
  fc.tuple(fc.constantFrom('a', '9', 'é', '字', '\u0000'), fc.integer({ min: 1_000, max: 200_000 })).map(([unit, count]) => unit.repeat(count)),
  fc.constantFrom('', ' ', '-1', '0', '1e309', 'NaN', 'Infinity', '9007199254740993', 'true', 'null', '[]', '{}', 'en', 'xx'),
);

/** An array nested `depth` deep around a hostile leaf. */
const deeplyNested = fc.integer({ min: 100, max: 5_000 }).map((depth) => {
  let value: unknown = 'leaf';
  for (let level = 0; level < depth; level += 1) value = [value];
  return value;
});

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.anything({ maxDepth: 4, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true }),
  deeplyNested,
);

/** An object with the given keys (and a few more) holding hostile values: reaches each field's own checks. */
export function hostileRecord(keys: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  const known = keys.length > 0 ? fc.constantFrom(...keys) : fc.constant('x');
  return fc.dictionary(fc.oneof(known, fc.string({ maxLength: 8 }), fc.constant('__proto__')), hostileValue, { maxKeys: keys.length + 3 });
}
