// Character classes tested by character code, where a regular expression would be compiled in
// every cold worker for a test this simple.

export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function isAsciiLetterOrDigit(c: number): boolean {
  return isAsciiLetter(c) || (c >= 48 && c <= 57);
}
