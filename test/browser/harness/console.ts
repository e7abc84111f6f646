/**
 * The one way tests read (and silence) console warnings: `const warnings = captureWarnings()`, then
 * `warnings.restore()` (in `finally` or `after`).
 */
export interface CapturedWarnings {
  /** Each warning, its arguments joined by spaces. */
  readonly messages: string[];
  /** The warnings that contain `text`. */
  including(text: string): string[];
  restore(): void;
}

export function captureWarnings(): CapturedWarnings {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return {
    messages,
    including: (text) => messages.filter((m) => m.includes(text)),
    restore: () => (console.warn = original),
  };
}
