import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/**
 * `node --import tsx bench/profile-summary.ts <file.cpuprofile | folder> [top]`: where a V8 CPU profile
 * (written by `BENCH_CPU_PROFILE=<folder> pnpm bench`) spent its time — self time per package (or
 * Gatehouse's own source, Node's internals, garbage collection) and the functions with the most self
 * time. A folder means its newest profile.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [target, topArg] = process.argv.slice(2);
if (!target) {
  console.error("usage: profile-summary.ts <file.cpuprofile | folder> [top]");
  process.exit(2);
}
const file = statSync(target).isDirectory() ? newestProfile(target) : target;
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const top = Number(topArg ?? 40);

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfMicros = new Map<number, number>();
profile.samples.forEach((id, i) => selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const total = [...selfMicros.values()].reduce((a, b) => a + b, 0);

const byPackage = new Map<string, number>();
const byFunction = new Map<string, number>();
for (const [id, micros] of selfMicros) {
  const frame = byId.get(id)!.callFrame;
  const where = packageOf(frame.url, frame.functionName);
  byPackage.set(where, (byPackage.get(where) ?? 0) + micros);
  const name = `${frame.functionName || "(anonymous)"}  ${shortUrl(frame.url)}:${frame.lineNumber + 1}`;
  byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
}

// Inclusive time: a sample counts once for every distinct function on its stack.
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const inclusive = new Map<string, number>();
for (const [id, micros] of selfMicros) {
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const frame = byId.get(at)!.callFrame;
    if (!frame.url) continue;
    const name = `${frame.functionName || "(anonymous)"}  ${shortUrl(frame.url)}:${frame.lineNumber + 1}`;
    if (seen.has(name)) continue;
    seen.add(name);
    inclusive.set(name, (inclusive.get(name) ?? 0) + micros);
  }
}

console.log(`${file}: ${(total / 1e6).toFixed(1)} s sampled\n\nself time by package`);
print(byPackage, 25);
console.log(`\nself time by function (top ${top})`);
print(byFunction, top);
console.log(`\ntotal (inclusive) time by function (top ${top})`);
print(inclusive, top);

function print(map: Map<string, number>, limit: number) {
  for (const [name, micros] of [...map].sort((a, b) => b[1] - a[1]).slice(0, limit)) {
    console.log(`${((100 * micros) / total).toFixed(1).padStart(6)} %  ${name}`);
  }
}

function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  const match = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (match) return match[1]!;
  if (url.startsWith("node:")) return "node:" + url.slice(5).split("/")[0];
  const src = /\/server\/src\/(.*)$/.exec(url);
  if (src) return `gatehouse ${src[1]!.split("/").slice(0, 1).join("/")}`;
  return url;
}

function shortUrl(url: string): string {
  return url.replace(/^.*node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?/, "").replace(/^.*\/server\/src\//, "src/");
}

function newestProfile(folder: string): string {
  const files = readdirSync(folder)
    .filter((name) => name.endsWith(".cpuprofile"))
    .map((name) => path.join(folder, name))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (!files[0]) throw new Error(`no .cpuprofile in ${folder}`);
  return files[0];
}
