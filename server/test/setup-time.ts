/**
 * Times the phases of a test file's setup. With TEST_SETUP_TIME=1 the report is printed as one
 * `setup-time` line per file: wall-clock and CPU milliseconds (CPU of the whole worker process, WASM
 * compiler threads included), the figure to compare when other work shares the machine.
 */
export function startSetupClock() {
  const phases: string[] = [];
  const started = { wall: performance.now(), cpu: process.cpuUsage() };
  let last = { wall: started.wall, cpu: started.cpu };
  const since = (from: typeof last) => {
    const cpu = process.cpuUsage(from.cpu);
    return `${Math.round(performance.now() - from.wall)}/${Math.round((cpu.user + cpu.system) / 1000)}`;
  };
  return {
    /** Ends the current phase under this name. */
    lap(name: string) {
      phases.push(`${name} ${since(last)}`);
      last = { wall: performance.now(), cpu: process.cpuUsage() };
    },
    report(subject: string) {
      if (process.env.TEST_SETUP_TIME) console.log(`setup-time ${subject}: ${since(started)} ms wall/cpu${phases.length ? ` (${phases.join(", ")})` : ""}`);
    },
  };
}
