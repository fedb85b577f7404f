import { buildStoredComment, minutesAfter, type StoredComment } from '../store/stored-comment.ts'
import { builtOnce, defineScenario, onFirstArticle } from './scenario.ts'

const LONG_WORD = 'Anticonstitutionnellementextraordinairementincompréhensiblement'.repeat(4).slice(0, 200)

const UNICODE_TEXTS = [
  { name: 'مريم الحسيني', body: 'تعليق باللغة العربية مع رقم 2016 وكلمة Chronique في الوسط.' },
  { name: 'שרה כהן', body: 'תגובה בעברית (עם סוגריים) ונקודה בסוף.' },
  { name: 'Famille 👩‍👩‍👧‍👦 Tremblay', body: 'Émojis et séquences ZWJ : 👩🏽‍💻 🏳️‍🌈 🧑‍🤝‍🧑 👍🏿 — et un drapeau 🇨🇦.' },
  { name: 'Zoë N̸̡a̴̛ḿ̵e̷', body: 'Diacritiques combinants : e\u0301 a\u0300 Z̷̢a̸l̴g̵o̶ t̷e̵x̴t̶e̷.' },
  { name: 'Mot interminable', body: `${LONG_WORD} ne doit jamais faire déborder la page.` },
  {
    name: 'Espaces\u00a0insécables',
    body: 'Des «\u00a0guillemets\u00a0» et 10\u00a0000\u00a0$ ne se coupent pas\u202f! Voilà\u202f?',
  },
] as const

const unicodeThread = builtOnce((slug: string, publishedAt: string): StoredComment[] =>
  UNICODE_TEXTS.map(({ name, body }, index) =>
    buildStoredComment({
      id: `u-${index}`,
      articleSlug: slug,
      parentId: index === 1 ? 'u-0' : null,
      authorName: name,
      body,
      createdAt: minutesAfter(publishedAt, index),
    }),
  ),
)

export const unicodeScenario = defineScenario({
  name: 'unicode',
  description:
    'Le premier article : noms de droite à gauche, émojis et séquences ZWJ, diacritiques combinants, mots de 200 caractères, espaces insécables.',
  data: onFirstArticle({
    thread: unicodeThread,
    article: (article) => ({ ...article, title: `${article.title} ${LONG_WORD}` }),
  }),
})
