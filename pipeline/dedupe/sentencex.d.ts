// sentencex ships no type declarations; this is the one function we call.
declare module 'sentencex' {
  /** Split `text` into sentences by the rules of `language` (BCP 47), keeping the whitespace between them. */
  export function segment(language: string, text: string): string[];
}
