// Loaded with `node --import` into each benchmarked build: reports the process's peak resident memory on exit.
process.on("exit", () => {
  process.stderr.write(`\nBENCH_MAXRSS_KB=${process.resourceUsage().maxRSS}\n`);
});
