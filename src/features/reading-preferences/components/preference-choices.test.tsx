import { render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { PreferenceChoices } from './preference-choices'

/** A browser that says whether it understands light-dark(), as CSS.supports does. */
function stubLightDarkSupport(isSupported: boolean) {
  vi.stubGlobal('CSS', {
    supports: (property: string, value: string) =>
      property === 'color' && value.startsWith('light-dark(') && isSupported,
  })
}

describe('"Affichage"', () => {
  afterEach(() => localStorage.clear())

  test('offers the dark theme where the browser can show it', () => {
    stubLightDarkSupport(true)
    render(<PreferenceChoices />)
    const themes = screen.getByRole('group', { name: 'Thème' })
    expect(within(themes).getAllByRole('radio')).toHaveLength(3)
    expect(within(themes).getByRole('radio', { name: 'Sombre' })).toBeInTheDocument()
  })

  test('does not offer "Sombre" where light-dark() is missing, and shows a saved dark theme as light', () => {
    stubLightDarkSupport(false)
    localStorage.setItem('chronique:preferences', JSON.stringify({ theme: 'dark' }))
    render(<PreferenceChoices />)
    const themes = screen.getByRole('group', { name: 'Thème' })
    expect(within(themes).getAllByRole('radio')).toHaveLength(2)
    expect(within(themes).queryByRole('radio', { name: 'Sombre' })).not.toBeInTheDocument()
    expect(within(themes).getByRole('radio', { name: 'Clair' })).toBeChecked()
  })
})
