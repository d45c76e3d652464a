import { parentPort } from "node:worker_threads";
import { checkOpenApiDocument } from "./openapi-check.js";

// The worker side of openapi-document.ts: checks documents one at a time and answers each.
parentPort!.on("message", async ({ id, text }: { id: number; text: string }) => {
  const answer = await checkOpenApiDocument(text).catch((error: unknown) => ({
    ok: false as const,
    problems: [{ message: error instanceof Error ? error.message.split("\n")[0]! : String(error), line: null, column: null, path: null }],
  }));
  parentPort!.postMessage({ id, answer });
});
