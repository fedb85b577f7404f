/**
 * Small process helpers: run a command, wait for a condition, check a port, and stop a daemon by its
 * PID (after checking that the PID still is that daemon), never by name.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'

export interface RunResult {
  stdout: string
  stderr: string
}

/** Runs a command to completion; throws with its output when it fails. */
export function run(command: string, args: string[], options: SpawnSyncOptions = {}): RunResult {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...options })
  const stdout = typeof result.stdout === 'string' ? result.stdout : ''
  const stderr = typeof result.stderr === 'string' ? result.stderr : ''
  if (result.error) throw new Error(`${command} could not run: ${result.error.message}`)
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${String(result.status)}):\n${stderr || stdout}`)
  }
  return { stdout, stderr }
}

/** Whether nothing listens on 127.0.0.1:port. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const server = createServer()
    server.once('error', () => {
      resolvePromise(false)
    })
    server.listen(port, '127.0.0.1', () => {
      server.close(() => {
        resolvePromise(true)
      })
    })
  })
}

/** Polls `check` until it returns true; throws `message` after `timeoutMs`. */
export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number, message: string) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (await check()) return
    if (Date.now() > deadline) throw new Error(message)
    await sleep(50)
  }
}

export function readPid(file: string): number | null {
  if (!existsSync(file)) return null
  const pid = Number(readFileSync(file, 'utf8').trim())
  return Number.isInteger(pid) && pid > 1 ? pid : null
}

/** Whether `pid` is alive and its command line mentions `binary` (a reused PID is not ours). */
export function isRunning(pid: number, binary: string): boolean {
  try {
    process.kill(pid, 0)
  } catch {
    return false
  }
  try {
    return readFileSync(`/proc/${String(pid)}/cmdline`, 'utf8').includes(binary)
  } catch {
    return false
  }
}

/** Stops a daemon by PID: SIGTERM, then SIGKILL if it is still there after `graceMs`. */
export async function stopPid(pid: number, binary: string, graceMs = 10_000): Promise<void> {
  if (!isRunning(pid, binary)) return
  process.kill(pid, 'SIGTERM')
  const deadline = Date.now() + graceMs
  while (isRunning(pid, binary) && Date.now() < deadline) await sleep(50)
  if (isRunning(pid, binary)) process.kill(pid, 'SIGKILL')
}

/** Whether `user` can reach `path` (every parent folder traversable). */
export function canReach(user: string, path: string): boolean {
  return spawnSync('runuser', ['-u', user, '--', 'test', '-r', path]).status === 0
}

/** PIDs whose command line contains `marker` (e.g. our own httpd.conf path: Apache's children share it). */
export function pidsWith(marker: string): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        return readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').includes(marker)
      } catch {
        return false
      }
    })
    .map(Number)
}
