import { readConfig } from '../config.ts'
import { openSeededDatabase } from './bootstrap.ts'

/** `npm run seed`: seed DATABASE_URL at SEED_SCALE (if it is empty) and exit. */
const config = readConfig()
const db = openSeededDatabase(config.databaseUrl, config.seedScale, (line) => console.log(line))
const counts = db
  .prepare('SELECT (SELECT count(*) FROM products) AS products, (SELECT count(*) FROM suppliers) AS suppliers, (SELECT count(*) FROM units) AS units, (SELECT count(*) FROM regions) AS regions')
  .get()
console.log(counts)
db.close()
