import { describe, expect, it } from 'vitest'
import { selectedProjects, serversFor } from './selected-projects.ts'

const servers = [
  { url: 'qa', projects: ['desktop', 'phone'] },
  { url: 'dev', projects: ['dev', 'lan-phone'] },
  { url: 'wordpress', projects: ['wordpress'] },
]

describe('selectedProjects', () => {
  it('reads both spellings of --project, and nothing means every project', () => {
    expect(selectedProjects(['node', 'playwright', 'test', '--project=desktop', '--project', 'dev'])).toEqual(
      new Set(['desktop', 'dev']),
    )
    expect(selectedProjects(['node', 'playwright', 'test', 'e2e/reading.spec.ts'])).toBeUndefined()
  })
})

describe('serversFor', () => {
  it('keeps the servers a selected project needs, without their project list', () => {
    expect(serversFor(servers, new Set(['phone']))).toEqual([{ url: 'qa' }])
    expect(serversFor(servers, new Set(['dev', 'wordpress']))).toEqual([{ url: 'dev' }, { url: 'wordpress' }])
  })

  it('starts every server when no project is chosen', () => {
    expect(serversFor(servers, undefined)).toEqual([{ url: 'qa' }, { url: 'dev' }, { url: 'wordpress' }])
  })
})
