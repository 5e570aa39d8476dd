import { buildApp } from './app.ts'
import { ensureClientBuild } from './client-build.ts'
import { readConfig } from './config.ts'
import { listen } from './server.ts'
import { openSql } from './db/open.ts'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed/index.ts'

const config = readConfig()
ensureClientBuild((line) => console.log(line))
const sql = await openSql(config.databaseUrl, config.seedScale, (line) => console.log(line))
const app = await buildApp({ sql, logger: true })
await listen(app, sql, config.port, config.host)

const shown = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host
console.log(`\n云采超市 is running at http://${shown}:${config.port}`)
const accounts = await sql.all<{ username: string; role: string }>('SELECT username, role FROM users ORDER BY id')
if (accounts.length > 0 && DEMO_ACCOUNTS.length > 0) {
  console.log('Demo accounts (password ' + DEMO_PASSWORD + '):')
  for (const a of accounts) console.log(`  ${a.username.padEnd(10)} ${a.role === 'purchaser' ? '采购人 purchaser' : '供应商 supplier'}`)
}
