import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, test } from 'vitest'
import { server } from '../mocks/node'
import { renderApp, seedArticle } from './render-app'

const articleUrl = `/articles/${seedArticle.slug}`

describe('rating the article', () => {
  test('sends a vote from the star radio group and thanks the reader', async () => {
    const { user } = renderApp(articleUrl)
    const group = await screen.findByRole('group', { name: /^Qu’avez-vous pensé de cet article\s\?$/ })
    await user.click(within(group).getByRole('radio', { name: /^4\sétoiles$/ }))
    await user.click(screen.getByRole('button', { name: 'Envoyer ma note' }))
    expect(await screen.findByText('Merci ! Vous avez donné 4 étoiles')).toBeInTheDocument()
    expect(screen.getAllByText('Note moyenne : 4,0 sur 5, 1 évaluation')[0]).toBeInTheDocument()
  })

  test('keeps the choice when the vote fails', async () => {
    server.use(http.post('*/api/articles/:slug/ratings', () => HttpResponse.error()))
    const { user } = renderApp(articleUrl)
    const group = await screen.findByRole('group', { name: /^Qu’avez-vous pensé de cet article\s\?$/ })
    await user.click(within(group).getByRole('radio', { name: /^2\sétoiles$/ }))
    await user.click(screen.getByRole('button', { name: 'Envoyer ma note' }))
    expect(await screen.findByText(/Votre note n’a pas été enregistrée/)).toBeInTheDocument()
    expect(within(group).getByRole('radio', { name: /^2\sétoiles$/ })).toBeChecked()
  })
})
