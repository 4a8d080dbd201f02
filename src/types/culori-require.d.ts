// culori's one-file CommonJS build (`culori/require`, the same API as `culori`, as its default export): the ES module
// entry is about a hundred files, which cost every build about 0.2 s of start-up under tsx's loader; the bundle 0.03 s.
declare module "culori/require" {
  const culori: typeof import("culori");
  export default culori;
}
