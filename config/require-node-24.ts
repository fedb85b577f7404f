// Imported first by every tool config: on the machine's older Node, vitest and msw fail with cryptic
// errors (`Map.groupBy is not a function`, fetch not intercepted). Fail early with the fix instead.
const [major = 0] = process.versions.node.split('.').map(Number)
if (major < 24) {
  throw new Error(
    `Chronique needs Node 24 (this is Node ${process.versions.node}). ` +
      'Run tools through npm (npm run dev, npm test, npx …): the project installs Node 24 in node_modules/.bin. ' +
      'If node_modules/.bin/node is missing, run `npm ci` without --ignore-scripts.',
  )
}
export {}
