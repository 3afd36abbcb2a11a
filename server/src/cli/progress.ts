/**
 * A one-line progress bar on stderr for long checks: only when stderr is a terminal and not
 * `--quiet`, drawn at most ten times a second, shown only once the work has taken a moment, and
 * erased at the end so the report reads as before.
 */
export interface Progress {
  /** False when nothing is drawn (quiet, or stderr not a terminal): no need to count. */
  shown: boolean;
  update(done: number, total: number): void;
  end(): void;
}

const NONE: Progress = { shown: false, update: () => undefined, end: () => undefined };

export function createProgress(
  stream: NodeJS.WriteStream & { isTTY?: boolean },
  options: { quiet?: boolean; label?: string; delayMs?: number } = {},
): Progress {
  if (options.quiet || !stream.isTTY) return NONE;
  const started = Date.now();
  const delay = options.delayMs ?? 300;
  let last = 0;
  let drawn = false;
  let state = { done: 0, total: 0 };
  const draw = () => {
    const { done, total } = state;
    const width = Math.max(10, Math.min(30, (stream.columns ?? 80) - 50));
    const ratio = total ? Math.min(1, done / total) : 0;
    const filled = Math.round(ratio * width);
    const secs = Math.round((Date.now() - started) / 1000);
    const line = `${options.label ?? 'second-source'} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} files ${Math.round(ratio * 100)}% ${Math.floor(secs / 60)}:${String(secs % 60).padStart(2, '0')}`;
    stream.write(`\r\x1b[2K${line}`);
    drawn = true;
  };
  return {
    shown: true,
    update(done, total) {
      state = { done, total };
      const now = Date.now();
      if (now - started < delay || (now - last < 100 && done < total)) return;
      last = now;
      draw();
    },
    end() {
      if (drawn) stream.write('\r\x1b[2K');
      drawn = false;
    },
  };
}
