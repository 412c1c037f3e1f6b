/** The one way tests capture what code under test writes to console.warn and console.error. */

export type ConsoleLevel = 'warn' | 'error';

/** One call to console.warn or console.error, its arguments joined as the console shows them. */
export interface ConsoleMessage {
  level: ConsoleLevel;
  text: string;
}

/** What was written while a function ran, in order; filled live, so that function can wait on it. */
export class ConsoleCapture {
  readonly messages: ConsoleMessage[] = [];

  /** The texts written with console.warn, in order. */
  get warnings(): string[] {
    return this.messages.filter((m) => m.level === 'warn').map((m) => m.text);
  }

  /** The texts written with console.error, in order. */
  get errors(): string[] {
    return this.messages.filter((m) => m.level === 'error').map((m) => m.text);
  }
}

function format(args: unknown[]): string {
  return args.map((a) => (a instanceof Error ? `${a.name}: ${a.message}` : String(a))).join(' ');
}

/** A capture with what the function returned (resolved). */
export type Captured<T> = ConsoleCapture & { result: T };

function install(capture: ConsoleCapture): () => void {
  const { warn, error } = console;
  console.warn = (...args: unknown[]) => capture.messages.push({ level: 'warn', text: format(args) });
  console.error = (...args: unknown[]) => capture.messages.push({ level: 'error', text: format(args) });
  return () => {
    console.warn = warn;
    console.error = error;
  };
}

/**
 * Runs `fn` with console.warn and console.error captured (nothing reaches the real console) and
 * returns what was written, with what `fn` returned as `result`. `fn` receives the capture itself,
 * filled as messages arrive, to wait for one with `waitUntil`.
 */
export async function captureConsole<T>(fn: (capture: ConsoleCapture) => Promise<T>): Promise<Captured<T>> {
  const capture = new ConsoleCapture();
  const restore = install(capture);
  try {
    return Object.assign(capture, { result: await fn(capture) });
  } finally {
    restore();
  }
}

/** The same for synchronous code. */
export function captureConsoleSync<T>(fn: (capture: ConsoleCapture) => T): Captured<T> {
  const capture = new ConsoleCapture();
  const restore = install(capture);
  try {
    return Object.assign(capture, { result: fn(capture) });
  } finally {
    restore();
  }
}
