/**
 * Monaco's web workers, declared from our own source so Vite's worker plugin bundles them in dev and
 * build alike. (graphiql's `setup-workers/vite` does the same from inside node_modules, where Vite's
 * dependency pre-bundler cannot resolve `?worker` imports and the dev server fails to start; see
 * graphql/graphiql#4038 and #4473.) Versions match the ones graphiql depends on.
 */
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import JsonWorker from 'monaco-editor/esm/vs/language/json/json.worker.js?worker';
import GraphQLWorker from 'monaco-graphql/esm/graphql.worker.js?worker';

interface MonacoEnvironmentGlobal {
  MonacoEnvironment?: { getWorker(workerId: string, label: string): Worker };
}

(globalThis as MonacoEnvironmentGlobal).MonacoEnvironment = {
  getWorker(_workerId, label) {
    if (label === 'json') return new JsonWorker();
    if (label === 'graphql') return new GraphQLWorker();
    return new EditorWorker();
  },
};
