/**
 * The Playwright projects chosen on the command line (`--project=desktop`, `--project desktop`), or
 * undefined for all of them. Lets a run start only the web servers its projects need: building three
 * apps and a WordPress to run one desktop spec cost minutes.
 */
export function selectedProjects(argv: readonly string[] = process.argv): Set<string> | undefined {
  const names: string[] = []
  argv.forEach((arg, index) => {
    const next = argv[index + 1]
    if (arg.startsWith('--project=')) names.push(arg.slice('--project='.length))
    else if (arg === '--project' && next) names.push(next)
  })
  return names.length > 0 ? new Set(names) : undefined
}

/** The servers that at least one selected project needs (all of them when none is selected). */
export function serversFor<Server>(
  servers: readonly (Server & { projects: readonly string[] })[],
  selected = selectedProjects(),
): Server[] {
  return servers
    .filter((server) => !selected || server.projects.some((project) => selected.has(project)))
    .map(({ projects: _projects, ...server }) => server as unknown as Server)
}
