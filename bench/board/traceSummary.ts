/**
 * Reads a Chromium trace (the Trace Event Format's complete "X" and begin/end "B"/"E" events) into where the
 * time went: for each thread that did work, the self time of each kind of activity, grouped as DevTools'
 * performance panel groups them (scripting, rendering, painting, GC, other), plus the longest main-thread
 * tasks. Pure: events in, text out.
 */

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event: what the work cost, however busy the machine was. */
  tdur?: number;
  pid: number;
  tid: number;
  cat?: string;
  args?: { name?: string; data?: Record<string, unknown> };
}

const GROUPS: [RegExp, string][] = [
  [
    /^(FunctionCall|EvaluateScript|v8\.|V8\.|TimerFire|FireAnimationFrame|EventDispatch|RunMicrotasks|v8_execute)/,
    'script',
  ],
  [/GC|Scavenge|MarkCompact|BlinkGC/, 'gc'],
  [/^(UpdateLayoutTree|RecalculateStyles|ScheduleStyleRecalculation|ParseAuthorStyleSheet)/, 'style'],
  [/^(Layout|UpdateLayout|LayoutShift|IntersectionObserverController)/, 'layout'],
  [/^(PrePaint|Paint|PaintImage|Layerize|UpdateLayer|Commit|CompositeLayers|PaintArtifactCompositor)/, 'paint'],
  [/Raster|DecodeImage|ImageDecodeTask|TileManager/, 'raster'],
  [/HitTest/, 'hit test'],
];

function groupOf(name: string): string {
  for (const [pattern, group] of GROUPS) if (pattern.test(name)) return group;
  return 'other';
}

interface Span {
  name: string;
  start: number;
  end: number;
}

/** Self time of each span on one thread: its duration minus its children's. */
function selfTimes(spans: Span[]): Map<string, number> {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const self = new Map<string, number>();
  const stack: { span: Span; children: number }[] = [];
  const close = (upTo: number) => {
    while (stack.length && stack.at(-1)!.span.end <= upTo) {
      const top = stack.pop()!;
      const own = top.span.end - top.span.start - top.children;
      self.set(top.span.name, (self.get(top.span.name) ?? 0) + Math.max(0, own));
      if (stack.length) stack.at(-1)!.children += top.span.end - top.span.start;
    }
  };
  for (const span of spans) {
    close(span.start);
    stack.push({ span, children: 0 });
  }
  close(Infinity);
  return self;
}

function spansByThread(events: readonly TraceEvent[]): Map<string, Span[]> {
  const names = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const threads = new Map<string, Span[]>();
  const open = new Map<string, TraceEvent[]>();
  const add = (key: string, span: Span) => {
    const thread = names.get(key) ?? key;
    const list = threads.get(thread) ?? [];
    list.push(span);
    threads.set(thread, list);
  };
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph === 'X' && e.dur !== undefined) add(key, { name: e.name, start: e.ts, end: e.ts + e.dur });
    else if (e.ph === 'B') open.set(key, [...(open.get(key) ?? []), e]);
    else if (e.ph === 'E') {
      const begun = open.get(key)?.pop();
      if (begun) add(key, { name: begun.name, start: begun.ts, end: e.ts });
    }
  }
  return threads;
}

/**
 * CPU time per thread (ms): the thread time of each top-level task, which unlike wall time does not grow while
 * other processes hold the cores — the figure to compare on a shared, noisy machine.
 */
export function cpuByThread(events: readonly TraceEvent[]): Map<string, number> {
  const names = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const cpu = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== 'X' || e.name !== 'ThreadControllerImpl::RunTask' || e.tdur === undefined) continue;
    const thread = (names.get(`${e.pid}:${e.tid}`) ?? '?').replace(/\d+$/, '');
    cpu.set(thread, (cpu.get(thread) ?? 0) + e.tdur / 1000);
  }
  return cpu;
}

export function summariseTrace(events: readonly TraceEvent[], frames = 0): string {
  const threads = spansByThread(events);
  let first = Infinity;
  let last = -Infinity;
  for (const e of events) {
    if (e.ts > 0 && e.ts < first) first = e.ts;
    if (e.ts + (e.dur ?? 0) > last) last = e.ts + (e.dur ?? 0);
  }
  const seconds = (last - first) / 1e6;
  const lines: string[] = [`trace ${seconds.toFixed(2)} s`];
  if (frames) {
    const cpu = [...cpuByThread(events)].filter(([, ms]) => ms / frames >= 0.2).sort((a, b) => b[1] - a[1]);
    lines.push(`CPU per frame: ${cpu.map(([thread, ms]) => `${thread} ${(ms / frames).toFixed(1)} ms`).join(', ')}`);
  }
  const wanted = /CrRendererMain|Compositor|CompositorTileWorker|VizCompositorThread|CrGpuMain/;
  const merged = new Map<string, Span[]>();
  for (const [thread, spans] of threads) {
    if (!wanted.test(thread)) continue;
    const key = thread.replace(/\d+$/, '');
    merged.set(key, [...(merged.get(key) ?? []), ...spans]);
  }
  for (const [thread, spans] of merged) {
    const self = selfTimes(spans);
    const byGroup = new Map<string, number>();
    for (const [name, us] of self) {
      if (/^(RunTask|ThreadControllerImpl::RunTask|ThreadPool_RunTask|SequenceManager)/.test(name)) {
        byGroup.set('task overhead', (byGroup.get('task overhead') ?? 0) + us);
        continue;
      }
      const group = groupOf(name);
      byGroup.set(group, (byGroup.get(group) ?? 0) + us);
    }
    const total = [...byGroup.values()].reduce((a, b) => a + b, 0);
    lines.push(
      `${thread}: busy ${(total / 1000).toFixed(0)} ms (${((total / 1e6 / seconds) * 100).toFixed(0)} %) — ` +
        [...byGroup]
          .sort((a, b) => b[1] - a[1])
          .map(([g, us]) => `${g} ${(us / 1000).toFixed(0)}`)
          .join(', '),
    );
    const top = [...self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([name, us]) => `${name} ${(us / 1000).toFixed(1)}`);
    lines.push(`  top: ${top.join(', ')}`);
    if (/CrRendererMain/.test(thread)) {
      const tasks = spans
        .filter((s) => /RunTask/.test(s.name))
        .map((s) => s.end - s.start)
        .sort((a, b) => b - a);
      lines.push(
        `  tasks ${tasks.length}, longest ${tasks
          .slice(0, 8)
          .map((us) => (us / 1000).toFixed(1))
          .join(', ')} ms`,
      );
    }
  }
  return lines.join('\n');
}
