/**
 * The bench's reference: the smallest React 19 page, built by the same Vite and served the same way as
 * the app. Its Lighthouse LCP is the floor the app's LCP is compared with.
 */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

const root = document.getElementById('root')
if (!root) throw new Error('No #root element')

createRoot(root).render(
  <StrictMode>
    <main>
      <h1>Bonjour, le monde</h1>
    </main>
  </StrictMode>,
)
