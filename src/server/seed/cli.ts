import { readConfig } from '../config.ts'
import { openSql } from '../db/open.ts'

/** `npm run seed`: seed DATABASE_URL at SEED_SCALE (if it is empty) and exit. */
const config = readConfig()
const sql = await openSql(config.databaseUrl, config.seedScale, (line) => console.log(line))
const counts = await sql.get(
  'SELECT (SELECT count(*) FROM products) AS products, (SELECT count(*) FROM suppliers) AS suppliers, (SELECT count(*) FROM units) AS units, (SELECT count(*) FROM regions) AS regions',
)
console.log(counts)
await sql.close()
