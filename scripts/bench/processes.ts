/**
 * Child processes for the bench: servers it starts and stops by PID, and timed commands. Every process
 * runs on this script's own Node (the project's Node 24) and in its own process group, so stopping it
 * also stops anything it started, and nothing else.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createWriteStream } from 'node:fs'
import { createConnection } from 'node:net'

const cleanups = new Set<() => void>()

/** Runs `cleanup` at exit, on Ctrl+C and on failures; returns a function that runs it now, once. */
export function onCleanup(cleanup: () => void): () => void {
  let done = false
  const once = () => {
    if (done) return
    done = true
    cleanups.delete(once)
    cleanup()
  }
  cleanups.add(once)
  return once
}

export function cleanUpAll() {
  for (const cleanup of [...cleanups].reverse()) {
    try {
      cleanup()
    } catch {
      // Already gone.
    }
  }
}

process.on('exit', cleanUpAll)
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    cleanUpAll()
    process.exit(130)
  })
}

function killGroup(child: ChildProcess) {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return
  try {
    // The child leads its own group (detached): this stops it and its children, by PID.
    process.kill(-child.pid, 'SIGTERM')
  } catch {
    child.kill('SIGTERM')
  }
}

export interface Server {
  name: string
  url: string
  pid: number
  stop: () => void
}

function isPortFree(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host })
    socket.once('connect', () => {
      socket.destroy()
      resolve(false)
    })
    socket.once('error', () => resolve(true))
  })
}

/**
 * Starts `node <args>` and waits until `readyUrl` answers. Its output goes to `logFile`, which a
 * failure message points to.
 */
export async function startServer(options: {
  name: string
  args: string[]
  port: number
  readyUrl: string
  env?: Record<string, string>
  logFile: string
  timeoutMs?: number
}): Promise<Server> {
  const { name, args, port, readyUrl, env = {}, logFile, timeoutMs = 60_000 } = options
  if (!(await isPortFree(port, '127.0.0.1'))) {
    throw new Error(`${name}: port ${port} is already in use (another bench, or someone else's server?)`)
  }
  const log = createWriteStream(logFile)
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  child.stdout.pipe(log)
  child.stderr.pipe(log)
  const stop = onCleanup(() => killGroup(child))
  if (child.pid === undefined) throw new Error(`${name}: could not start`)

  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (child.exitCode !== null) {
      stop()
      throw new Error(`${name} exited with code ${child.exitCode}; see ${logFile}`)
    }
    try {
      const response = await fetch(readyUrl)
      if (response.ok) break
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      stop()
      throw new Error(`${name} did not answer ${readyUrl} within ${timeoutMs / 1000} s; see ${logFile}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return { name, url: new URL(readyUrl).origin, pid: child.pid, stop }
}

/** Runs `command args` to the end, output shown, and returns its wall-clock seconds. */
export function runTimed(
  command: string,
  args: string[],
  options: { env?: Record<string, string>; quiet?: boolean } = {},
): Promise<{ ok: boolean; seconds: number; output: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(command, args, {
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    })
    const stop = onCleanup(() => killGroup(child))
    let output = ''
    const collect = (chunk: Buffer) => {
      output += chunk.toString()
      if (!options.quiet) process.stdout.write(chunk)
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    child.once('error', (error) => {
      stop()
      reject(error)
    })
    child.once('close', (code) => {
      stop()
      resolve({ ok: code === 0, seconds: (performance.now() - started) / 1000, output })
    })
  })
}
