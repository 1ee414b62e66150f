/**
 * How long a hook may take to open (or close) a database, a host or a browser. On a loaded
 * machine — both cores busy, the suite's own workers beside it (the fuzzer, hosts, Chromium) —
 * a PGlite open that takes 2 s alone has taken past jest's default 5 s; these bounds fit a
 * machine several times slower than an idle one and still end a stuck run.
 */
export const OPEN_MS = 240_000

/**
 * For one describe block: `open` in a beforeAll, `close` in the afterAll — and `close` also when
 * the opening hook timed out or failed midway: the afterAll waits for what is still opening and
 * closes it, so a slow start leaves no database, process or browser behind to hold jest open.
 */
export function opened<T>(open: () => Promise<T>, close: (value: T) => Promise<unknown>, ms = OPEN_MS): { readonly value: T } {
  let pending: Promise<T> | undefined
  const box = {} as { value: T }
  beforeAll(async () => {
    pending = open()
    box.value = await pending
  }, ms)
  afterAll(async () => {
    const value = await pending?.catch(() => undefined)
    if (value !== undefined) await close(value)
  }, ms)
  return box
}
