import { StringDecoder } from "node:string_decoder";
import { createLineAssembler, type LineAssembler } from "./line-assembler";
import type { OutputChunk, OutputStream } from "./types";

export const DEFAULT_MAX_OUTPUT_BYTES = 8 * 1024 * 1024;

export type TaskOutput = {
  /** Raw bytes from one pipe; beyond the byte cap they are read and dropped. */
  write(stream: OutputStream, bytes: Buffer): void;
  /** The pipe closed: emit what is left of its text. */
  end(stream: OutputStream): void;
  /** A runner message on stderr, after what the task printed so far; not counted against the cap. */
  notice(text: string): void;
};

type StreamText = { decoder: StringDecoder; lines: LineAssembler; isEnded: boolean };

/** Turns a task's two pipes into line-aligned, UTF-8-safe chunks under one byte cap. */
export function createTaskOutput(options: {
  onOutput: (chunk: OutputChunk) => void;
  maxOutputBytes?: number;
}): TaskOutput {
  const { onOutput, maxOutputBytes = DEFAULT_MAX_OUTPUT_BYTES } = options;
  let deliveredBytes = 0;
  let isTruncated = false;

  function emit(stream: OutputStream, text: string): void {
    try {
      onOutput({ stream, text, at: Date.now() });
    } catch {
      // A failing subscriber must not break the pipes of a running task.
    }
  }

  function createStreamText(stream: OutputStream): StreamText {
    return {
      decoder: new StringDecoder("utf8"),
      lines: createLineAssembler({ emit: (text) => emit(stream, text) }),
      isEnded: false,
    };
  }
  const streams: Record<OutputStream, StreamText> = { stdout: createStreamText("stdout"), stderr: createStreamText("stderr") };

  function flushPendingLines(): void {
    streams.stdout.lines.flush();
    streams.stderr.lines.flush();
  }

  function notice(text: string): void {
    flushPendingLines();
    emit("stderr", text.endsWith("\n") ? text : `${text}\n`);
  }

  function write(stream: OutputStream, bytes: Buffer): void {
    if (isTruncated) return;
    const target = streams[stream];
    const allowed = Math.max(0, maxOutputBytes - deliveredBytes);
    const accepted = bytes.length <= allowed ? bytes : bytes.subarray(0, allowed);
    deliveredBytes += accepted.length;
    target.lines.write(target.decoder.write(accepted));
    if (accepted.length < bytes.length) {
      // A character cut by the cap stays in its decoder and is never emitted.
      isTruncated = true;
      notice(`[nightshift] output truncated after ${maxOutputBytes} bytes`);
    }
  }

  function end(stream: OutputStream): void {
    const target = streams[stream];
    if (target.isEnded) return;
    target.isEnded = true;
    if (!isTruncated) target.lines.write(target.decoder.end());
    target.lines.flush();
  }

  return { write, end, notice };
}
