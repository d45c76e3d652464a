// PostGraphile v5 (grafast) calls Promise.withResolvers, which Node only has from 22; Gatehouse runs on
// Node 20. The bench loads this with `node --require` into the PostGraphile process only.
if (typeof Promise.withResolvers !== "function") {
  Promise.withResolvers = function withResolvers() {
    let resolve;
    let reject;
    const promise = new this((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}
