// Worker threads start without the parent's module hooks: register tsx's here, then run the
// TypeScript worker (openapi-worker.ts). Plain JavaScript, so Node can load it as it is.
import { register } from "tsx/esm/api";

register();
await import("./openapi-worker.ts");
