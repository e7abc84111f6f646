// html-escaper ships no types; the bench uses one function of it.
declare module 'html-escaper' {
  export function escape(text: string): string;
}
