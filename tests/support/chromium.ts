/** How every test and bench starts the system Chromium (no browser is downloaded here). */

/** Without the background-networking flags Chromium keeps calling home, which floods a closed network. */
export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
]

/** /usr/bin/chromium, or CHROME_PATH. */
export function chromePath(): string {
  return process.env['CHROME_PATH'] ?? '/usr/bin/chromium'
}
