// Preloaded with `node --require bench/peak.cjs`: writes the process's peak resident memory (KB) to $PEAK_FILE on exit.
process.on('exit', () => {
  if (process.env.PEAK_FILE) require('fs').writeFileSync(process.env.PEAK_FILE, String(process.resourceUsage().maxRSS));
});
