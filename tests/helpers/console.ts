/** Captures what code under test writes to console.warn and console.error while `fn` runs. */
export async function captureConsole(fn: () => Promise<void>): Promise<string[]> {
  const messages: string[] = [];
  const { warn, error } = console;
  console.warn = (...args: unknown[]) => messages.push(args.join(' '));
  console.error = (...args: unknown[]) => messages.push(args.join(' '));
  try {
    await fn();
  } finally {
    console.warn = warn;
    console.error = error;
  }
  return messages;
}
