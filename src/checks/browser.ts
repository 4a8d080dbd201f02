/** Debian's chromium, found the same way by every script and test; flags make it work as root on a closed network. */
export const CHROME_PATH = process.env.CHROME_PATH ?? process.env.PUPPETEER_EXECUTABLE_PATH ?? "/usr/bin/chromium";

export const CHROME_ARGS = [
  "--no-sandbox",
  "--headless=new",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];
