// `npm run test:postgres`: the server suite and the seed checks on PostgreSQL, at TEST_POSTGRES_URL.
// On CI a missing URL is an error; elsewhere the suites are skipped with a note on how to run them.
import { spawnSync } from 'node:child_process'

if (!process.env['TEST_POSTGRES_URL']) {
  if (process.env['CI']) {
    console.error('TEST_POSTGRES_URL is not set on CI: .ci/run starts PostgreSQL with scripts/postgres-up.sh and exports it')
    process.exit(1)
  }
  console.log('PostgreSQL suites skipped: TEST_POSTGRES_URL is not set. To run them: export "$(bash scripts/postgres-up.sh)"')
  process.exit(0)
}
const run = spawnSync('npx', ['vitest', 'run', '--project', 'server-postgres', '--project', 'postgres'], { stdio: 'inherit' })
process.exit(run.status ?? 1)
