// Character classes tested by character code, where a regular expression would be compiled in
// every cold worker for a test this simple.

export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function isAsciiLetterOrDigit(c: number): boolean {
  return isAsciiLetter(c) || (c >= 48 && c <= 57);
}

// Tests of a first letter in any script, shared so that each is compiled once per isolate. Made from
// strings: V8 parses a regular-expression literal when it compiles the script and again when the
// literal is evaluated, building each \p class's Unicode set (~0.3 M instructions) every time.

export const STARTS_UPPER = new RegExp(String.raw`^\p{Lu}`, 'u');
export const STARTS_LOWER = new RegExp(String.raw`^\p{Ll}`, 'u');

/** `STARTS_UPPER.test(text)`, by character code for ASCII ("" has NaN for its first code: false). */
export function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c > 127) return STARTS_UPPER.test(text);
  return c >= 65 && c <= 90;
}

/** `STARTS_LOWER.test(text)`, by character code for ASCII. */
export function startsLower(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c > 127) return STARTS_LOWER.test(text);
  return c >= 97 && c <= 122;
}
