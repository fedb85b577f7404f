import { screen, within } from '@testing-library/react'
import type { renderApp } from './render-app'

type User = ReturnType<typeof renderApp>['user']

/** Types a comment in the article's form, under a name; returns the form, not sent yet. */
export async function writeComment(user: User, name: string, body: string) {
  const form = screen.getByRole('form', { name: 'Ajouter un commentaire' })
  await user.clear(within(form).getByLabelText('Votre nom'))
  await user.type(within(form).getByLabelText('Votre nom'), name)
  await user.type(within(form).getByLabelText('Votre commentaire'), body)
  return form
}

/** Opens the reply box under a comment and types a reply; returns the form, not sent yet. */
export async function writeReply(user: User, to: string, name: string, body: string) {
  const comment = screen.getByRole('article', { name: to })
  await user.click(within(comment).getByRole('button', { name: 'Répondre' }))
  const form = screen.getByRole('form', { name: `Répondre à ${to}` })
  await user.clear(within(form).getByLabelText('Votre nom'))
  await user.type(within(form).getByLabelText('Votre nom'), name)
  await user.type(within(form).getByLabelText('Votre réponse'), body)
  return form
}
