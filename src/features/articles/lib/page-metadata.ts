/**
 * What each page tells link previews and search engines: built from the API's data and the
 * interface's words, set by `useDocumentMetadata`.
 */
import type { Article, Author } from '@/lib/api-schemas'
import { absoluteUrl, type DocumentMetadata } from '@/lib/metadata/document-metadata'
import type { Messages } from '@/lib/i18n/fr-ca'
import { paths } from '@/lib/routing/paths'

const PUBLISHER_LOGO = '/icons/icon-512.png'

function base(messages: Messages) {
  return { siteName: messages.app.name, locale: messages.metadata.ogLocale }
}

export function listMetadata(
  messages: Messages,
  {
    title,
    canonicalPath,
    categoryName,
    query,
  }: { title: string; canonicalPath: string; categoryName: string | null; query: string | null },
): DocumentMetadata {
  return {
    ...base(messages),
    type: 'website',
    title,
    canonicalPath,
    description: messages.metadata.listDescription(categoryName, query),
  }
}

export function authorMetadata(messages: Messages, author: Author): DocumentMetadata {
  return {
    ...base(messages),
    type: 'profile',
    title: author.name,
    canonicalPath: paths.author(author.slug),
    description: messages.metadata.authorDescription(author.name),
    image: author.avatar,
  }
}

export function articleMetadata(messages: Messages, article: Article): DocumentMetadata {
  const canonicalPath = paths.article(article.slug)
  return {
    ...base(messages),
    type: 'article',
    title: article.title,
    canonicalPath,
    description: article.excerpt,
    image: article.cover,
    structuredData: {
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: article.title,
      description: article.excerpt,
      inLanguage: 'fr',
      datePublished: article.publishedAt,
      articleSection: article.category.name,
      mainEntityOfPage: absoluteUrl(canonicalPath),
      ...(article.cover ? { image: [absoluteUrl(article.cover.url)] } : {}),
      author: {
        '@type': 'Person',
        name: article.author.name,
        jobTitle: article.author.role,
        url: absoluteUrl(paths.author(article.author.slug)),
      },
      publisher: {
        '@type': 'Organization',
        name: messages.app.name,
        logo: { '@type': 'ImageObject', url: absoluteUrl(PUBLISHER_LOGO) },
      },
    },
  }
}
