import { StringDecoder } from "node:string_decoder";

export type LinePrefixer = {
  /** Accepts any chunk of a child's output; complete lines are written at once. */
  push(chunk: Buffer | string): void;
  /** Writes a last line that had no newline (call when the stream ends). */
  flush(): void;
};

/**
 * Turns a byte stream into lines that start with `prefix`, so two children's interleaved output
 * stays readable. A line that already carries the prefix (the engine prints `[engine] …` itself)
 * is passed through rather than doubled.
 */
export function createLinePrefixer(prefix: string, writeLine: (line: string) => void): LinePrefixer {
  const decoder = new StringDecoder("utf8");
  let pending = "";
  const emit = (line: string) => {
    const text = line.endsWith("\r") ? line.slice(0, -1) : line;
    writeLine(text.startsWith(`${prefix} `) || text === prefix ? text : `${prefix} ${text}`);
  };
  return {
    push(chunk) {
      pending += typeof chunk === "string" ? chunk : decoder.write(chunk);
      let newline = pending.indexOf("\n");
      while (newline !== -1) {
        emit(pending.slice(0, newline));
        pending = pending.slice(newline + 1);
        newline = pending.indexOf("\n");
      }
    },
    flush() {
      pending += decoder.end();
      if (pending !== "") emit(pending);
      pending = "";
    },
  };
}
