import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { contentSecurityPolicy } from './content-security-policy'

describe('the production CSP', () => {
  test('allows scripts and styles from the app only, and nothing inline', () => {
    const policy = contentSecurityPolicy()
    expect(policy).toContain("script-src 'self';")
    expect(policy).toContain("object-src 'none'")
    expect(policy).toContain("base-uri 'none'")
    expect(policy).toContain("frame-ancestors 'none'")
    expect(policy).toContain("require-trusted-types-for 'script'")
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/)
  })

  test('lets the app’s own service worker and manifest in, with a Trusted Types policy for that URL only', () => {
    const policy = contentSecurityPolicy()
    expect(policy).toContain("worker-src 'self';")
    expect(policy).toContain("manifest-src 'self';")
    expect(policy).toMatch(/trusted-types dompurify chronique-sw chronique-json-ld$/)
  })

  test('opens connections and images to an API on another origin, and to named image hosts', () => {
    const policy = contentSecurityPolicy({
      apiBaseUrl: 'https://api.example.com/v1',
      imageOrigins: ['https://cdn.example.com'],
    })
    expect(policy).toContain("connect-src 'self' https://api.example.com;")
    expect(policy).toContain("img-src 'self' data: https://api.example.com https://cdn.example.com;")
  })

  test('the sample server configs send the same policy', () => {
    const policy = contentSecurityPolicy()
    expect(readFileSync('docs/deploy/nginx.conf', 'utf8')).toContain(`"${policy}"`)
    expect(readFileSync('docs/deploy/_headers', 'utf8')).toContain(`Content-Security-Policy: ${policy}`)
  })
})
